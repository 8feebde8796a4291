//! The durable session store: a sled database in a data directory.
//!
//! Layout of the data directory: a marker file `LOTS-DATA` (so that Lots never writes into a
//! directory that is not its own) and the sled database in `db/`, with two trees: `sessions`
//! (key `channel:chat`, value the session as JSON with its schema version) and `stats` (counter
//! key, value a big-endian u64). Durability: [`SessionStore::commit`] flushes to disk, and
//! chats that commit at the same moment share one flush (group commit); channels commit once per
//! turn, before the replies go out.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use jiff::Timestamp;

use super::{SessionKey, SessionStore, Stats, StoreError, counter_keys, left_on_expiry};
use crate::engine::{Event, Session};

/// The marker file that makes a directory a Lots data directory.
const MARKER: &str = "LOTS-DATA";
const MARKER_TEXT: &str = "Lots data directory (sled 0.34). Sessions and anonymous statistics.\n";

/// Sessions and statistics in a sled database.
#[derive(Debug, Clone)]
pub struct SledStore {
    db: ::sled::Db,
    sessions: ::sled::Tree,
    stats: ::sled::Tree,
    path: PathBuf,
    group: Arc<GroupCommit>,
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
        let shown = dir.display();
        match std::fs::metadata(dir) {
            Ok(meta) if !meta.is_dir() => {
                return Err(StoreError::Open(format!(
                    "the data directory {shown} is not a directory"
                )));
            }
            Ok(_) => {
                let marked = dir.join(MARKER).is_file();
                let empty = std::fs::read_dir(dir)
                    .map_err(|e| StoreError::Open(format!("cannot read {shown}: {e}")))?
                    .next()
                    .is_none();
                if !marked && !empty {
                    return Err(StoreError::Open(format!(
                        "{shown} is not a Lots data directory (it has no {MARKER} file); \
                         give an empty or new directory with --data"
                    )));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::Open(format!("cannot use {shown}: {e}"))),
        }
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Open(format!("cannot create {shown}: {e}")))?;
        let marker = dir.join(MARKER);
        if !marker.is_file() {
            std::fs::write(&marker, MARKER_TEXT)
                .map_err(|e| StoreError::Open(format!("cannot write {}: {e}", marker.display())))?;
        }
        let db = ::sled::Config::new()
            .path(dir.join("db"))
            .open()
            .map_err(|e| open_error(dir, e))?;
        let tree = |name: &str| {
            db.open_tree(name)
                .map_err(|e| StoreError::Open(format!("{shown}: {e}")))
        };
        Ok(Self {
            sessions: tree("sessions")?,
            stats: tree("stats")?,
            db,
            path: dir.to_path_buf(),
            group: Arc::default(),
        })
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
                    .map_err(backend)
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
            .map_err(backend)?;
        Ok(())
    }
}

fn backend(e: ::sled::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn open_error(dir: &Path, e: ::sled::Error) -> StoreError {
    let shown = dir.display();
    let text = e.to_string();
    match e {
        ::sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock || text.contains("lock") =>
        {
            StoreError::Open(format!(
                "the data directory {shown} is in use by another Lots process ({io}); \
                 stop it or give another directory with --data"
            ))
        }
        ::sled::Error::Corruption { .. } => StoreError::Open(format!(
            "the database in {shown} is damaged ({text}); restore it from a backup or move it away"
        )),
        _ => StoreError::Open(format!("cannot open the database in {shown}: {text}")),
    }
}

impl SessionStore for SledStore {
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError> {
        match self.sessions.get(key.as_bytes()).map_err(backend)? {
            None => Ok(None),
            Some(bytes) => Session::from_json(&bytes)
                .map(Some)
                .map_err(StoreError::Unreadable),
        }
    }

    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        self.sessions
            .insert(key.as_bytes(), session.to_json())
            .map_err(backend)?;
        Ok(())
    }

    fn delete(&self, key: &SessionKey) -> Result<(), StoreError> {
        self.sessions.remove(key.as_bytes()).map_err(backend)?;
        Ok(())
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
        self.group
            .commit(|| self.db.flush().map(drop).map_err(backend))
    }

    fn expire(&self, cutoff: Timestamp) -> Result<usize, StoreError> {
        let mut removed = 0;
        for entry in self.sessions.iter() {
            let (key, bytes) = entry.map_err(backend)?;
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
                .map_err(backend)?;
            if swapped.is_ok() {
                removed += 1;
                self.count(&left_on_expiry(&session).into_iter().collect::<Vec<_>>())?;
            }
        }
        Ok(removed)
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        let mut stats = Stats::default();
        for entry in self.stats.iter() {
            let (key, value) = entry.map_err(backend)?;
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
            let (key, value) = entry.map_err(backend)?;
            n += 1;
            bytes += (key.len() + value.len()) as u64;
        }
        Ok((n, bytes))
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
        let err = group.commit(|| Err(StoreError::Backend("disk full".into())));
        assert!(err.is_err());
        assert!(group.commit(|| Ok(())).is_ok());
    }
}
