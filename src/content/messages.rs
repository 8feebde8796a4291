//! The Fluent messages Lots itself formats, as typed constructors: the contract between the code
//! and the `.ftl` files.
//!
//! Each message is a function named after it that takes exactly the arguments the message may
//! use, so a misspelt id or a forgotten argument is a compile error. [`ALL`] is derived from the
//! same list; loading content fails when one of them is missing in Swedish (or in a reviewed
//! locale), or when a translation uses a variable the code does not pass. Per-dialog and
//! per-actor messages are content ids ([`MessageId`]) and are checked where the content uses them.
//!
//! This module never formats anything itself: [`crate::content::L10n::text`] does.

use std::borrow::Cow;

use crate::ids::MessageId;
use crate::value::Value;

/// A message ready to format: its id and the arguments passed to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Value)>,
}

impl Text {
    /// A message from the content (a dialog's, an actor's or a topic's), checked when it loaded.
    pub fn content(id: &MessageId) -> Self {
        Self {
            id: Cow::Owned(id.as_str().to_owned()),
            args: Vec::new(),
        }
    }

    /// The Fluent id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Value)] {
        &self.args
    }
}

impl From<&MessageId> for Text {
    fn from(id: &MessageId) -> Self {
        Self::content(id)
    }
}

/// One engine message as the checker sees it: its id and the arguments the code passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spec {
    /// The Fluent message id.
    pub id: &'static str,
    /// The `$arguments` the code passes to this message.
    pub args: &'static [&'static str],
}

