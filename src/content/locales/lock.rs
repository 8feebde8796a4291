//! `locales/<lang>/source.lock`: which Swedish text each translation was checked against.
//!
//! One line per message id, `id fingerprint`, sorted by id, so that a change shows as a one-line
//! diff. The fingerprint is the first 16 hex digits of SHA-256 over the Swedish entry's text
//! (see `folder::Entry::source`). `lots locales --mark` writes it; nobody edits it by hand.

use std::collections::BTreeMap;
use std::path::Path;

use super::super::diag::{Report, SourceFile};

/// The file name inside a locale folder.
pub const FILE: &str = "source.lock";

/// The fingerprint of a Swedish source text.
pub(super) fn fingerprint(source: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(source.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a lock file; a missing file is an empty lock (nothing checked yet).
pub(super) fn read(path: &Path, report: &mut Report) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return out,
        Err(e) => {
            report.error_at_path(path, format!("cannot read: {e}"));
            return out;
        }
    };
    let file = SourceFile::new(path.to_path_buf(), text);
    let mut offset = 0;
    for line in file.text().split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut parts = trimmed.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some(id), Some(hash), None)
                if hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                out.insert(id.to_owned(), hash.to_owned());
            }
            _ => report.warning(
                &file,
                at..at,
                "not a line of the form `message-id fingerprint`; run `lots locales --mark` \
                 to rewrite the file",
            ),
        }
    }
    out
}

/// Writes a lock file, sorted by id, through a temporary file so a crash leaves the old one.
pub(super) fn write(
    path: &Path,
    code: &str,
    entries: &BTreeMap<String, String>,
) -> std::io::Result<()> {
    let mut text = format!(
        "# The Swedish source each translation in locales/{code} was checked against: a message id\n\
         # and a fingerprint of its Swedish text. Written by `lots locales --mark {code}`;\n\
         # do not edit by hand.\n"
    );
    for (id, hash) in entries {
        text.push_str(id);
        text.push(' ');
        text.push_str(hash);
        text.push('\n');
    }
    let tmp = path.with_extension("lock.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}
