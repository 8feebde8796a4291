//! Session variable values and the expressions that compute them.
//!
//! Dialogs declare their variables with a starting value in `[vars]`; conditions and assignments are
//! evalexpr expressions (pinned to 11.3.1, the last version under MIT). An [`Expr`] is parsed once,
//! when content is loaded, and only evaluated afterwards.

use std::collections::BTreeMap;
use std::fmt;

use evalexpr::{ContextWithMutableVariables, HashMapContext, Node};
use serde::{Deserialize, Serialize};

/// The value of a session variable.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// Text, only ever from a step that explicitly captures it.
    Text(String),
}

/// The type of a variable, fixed by its starting value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarType {
    /// Whole or decimal numbers.
    Number,
    /// Yes or no.
    Bool,
    /// Text.
    Text,
}

impl fmt::Display for VarType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            VarType::Number => "a number",
            VarType::Bool => "yes/no",
            VarType::Text => "text",
        })
    }
}

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

impl Value {
    /// The type of this value.
    pub fn var_type(&self) -> VarType {
        match self {
            Value::Bool(_) => VarType::Bool,
            Value::Int(_) | Value::Float(_) => VarType::Number,
            Value::Text(_) => VarType::Text,
        }
    }

    fn to_eval(&self) -> evalexpr::Value {
        match self {
            Value::Bool(b) => evalexpr::Value::Boolean(*b),
            Value::Int(i) => evalexpr::Value::Int(*i),
            Value::Float(f) => evalexpr::Value::Float(*f),
            Value::Text(s) => evalexpr::Value::String(s.clone()),
        }
    }

    fn from_eval(value: evalexpr::Value) -> Option<Self> {
        match value {
            evalexpr::Value::Boolean(b) => Some(Value::Bool(b)),
            evalexpr::Value::Int(i) => Some(Value::Int(i)),
            evalexpr::Value::Float(f) => Some(Value::Float(f)),
            evalexpr::Value::String(s) => Some(Value::Text(s)),
            _ => None,
        }
    }

    /// Adds a number to this one, keeping whole numbers whole; `None` when either is not a
    /// number or the sum is too large (never a rounded or clamped guess).
    pub fn plus(&self, other: &Value) -> Option<Value> {
        let sum = match (self, other) {
            (Value::Int(a), Value::Int(b)) => return a.checked_add(*b).map(Value::Int),
            (Value::Int(a), Value::Float(b)) => *a as f64 + b,
            (Value::Float(a), Value::Int(b)) => a + *b as f64,
            (Value::Float(a), Value::Float(b)) => a + b,
            _ => return None,
        };
        sum.is_finite().then_some(Value::Float(sum))
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Text(s) => f.write_str(s),
        }
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Value {
    /// A whole number becomes an `Int`, so that it formats without decimals.
    fn from(x: f64) -> Self {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            Value::Int(x as i64)
        } else {
            Value::Float(x)
        }
    }
}

/// The variables of a session, by name.
pub type Vars = BTreeMap<String, Value>;

/// Rejects trees that evalexpr builds but can never evaluate (an operator
/// missing an operand) and the parts of its language a dialog has no use for
/// (assignment, chains, tuples, functions): an expression only reads.
fn check_shape(node: &Node) -> Result<(), ExprError> {
    use evalexpr::Operator as Op;
    let operands = match node.operator() {
        Op::RootNode => Some(1),
        Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Mod | Op::Exp => Some(2),
        Op::Eq | Op::Neq | Op::Gt | Op::Lt | Op::Geq | Op::Leq | Op::And | Op::Or => Some(2),
        Op::Neg | Op::Not => Some(1),
        Op::Const { .. } | Op::VariableIdentifierRead { .. } => Some(0),
        Op::FunctionIdentifier { identifier } => {
            return Err(ExprError(format!(
                "functions such as `{identifier}` are not supported"
            )));
        }
        _ => None,
    };
    match operands {
        None => Err(ExprError(
            "only arithmetic, comparisons, `&&`, `||` and `!` are allowed".into(),
        )),
        Some(n) if node.children().len() != n => Err(ExprError(format!(
            "`{}` is missing an operand",
            node.operator()
        ))),
        Some(_) => node.children().iter().try_for_each(check_shape),
    }
}

