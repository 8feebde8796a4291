//! `lots graph DIALOG`: a dialog as a graph — steps as nodes, answers and branches as labelled
//! edges, emergency exits and referrals (actor cards) marked — in Graphviz dot, Mermaid, or SVG
//! drawn by Graphviz `dot` when it is installed.
//!
//! Labels are in Swedish, the source language. Where `dot` is looked for is passed in (the
//! PATH), so that a test can ask for SVG on a machine without Graphviz.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use super::describe;
use super::paths::{Texts, find_dialog};
use super::{CliError, Options, Verdict};
use crate::content::{Content, Dialog, Route, SOURCE_LOCALE, Step, Target, Then};
use crate::ids::LocaleCode;

/// How the graph is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// Graphviz dot source.
    Dot,
    /// A Mermaid flowchart, for Markdown pages.
    Mermaid,
    /// SVG drawn by Graphviz `dot -Tsvg`.
    Svg,
}

/// What `lots graph` was asked for.
#[derive(Debug, Clone)]
pub struct Graph {
    /// The dialog id.
    pub dialog: String,
    /// The output format.
    pub format: GraphFormat,
    /// The PATH that `dot` is looked for on (`None`: nowhere).
    pub search_path: Option<OsString>,
}

/// Loads the content and writes the graph of one dialog.
pub fn run(
    options: &Options,
    graph: &Graph,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let content = options.load_content(err)?;
    let dialog = find_dialog(&content, &graph.dialog)?;
    let nodes = Nodes::of(&content, dialog);
    match graph.format {
        GraphFormat::Dot => out.write_all(dot(&nodes).as_bytes())?,
        GraphFormat::Mermaid => out.write_all(mermaid(&nodes).as_bytes())?,
        GraphFormat::Svg => {
            let program =
                find_program("dot", graph.search_path.as_deref()).ok_or(CliError::NoGraphviz)?;
            out.write_all(&svg(&program, &dot(&nodes))?)?;
        }
    }
    Ok(Verdict::Pass)
}

/// The dot source of a dialog's graph.
pub fn dot_of(content: &Content, dialog: &Dialog) -> String {
    dot(&Nodes::of(content, dialog))
}

/// The Mermaid flowchart of a dialog's graph.
pub fn mermaid_of(content: &Content, dialog: &Dialog) -> String {
    mermaid(&Nodes::of(content, dialog))
}

/// The program `name` in one of the directories of `search_path` (a PATH value).
pub fn find_program(name: &str, search_path: Option<&OsStr>) -> Option<PathBuf> {
    let exe = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    std::env::split_paths(search_path?)
        .map(|dir| dir.join(&exe))
        .find(|candidate| candidate.is_file())
}

/// Pipes dot source through `dot -Tsvg`.
fn svg(program: &PathBuf, source: &str) -> Result<Vec<u8>, CliError> {
    let mut child = Command::new(program)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().ok_or(CliError::NoGraphviz)?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output()?;
    let _ = writer.join();
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(CliError::Graphviz(message));
    }
    Ok(output.stdout)
}

/// What a node stands for; it decides the shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Question,
    Say,
    Decide,
    Out,
    Emergency,
    Actor,
}

#[derive(Debug)]
struct Node {
    key: String,
    label: String,
    kind: Kind,
}

#[derive(Debug)]
struct Edge {
    from: usize,
    to: usize,
    label: String,
    referral: bool,
}

/// The graph of one dialog: nodes in the order they are met, then the ways out and the cards.
#[derive(Debug, Default)]
struct Nodes {
    title: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

impl Nodes {
    fn of(content: &Content, dialog: &Dialog) -> Self {
        let texts = Texts::new(content, dialog, &LocaleCode::new(SOURCE_LOCALE));
        let mut graph = Nodes {
            title: dialog.id.to_string(),
            ..Nodes::default()
        };
        let order = describe::step_order(dialog);
        for step in &order {
            let (kind, label) = step_node(step);
            graph.node(format!("step:{}", step.id), label, kind);
        }
        for step in &order {
            let from = graph.index(&format!("step:{}", step.id));
            for (label, goto) in step_edges(&texts, step) {
                let to = graph.target(goto);
                graph.edges.push(Edge {
                    from,
                    to,
                    label,
                    referral: false,
                });
            }
            for actor in &step.refer {
                let to = graph.node(
                    format!("actor:{actor}"),
                    format!("card: {actor}"),
                    Kind::Actor,
                );
                graph.edges.push(Edge {
                    from,
                    to,
                    label: String::new(),
                    referral: true,
                });
            }
        }
        graph
    }

    /// The node with this key, added when it is new.
    fn node(&mut self, key: String, label: String, kind: Kind) -> usize {
        if let Some(i) = self.nodes.iter().position(|n| n.key == key) {
            return i;
        }
        self.nodes.push(Node { key, label, kind });
        self.nodes.len() - 1
    }

