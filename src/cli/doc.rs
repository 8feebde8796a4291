//! A small document model, written out as Markdown or as a self-contained HTML page, so that
//! `lots paths` says the same thing in both formats.
//!
//! Every text is escaped for the format it is written in; content texts never become markup.

use std::fmt::Write as _;

use super::describe::slug;

/// A piece of a line.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// An id or a value: a step, a variable, a file.
    Code(String),
    /// A label before what it labels.
    Strong(String),
    /// A link to a heading of the same document, shown as code.
    Link {
        /// The heading's text; the anchor is made from it.
        heading: String,
        /// What the link shows.
        text: String,
    },
}

/// A line of inline pieces.
pub type Line = Vec<Inline>;

/// A block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading of level 1 to 4; its text is also its anchor.
    Heading(u8, String),
    /// A paragraph.
    Para(Line),
    /// A bulleted list.
    List(Vec<Line>),
    /// A text as the person reads it, line by line.
    Quote(String),
}

/// A whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// The page title (the first heading).
    pub title: String,
    /// The language of the texts, for the HTML page.
    pub lang: String,
    /// True for a right-to-left language.
    pub rtl: bool,
    /// The blocks in order.
    pub blocks: Vec<Block>,
}

/// The document as Markdown.
pub fn markdown(doc: &Doc) -> String {
    let mut md = format!("# {}\n", md_text(&doc.title));
    for block in &doc.blocks {
        md.push('\n');
        match block {
            Block::Heading(level, text) => {
                let hashes = "#".repeat(usize::from(*level));
                let _ = writeln!(md, "{hashes} {}", md_text(text));
            }
            Block::Para(line) => {
                let _ = writeln!(md, "{}", md_line(line));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(md, "- {}", md_line(item));
                }
            }
            Block::Quote(text) => {
                let lines: Vec<String> = text
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| format!("> {}", md_quote_line(l.trim())))
                    .collect();
                let _ = writeln!(md, "{}", lines.join("\n>\n"));
            }
        }
    }
    md
}

fn md_line(line: &Line) -> String {
    line.iter()
        .map(|piece| match piece {
            Inline::Text(t) => md_text(t),
            Inline::Code(c) => md_code(c),
            Inline::Strong(s) => format!("**{}**", md_text(s)),
            Inline::Link { heading, text } => format!("[{}](#{})", md_code(text), slug(heading)),
        })
        .collect()
}

fn md_code(code: &str) -> String {
    if code.contains('`') {
        format!("`` {code} ``")
    } else {
        format!("`{code}`")
    }
}

/// Escapes what Markdown would read as markup inside a line.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A quoted line: escaped, and a start that would make a list or a heading is escaped too.
fn md_quote_line(line: &str) -> String {
    let text = md_text(line);
    let list_number = line
        .split_once(['.', ')'])
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    if text.starts_with(['-', '+', '=']) || list_number {
        format!("\\{text}")
    } else {
        text
    }
}

/// The document as a self-contained HTML page.
pub fn html(doc: &Doc) -> String {
    let dir = if doc.rtl { "rtl" } else { "ltr" };
    let mut page = format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        escape(&doc.lang),
        escape(&doc.title),
        escape(&doc.title)
    );
    for block in &doc.blocks {
        match block {
            Block::Heading(level, text) => {
                let level = level.clamp(&1, &6);
                let id = slug(text);
                let _ = writeln!(page, "<h{level} id=\"{id}\">{}</h{level}>", escape(text));
            }
            Block::Para(line) => {
                let _ = writeln!(page, "<p>{}</p>", html_line(line));
            }
            Block::List(items) => {
                page.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(page, "<li>{}</li>", html_line(item));
                }
                page.push_str("</ul>\n");
            }
            Block::Quote(text) => {
                page.push_str("<blockquote>\n");
                for line in text.lines().filter(|l| !l.trim().is_empty()) {
                    let _ = writeln!(page, "<p>{}</p>", escape(line.trim()));
                }
                page.push_str("</blockquote>\n");
            }
        }
    }
    page.push_str("</body>\n</html>\n");
    page
}

const STYLE: &str = "body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em;\
line-height:1.4}blockquote{border-left:4px solid #999;margin:.5em 0;padding:0 1em;\
background:#f6f6f6}code{background:#eee;padding:0 .2em}";

fn html_line(line: &Line) -> String {
    line.iter()
        .map(|piece| match piece {
            Inline::Text(t) => escape(t),
            Inline::Code(c) => format!("<code>{}</code>", escape(c)),
            Inline::Strong(s) => format!("<strong>{}</strong>", escape(s)),
            Inline::Link { heading, text } => format!(
                "<a href=\"#{}\"><code>{}</code></a>",
                slug(heading),
                escape(text)
            ),
        })
        .collect()
}

/// Escapes text for HTML, in elements and in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(blocks: Vec<Block>) -> Doc {
        Doc {
            title: "T <1>".into(),
            lang: "sv".into(),
            rtl: false,
            blocks,
        }
    }

    #[test]
    fn html_escapes_every_text() {
        let page = html(&doc(vec![
            Block::Quote("<script>alert('x')</script>".into()),
            Block::Para(vec![Inline::Code("a&b".into())]),
        ]));
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(page.contains("<title>T &lt;1&gt;</title>"));
        assert!(page.contains("<code>a&amp;b</code>"));
    }

    #[test]
    fn markdown_keeps_content_text_from_becoming_markup() {
        let md = markdown(&doc(vec![Block::Quote("- *x*\n\n1. y\nz".into())]));
        assert!(md.contains("> \\- \\*x\\*\n>\n> \\1. y\n>\n> z\n"), "{md}");
    }
}
