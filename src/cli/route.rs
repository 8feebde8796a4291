//! `lots route TEXT`: what the red-flag net and routing make of one message, and why — for staff
//! and translators checking a phrasing.
//!
//! It reads the message exactly as the engine reads a typed message (sanitised and folded), and
//! prints the verdict; it stores nothing and starts no session.

use std::io::Write;

use serde::Serialize;

use super::{CliError, Format, Options, Verdict};
use crate::content::{Content, Tier};
use crate::engine::{folded, initial_locale};

/// What the net and routing make of one message.
#[derive(Debug, Serialize)]
pub struct Verdicts<'c> {
    /// The red-flag category, or `None`.
    pub redflag: Option<String>,
    /// How sure the net is, or `None` without a red flag.
    pub tier: Option<Tier>,
    /// The dialogs routing would start or offer at the menu, best first.
    pub dialogs: Vec<Scored<'c>>,
    /// What fired, in words a translator understands.
    pub why: Vec<String>,
}

/// A dialog and how many of its trigger patterns matched.
#[derive(Debug, Serialize)]
pub struct Scored<'c> {
    /// The dialog id.
    pub id: &'c str,
    /// How many of its triggers matched.
    pub score: usize,
}

/// The verdicts on `text`.
pub fn route<'c>(content: &'c Content, text: &str) -> Verdicts<'c> {
    let norm = folded(text);
    let patterns = content.patterns();
    let (assessment, silenced) = patterns.assess_why(&norm);
    let dialogs: Vec<Scored<'c>> = patterns
        .route_scored(&norm)
        .into_iter()
        .filter(|(id, _)| content.dialog(id).is_some())
        .map(|(id, score)| Scored { id, score })
        .collect();
    // What fired, or, when it was silenced, what fired and what silenced it.
    let mut why = assessment
        .as_ref()
        .map(|a| a.why.clone())
        .unwrap_or(silenced);
    for d in &dialogs {
        why.push(format!(
            "{} trigger pattern(s) of dialog `{}` matched",
            d.score, d.id
        ));
    }
    Verdicts {
        redflag: assessment.as_ref().map(|a| a.category.clone()),
        tier: assessment.map(|a| a.tier),
        dialogs,
        why,
    }
}

/// Loads the content and prints the verdicts on `text`; dialog titles in text format are in
/// `lang` (or Swedish).
pub fn run(
    options: &Options,
    text: &str,
    lang: Option<&str>,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let content = options.load_content(err)?;
    let verdicts = route(&content, text);
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, &verdicts).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        Format::Text => write_text(&content, &verdicts, lang, out)?,
    }
    Ok(Verdict::Pass)
}

fn write_text(
    content: &Content,
    v: &Verdicts<'_>,
    lang: Option<&str>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let tier = match v.tier {
        Some(Tier::Certain) => "certain: the emergency answer at once",
        Some(Tier::Possible) => "possible: the safety question first",
        None => "none",
    };
    writeln!(out, "red flag: {}", v.redflag.as_deref().unwrap_or("none"))?;
    writeln!(out, "tier:     {tier}")?;
    // Drafts count: staff check them before they are offered.
    let locale = lang
        .and_then(|l| content.l10n().negotiate_any(l))
        .unwrap_or_else(|| initial_locale(content, None));
    if v.dialogs.is_empty() {
        writeln!(
            out,
            "dialogs:  none (at the menu: \"nothing fits\" and the menu)"
        )?;
    }
    for (i, d) in v.dialogs.iter().enumerate() {
        let title = content.dialog(d.id).map(|dialog| {
            content
                .l10n()
                .format(&locale, dialog.title.as_str(), &Default::default(), &[])
        });
        let label = if i == 0 { "dialogs: " } else { "         " };
        let title = title.unwrap_or_default();
        writeln!(out, "{label} {} ({title}), score {}", d.id, d.score)?;
    }
    for line in &v.why {
        writeln!(out, "why:      {line}")?;
    }
    Ok(())
}
