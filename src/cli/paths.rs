//! `lots paths DIALOG`: every path through a dialog as a document a clinician can sign off.
//!
//! The document has the dialog's `[review]` block on top, then every step in the order it is
//! met from the start (a step already shown is referred to by its name, so loops are shown
//! once), the red-flag exits, and a list of the paths from the start to each way out. Texts are
//! formatted through Fluent in the language asked for, exactly as the engine formats them;
//! a variable in a text shows as `{$name}`, because its value is only known in a conversation.

use std::io::Write;

use super::describe::{self, emergency_heading, step_heading, target_words};
use super::doc::{self, Block, Doc, Inline, Line};
use super::{CliError, Options, Verdict};
use crate::content::messages::Text;
use crate::content::{Choice, Content, Dialog, Route, Step, Target, Then};
use crate::engine::{card_lines, emergency_message};
use crate::ids::{LocaleCode, MessageId};
use crate::value::{Value, Vars};

mod outline;

/// How the document is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    /// Markdown, for review in the repository.
    Markdown,
    /// A self-contained HTML page.
    Html,
}

/// Loads the content and writes the document of `dialog` in `lang` (default Swedish).
pub fn run(
    options: &Options,
    dialog: &str,
    lang: Option<&str>,
    format: DocFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let content = options.load_content(err)?;
    let dialog = find_dialog(&content, dialog)?;
    let locale = find_locale(&content, lang)?;
    let document = document(&content, dialog, &locale);
    let text = match format {
        DocFormat::Markdown => doc::markdown(&document),
        DocFormat::Html => doc::html(&document),
    };
    out.write_all(text.as_bytes())?;
    Ok(Verdict::Pass)
}

/// The dialog with this id, or an error naming the closest one.
pub fn find_dialog<'c>(content: &'c Content, id: &str) -> Result<&'c Dialog, CliError> {
    content.dialog(id).ok_or_else(|| {
        let ids: Vec<&str> = content.dialogs().map(|d| d.id.as_str()).collect();
        CliError::UnknownDialog(format!(
            "{id}`{}; the dialogs are {}",
            crate::content::did_you_mean(id, ids.iter().copied()),
            ids.join(", ")
        ))
    })
}

/// The locale for `--lang` (Swedish without it), or an error listing the languages. Draft
/// locales count: staff review them before they are offered.
pub fn find_locale(content: &Content, lang: Option<&str>) -> Result<LocaleCode, CliError> {
    let Some(lang) = lang else {
        return Ok(LocaleCode::new(crate::content::SOURCE_LOCALE));
    };
    content.l10n().negotiate_any(lang).ok_or_else(|| {
        let codes: Vec<&str> = content
            .l10n()
            .locales()
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        CliError::UnknownLanguage(format!("{lang}`; the languages are {}", codes.join(", ")))
    })
}

/// Formats texts of one dialog in one locale.
pub(crate) struct Texts<'c> {
    pub(crate) content: &'c Content,
    pub(crate) locale: LocaleCode,
    vars: Vars,
}

impl<'c> Texts<'c> {
    pub(crate) fn new(content: &'c Content, dialog: &Dialog, locale: &LocaleCode) -> Self {
        let vars = dialog
            .vars
            .keys()
            .map(|name| (name.clone(), Value::Text(format!("{{${name}}}"))))
            .collect();
        Self {
            content,
            locale: locale.clone(),
            vars,
        }
    }

    /// A message in the locale.
    pub(crate) fn fmt(&self, text: impl Into<Text>) -> String {
        self.content
            .l10n()
            .text(&self.locale, &text.into(), &self.vars)
    }
}

/// The whole document of a dialog in a locale.
pub fn document(content: &Content, dialog: &Dialog, locale: &LocaleCode) -> Doc {
    let texts = Texts::new(content, dialog, locale);
    let mut blocks = header(&texts, dialog);
    blocks.push(Block::Heading(2, "Steps".into()));
    for step in describe::step_order(dialog) {
        blocks.extend(step_blocks(&texts, step));
    }
    blocks.extend(red_flag_exits(&texts, dialog));
    blocks.extend(outline::paths(&texts, dialog));
    let info = content.l10n().locale(locale.as_str());
    Doc {
        title: format!("{} ({})", texts.fmt(&dialog.title), dialog.id),
        lang: locale.to_string(),
        rtl: info.is_some_and(|l| l.rtl),
        blocks,
    }
}