/// The type of every sub-expression, from the declared variable types and the literals; the
/// first mistake, innermost first, otherwise. It follows what evalexpr 11 does at run time and is
/// stricter where evalexpr would quietly give an answer nobody meant: `==` between different
/// types (always false there) and `<` on text (alphabetical there).
fn infer(node: &Node, declared: &dyn Fn(&str) -> Option<VarType>) -> Result<VarType, ExprError> {
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
    if !node.children().is_empty() && constant(node) {
        if let Err(e) = node.eval_with_context(&context) {
            return Some(ExprError(format!("`{}` always fails: {e}", show(node))));
        }
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
    if is_variable(node) {
        format!("write `{shown}` or `!{shown}`")
    } else {
        format!("write `{shown}` or `!({shown})`")
    }
}

fn is_variable(node: &Node) -> bool {
    matches!(
        node.operator(),
        evalexpr::Operator::VariableIdentifierRead { .. }
    )
}

/// An expression written back in the usual way (evalexpr's own `Display` puts the operator
/// first); parentheses the author wrote are kept.
fn show(node: &Node) -> String {
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

/// A parsed expression.
#[derive(Debug, Clone)]
pub struct Expr {
    source: String,
    node: Node,
}

/// Why an expression could not be parsed or evaluated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ExprError(String);

impl Expr {
    /// Parses an expression.
    pub fn parse(source: &str) -> Result<Self, ExprError> {
        let node = evalexpr::build_operator_tree(source).map_err(|e| ExprError(e.to_string()))?;
        if node.children().is_empty() {
            return Err(ExprError("the expression is empty".into()));
        }
        check_shape(&node)?;
        Ok(Self {
            source: source.to_owned(),
            node,
        })
    }

    /// The text the expression was written as.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The type of its value, given the types of the declared variables; otherwise the first
    /// mistake, in plain words (`tried == 1` compares a yes/no variable with a number, …).
    pub fn value_type(
        &self,
        declared: &dyn Fn(&str) -> Option<VarType>,
    ) -> Result<VarType, ExprError> {
        infer(&self.node, declared)
    }

    /// How the expression reads, written back from its tree (for messages about it).
    pub fn shown(&self) -> String {
        match self.node.children() {
            [inner] => show(inner),
            _ => self.source.clone(),
        }
    }

    /// The names of the variables it reads.
    pub fn variables(&self) -> impl Iterator<Item = &str> {
        self.node.iter_variable_identifiers()
    }

    /// Evaluates the expression over the given variables.
    pub fn eval(&self, vars: &Vars) -> Result<Value, ExprError> {
        let mut context = HashMapContext::new();
        for name in self.node.iter_variable_identifiers() {
            if let Some(value) = vars.get(name) {
                context
                    .set_value(name.to_owned(), value.to_eval())
                    .map_err(|e| ExprError(e.to_string()))?;
            }
        }
        let value = self
            .node
            .eval_with_context(&context)
            .map_err(|e| ExprError(e.to_string()))?;
        match Value::from_eval(value) {
            Some(Value::Float(x)) if !x.is_finite() => Err(ExprError(format!(
                "the result is not a finite number ({x}), e.g. after dividing by zero"
            ))),
            Some(value) => Ok(value),
            None => Err(ExprError("the result is not a single value".into())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_over_variables() {
        let vars: Vars = [("audit".to_owned(), Value::Int(4))].into();
        let expr = Expr::parse("audit >= 5").unwrap();
        assert_eq!(expr.eval(&vars), Ok(Value::Bool(false)));
        assert_eq!(
            Expr::parse("audit * 2 + 1").unwrap().eval(&vars),
            Ok(Value::Int(9))
        );
        assert_eq!(expr.variables().collect::<Vec<_>>(), ["audit"]);
    }

    #[test]
    fn bad_syntax_is_an_error_not_a_panic() {
        assert!(Expr::parse("audit >= ").is_err());
        assert!(Expr::parse("(((").is_err());
    }

    #[test]
    fn whole_numbers_stay_whole_when_added() {
        assert_eq!(Value::Int(2).plus(&Value::Int(3)), Some(Value::Int(5)));
        assert_eq!(Value::Bool(true).plus(&Value::Int(3)), None);
    }
}
