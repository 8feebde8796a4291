//! A fake Telegram Bot API on 127.0.0.1 for end-to-end tests and the load harness.
//!
//! It serves long-poll `getUpdates` from a queue the test fills, answers the methods Lots uses,
//! records every call, and can be told to fail the next calls of a method: a 429 with
//! `retry_after`, an internal server error, a 403 (blocked), or a dropped connection.
//!
//! Nothing in it sleeps: a long poll waits for an update to be pushed (at most a second), and
//! `wait_until` wakes at every recorded call.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use tokio::sync::Notify;

/// The token the fake accepts.
pub const TOKEN: &str = "123456:TEST-TOKEN";

/// One recorded call.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method, e.g. `sendMessage`.
    pub method: String,
    /// Its JSON parameters.
    pub body: Value,
    /// When it arrived.
    pub at: Instant,
}

/// How the next call of a method fails.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// HTTP 429 with `retry_after` seconds.
    RetryAfter(u32),
    /// Telegram's answer to an internal error (`error_code` 500, "Internal Server Error"), sent
    /// with HTTP status 200. teloxide pauses 10 s before reading any HTTP 5xx answer and then
    /// decides by the body alone, so the body is what Lots sees either way; the status only
    /// adds teloxide's fixed pause, which a test would have to wait out.
    ServerError,
    /// HTTP 403: the person blocked the bot.
    Blocked,
    /// HTTP 400 "Bad Request: chat not found": a refusal that is not tried again.
    ChatNotFound,
    /// The connection is closed without an answer.
    Drop,
}

#[derive(Default)]
struct Inner {
    updates: std::sync::Mutex<Vec<Value>>,
    next_update: AtomicI64,
    next_message: AtomicI64,
    calls: std::sync::Mutex<Vec<Call>>,
    per_chat: std::sync::Mutex<std::collections::HashMap<i64, Vec<(Instant, Value)>>>,
    faults: std::sync::Mutex<VecDeque<(String, Fault)>>,
    arrived: Notify,
    called: Notify,
}

/// A running fake Bot API.
#[derive(Clone)]
pub struct FakeApi {
    /// The base URL to give `--api-url`.
    pub url: String,
    inner: Arc<Inner>,
}

impl FakeApi {
    /// Starts the fake on a free port of 127.0.0.1.
    pub async fn start() -> FakeApi {
        let inner = Arc::new(Inner::default());
        inner.next_update.store(1, Ordering::SeqCst);
        inner.next_message.store(1000, Ordering::SeqCst);
        let app = Router::new()
            .route("/{bot}/{method}", axum::routing::post(handle).get(handle))
            .with_state(Arc::clone(&inner));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeApi {
            url: format!("http://{addr}/"),
            inner,
        }
    }

    /// Queues an update (its `update_id` is assigned here) for `getUpdates`.
    pub fn push(&self, mut update: Value) {
        // The id is taken under the queue's lock, so ids are queued in order even when updates
        // are pushed from many tasks at once (Telegram never hands out a lower id after a
        // higher one).
        let mut updates = self.inner.updates.lock().unwrap();
        let id = self.inner.next_update.fetch_add(1, Ordering::SeqCst);
        update["update_id"] = json!(id);
        updates.push(update);
        drop(updates);
        self.inner.arrived.notify_waiters();
    }

