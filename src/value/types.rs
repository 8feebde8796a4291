//! The static type checker of expressions: the type of every part of an expression tree, from
//! the declared variable types and the literals, and the first mistake in plain words.
//!
//! It runs when content is loaded; it never evaluates anything that reads a variable.

use evalexpr::{HashMapContext, Node};

use super::{ExprError, VarType};

impl VarType {
    /// The type after "and" or "with": "a number", "yes/no", "text".
    fn noun(self) -> &'static str {
        match self {
            VarType::Number => "a number",
            VarType::Bool => "yes/no",
            VarType::Text => "text",
        }
    }

    /// The type before "variable": "a number", "a yes/no", "a text".
    fn adjective(self) -> &'static str {
        match self {
            VarType::Number => "a number",
            VarType::Bool => "a yes/no",
            VarType::Text => "a text",
        }
    }
}

/// The type of every sub-expression, from the declared variable types and the literals; the
/// first mistake, innermost first, otherwise. It follows what evalexpr 11 does at run time and is
/// stricter where evalexpr would quietly give an answer nobody meant: `==` between different
/// types (always false there) and `<` on text (alphabetical there).
pub(super) fn infer(
    node: &Node,
    declared: &dyn Fn(&str) -> Option<VarType>,
) -> Result<VarType, ExprError> {
    let types = node
        .children()
        .iter()
        .map(|child| infer(child, declared))
        .collect::<Result<Vec<_>, _>>()?;
    let found = infer_operator(node, &types, declared)?;
    constant_failure(node).map_or(Ok(found), Err)
}

/// The type an operator gives its operands' types.
fn infer_operator(
    node: &Node,
    types: &[VarType],
    declared: &dyn Fn(&str) -> Option<VarType>,
) -> Result<VarType, ExprError> {
    use VarType::{Bool, Number, Text};
    use evalexpr::Operator as Op;
    match (node.operator(), types) {
        (Op::RootNode, [t]) => Ok(*t),
        (Op::Const { value }, []) => match value {
            evalexpr::Value::Int(_) | evalexpr::Value::Float(_) => Ok(Number),
            evalexpr::Value::Boolean(_) => Ok(Bool),
            evalexpr::Value::String(_) => Ok(Text),
            _ => Err(ExprError(format!("`{}` is not a value", show(node)))),
        },
        (Op::VariableIdentifierRead { identifier }, []) => declared(identifier)
            .ok_or_else(|| ExprError(format!("variable `{identifier}` is not declared in [vars]"))),
        (Op::Add, [Text, Text]) => Ok(Text),
        (Op::Add, [a, b]) if (*a, *b) != (Number, Number) => Err(ExprError(format!(
            "`{}`: {} cannot be added",
            show(node),
            if a == b {
                format!("{a} values")
            } else {
                format!("{} and {}", a.noun(), b.noun())
            }
        ))),
        (Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod | Op::Exp | Op::Neg, _) => {
            operands(node, types, Number).map(|()| Number)
        }
        (Op::Eq | Op::Neq, [a, b]) if a == b => Ok(Bool),
        (Op::Eq | Op::Neq, [a, b]) => Err(mixed(node, *a, *b)),
        (Op::Gt | Op::Lt | Op::Geq | Op::Leq, _) => operands(node, types, Number).map(|()| Bool),
        (Op::And | Op::Or | Op::Not, _) => operands(node, types, Bool).map(|()| Bool),
        _ => Err(ExprError(
            "only arithmetic, comparisons, `&&`, `||` and `!` are allowed".into(),
        )),
    }
}

/// A part that fails whatever the variables hold: one that reads no variable and cannot be
/// evaluated (`1 / 0`), or a division by a part that reads no variable and is zero (`score / 0`).
fn constant_failure(node: &Node) -> Option<ExprError> {
    use evalexpr::Operator as Op;
    let constant = |n: &Node| n.iter_variable_identifiers().next().is_none();
    let context = HashMapContext::new();
    if !node.children().is_empty()
        && constant(node)
        && let Err(e) = node.eval_with_context(&context)
    {
        return Some(ExprError(format!("`{}` always fails: {e}", show(node))));
    }
    if let (Op::Div | Op::Mod, [_, divisor]) = (node.operator(), node.children())
        && constant(divisor)
        && divisor
            .eval_with_context(&context)
            .is_ok_and(|v| v.as_number().is_ok_and(|x| x == 0.0))
    {
        return Some(ExprError(format!("`{}` divides by zero", show(node))));
    }
    None
}

/// Checks that every operand of `node` has the type `wanted`, naming the first that has not.
fn operands(node: &Node, types: &[VarType], wanted: VarType) -> Result<(), ExprError> {
    use evalexpr::Operator as Op;
    let Some((child, found)) = node
        .children()
        .iter()
        .zip(types)
        .find(|(_, t)| **t != wanted)
    else {
        return Ok(());
    };
    let op = node.operator();
    let rule = match (wanted, op) {
        (VarType::Bool, Op::Not) => "`!` needs yes/no".to_owned(),
        (VarType::Bool, _) => format!("`{op}` needs yes/no on both sides"),
        (_, Op::Gt | Op::Lt | Op::Geq | Op::Leq) => {
            format!("only numbers can be compared with `{op}`")
        }
        _ => format!("`{op}` works only on numbers"),
    };
    let hint = match (wanted, found) {
        (VarType::Bool, VarType::Number) => {
            format!("; write a comparison such as `{} > 0`", show(child))
        }
        (VarType::Bool, VarType::Text) => {
            format!("; write a comparison such as `{} == \"…\"`", show(child))
        }
        _ => String::new(),
    };
    Err(ExprError(format!(
        "`{}`: {rule}, but `{}` is {found}{hint}",
        show(node),
        show(child)
    )))
}

