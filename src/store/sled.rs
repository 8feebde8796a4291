//! The durable session store: a sled database in a data directory.
//!
//! Layout of the data directory: a marker file `LOTS-DATA` (so that Lots never writes into a
//! directory that is not its own) and the sled database in `db/`, with three trees: `sessions`
//! (key `channel:chat`, value the session as JSON with its schema version), `outbox` (the same
//! key, value the chat's [`Outbox`] as JSON, written in one transaction with the session) and
//! `stats` (counter key, value a big-endian u64). Beside `db/`, `sent.log` holds the replies
//! marked sent since the last flush (see `sentlog.rs`). Durability: [`SessionStore::commit`] flushes to disk, and
//! chats that commit at the same moment share one flush (group commit); channels commit once per
//! turn, before the replies go out.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use jiff::Timestamp;

use ::sled::Transactional;
use ::sled::transaction::{ConflictableTransactionError, TransactionError};

use super::sentlog::{self, Mark, SentLog};
use super::{
    Outbox, Outgoing, SessionKey, SessionStore, Stats, StoreError, counter_keys, left_on_expiry,
};
use crate::engine::{Event, Session};

/// The marker file that makes a directory a Lots data directory.
const MARKER: &str = "LOTS-DATA";
const MARKER_TEXT: &str = "Lots data directory (sled 0.34). Sessions and anonymous statistics.\n";

/// Sessions and statistics in a sled database.
#[derive(Debug, Clone)]
pub struct SledStore {
    db: ::sled::Db,
    sessions: ::sled::Tree,
    outbox: ::sled::Tree,
    stats: ::sled::Tree,
    path: PathBuf,
    group: Arc<GroupCommit>,
    sent: Arc<SentLog>,
    /// The locked marker file; declared last so that the database is closed before the lock is
    /// released.
    _lock: Arc<std::fs::File>,
}

/// Group commit: chats that commit at the same time share one flush. Each commit takes a ticket
/// after its writes; a flush covers every ticket issued before it started. A commit returns once
/// a flush that started after its ticket has finished, so its writes are on disk.
#[derive(Debug, Default)]
struct GroupCommit {
    state: Mutex<Tickets>,
    done: Condvar,
}

#[derive(Debug, Default)]
struct Tickets {
    issued: u64,
    durable: u64,
    flushing: bool,
}

impl GroupCommit {
    fn commit(&self, flush: impl Fn() -> Result<(), StoreError>) -> Result<(), StoreError> {
        fn lock(m: &Mutex<Tickets>) -> std::sync::MutexGuard<'_, Tickets> {
            m.lock().unwrap_or_else(|e| e.into_inner())
        }
        let mut state = lock(&self.state);
        state.issued += 1;
        let mine = state.issued;
        loop {
            if state.durable >= mine {
                return Ok(());
            }
            if state.flushing {
                state = self.done.wait(state).unwrap_or_else(|e| e.into_inner());
                continue;
            }
            state.flushing = true;
            let covers = state.issued;
            drop(state);
            let result = flush();
            state = lock(&self.state);
            state.flushing = false;
            if result.is_ok() {
                state.durable = state.durable.max(covers);
            }
            self.done.notify_all();
            result?;
        }
    }
}

