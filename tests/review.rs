//! The review tools for staff and clinicians: `lots paths` and `lots graph`.
//!
//! The committed review documents in `docs/review/` are regenerated and compared, so a change
//! to the sore-throat dialog or its texts cannot leave the signed-off document behind.
//! `UPDATE_EXPECT=1 cargo test --test review` rewrites them; a reviewer reads the diff.

mod common;

use std::path::{Path, PathBuf};

use lots::cli::graph::{self, Graph, GraphFormat};
use lots::cli::paths::{self, DocFormat};
use lots::cli::{CliError, Options, StoreChoice, Verdict};
use lots::engine::Settings;

fn options(content: &Path) -> Options {
    Options {
        content: content.to_path_buf(),
        store: StoreChoice::Memory,
        today: common::today(),
        retention_days: 30,
        settings: Settings::default(),
        offer_drafts: false,
    }
}

/// `lots paths` in-process on the shipped content: what it wrote, or why it could not run.
fn paths_doc(dialog: &str, lang: Option<&str>, format: DocFormat) -> Result<String, CliError> {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let verdict = paths::run(
        &options(&common::root()),
        dialog,
        lang,
        format,
        &mut out,
        &mut err,
    )?;
    assert_eq!(verdict, Verdict::Pass);
    assert!(err.is_empty(), "{}", String::from_utf8_lossy(&err));
    Ok(String::from_utf8(out).unwrap())
}

/// `lots graph` in-process on the shipped content, with `dot` looked for on `search_path`.
fn graph_of(
    dialog: &str,
    format: GraphFormat,
    search_path: Option<&Path>,
) -> Result<String, CliError> {
    let graph = Graph {
        dialog: dialog.into(),
        format,
        search_path: search_path.map(|p| p.as_os_str().to_owned()),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    graph::run(&options(&common::root()), &graph, &mut out, &mut err)?;
    Ok(String::from_utf8(out).unwrap())
}

#[test]
fn the_committed_review_documents_of_sore_throat_are_up_to_date() {
    for lang in ["sv", "en"] {
        let file: PathBuf = common::root().join(format!("docs/review/sore-throat.{lang}.md"));
        let fresh = paths_doc("sore-throat", Some(lang), DocFormat::Markdown).unwrap();
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&file, &fresh).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&file).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is out of date with the dialog or its texts. Regenerate it with\n    \
             cargo run -q -- paths sore-throat --lang {lang} > docs/review/sore-throat.{lang}.md\n\
             (or UPDATE_EXPECT=1 cargo test --test review) and have the change reviewed.",
            file.display()
        );
    }
}

#[test]
fn paths_shows_review_steps_cards_summary_lines_branches_and_red_flag_exits() {
    let doc = paths_doc("sore-throat", None, DocFormat::Markdown).unwrap();
    let content = common::content();
    let dialog = content.dialog("sore-throat").unwrap();
    assert!(
        doc.contains("## Review") && doc.contains("**Expires:** 2027-11-22"),
        "{doc}"
    );
    for step in dialog.steps() {
        assert_eq!(
            doc.matches(&format!("### Step {}\n", step.id)).count(),
            1,
            "{}",
            step.id
        );
    }
    let sv = |id: &str| common::msg(content, "sv", id);
    for id in [
        "sore-throat-breathing",
        "sore-throat-note-long",
        "actor-1177-name",
    ] {
        let first_line = sv(id).lines().next().unwrap().to_owned();
        assert!(doc.contains(&first_line), "`{id}` missing:\n{doc}");
    }
    assert!(doc.contains("Ring: 1177"), "the 1177 card's number:\n{doc}");
    assert!(doc.contains("If long or fever →"), "{doc}");
    assert!(doc.contains("### Emergency answer breathing"), "{doc}");
    let emergency = sv("emergency-breathing");
    assert!(doc.contains(emergency.lines().next().unwrap()), "{doc}");
}

#[test]
fn paths_shows_a_loop_once_and_names_the_step_it_comes_back_to() {
    let doc = paths_doc("my-hc", None, DocFormat::Markdown).unwrap();
    let dialog = common::content().dialog("my-hc").unwrap();
    for step in dialog.steps() {
        assert_eq!(
            doc.matches(&format!("### Step {}\n", step.id)).count(),
            1,
            "{}",
            step.id
        );
    }
    assert!(doc.contains("[`topic`](#step-topic) (again)"), "{doc}");
}