/// The message for `==` or `!=` between different types, which evalexpr would quietly call false
/// (or true).
fn mixed(node: &Node, a: VarType, b: VarType) -> ExprError {
    let [left, right] = node.children() else {
        return ExprError(format!("`{}` compares {a} with {b}", show(node)));
    };
    let noun = |child: &Node, t: VarType| {
        if is_variable(child) {
            format!("{} variable", t.adjective())
        } else {
            t.noun().to_owned()
        }
    };
    let hint = match (a, b) {
        (VarType::Bool, _) => yes_no_hint(left),
        (_, VarType::Bool) => yes_no_hint(right),
        _ => "both sides must be the same kind of value".to_owned(),
    };
    ExprError(format!(
        "`{}` compares {} with {}; {hint}",
        show(node),
        noun(left, a),
        noun(right, b)
    ))
}

/// How to test a yes/no value without comparing it.
fn yes_no_hint(node: &Node) -> String {
    let shown = show(node);
    if is_variable(node) || matches!(node.operator(), evalexpr::Operator::RootNode) {
        format!("write `{shown}` or `!{shown}`")
    } else {
        format!("write `{shown}` or `!({shown})`")
    }
}

/// Whether `node` computes a number from numbers (and may give a float that is not finite).
pub(super) fn is_arithmetic(node: &Node) -> bool {
    use evalexpr::Operator as Op;
    matches!(
        node.operator(),
        Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod | Op::Exp | Op::Neg
    )
}

fn is_variable(node: &Node) -> bool {
    matches!(
        node.operator(),
        evalexpr::Operator::VariableIdentifierRead { .. }
    )
}

/// An expression written back in the usual way (evalexpr's own `Display` puts the operator
/// first); parentheses the author wrote are kept.
pub(super) fn show(node: &Node) -> String {
    use evalexpr::Operator as Op;
    match (node.operator(), node.children()) {
        (Op::RootNode, [inner]) => format!("({})", show(inner)),
        (op @ (Op::Neg | Op::Not), [inner]) => format!("{op}{}", show(inner)),
        (
            Op::Const {
                value: evalexpr::Value::Float(x),
            },
            [],
        ) => format!("{x:?}"),
        (op, [a, b]) => format!("{} {op} {}", show(a), show(b)),
        (op, _) => op.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Expr;

    /// The type of `source` over a number `n`, a yes/no `b` and a text `t`.
    fn type_of(source: &str) -> Result<VarType, String> {
        let declared = |name: &str| match name {
            "n" => Some(VarType::Number),
            "b" => Some(VarType::Bool),
            "t" => Some(VarType::Text),
            _ => None,
        };
        let expr = Expr::parse(source).map_err(|e| e.to_string())?;
        expr.value_type(&declared).map_err(|e| e.to_string())
    }

    #[test]
    fn every_operator_gets_the_types_it_works_on() {
        use VarType::{Bool, Number, Text};
        for (source, wanted) in [
            ("n + 2 * (n - 1) / 3 % 2 ^ 2", Number),
            ("-n", Number),
            ("t + \"x\"", Text),
            ("n >= 5 && !b || t == \"x\"", Bool),
            ("b != false", Bool),
            ("(b)", Bool),
        ] {
            assert_eq!(type_of(source), Ok(wanted), "{source}");
        }
    }

    #[test]
    fn type_mistakes_are_named_with_the_part_that_is_wrong() {
        for (source, message) in [
            (
                "b == 1",
                "`b == 1` compares a yes/no variable with a number; write `b` or `!b`",
            ),
            (
                "1 != (n > 2)",
                "`1 != (n > 2)` compares a number with yes/no; write `(n > 2)` or `!(n > 2)`",
            ),
            (
                "n == t",
                "`n == t` compares a number variable with a text variable; \
                 both sides must be the same kind of value",
            ),
            ("n + t", "`n + t`: a number and text cannot be added"),
            ("b + b", "`b + b`: yes/no values cannot be added"),
            (
                "n * b",
                "`n * b`: `*` works only on numbers, but `b` is yes/no",
            ),
            (
                "t < \"m\"",
                "`t < \"m\"`: only numbers can be compared with `<`, but `t` is text",
            ),
            (
                "b || t",
                "`b || t`: `||` needs yes/no on both sides, but `t` is text; \
                 write a comparison such as `t == \"…\"`",
            ),
            ("x > 1", "variable `x` is not declared in [vars]"),
            (
                "(n + t) * (b + 1)",
                "`n + t`: a number and text cannot be added",
            ),
            ("n / (1 - 1)", "`n / (1 - 1)` divides by zero"),
        ] {
            assert_eq!(type_of(source), Err(message.to_owned()), "{source}");
        }
    }
}
