//! Session variable values and the expressions that compute them.
//!
//! Dialogs declare their variables with a starting value in `[vars]`; conditions and assignments are
//! evalexpr expressions (pinned to 11.3.1, the last version under MIT). An [`Expr`] is parsed once,
//! when content is loaded, and type-checked over its tree (`types`), and only evaluated afterwards.
//! Evaluation fails, rather than guessing, on what evalexpr would compute but nobody meant: a
//! decimal part that is not a finite number (`1.0 / 0`), a sum too large.

use std::collections::BTreeMap;
use std::fmt;

use evalexpr::{ContextWithMutableVariables, HashMapContext, Node};
use serde::{Deserialize, Serialize};

use types::{infer, is_arithmetic, show};

mod types;

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
        // evalexpr computes decimals as IEEE floats: `1.0 / 0` is infinity and `0.0 / 0` is NaN,
        // and both then compare quietly (`inf > 2` is true). Such a part is an error instead.
        let not_finite = self.node.iter().find(|part| {
            is_arithmetic(part)
                && matches!(
                    part.eval_with_context(&context),
                    Ok(evalexpr::Value::Float(x)) if !x.is_finite()
                )
        });
        if let Some(part) = not_finite {
            return Err(ExprError(format!(
                "`{}` is not a finite number (a division by zero?)",
                show(part)
            )));
        }
        Value::from_eval(value).ok_or_else(|| ExprError("the result is not a single value".into()))
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

    #[test]
    fn a_sum_too_large_is_no_sum_rather_than_a_clamped_one() {
        assert_eq!(Value::Int(i64::MAX).plus(&Value::Int(1)), None);
        assert_eq!(Value::Float(f64::MAX).plus(&Value::Float(f64::MAX)), None);
    }

    #[test]
    fn a_result_that_is_not_a_finite_number_is_an_error() {
        let vars: Vars = [("zero".to_owned(), Value::Float(0.0))].into();
        assert!(Expr::parse("1.0 / zero").unwrap().eval(&vars).is_err());
        assert!(
            Expr::parse("1 / (zero - zero) > 0")
                .unwrap()
                .eval(&vars)
                .is_err()
        );
    }
}