impl SledStore {
    /// Opens the data directory `dir`, creating it if it does not exist. Refuses a directory
    /// that holds other things, and one that another Lots process has open.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        refuse_foreign(dir)?;
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            action: "create",
            path: dir.to_path_buf(),
            source,
        })?;
        let lock = lock_marker(dir)?;
        let db = ::sled::Config::new()
            .path(dir.join("db"))
            .open()
            .map_err(|e| open_error(dir, e))?;
        let tree = |name: &str| db.open_tree(name).map_err(|e| open_error(dir, e));
        let (sent, marks) = SentLog::open(dir)?;
        let store = Self {
            sessions: tree("sessions")?,
            outbox: tree("outbox")?,
            stats: tree("stats")?,
            db,
            path: dir.to_path_buf(),
            group: Arc::default(),
            sent: Arc::new(sent),
            _lock: Arc::new(lock),
        };
        // The marks of the last run go into the database for good, and the log starts empty.
        for mark in &marks {
            store.mark_in_tree(&mark.k, mark.s, mark.t, mark.a)?;
        }
        tracing::debug!(marks = marks.len(), "replayed the sent log");
        store.sent.rotate(0, || store.flush())?;
        Ok(store)
    }

    fn flush(&self) -> Result<(), StoreError> {
        match self.db.flush() {
            Ok(_bytes) => Ok(()),
            Err(e) => Err(StoreError::Flush(Box::new(e))),
        }
    }

    /// Marks a reply sent, or (with `tried`) the start of a try, in the tree.
    fn mark_in_tree(
        &self,
        key: &str,
        seq: u64,
        at: Timestamp,
        tried: bool,
    ) -> Result<(), StoreError> {
        self.outbox
            .update_and_fetch(key.as_bytes(), |old| {
                let mut queue = decode_outbox(Some(old?));
                if tried {
                    queue.mark_tried(seq, at);
                } else {
                    queue.mark_sent(seq, at);
                }
                encode_outbox(&queue)
            })
            .map_err(write)?;
        Ok(())
    }

    /// The data directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every stored key, for tests and inspection.
    pub fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.sessions
            .iter()
            .keys()
            .map(|k| {
                k.map(|k| String::from_utf8_lossy(&k).into_owned())
                    .map_err(read)
            })
            .collect()
    }

    fn bump(&self, key: &str) -> Result<(), StoreError> {
        self.stats
            .update_and_fetch(key.as_bytes(), |old| {
                let n = old
                    .and_then(|b| <[u8; 8]>::try_from(b).ok())
                    .map_or(0, u64::from_be_bytes);
                Some(n.saturating_add(1).to_be_bytes().to_vec())
            })
            .map_err(write)?;
        Ok(())
    }
}

/// Refuses a path that is not a directory, and a directory that has things in it but no marker.
/// A path that does not exist yet is fine: it is created.
fn refuse_foreign(dir: &Path) -> Result<(), StoreError> {
    let io = |action| {
        move |source| StoreError::Io {
            action,
            path: dir.to_path_buf(),
            source,
        }
    };
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(StoreError::NotADirectory {
            dir: dir.to_path_buf(),
        }),
        Ok(_) => {
            let marked = dir.join(MARKER).is_file();
            let empty = std::fs::read_dir(dir).map_err(io("read"))?.next().is_none();
            if marked || empty {
                Ok(())
            } else {
                Err(StoreError::Foreign {
                    dir: dir.to_path_buf(),
                })
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io("use")(e)),
    }
}

/// Opens the marker file (writing it in a new directory) and takes an exclusive lock on it, held
/// for as long as the store is open. The lock is Lots' own and comes before sled's: sled 0.34
/// reports its own lock failure as an `io::ErrorKind::Other` with the reason only in the text,
/// while the standard library's `File::try_lock` says `WouldBlock` as a typed error. The
/// operating system releases the lock when the process ends, even by SIGKILL.
fn lock_marker(dir: &Path) -> Result<std::fs::File, StoreError> {
    let path = dir.join(MARKER);
    let io = |action| {
        let path = path.clone();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    };
    let mut marker = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io("open"))?;
    match marker.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(StoreError::Locked {
                dir: dir.to_path_buf(),
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(io("lock")(e)),
    }
    if marker.metadata().map_err(io("read"))?.len() == 0 {
        std::io::Write::write_all(&mut marker, MARKER_TEXT.as_bytes()).map_err(io("write"))?;
    }
    Ok(marker)
}

/// Reads a stored outbox. A damaged one is logged and read as empty: its replies are lost, but
/// the chat goes on instead of failing every turn.
fn decode_outbox(bytes: Option<&[u8]>) -> Outbox {
    match bytes.map(Outbox::from_json) {
        None => Outbox::default(),
        Some(Ok(outbox)) => outbox,
        Some(Err(e)) => {
            tracing::warn!(
                error = &e as &dyn std::error::Error,
                "a damaged outbox is read as empty"
            );
            Outbox::default()
        }
    }
}

/// The stored form of an outbox, or `None` to remove it.
fn encode_outbox(outbox: &Outbox) -> Option<Vec<u8>> {
    (!outbox.is_empty()).then(|| outbox.to_json())
}

fn transaction(e: TransactionError<StoreError>) -> StoreError {
    match e {
        TransactionError::Abort(e) => e,
        TransactionError::Storage(e) => write(e),
    }
}