#[test]
fn paths_in_english_uses_the_english_texts() {
    let doc = paths_doc("sore-throat", Some("en"), DocFormat::Markdown).unwrap();
    let en = common::msg(common::content(), "en", "sore-throat-breathing");
    assert!(doc.contains(&en), "{doc}");
    let sv = common::msg(common::content(), "sv", "sore-throat-breathing");
    assert!(!doc.contains(&sv), "{doc}");
}

#[test]
fn paths_as_html_is_one_escaped_page_with_the_same_steps() {
    let page = paths_doc("sore-throat", None, DocFormat::Html).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.ends_with("</html>\n"));
    assert!(
        page.contains("<h3 id=\"step-see-hc\">Step see-hc</h3>"),
        "{page}"
    );
    assert!(page.contains("href=\"#step-one-sided\""), "{page}");
    assert!(
        !page.contains("<script") && !page.contains("src="),
        "self-contained"
    );
    // The review notes contain `[C]` and a `→`; text never becomes markup.
    assert!(page.contains("Red flags are [C] in CONTENT.md"), "{page}");
}

#[test]
fn paths_and_graph_refuse_an_unknown_dialog_or_language_with_exit_code_2() {
    let runs: [&[&str]; 3] = [
        &["paths", "sore-thraot"],
        &["paths", "sore-throat", "--lang", "xx"],
        &["graph", "nope"],
    ];
    for args in runs {
        let out = common::lots().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("there is no"), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = common::lots()
        .args(["paths", "sore-thraot"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did you mean `sore-throat`?"), "{stderr}");
}

#[test]
fn graph_in_mermaid_and_dot_has_every_step_the_exits_and_the_cards() {
    let dialog = common::content().dialog("sore-throat").unwrap();
    for format in [GraphFormat::Mermaid, GraphFormat::Dot] {
        let graph = graph_of("sore-throat", format, None).unwrap();
        for step in dialog.steps() {
            assert!(
                graph.contains(&format!("\"{}\"", step.id)),
                "{format:?}, {}:\n{graph}",
                step.id
            );
        }
        for marked in [
            "\"112: breathing\"",
            "\"card: 1177\"",
            "\"card: halsocentral\"",
        ] {
            assert!(graph.contains(marked), "{format:?}, {marked}:\n{graph}");
        }
        assert!(
            graph.contains("\"if long or fever\""),
            "{format:?}:\n{graph}"
        );
        assert!(
            graph.contains("\"Ja\""),
            "{format:?}: option labels in Swedish:\n{graph}"
        );
    }
    let mermaid = graph_of("sore-throat", GraphFormat::Mermaid, None).unwrap();
    assert!(mermaid.starts_with("flowchart TD\n"), "{mermaid}");
    let guide = std::fs::read_to_string(common::root().join("docs/dialogs.md")).unwrap();
    assert!(
        guide.contains(&format!("```mermaid\n{mermaid}```")),
        "docs/dialogs.md shows an old graph; paste the output of\n    \
         cargo run -q -- graph sore-throat --format mermaid"
    );
    let dot = graph_of("sore-throat", GraphFormat::Dot, None).unwrap();
    assert!(
        dot.starts_with("digraph \"sore-throat\" {") && dot.ends_with("}\n"),
        "{dot}"
    );
}

#[test]
fn graph_as_svg_without_graphviz_says_so_and_exits_2() {
    let empty = tempfile::tempdir().unwrap();
    let error = graph_of("sore-throat", GraphFormat::Svg, Some(empty.path())).unwrap_err();
    assert!(matches!(error, CliError::NoGraphviz), "{error}");
    assert!(
        error.to_string().contains("Graphviz is not installed"),
        "{error}"
    );

    let out = common::lots()
        .args(["graph", "sore-throat", "--format", "svg"])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("Graphviz is not installed"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn graph_as_svg_pipes_the_dot_source_through_graphviz() {
    use std::os::unix::fs::PermissionsExt;
    // A stand-in for Graphviz that checks its argument and wraps what it reads.
    let bin = tempfile::tempdir().unwrap();
    let dot = bin.path().join("dot");
    std::fs::write(
        &dot,
        "#!/bin/sh\n[ \"$1\" = -Tsvg ] || exit 3\necho '<svg>'\ncat\necho '</svg>'\n",
    )
    .unwrap();
    std::fs::set_permissions(&dot, std::fs::Permissions::from_mode(0o755)).unwrap();
    let svg = graph_of("sore-throat", GraphFormat::Svg, Some(bin.path())).unwrap();
    assert!(svg.starts_with("<svg>\ndigraph \"sore-throat\""), "{svg}");
    assert!(svg.ends_with("}\n</svg>\n"), "{svg}");
}