macro_rules! messages {
    ($( $(#[doc = $doc:literal])* $name:ident = $id:literal $(( $($arg:ident),+ ))? ; )*) => {
        $(
            $(#[doc = $doc])*
            #[doc = concat!("\n\nFluent id `", $id, "`.")]
            pub fn $name($($($arg: impl Into<Value>),+)?) -> Text {
                Text {
                    id: Cow::Borrowed($id),
                    args: vec![$($((stringify!($arg), $arg.into())),+)?],
                }
            }
        )*

        /// Every message the code formats, with the arguments it passes.
        pub const ALL: &[Spec] = &[
            $( Spec { id: $id, args: &[$($(stringify!($arg)),+)?] }, )*
        ];
    };
}

// tidy: data table
messages! {
    // Welcome and menu.
    /// The first message.
    welcome = "welcome";
    /// Above the main menu.
    menu_prompt = "menu-prompt";
    /// Above the dialogs of one topic.
    menu_topic_prompt = "menu-topic-prompt"(topic);
    /// The option that goes back to all topics.
    menu_all_topics = "menu-all-topics";
    /// A dialog ended.
    dialog_end = "dialog-end";
    // Commands.
    /// `/help`.
    help = "help";
    /// `/back` undid an answer.
    back_done = "back-done";
    /// `/back` with nothing to undo.
    back_nothing = "back-nothing";
    /// `/restart`.
    restart_done = "restart-done";
    /// `/language CODE` worked.
    language_changed = "language-changed"(language);
    /// `/language CODE` with a code Lots does not speak.
    language_unknown = "language-unknown"(code, available);
    /// `/language` without a code.
    language_list = "language-list"(available);
    /// One line of the language list: the command and the language's own name.
    language_option = "language-option"(code, name);
    /// Above the summary.
    summary_header = "summary-header";
    /// Above the Swedish copy of the summary.
    summary_swedish_header = "summary-swedish-header";
    /// `/summary` with nothing to summarise.
    summary_empty = "summary-empty";
    /// One summary line.
    summary_line = "summary-line"(line);
    // Actor cards.
    /// The actor is open now.
    actor_open_now = "actor-open-now";
    /// The actor is closed and opens on that day at that time.
    actor_closed_opens = "actor-closed-opens"(day, time);
    /// Whom to contact while the actor is closed.
    actor_closed_alternative = "actor-closed-alternative"(name, contact);
    /// The ages an actor serves.
    actor_age_range = "actor-age-range"(min, max);
    /// The lowest age an actor serves.
    actor_age_min = "actor-age-min"(min);
    /// The highest age an actor serves.
    actor_age_max = "actor-age-max"(max);
    /// The actor's phone number.
    actor_phone = "actor-phone"(phone);
    /// The actor's web address.
    actor_web = "actor-web"(web);
    /// "today", in "opens today at 08:00".
    day_today = "day-today";
    /// "tomorrow".
    day_tomorrow = "day-tomorrow";
    /// Monday.
    weekday_1 = "weekday-1";
    /// Tuesday.
    weekday_2 = "weekday-2";
    /// Wednesday.
    weekday_3 = "weekday-3";
    /// Thursday.
    weekday_4 = "weekday-4";
    /// Friday.
    weekday_5 = "weekday-5";
    /// Saturday.
    weekday_6 = "weekday-6";
    /// Sunday.
    weekday_7 = "weekday-7";
    // Channels.
    /// How to use the terminal chat, shown once when it starts.
    terminal_hint = "terminal-hint";
    /// Telegram: Lots talks in private chats only.
    telegram_private_only = "telegram-private-only";
    /// Telegram: a message that is not text.
    telegram_text_only = "telegram-text-only";
    /// Telegram: button data Lots does not know.
    telegram_button_unknown = "telegram-button-unknown";
    /// Telegram: the turn could not be saved.
    telegram_error = "telegram-error";
    /// Telegram command menu: `/start`.
    telegram_command_start = "telegram-command-start";
    /// Telegram command menu: `/menu`.
    telegram_command_menu = "telegram-command-menu";
    /// Telegram command menu: `/back`.
    telegram_command_back = "telegram-command-back";
    /// Telegram command menu: `/restart`.
    telegram_command_restart = "telegram-command-restart";
    /// Telegram command menu: `/summary`.
    telegram_command_summary = "telegram-command-summary";
    /// Telegram command menu: `/language`.
    telegram_command_language = "telegram-command-language";
    /// Telegram command menu: `/mydata`.
    telegram_command_mydata = "telegram-command-mydata";
    /// Telegram command menu: `/forget`.
    telegram_command_forget = "telegram-command-forget";
    /// Telegram command menu: `/help`.
    telegram_command_help = "telegram-command-help";
    // Free text at the menu.
    /// Above dialogs that fit what the person wrote.
    route_suggest = "route-suggest";
    /// Nothing fitted what the person wrote.
    route_nothing = "route-nothing";
    // Coming back, content changes and the profile.
    /// The person came back after a pause.
    resume_welcome_back = "resume-welcome-back";
    /// Continue or start over?
    resume_question = "resume-question";
    /// The option to continue.
    resume_continue = "resume-continue";
    /// The option to start over.
    resume_restart = "resume-restart";
    /// The dialog changed and starts again.
    content_changed_restart = "content-changed-restart";
    /// The dialog is gone; back to the menu.
    content_changed_menu = "content-changed-menu";
    /// May Lots remember profile facts?
    profile_consent_question = "profile-consent-question";
    /// The person said yes.
    profile_consent_given = "profile-consent-given";
    /// The person said no.
    profile_consent_refused = "profile-consent-refused";
    /// A question answered from the profile.
    profile_used = "profile-used"(answer);
    // `/mydata` and `/forget`.
    /// Above `/mydata`.
    mydata_header = "mydata-header";
    /// The person's language.
    mydata_language = "mydata-language"(language);
    /// Where the person stands.
    mydata_position = "mydata-position"(position);
    /// The person stands at the menu.
    mydata_position_menu = "mydata-position-menu";
    /// The dialog variables.
    mydata_vars = "mydata-vars"(vars);
    /// The profile facts.
    mydata_profile = "mydata-profile"(profile);
    /// Consent was given.
    mydata_consent_yes = "mydata-consent-yes";
    /// Consent was refused.
    mydata_consent_no = "mydata-consent-no";
    /// How many summary lines.
    mydata_notes = "mydata-notes"(count);
    /// When the session began.
    mydata_since = "mydata-since"(since);
    /// `/forget` deleted everything.
    forget_done = "forget-done";
    // Odd input.
    /// An empty message.
    input_empty = "input-empty";
    /// A message over the length limit.
    input_too_long = "input-too-long"(max);
    /// Text that answers nothing.
    input_not_understood = "input-not-understood";
    /// An option number that does not exist.
    option_out_of_range = "option-out-of-range"(max);
    /// An unknown command.
    command_unknown = "command-unknown"(command);
    /// A button of an earlier question.
    stale_button = "stale-button";
    /// A number outside the range.
    input_invalid_number = "input-invalid-number"(min, max);
    /// Not yes or no.
    input_invalid_yes_no = "input-invalid-yes-no";
    /// Text that does not fit the pattern.
    input_invalid_pattern = "input-invalid-pattern";
    /// Text over the length limit of a captured answer.
    input_invalid_text = "input-invalid-text"(max);
    // Safety.
    /// The emergency answer for a dialog's own `@emergency` and unknown categories.
    emergency_general = "emergency-general";
    /// After an emergency answer: the conversation can go on.
    emergency_continue = "emergency-continue";
    /// The safety question of the possible tier, for a category without its own: is it
    /// happening now? It names 112.
    safety_question = "safety-question";
    /// After "no" to the safety question: back to where the person was.
    safety_no = "safety-no";
    /// After "no" to the safety question asked about a message typed at the menu: Lots goes on
    /// with the dialogs that message fitted.
    safety_no_route = "safety-no-route";
    // Answers and values.
    /// Yes, as an option label and as a shown value.
    answer_yes = "answer-yes";
    /// No, as an option label and as a shown value.
    answer_no = "answer-no";
    /// A number or text value shown to the person.
    value = "value"(value);
    /// One variable in `/mydata`.
    mydata_var = "mydata-var"(name, value);
    /// A dialog stopped because one of its conditions or assignments could not be evaluated.
    dialog_error = "dialog-error";
}

/// The name of a weekday, 1 = Monday … 7 = Sunday (any other number is Sunday).
pub fn weekday(n: i8) -> Text {
    match n {
        1 => weekday_1(),
        2 => weekday_2(),
        3 => weekday_3(),
        4 => weekday_4(),
        5 => weekday_5(),
        6 => weekday_6(),
        _ => weekday_7(),
    }
}

/// The emergency answer of a red-flag category. Every category has one: loading fails otherwise.
pub fn emergency(category: &str) -> Text {
    Text {
        id: Cow::Owned(emergency_id(category)),
        args: Vec::new(),
    }
}

/// The safety question of a red-flag category (`safety-question-<category>`), which a locale
/// may lack: the engine then uses [`safety_question`].
pub fn safety_question_for(category: &str) -> Text {
    Text {
        id: Cow::Owned(format!("safety-question-{category}")),
        args: Vec::new(),
    }
}

/// The message id of a red-flag category's emergency answer.
pub fn emergency_id(category: &str) -> String {
    format!("emergency-{category}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_listed_once_with_the_arguments_its_constructor_takes() {
        let mut ids: Vec<&str> = ALL.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len(), "a message id is listed twice");
        let text = actor_closed_opens("måndag", "08:00");
        assert_eq!(text.id(), "actor-closed-opens");
        let names: Vec<&str> = text.args().iter().map(|(n, _)| *n).collect();
        let spec = ALL.iter().find(|s| s.id == "actor-closed-opens").unwrap();
        assert_eq!(names, spec.args);
    }

    #[test]
    fn weekdays_map_monday_to_sunday() {
        assert_eq!(weekday(1).id(), "weekday-1");
        assert_eq!(weekday(7).id(), "weekday-7");
    }
}