fn header(texts: &Texts<'_>, dialog: &Dialog) -> Vec<Block> {
    let lang = texts.locale.as_str();
    let mut blocks = vec![Block::Para(vec![
        Inline::Text("Every path through the dialog, for clinical sign-off. Texts in ".into()),
        Inline::Code(lang.into()),
        Inline::Text(". Made by ".into()),
        Inline::Code(format!("lots paths {} --lang {lang}", dialog.id)),
        Inline::Text("; do not edit by hand.".into()),
    ])];
    blocks.push(Block::Heading(2, "Review".into()));
    let mut items: Vec<Line> = Vec::new();
    match &dialog.review {
        Some(review) => {
            for source in &review.sources {
                items.push(vec![strong("Source:"), Inline::Text(format!(" {source}"))]);
            }
            items.push(vec![strong("Reviewed:"), text(review.reviewed)]);
            items.push(vec![strong("Expires:"), text(review.expires)]);
        }
        None => items.push(vec![Inline::Text("No [review] block.".into())]),
    }
    items.push(vec![strong("Topic:"), text(&dialog.topic)]);
    items.push(vec![
        strong("Strategies:"),
        text(dialog.strategies.join(", ")),
    ]);
    let start = vec![
        strong("Starts at:"),
        Inline::Text(" ".into()),
        link(&dialog.start),
    ];
    items.push(start);
    if !dialog.vars.is_empty() {
        let vars: Vec<String> = dialog
            .vars
            .iter()
            .map(|(k, v)| format!("{k} = {}", describe::value(v)))
            .collect();
        items.push(vec![
            strong("Variables at the start:"),
            text(vars.join(", ")),
        ]);
    }
    blocks.push(Block::List(items));
    if let Some(notes) = dialog.review.as_ref().and_then(|r| r.notes.as_ref()) {
        blocks.push(Block::Para(vec![strong("Notes for reviewers:")]));
        blocks.push(Block::Quote(notes.clone()));
    }
    blocks
}

fn strong(label: &str) -> Inline {
    Inline::Strong(label.into())
}

/// A value after its label, with the space between.
fn text(value: impl std::fmt::Display) -> Inline {
    Inline::Text(format!(" {value}"))
}

/// A link to a step's heading.
pub(crate) fn link(id: &crate::ids::StepId) -> Inline {
    Inline::Link {
        heading: step_heading(id),
        text: id.to_string(),
    }
}

/// A target as a link (a step, an emergency answer) or in words.
pub(crate) fn target(goto: &Target) -> Inline {
    match goto {
        Target::Step(id) => link(id),
        Target::Emergency(category) => Inline::Link {
            heading: emergency_heading(category.as_deref()),
            text: target_words(goto).replacen("the ", "", 1),
        },
        other => Inline::Text(target_words(other)),
    }
}

fn step_blocks(texts: &Texts<'_>, step: &Step) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(3, step_heading(&step.id))];
    let changes = describe::assignments(&step.set, &step.add);
    if !changes.is_empty() {
        let line = vec![strong("On entering:"), text(changes.join("; "))];
        blocks.push(Block::Para(line));
    }
    if let Some(say) = &step.say {
        blocks.push(Block::Para(vec![strong("Says:")]));
        blocks.push(Block::Quote(texts.fmt(say)));
    }
    for actor in step.refer.iter().filter_map(|a| texts.content.actor(a)) {
        let label = format!("Card {}:", actor.id);
        blocks.push(Block::Para(vec![strong(&label)]));
        let lines = card_lines(texts.content, &texts.locale, &texts.vars, actor);
        blocks.push(Block::Quote(lines.join("\n")));
    }
    if let Some(note) = &step.note {
        blocks.push(summary_line(texts, note));
    }
    blocks.extend(then_blocks(texts, &step.then));
    blocks
}