fn read(e: ::sled::Error) -> StoreError {
    StoreError::Read(Box::new(e))
}

fn write(e: ::sled::Error) -> StoreError {
    StoreError::Write(Box::new(e))
}

/// Classifies an error from opening the database. A lock held by someone other than Lots (Lots
/// itself is stopped earlier by [`lock_marker`]) is recognised only where sled reports it with
/// the kind `WouldBlock`; sled 0.34.7 does not, and that case is reported as [`StoreError::Open`]
/// with sled's own text as the source.
fn open_error(dir: &Path, e: ::sled::Error) -> StoreError {
    let dir = dir.to_path_buf();
    match e {
        ::sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock => {
            StoreError::Locked { dir }
        }
        ::sled::Error::Corruption { .. } => StoreError::Damaged {
            dir,
            source: Box::new(e),
        },
        _ => StoreError::Open {
            dir,
            source: Box::new(e),
        },
    }
}

impl SessionStore for SledStore {
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError> {
        match self.sessions.get(key.as_bytes()).map_err(read)? {
            None => Ok(None),
            Some(bytes) => Session::from_json(&bytes)
                .map(Some)
                .map_err(StoreError::Decode),
        }
    }

    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        self.sessions
            .insert(key.as_bytes(), session.to_json())
            .map_err(write)?;
        Ok(())
    }

    fn delete(&self, key: &SessionKey) -> Result<(), StoreError> {
        (&self.sessions, &self.outbox)
            .transaction(|(sessions, outbox)| {
                sessions.remove(key.as_bytes())?;
                outbox.remove(key.as_bytes())?;
                Ok::<(), ConflictableTransactionError<StoreError>>(())
            })
            .map_err(transaction)
    }

    fn count(&self, events: &[Event]) -> Result<(), StoreError> {
        for event in events {
            for key in counter_keys(event) {
                self.bump(&key)?;
            }
        }
        Ok(())
    }

    fn commit(&self) -> Result<(), StoreError> {
        self.group.commit(|| self.flush())?;
        self.sent.rotate(sentlog::ROTATE_AT, || self.flush())
    }

    fn expire(&self, cutoff: Timestamp) -> Result<usize, StoreError> {
        let mut removed = 0;
        for entry in self.sessions.iter() {
            let (key, bytes) = entry.map_err(read)?;
            // A session that cannot be read is left alone: it may belong to a newer Lots.
            let Ok(session) = Session::from_json(&bytes) else {
                continue;
            };
            if session.last_active >= cutoff {
                continue;
            }
            // Only delete what was read, so a turn that just saved the session is not lost.
            let swapped = self
                .sessions
                .compare_and_swap(&key, Some(bytes), None::<&[u8]>)
                .map_err(write)?;
            if swapped.is_ok() {
                self.outbox.remove(&key).map_err(write)?;
                removed += 1;
                self.count(&left_on_expiry(&session).into_iter().collect::<Vec<_>>())?;
            }
        }
        Ok(removed)
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let mut stats = Stats::default();
        for entry in self.stats.iter() {
            let (key, value) = entry.map_err(read)?;
            let n = <[u8; 8]>::try_from(value.as_ref())
                .map(u64::from_be_bytes)
                .unwrap_or(0);
            stats
                .counters
                .insert(String::from_utf8_lossy(&key).into_owned(), n);
        }
        Ok(stats)
    }

    fn size(&self) -> Result<(usize, u64), StoreError> {
        let mut n = 0;
        let mut bytes = 0;
        for entry in self.sessions.iter() {
            let (key, value) = entry.map_err(read)?;
            n += 1;
            bytes += (key.len() + value.len()) as u64;
        }
        Ok((n, bytes))
    }

    fn save_turn(
        &self,
        key: &SessionKey,
        session: &Session,
        update: Option<u64>,
        replies: &[Outgoing],
    ) -> Result<(), StoreError> {
        let json = session.to_json();
        (&self.sessions, &self.outbox)
            .transaction(|(sessions, outbox)| {
                sessions.insert(key.as_bytes(), json.as_slice())?;
                let mut queue = decode_outbox(outbox.get(key.as_bytes())?.as_deref());
                queue.push(update, replies);
                match encode_outbox(&queue) {
                    Some(bytes) => outbox.insert(key.as_bytes(), bytes)?,
                    None => outbox.remove(key.as_bytes())?,
                };
                Ok::<(), ConflictableTransactionError<StoreError>>(())
            })
            .map_err(transaction)
    }

    fn outbox(&self, key: &SessionKey) -> Result<Outbox, StoreError> {
        let bytes = self.outbox.get(key.as_bytes()).map_err(read)?;
        Ok(decode_outbox(bytes.as_deref()))
    }

    fn mark_sent(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        // The tree first, then the log: a rotation flushes the tree before it empties the log.
        self.mark_in_tree(key, seq, at, false)?;
        self.sent.append(&Mark {
            k: key.to_owned(),
            s: seq,
            t: at,
            a: false,
        })
    }

    fn mark_tried(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        self.mark_in_tree(key, seq, at, true)?;
        self.sent.append(&Mark {
            k: key.to_owned(),
            s: seq,
            t: at,
            a: true,
        })
    }

    fn unsent(&self) -> Result<Vec<String>, StoreError> {
        let mut keys = Vec::new();
        for entry in self.outbox.iter() {
            let (key, bytes) = entry.map_err(read)?;
            if !decode_outbox(Some(&bytes)).queued.is_empty() {
                keys.push(String::from_utf8_lossy(&key).into_owned());
            }
        }
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every commit returns only after a flush that saw its write: "memory" is what was written,
    /// "disk" what a flush copied when it started.
    #[test]
    fn group_commit_makes_every_committed_write_durable_with_fewer_flushes() {
        let group = Arc::new(GroupCommit::default());
        let memory = Arc::new(Mutex::new(Vec::<u32>::new()));
        let disk = Arc::new(Mutex::new(Vec::<u32>::new()));
        let flushes = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let threads: Vec<_> = (0..32)
            .map(|t| {
                let (group, memory, disk, flushes) = (
                    Arc::clone(&group),
                    Arc::clone(&memory),
                    Arc::clone(&disk),
                    Arc::clone(&flushes),
                );
                std::thread::spawn(move || {
                    for i in 0..50 {
                        let value = t * 1000 + i;
                        memory.lock().unwrap().push(value);
                        group
                            .commit(|| {
                                let copy = memory.lock().unwrap().clone();
                                std::thread::sleep(std::time::Duration::from_micros(200));
                                *disk.lock().unwrap() = copy;
                                flushes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                                Ok(())
                            })
                            .unwrap();
                        assert!(disk.lock().unwrap().contains(&value), "{value} not durable");
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let flushes = flushes.load(std::sync::atomic::Ordering::SeqCst);
        assert!(flushes <= 32 * 50);
        assert_eq!(disk.lock().unwrap().len(), 32 * 50);
    }

    #[test]
    fn a_failed_flush_is_reported_and_a_later_commit_retries() {
        let group = GroupCommit::default();
        let err = group.commit(|| Err(StoreError::Flush("disk full".into())));
        assert!(matches!(err, Err(StoreError::Flush(_))), "{err:?}");
        assert!(group.commit(|| Ok(())).is_ok());
    }

    #[test]
    fn a_directory_open_elsewhere_is_locked_until_the_store_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let first = SledStore::open(&data).unwrap();
        let copy = first.clone();
        // A second open, even in this process, is refused by the marker's lock before sled runs.
        let err = SledStore::open(&data).unwrap_err();
        assert!(
            matches!(&err, StoreError::Locked { dir } if *dir == data),
            "{err:?}"
        );
        drop(first);
        // A clone keeps the directory open.
        assert!(matches!(
            SledStore::open(&data),
            Err(StoreError::Locked { .. })
        ));
        drop(copy);
        SledStore::open(&data).unwrap();
        let marker = std::fs::read_to_string(data.join(MARKER)).unwrap();
        assert_eq!(marker, MARKER_TEXT);
    }

    #[test]
    fn foreign_and_non_directories_are_refused_with_their_own_errors() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notes.txt");
        std::fs::write(&file, "my own files").unwrap();
        let err = SledStore::open(dir.path()).unwrap_err();
        assert!(matches!(err, StoreError::Foreign { .. }), "{err:?}");
        let err = SledStore::open(&file).unwrap_err();
        assert!(matches!(err, StoreError::NotADirectory { .. }), "{err:?}");
        // Nothing was written into the foreign directory.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
