//! What a person sends: text, a button press, or a command.

/// One message from a person, as a channel hands it to the engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Free text: an answer, an option number or label, or a description.
    Text(String),
    /// A button press: the option `index` (from 0) of question number `question`.
    Choice {
        /// The question serial the button belongs to.
        question: u64,
        /// The option, counted from 0.
        index: usize,
    },
    /// A command such as `/back`.
    Command(Command),
    /// Typed text written before the person could have seen the current question (a channel
    /// knows: the question was still unsent, or sent after the text was written). It is
    /// checked for red flags like any text, and otherwise answered like a stale button: the
    /// current question is shown again and nothing changes.
    Late(String),
}

/// The commands every channel understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Greet and show the menu; with a dialog id, start that dialog (deep links).
    Start(Option<String>),
    /// Leave the dialog for the menu.
    Menu,
    /// Undo the last answer.
    Back,
    /// Start the current dialog again.
    Restart,
    /// Change language, or list the languages.
    Language(Option<String>),
    /// The person's summary, in their language and in Swedish.
    Summary,
    /// The commands.
    Help,
    /// Everything stored about the person.
    MyData,
    /// Delete everything stored about the person.
    Forget,
    /// A command Lots does not know (its name, shortened).
    Unknown(String),
}

impl Input {
    /// Reads a typed line: a line starting with `/` is a command, anything else is text.
    /// Swedish command names (`/meny`, `/tillbaka`, …) work too.
    pub fn parse(line: &str) -> Input {
        let trimmed = line.trim();
        let Some(rest) = trimmed.strip_prefix('/') else {
            return Input::Text(line.to_owned());
        };
        let (word, arg) = match rest.split_once(char::is_whitespace) {
            Some((w, a)) => (w, Some(a.trim()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        // Telegram adds the bot's name in groups: `/help@LotsBot`.
        let word = word.split('@').next().unwrap_or(word).to_lowercase();
        let command = match word.as_str() {
            "start" | "borja" | "börja" => Command::Start(arg.map(str::to_owned)),
            "menu" | "meny" => Command::Menu,
            "back" | "tillbaka" => Command::Back,
            "restart" | "omstart" => Command::Restart,
            "language" | "lang" | "sprak" | "språk" => Command::Language(arg.map(str::to_owned)),
            "summary" | "sammanfattning" => Command::Summary,
            "help" | "hjalp" | "hjälp" => Command::Help,
            "mydata" | "mindata" => Command::MyData,
            "forget" | "glom" | "glöm" => Command::Forget,
            _ => Command::Unknown(word.chars().take(32).collect()),
        };
        Input::Command(command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_commands_with_arguments_and_bot_names() {
        assert_eq!(
            Input::parse("/language en"),
            Input::Command(Command::Language(Some("en".into())))
        );
        assert_eq!(Input::parse("/HELP@LotsBot"), Input::Command(Command::Help));
        assert_eq!(Input::parse("/tillbaka"), Input::Command(Command::Back));
        assert_eq!(
            Input::parse("/nonsense"),
            Input::Command(Command::Unknown("nonsense".into()))
        );
        assert_eq!(
            Input::parse("ont i halsen"),
            Input::Text("ont i halsen".into())
        );
    }
}
