//! A small append-only file of the replies marked sent since the last flush, so that a mark
//! survives the process being killed without waiting for the disk.
//!
//! A reply is sent and then marked sent; if the process dies between the two, the reply goes
//! out again after the restart. Making the mark durable with a flush of the database costs a
//! disk sync (milliseconds), and the window would be as long. Appending one line to this file is
//! a single `write`: once it returns, the line is in the operating system's cache and survives
//! the process (SIGKILL, a panic, an OOM kill), though not a power cut. At open the lines are
//! applied to the database, flushed, and the file is emptied. A line holds a session key, a
//! number and a time: no message text.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::StoreError;

/// The file's name in the data directory.
pub(super) const FILE: &str = "sent.log";

/// Past this size the log is emptied at the next commit (after a flush made its marks durable).
pub(super) const ROTATE_AT: u64 = 1 << 20;

/// One mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Mark {
    /// The session key.
    pub k: String,
    /// The reply's number in the chat's outbox.
    pub s: u64,
    /// When it was sent (or, for a try, when sending began).
    pub t: Timestamp,
    /// Whether this marks the start of a try rather than a reply sent.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub a: bool,
}

/// The open log.
#[derive(Debug)]
pub(super) struct SentLog {
    file: Mutex<std::fs::File>,
    path: PathBuf,
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |source| StoreError::Io {
        action,
        path,
        source,
    }
}

impl SentLog {
    /// Opens the log in `dir` and returns the marks it holds, in order. A line that cannot be
    /// read (the process died in the middle of writing it) ends the list.
    pub(super) fn open(dir: &Path) -> Result<(SentLog, Vec<Mark>), StoreError> {
        let path = dir.join(FILE);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&path)
            .map_err(io("open", &path))?;
        let mut marks = Vec::new();
        for line in std::io::BufReader::new(&file).lines() {
            let line = line.map_err(io("read", &path))?;
            match serde_json::from_str::<Mark>(&line) {
                Ok(mark) => marks.push(mark),
                Err(_) => break,
            }
        }
        let log = SentLog {
            file: Mutex::new(file),
            path,
        };
        Ok((log, marks))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, std::fs::File> {
        self.file.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Appends a mark with one write.
    pub(super) fn append(&self, mark: &Mark) -> Result<(), StoreError> {
        let mut line = serde_json::to_vec(mark).expect("a mark always serialises");
        line.push(b'\n');
        self.lock()
            .write_all(&line)
            .map_err(io("write", &self.path))
    }

    /// Empties the log once `flush` has made every mark in it durable elsewhere. New marks wait
    /// meanwhile, so none is emptied away before it was flushed. Only when the log has grown
    /// past `at_least` bytes.
    pub(super) fn rotate(
        &self,
        at_least: u64,
        flush: impl FnOnce() -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let file = self.lock();
        let len = file.metadata().map_err(io("read", &self.path))?.len();
        if len < at_least {
            return Ok(());
        }
        flush()?;
        file.set_len(0).map_err(io("truncate", &self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_read_back_in_order_and_a_torn_last_line_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let t = Timestamp::from_second(1_800_000_000).unwrap();
        {
            let (log, marks) = SentLog::open(dir.path()).unwrap();
            assert!(marks.is_empty());
            for s in 0..3 {
                let k = "telegram:1".to_owned();
                log.append(&Mark { k, s, t, a: s == 0 }).unwrap();
            }
        }
        let path = dir.path().join(FILE);
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap();
        file.write_all(b"{\"k\":\"telegram:1\",\"s\":").unwrap();
        let (log, marks) = SentLog::open(dir.path()).unwrap();
        assert_eq!(marks.iter().map(|m| m.s).collect::<Vec<_>>(), [0, 1, 2]);
        assert!(marks[0].a && !marks[1].a);
        let mut flushed = false;
        log.rotate(1_000_000, || unreachable!()).unwrap();
        log.rotate(0, || {
            flushed = true;
            Ok(())
        })
        .unwrap();
        assert!(flushed);
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }
}