    /// Makes the next call of `method` fail this way.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.inner
            .faults
            .lock()
            .unwrap()
            .push_back((method.to_owned(), fault));
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.inner.calls.lock().unwrap().clone()
    }

    /// The calls of one method.
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.method == method)
            .collect()
    }

    /// The messages sent to a chat.
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        self.calls_of("sendMessage")
            .into_iter()
            .filter(|c| c.body["chat_id"] == json!(chat))
            .map(|c| c.body)
            .collect()
    }

    /// The messages sent to a chat with the time each arrived (cheap, for the load harness).
    pub fn messages(&self, chat: i64) -> Vec<(Instant, Value)> {
        self.inner
            .per_chat
            .lock()
            .unwrap()
            .get(&chat)
            .cloned()
            .unwrap_or_default()
    }

    /// How many messages a chat has received.
    pub fn count(&self, chat: i64) -> usize {
        self.inner
            .per_chat
            .lock()
            .unwrap()
            .get(&chat)
            .map_or(0, Vec::len)
    }

    /// A future that resolves at the next recorded call, registered now (so a call that
    /// arrives before it is awaited still wakes it).
    pub fn next_call(&self) -> std::pin::Pin<Box<tokio::sync::futures::Notified<'_>>> {
        let mut notified = Box::pin(self.inner.called.notified());
        notified.as_mut().enable();
        notified
    }

    /// Waits until `ready` holds for the recorded calls, or panics after `limit`. It wakes at
    /// every recorded call, and every 20 ms for conditions that are not about calls.
    pub async fn wait_until(&self, limit: Duration, what: &str, ready: impl Fn(&[Call]) -> bool) {
        let deadline = Instant::now() + limit;
        loop {
            let notified = self.inner.called.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if ready(&self.calls()) {
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {what}; calls: {:#?}",
                self.summary()
            );
            let _ = tokio::time::timeout(left.min(Duration::from_millis(20)), notified).await;
        }
    }

    /// Waits until `chat` has received at least `n` messages; returns them.
    pub async fn wait_for_messages(&self, chat: i64, n: usize) -> Vec<Value> {
        self.wait_until(
            Duration::from_secs(60),
            &format!("{n} messages to {chat}"),
            |calls| {
                calls
                    .iter()
                    .filter(|c| c.method == "sendMessage" && c.body["chat_id"] == json!(chat))
                    .count()
                    >= n
            },
        )
        .await;
        self.sent_to(chat)
    }

    /// Method names of all calls, for failure messages.
    pub fn summary(&self) -> Vec<String> {
        self.calls()
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    c.method,
                    c.body.get("text").cloned().unwrap_or_default()
                )
            })
            .collect()
    }
}

