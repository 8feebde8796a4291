//! The validated content model the engine runs on.
//!
//! Every reference in these types has been checked: a [`Target::Step`] names a step of the same
//! dialog, an [`ActorId`] names an actor, every [`MessageId`] exists in Swedish. The engine relies on
//! that and never re-checks it.

use std::collections::{BTreeSet, HashMap};

use regex::Regex;

use crate::ids::{ActorId, DialogId, MessageId, StepId};
use crate::value::{Expr, Vars};

/// The five strategies of the region's goal "Tillsammans för god hälsa hela livet".
pub const STRATEGIES: [&str; 5] = [
    "delaktighet",
    "kontinuitet",
    "tillganglighet",
    "halsoframjande",
    "samordning",
];

/// One dialog, from one file in `dialogs/`.
#[derive(Debug)]
pub struct Dialog {
    /// The dialog id, equal to the file name.
    pub id: DialogId,
    /// Its name in the menu.
    pub title: MessageId,
    /// The menu group.
    pub topic: String,
    /// The strategies it serves.
    pub strategies: Vec<String>,
    /// The first step.
    pub start: StepId,
    /// Place in the menu; low first.
    pub order: i64,
    /// Red-flag categories after whose emergency answer this dialog is offered to a person who
    /// is not in a dialog (the violence dialog after the violence answer, say).
    pub after_emergency: Vec<String>,
    /// Content governance; `lots check` warns when it is missing or expired.
    pub review: Option<Review>,
    /// Declared variables with their starting values, profile facts included.
    pub vars: Vars,
    /// The variables that are profile facts, kept between dialogs with the person's consent.
    pub profile: BTreeSet<String>,
    pub(crate) steps: Vec<Step>,
    pub(crate) index: HashMap<StepId, usize>,
}

impl Dialog {
    /// The step with this id.
    pub fn step(&self, id: &StepId) -> Option<&Step> {
        self.index.get(id).map(|&i| &self.steps[i])
    }

    /// All steps in file order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }
}

/// Sources and dates of a dialog's last review.
#[derive(Debug, Clone)]
pub struct Review {
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// When the dialog was last reviewed.
    pub reviewed: jiff::civil::Date,
    /// When it must be reviewed again.
    pub expires: jiff::civil::Date,
    /// Free text for reviewers.
    pub notes: Option<String>,
}

/// One step of a dialog.
#[derive(Debug)]
pub struct Step {
    /// The step id.
    pub id: StepId,
    /// Assignments made when the step is entered.
    pub set: Vec<Assign>,
    /// Additions made when the step is entered.
    pub add: Vec<Assign>,
    /// Text shown when the step is entered.
    pub say: Option<MessageId>,
    /// Actor cards shown when the step is entered.
    pub refer: Vec<ActorId>,
    /// A line for the summary.
    pub note: Option<MessageId>,
    /// What the step does after that.
    pub then: Then,
}

impl Step {
    /// True when the step waits for the person (a question or an input).
    pub fn waits(&self) -> bool {
        matches!(self.then, Then::Options { .. } | Then::Input { .. })
    }
}

/// What a step does once it has been entered.
#[derive(Debug)]
pub enum Then {
    /// Ask a question with answer buttons.
    Options {
        /// The question.
        ask: MessageId,
        /// The answers.
        options: Vec<Choice>,
    },
    /// Ask for a typed answer, then follow a route.
    Input {
        /// The question.
        ask: MessageId,
        /// How the answer is checked and stored.
        input: Input,
        /// Where to go after a valid answer.
        after: Route,
    },
    /// Run another dialog, then follow a route.
    Call {
        /// The dialog to run.
        dialog: DialogId,
        /// Where to go when it ends.
        after: Route,
    },
    /// Go on at once.
    Route(Route),
}

/// Where to go next.
#[derive(Debug)]
pub enum Route {
    /// Always to this target.
    Goto(Target),
    /// To the first target whose condition holds; the last arm has no condition.
    Branch(Vec<Arm>),
}

/// One arm of a branch.
#[derive(Debug)]
pub struct Arm {
    /// The condition, `None` for the final default arm.
    pub when: Option<Expr>,
    /// Where to go.
    pub goto: Target,
}

/// A place a dialog can go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A step of the same dialog.
    Step(StepId),
    /// The end of the dialog.
    End,
    /// Leave the dialog for the menu.
    Menu,
    /// The emergency answer, optionally of one red-flag category.
    Emergency(Option<String>),
}

/// One answer button.
#[derive(Debug)]
pub struct Choice {
    /// The button text.
    pub label: MessageId,
    /// Where the answer leads.
    pub goto: Target,
    /// Assignments made when chosen.
    pub set: Vec<Assign>,
    /// Additions made when chosen.
    pub add: Vec<Assign>,
    /// A summary line recorded when chosen.
    pub note: Option<MessageId>,
}

/// `var = expression`, used by `set` and `add`.
#[derive(Debug)]
pub struct Assign {
    /// The variable.
    pub var: String,
    /// The value, or the amount to add.
    pub expr: Expr,
}

/// A typed answer and where it is stored.
#[derive(Debug)]
pub struct Input {
    /// What is accepted.
    pub kind: InputKind,
    /// The variable the answer is stored in.
    pub var: String,
    /// The text shown for an invalid answer, instead of the default for the kind.
    pub invalid: Option<MessageId>,
}

/// The kinds of typed answers.
#[derive(Debug)]
pub enum InputKind {
    /// A number within a range (both ends included).
    Number {
        /// The smallest allowed value.
        min: f64,
        /// The largest allowed value.
        max: f64,
    },
    /// Yes or no, in ordinary words of any shipped language.
    YesNo,
    /// Text that matches a regular expression as a whole.
    Pattern(Regex),
    /// Any text up to [`MAX_TEXT_ANSWER`] characters.
    Text,
}

/// The longest text answer a `text` input stores.
pub const MAX_TEXT_ANSWER: usize = 200;

/// A contact a person can be referred to.
#[derive(Debug)]
pub struct Actor {
    /// The actor id.
    pub id: ActorId,
    /// Its name.
    pub name: MessageId,
    /// When to contact it.
    pub when: MessageId,
    /// Phone number, as written in CONTENT.md.
    pub phone: Option<String>,
    /// Web address.
    pub web: Option<String>,
    /// Opening hours in words.
    pub hours: Option<MessageId>,
    /// Opening hours the card checks against the clock ("open now" / "closed, opens …").
    pub open: Option<super::hours::OpeningHours>,
    /// Whom to contact when this actor is closed.
    pub when_closed: Option<ActorId>,
    /// The youngest age the actor serves.
    pub min_age: Option<i64>,
    /// The oldest age the actor serves.
    pub max_age: Option<i64>,
}

impl Actor {
    /// Whether a person of this age is served (unknown age: yes).
    pub fn serves_age(&self, age: Option<i64>) -> bool {
        age.is_none_or(|a| {
            self.min_age.is_none_or(|lo| a >= lo) && self.max_age.is_none_or(|hi| a <= hi)
        })
    }
}

/// One group of the main menu.
#[derive(Debug)]
pub struct Topic {
    /// The topic name used in dialog files.
    pub id: String,
    /// Its name in the menu, `topic-<id>`.
    pub title: MessageId,
    /// Its dialogs in menu order.
    pub dialogs: Vec<DialogId>,
}
