//! Dialog parts in plain words for staff and clinicians: conditions, assignments, typed answers
//! and the order steps are met in. Shared by `lots paths` and `lots graph`.
//!
//! These are the words of the review tools, not of the bot: nothing here reaches a person in a
//! chat, so they are not Fluent messages.

use std::collections::HashSet;

use crate::content::{Assign, Dialog, Input, InputKind, Route, Step, Target, Then};
use crate::ids::StepId;
use crate::value::{Expr, Value};

/// The steps of a dialog in the order they are met from the start: depth first, the first
/// answer first, each step once.
pub fn step_order(dialog: &Dialog) -> Vec<&Step> {
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    let mut stack = vec![dialog.start.clone()];
    while let Some(id) = stack.pop() {
        let Some(step) = dialog.step(&id) else {
            continue;
        };
        if !seen.insert(id) {
            continue;
        }
        order.push(step);
        for target in targets(step).into_iter().rev() {
            if let Target::Step(next) = target {
                stack.push(next.clone());
            }
        }
    }
    // Every step is reachable in loaded content; should one not be, it still gets shown.
    for step in dialog.steps() {
        if !order.iter().any(|s| s.id == step.id) {
            order.push(step);
        }
    }
    order
}

/// Where a step can lead, in the order it is written.
pub fn targets(step: &Step) -> Vec<&Target> {
    match &step.then {
        Then::Options { options, .. } => options.iter().map(|o| &o.goto).collect(),
        Then::Input { after, .. } | Then::Call { after, .. } | Then::Route(after) => {
            route_targets(after)
        }
    }
}

fn route_targets(route: &Route) -> Vec<&Target> {
    match route {
        Route::Goto(target) => vec![target],
        Route::Branch(arms) => arms.iter().map(|a| &a.goto).collect(),
    }
}

/// The anchor of a heading, as GitHub makes it from the heading's text: lower case, letters,
/// digits, `-` and `_` kept, spaces become `-`, everything else goes.
pub fn slug(heading: &str) -> String {
    heading
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The heading of a step in `lots paths`.
pub fn step_heading(id: &StepId) -> String {
    format!("Step {id}")
}

/// The heading of an emergency answer in `lots paths`.
pub fn emergency_heading(category: Option<&str>) -> String {
    match category {
        Some(c) => format!("Emergency answer {c}"),
        None => "Emergency answer".to_owned(),
    }
}

/// A target in words, without the step link (`lots paths` links steps itself).
pub fn target_words(target: &Target) -> String {
    match target {
        Target::Step(id) => format!("step {id}"),
        Target::End => "the end of the dialog".to_owned(),
        Target::Menu => "the menu".to_owned(),
        Target::Emergency(None) => "the emergency answer (112)".to_owned(),
        Target::Emergency(Some(c)) => format!("the emergency answer {c} (112)"),
    }
}

/// A condition in plain words: `long || fever` → `long or fever`, `audit >= 5` → `audit is at
/// least 5`, `!tried` → `not tried`.
pub fn condition(expr: &Expr) -> String {
    let source = expr.source();
    let mut words = String::new();
    let mut rest = source;
    while let Some(c) = rest.chars().next() {
        if c == '"' || c == '\'' {
            let end = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
            words.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let op = OPERATORS.iter().find(|(op, _)| rest.starts_with(op));
        if let Some((op, word)) = op {
            words.push_str(word);
            rest = &rest[op.len()..];
        } else {
            words.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    words
        .split(' ')
        .map(|w| match w {
            "true" => "yes",
            "false" => "no",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Operators and their words; longer operators first so `>=` is not read as `>`.
const OPERATORS: [(&str, &str); 9] = [
    ("&&", " and "),
    ("||", " or "),
    ("==", " is "),
    ("!=", " is not "),
    (">=", " is at least "),
    ("<=", " is at most "),
    (">", " is more than "),
    ("<", " is less than "),
    ("!", " not "),
];

/// What `set` and `add` do, one phrase each: `long becomes yes`, `audit goes up by 2`.
pub fn assignments(set: &[Assign], add: &[Assign]) -> Vec<String> {
    let set = set
        .iter()
        .map(|a| format!("{} becomes {}", a.var, condition(&a.expr)));
    let add = add
        .iter()
        .map(|a| format!("{} goes up by {}", a.var, condition(&a.expr)));
    set.chain(add).collect()
}

/// A starting value in words: yes and no for yes/no, text in quotes.
pub fn value(value: &Value) -> String {
    match value {
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        Value::Text(t) => format!("\"{t}\""),
        number => number.to_string(),
    }
}

/// What a typed answer must be and where it is kept.
pub fn input(input: &Input) -> String {
    let what = match &input.kind {
        InputKind::Number { min, max } => format!("a number from {min} to {max}"),
        InputKind::YesNo => "yes or no".to_owned(),
        InputKind::Pattern(re) => format!("text matching {}", re.as_str()),
        InputKind::Text => format!(
            "any text up to {} characters",
            crate::content::MAX_TEXT_ANSWER
        ),
    };
    format!("{what}, kept in {}", input.var)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(source: &str) -> String {
        condition(&Expr::parse(source).unwrap())
    }

    #[test]
    fn conditions_read_as_plain_words() {
        assert_eq!(words("long || fever"), "long or fever");
        assert_eq!(
            words("audit >= 5 && !tried"),
            "audit is at least 5 and not tried"
        );
        assert_eq!(words("score != 0"), "score is not 0");
        assert_eq!(words("name == \"a && b\""), "name is \"a && b\"");
        assert_eq!(
            words("x < 3 || y > 2"),
            "x is less than 3 or y is more than 2"
        );
    }

    #[test]
    fn slugs_follow_github() {
        assert_eq!(slug("Step see-hc"), "step-see-hc");
        assert_eq!(slug("Emergency answer (112)"), "emergency-answer-112");
    }
}