fn summary_line(texts: &Texts<'_>, note: &MessageId) -> Block {
    Block::Para(vec![strong("Summary line:"), text(texts.fmt(note))])
}

fn then_blocks(texts: &Texts<'_>, then: &Then) -> Vec<Block> {
    match then {
        Then::Options { ask, options } => {
            let items = options.iter().map(|o| option_line(texts, o)).collect();
            vec![
                Block::Para(vec![strong("Asks:")]),
                Block::Quote(texts.fmt(ask)),
                Block::List(items),
            ]
        }
        Then::Input { ask, input, after } => {
            let mut blocks = vec![
                Block::Para(vec![strong("Asks:")]),
                Block::Quote(texts.fmt(ask)),
            ];
            let mut line = vec![strong("Typed answer:"), text(describe::input(input))];
            if let Some(invalid) = &input.invalid {
                line.push(Inline::Text(format!(
                    "; when it is not valid: “{}”",
                    texts.fmt(invalid)
                )));
            }
            blocks.push(Block::Para(line));
            blocks.push(route_block(after));
            blocks
        }
        Then::Call { dialog, after } => {
            let title = texts
                .content
                .dialog(dialog.as_str())
                .map(|d| texts.fmt(&d.title))
                .unwrap_or_default();
            let line = vec![
                strong("Runs the dialog"),
                Inline::Text(format!(" {title} (")),
                Inline::Code(dialog.to_string()),
                Inline::Text(") first, then goes on.".into()),
            ];
            vec![Block::Para(line), route_block(after)]
        }
        Then::Route(route) => vec![route_block(route)],
    }
}

fn option_line(texts: &Texts<'_>, option: &Choice) -> Line {
    let mut line = vec![
        Inline::Text(format!("“{}” → ", texts.fmt(&option.label))),
        target(&option.goto),
    ];
    let changes = describe::assignments(&option.set, &option.add);
    if !changes.is_empty() {
        line.push(Inline::Text(format!("; {}", changes.join("; "))));
    }
    if let Some(note) = &option.note {
        line.push(Inline::Text(format!(
            "; summary line: “{}”",
            texts.fmt(note)
        )));
    }
    line
}

fn route_block(route: &Route) -> Block {
    match route {
        Route::Goto(Target::End) => Block::Para(vec![strong("The dialog ends here.")]),
        Route::Goto(goto) => Block::Para(vec![strong("Then:"), text("→"), text(""), target(goto)]),
        Route::Branch(arms) => Block::List(
            arms.iter()
                .map(|arm| {
                    let when = match &arm.when {
                        Some(expr) => format!("If {} → ", describe::condition(expr)),
                        None => "Otherwise → ".to_owned(),
                    };
                    vec![Inline::Text(when), target(&arm.goto)]
                })
                .collect(),
        ),
    }
}

fn red_flag_exits(texts: &Texts<'_>, dialog: &Dialog) -> Vec<Block> {
    let mut blocks = vec![
        Block::Heading(2, "Red-flag exits".into()),
        Block::Para(vec![Inline::Text(
            "Every message a person types is checked against the red flags of all languages \
             before anything else; a hit shows the emergency answer of its category, then this \
             dialog's question again."
                .into(),
        )]),
    ];
    let mut categories: Vec<Option<&str>> = Vec::new();
    for step in describe::step_order(dialog) {
        for goto in describe::targets(step) {
            if let Target::Emergency(c) = goto
                && !categories.contains(&c.as_deref())
            {
                categories.push(c.as_deref());
            }
        }
    }
    for category in categories {
        blocks.push(Block::Heading(3, emergency_heading(category)));
        let from = outline::leading_to(
            texts,
            dialog,
            &Target::Emergency(category.map(String::from)),
        );
        blocks.push(Block::Para(from));
        blocks.push(Block::Quote(
            texts.fmt(emergency_message(texts.content, category)),
        ));
    }
    if !dialog.after_emergency.is_empty() {
        let line = vec![Inline::Text(format!(
            "This dialog is offered after the emergency answer of: {}.",
            dialog.after_emergency.join(", ")
        ))];
        blocks.push(Block::Para(line));
    }
    blocks
}
