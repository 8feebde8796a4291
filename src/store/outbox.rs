//! The reply outbox: the replies of a turn, stored in the same write as the session they came
//! from, until the channel has sent them.
//!
//! A channel saves a turn with [`super::SessionStore::save_turn`] (session and replies at once),
//! then sends the queued replies in order and marks each one sent. After a crash the replies
//! still queued go out first: at start for every chat, and whenever the chat is next seen. A
//! reply leaves the outbox when it is marked sent, so it is not sent twice. This file holds only
//! plain data; it never sends and never touches a backend.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::engine::Reply;

/// A reply as it waits in the outbox: what a channel needs to send it again after a restart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    /// The text, in the person's language.
    pub text: String,
    /// The answer buttons, in order.
    pub options: Vec<String>,
    /// The question serial the buttons belong to.
    pub question: Option<u64>,
}

impl From<&Reply> for Outgoing {
    fn from(reply: &Reply) -> Self {
        Outgoing {
            text: reply.text.clone(),
            options: reply.options.clone(),
            question: reply.question,
        }
    }
}

impl Outgoing {
    /// Whether this reply asks a question the person answers with its buttons.
    pub fn asks(&self) -> bool {
        self.question.is_some() && !self.options.is_empty()
    }
}

/// One reply waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queued {
    /// Its place in the chat's order; later replies have larger numbers.
    pub seq: u64,
    /// The platform update whose turn produced it, if the channel has update ids.
    pub update: Option<u64>,
    /// The reply.
    pub reply: Outgoing,
    /// When sending it was first tried. A reply tried but not marked sent was in flight when
    /// the process died: the person may have seen it from then on.
    #[serde(default)]
    pub tried: Option<Timestamp>,
}

/// What the outbox holds for one chat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    /// The replies not yet sent, oldest first.
    pub queued: Vec<Queued>,
    /// The number the next queued reply gets.
    pub next_seq: u64,
    /// When the last reply that asks a question was sent: a typed answer written before then
    /// cannot answer it.
    pub question_sent: Option<Timestamp>,
}

impl Outbox {
    /// Queues the replies of one turn after those already waiting.
    pub fn push(&mut self, update: Option<u64>, replies: &[Outgoing]) {
        for reply in replies {
            self.queued.push(Queued {
                seq: self.next_seq,
                update,
                reply: reply.clone(),
                tried: None,
            });
            self.next_seq += 1;
        }
    }

    /// Takes the reply `seq` out of the queue as sent at `at`. Marking a reply that is not
    /// queued (sent already, or the chat was forgotten meanwhile) changes nothing.
    pub fn mark_sent(&mut self, seq: u64, at: Timestamp) {
        let Some(i) = self.queued.iter().position(|q| q.seq == seq) else {
            return;
        };
        let sent = self.queued.remove(i);
        if sent.reply.asks() {
            self.question_sent = Some(at);
        }
    }

    /// Notes that sending the reply `seq` begins at `at` (only the first try counts).
    pub fn mark_tried(&mut self, seq: u64, at: Timestamp) {
        if let Some(q) = self.queued.iter_mut().find(|q| q.seq == seq) {
            q.tried.get_or_insert(at);
        }
    }

    /// Whether the outbox holds nothing worth storing.
    pub fn is_empty(&self) -> bool {
        self.queued.is_empty() && self.question_sent.is_none()
    }

    /// The stored form.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("an outbox always serialises")
    }

    /// Reads the stored form. Its error holds only where the decoder stopped: a reply's text
    /// may hold what a person told Lots.
    pub fn from_json(bytes: &[u8]) -> Result<Self, crate::engine::SessionError> {
        serde_json::from_slice(bytes).map_err(|e| crate::engine::SessionError::Malformed {
            line: e.line(),
            column: e.column(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(text: &str, question: Option<u64>) -> Outgoing {
        Outgoing {
            text: text.into(),
            options: if question.is_some() {
                vec!["Ja".into()]
            } else {
                vec![]
            },
            question,
        }
    }

    #[test]
    fn replies_are_numbered_in_order_and_leave_when_sent() {
        let mut outbox = Outbox::default();
        outbox.push(Some(7), &[reply("a", None), reply("b", Some(3))]);
        outbox.push(Some(8), &[reply("c", None)]);
        let seqs: Vec<u64> = outbox.queued.iter().map(|q| q.seq).collect();
        assert_eq!(seqs, [0, 1, 2]);
        let at = Timestamp::from_second(1_800_000_000).unwrap();
        outbox.mark_sent(0, at);
        assert_eq!(outbox.question_sent, None);
        outbox.mark_sent(1, at);
        outbox.mark_sent(1, at);
        assert_eq!(outbox.question_sent, Some(at));
        assert_eq!(outbox.queued.len(), 1);
        let again = Outbox::from_json(&outbox.to_json()).unwrap();
        assert_eq!(again, outbox);
    }

    #[test]
    fn a_damaged_outbox_error_does_not_quote_it() {
        let e = Outbox::from_json(br#"{"queued": "Anna Andersson"}"#).unwrap_err();
        assert!(!e.to_string().contains("Anna"), "{e}");
    }
}