/// The buttons of a sent message: (label, callback data).
pub fn buttons(message: &Value) -> Vec<(String, String)> {
    message["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                .map(|b| {
                    (
                        b["text"].as_str().unwrap_or_default().to_owned(),
                        b["callback_data"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn user(id: i64, language: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Anna", "language_code": language})
}

fn private_chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Anna"})
}

/// A text message from a person in a private chat.
pub fn text(chat: i64, language: &str, text: &str) -> Value {
    json!({"message": {
        "message_id": 1, "date": now(), "chat": private_chat(chat), "from": user(chat, language),
        "text": text,
    }})
}

/// A text message in a group.
pub fn group_text(group: i64, from: i64, text: &str) -> Value {
    json!({"message": {
        "message_id": 1, "date": now(),
        "chat": {"id": group, "type": "group", "title": "Familjen"},
        "from": user(from, "sv"), "text": text,
    }})
}

/// A photo without a caption.
pub fn photo(chat: i64) -> Value {
    json!({"message": {
        "message_id": 2, "date": now(), "chat": private_chat(chat), "from": user(chat, "sv"),
        "photo": [{"file_id": "f", "file_unique_id": "u", "width": 10, "height": 10}],
    }})
}

/// An edited message.
pub fn edited(chat: i64, text: &str) -> Value {
    json!({"edited_message": {
        "message_id": 1, "date": now(), "edit_date": now(), "chat": private_chat(chat),
        "from": user(chat, "sv"), "text": text,
    }})
}

/// A button press with `data` on the bot's message `message_id`.
pub fn press(chat: i64, message_id: i64, data: &str) -> Value {
    json!({"callback_query": {
        "id": format!("cb-{chat}-{message_id}-{data}"),
        "from": user(chat, "sv"),
        "message": {
            "message_id": message_id, "date": now(), "chat": private_chat(chat),
            "from": {"id": 1, "is_bot": true, "first_name": "Lots"}, "text": "…",
        },
        "chat_instance": "ci",
        "data": data,
    }})
}

fn ok(result: Value) -> Response {
    (
        StatusCode::OK,
        axum::Json(json!({"ok": true, "result": result})),
    )
        .into_response()
}

fn error(status: StatusCode, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": status.as_u16(), "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (status, axum::Json(body)).into_response()
}

async fn handle(
    State(inner): State<Arc<Inner>>,
    Path((bot, method)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    // JSON for most methods; methods that may carry files come as multipart forms, kept raw.
    let body: Value = serde_json::from_slice(&body)
        .unwrap_or_else(|_| json!({"raw": String::from_utf8_lossy(&body)}));
    // Method names are case-insensitive; teloxide sends `GetMe`, the docs write `getMe`.
    let method = {
        let mut chars = method.chars();
        chars
            .next()
            .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
            .unwrap_or_default()
    };
    if bot != format!("bot{TOKEN}") {
        return error(StatusCode::UNAUTHORIZED, "Unauthorized", None);
    }
    // The fault is decided before the call becomes visible, so a test that waits for a call
    // and then arms a fault never hits the call it waited for.
    let fault = {
        let mut faults = inner.faults.lock().unwrap();
        let position = faults.iter().position(|(m, _)| *m == method);
        position.and_then(|i| faults.remove(i)).map(|(_, f)| f)
    };
    if method != "getUpdates" {
        inner.calls.lock().unwrap().push(Call {
            method: method.clone(),
            body: body.clone(),
            at: Instant::now(),
        });
        inner.called.notify_waiters();
    }
    if let Some(fault) = fault {
        return failure(fault);
    }
    answer(&inner, &method, &body).await
}

/// The answer to a call that is made to fail.
fn failure(fault: Fault) -> Response {
    match fault {
        Fault::RetryAfter(s) => error(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too Many Requests: retry after {s}"),
            Some(json!({"retry_after": s})),
        ),
        Fault::ServerError => {
            let mut answer = error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                None,
            );
            *answer.status_mut() = StatusCode::OK;
            answer
        }
        Fault::Blocked => error(
            StatusCode::FORBIDDEN,
            "Forbidden: bot was blocked by the user",
            None,
        ),
        Fault::ChatNotFound => error(StatusCode::BAD_REQUEST, "Bad Request: chat not found", None),
        // Panicking ends this connection's task: the client sees the connection close.
        Fault::Drop => std::panic::resume_unwind(Box::new("fake API: dropping the connection")),
    }
}

/// The answer to a call that succeeds.
async fn answer(inner: &Inner, method: &str, body: &Value) -> Response {
    match method {
        "getMe" => ok(json!({
            "id": 1, "is_bot": true, "first_name": "Lots", "username": "lots_test_bot",
            "can_join_groups": false, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false,
        })),
        "getUpdates" => ok(Value::Array(updates(inner, body).await)),
        "sendMessage" | "editMessageReplyMarkup" | "editMessageText" => {
            ok(message(inner, method, body))
        }
        _ => ok(json!(true)),
    }
}

/// A long poll: the updates from `offset` on, waiting (at most a second) for one to be pushed.
async fn updates(inner: &Inner, body: &Value) -> Vec<Value> {
    let offset = body["offset"].as_i64().unwrap_or(0);
    let wait = body["timeout"].as_u64().unwrap_or(0).min(1);
    let pending = || -> Vec<Value> {
        inner
            .updates
            .lock()
            .unwrap()
            .iter()
            .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset)
            .cloned()
            .collect()
    };
    // Like Telegram: asking from `offset` confirms every update before it.
    inner
        .updates
        .lock()
        .unwrap()
        .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
    let notified = inner.arrived.notified();
    tokio::pin!(notified);
    // Registered before looking, so an update pushed in between wakes it.
    notified.as_mut().enable();
    let found = pending();
    if !found.is_empty() || wait == 0 {
        return found;
    }
    let _ = tokio::time::timeout(Duration::from_secs(wait), notified).await;
    pending()
}

/// A message the bot sent or edited, recorded per chat, as Telegram returns it.
fn message(inner: &Inner, method: &str, body: &Value) -> Value {
    let id = inner.next_message.fetch_add(1, Ordering::SeqCst);
    let chat = body["chat_id"].as_i64().unwrap_or(0);
    if method == "sendMessage" {
        inner
            .per_chat
            .lock()
            .unwrap()
            .entry(chat)
            .or_default()
            .push((Instant::now(), body.clone()));
        inner.called.notify_waiters();
    }
    let mut message = json!({
        "message_id": id, "date": now(), "chat": private_chat(chat),
        "from": {"id": 1, "is_bot": true, "first_name": "Lots"},
        "text": body["text"].as_str().unwrap_or("…"),
    });
    if let Some(markup) = body.get("reply_markup") {
        message["reply_markup"] = markup.clone();
    }
    message
}