    fn index(&self, key: &str) -> usize {
        self.nodes.iter().position(|n| n.key == key).unwrap_or(0)
    }

    fn target(&mut self, goto: &Target) -> usize {
        match goto {
            Target::Step(id) => self.index(&format!("step:{id}")),
            Target::End => self.node("end".into(), "end".into(), Kind::Out),
            Target::Menu => self.node("menu".into(), "menu".into(), Kind::Out),
            Target::Emergency(c) => {
                let name = c.as_deref().unwrap_or("emergency");
                let label = format!("112: {name}");
                self.node(format!("emergency:{name}"), label, Kind::Emergency)
            }
        }
    }
}

fn step_node(step: &Step) -> (Kind, String) {
    let id = step.id.to_string();
    match &step.then {
        Then::Options { .. } | Then::Input { .. } => (Kind::Question, id),
        Then::Call { dialog, .. } => (Kind::Say, format!("{id} (runs {dialog})")),
        Then::Route(Route::Branch(_)) => (Kind::Decide, id),
        Then::Route(Route::Goto(_)) => (Kind::Say, id),
    }
}

fn step_edges<'d>(texts: &Texts<'_>, step: &'d Step) -> Vec<(String, &'d Target)> {
    let route = |route: &'d Route, plain: &str| -> Vec<(String, &'d Target)> {
        match route {
            Route::Goto(goto) => vec![(plain.to_owned(), goto)],
            Route::Branch(arms) => arms
                .iter()
                .map(|arm| {
                    let label = arm.when.as_ref().map_or_else(
                        || "otherwise".to_owned(),
                        |expr| format!("if {}", describe::condition(expr)),
                    );
                    (label, &arm.goto)
                })
                .collect(),
        }
    };
    match &step.then {
        Then::Options { options, .. } => options
            .iter()
            .map(|o| (texts.fmt(&o.label), &o.goto))
            .collect(),
        Then::Input { input, after, .. } => route(after, &describe::input(input)),
        Then::Call { after, .. } => route(after, ""),
        Then::Route(after) => route(after, ""),
    }
}

fn dot(graph: &Nodes) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut out = format!(
        "digraph {} {{\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n",
        q(&graph.title)
    );
    for (i, node) in graph.nodes.iter().enumerate() {
        let style = match node.kind {
            Kind::Question => "shape=box, style=rounded",
            Kind::Say => "shape=box",
            Kind::Decide => "shape=diamond",
            Kind::Out => "shape=doublecircle",
            Kind::Emergency => {
                "shape=octagon, style=filled, fillcolor=\"#ffcccc\", color=\"#cc0000\""
            }
            Kind::Actor => "shape=note, style=filled, fillcolor=\"#e6f0ff\"",
        };
        out.push_str(&format!("  n{i} [label={}, {style}];\n", q(&node.label)));
    }
    for edge in &graph.edges {
        let mut attrs = vec![format!("label={}", q(&edge.label))];
        if edge.referral {
            attrs.push("style=dashed, arrowhead=none".into());
        }
        out.push_str(&format!(
            "  n{} -> n{} [{}];\n",
            edge.from,
            edge.to,
            attrs.join(", ")
        ));
    }
    out.push_str("}\n");
    out
}

fn mermaid(graph: &Nodes) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "#quot;"));
    let mut out = String::from("flowchart TD\n");
    for (i, node) in graph.nodes.iter().enumerate() {
        let label = q(&node.label);
        let shape = match node.kind {
            Kind::Question => format!("({label})"),
            Kind::Say => format!("[{label}]"),
            Kind::Decide => format!("{{{label}}}"),
            Kind::Out => format!("([{label}])"),
            Kind::Emergency => format!("{{{{{label}}}}}"),
            Kind::Actor => format!("[[{label}]]"),
        };
        out.push_str(&format!("  n{i}{shape}\n"));
    }
    for edge in &graph.edges {
        let arrow = if edge.referral { "-.-" } else { "-->" };
        if edge.label.is_empty() {
            out.push_str(&format!("  n{} {arrow} n{}\n", edge.from, edge.to));
        } else {
            let label = q(&edge.label);
            out.push_str(&format!("  n{} {arrow}|{label}| n{}\n", edge.from, edge.to));
        }
    }
    out.push_str("  classDef emergency fill:#fcc,stroke:#c00\n  classDef actor fill:#e6f0ff\n");
    for kind in [Kind::Emergency, Kind::Actor] {
        let ids: Vec<String> = (0..graph.nodes.len())
            .filter(|&i| graph.nodes[i].kind == kind)
            .map(|i| format!("n{i}"))
            .collect();
        if !ids.is_empty() {
            let class = if kind == Kind::Emergency {
                "emergency"
            } else {
                "actor"
            };
            out.push_str(&format!("  class {} {class}\n", ids.join(",")));
        }
    }
    out
}
