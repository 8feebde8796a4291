//! `lots serve` on PostgreSQL through the fake Bot API: the database going away in the middle
//! of a conversation. The store reaches PostgreSQL through a small TCP proxy in this file that
//! the test can take down (every connection cut, new ones refused) and bring back, as a database
//! restart or a network failure does. Skips, saying so once, without PostgreSQL.

mod common;
mod fake_api;
mod pg;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use fake_api::FakeApi;
use lots::channel::telegram::{self, Backoff, Config, Retry};
use lots::content::Content;
use lots::engine::Settings;
use lots::store::{PgStore, SessionStore};
use serde_json::Value;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, oneshot};

static CONTENT: LazyLock<Arc<Content>> = LazyLock::new(|| Arc::new(common::shipped()));

/// A TCP proxy to PostgreSQL that can be taken down and brought back.
struct Proxy {
    port: u16,
    down: Arc<AtomicBool>,
    cut: Arc<Notify>,
}

impl Proxy {
    async fn start(to: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let down = Arc::new(AtomicBool::new(false));
        let cut = Arc::new(Notify::new());
        let (d, c) = (Arc::clone(&down), Arc::clone(&cut));
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if d.load(Ordering::SeqCst) {
                    // Refused: the connection is closed at once.
                    continue;
                }
                let to = to.clone();
                let cut = Arc::clone(&c);
                tokio::spawn(async move {
                    let Ok(mut server) = TcpStream::connect(&to).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = cut.notified() => {}
                    }
                });
            }
        });
        Proxy { port, down, cut }
    }

    /// Cuts every connection and refuses new ones.
    fn take_down(&self) {
        self.down.store(true, Ordering::SeqCst);
        self.cut.notify_waiters();
    }

    fn bring_back(&self) {
        self.down.store(false, Ordering::SeqCst);
    }
}

fn config(api: &FakeApi) -> Config {
    Config {
        token: fake_api::TOKEN.to_owned(),
        api_url: Some(api.url.parse().unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(1),
        limits: telegram::unthrottled(),
        retry: Retry {
            attempts: 5,
            send: Backoff {
                first: Duration::from_millis(1),
                max: Duration::from_millis(10),
            },
            polling: Backoff {
                first: Duration::from_millis(5),
                max: Duration::from_millis(50),
            },
        },
        chat_limit: telegram::ChatLimit::off(),
        metrics: None,
    }
}

fn text_of(m: &Value) -> &str {
    m["text"].as_str().unwrap_or_default()
}

/// The database away mid-conversation: the person is asked kindly to try again (nothing else
/// is sent, nothing is applied); once it is back, the bot goes on by itself where the person
/// stood, and every message got exactly one answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_mid_conversation_asks_to_try_again_and_recovers() {
    let Some(schema) = pg::fresh() else { return };
    let base = url::Url::parse(&pg::base_url()).unwrap();
    let target = format!(
        "{}:{}",
        base.host_str().unwrap_or("127.0.0.1"),
        base.port().unwrap_or(5432)
    );
    let proxy = Proxy::start(target).await;
    let mut via = url::Url::parse(&schema.url).unwrap();
    via.set_host(Some("127.0.0.1")).unwrap();
    via.set_port(Some(proxy.port)).unwrap();
    let via = via.to_string();
    let store = tokio::task::spawn_blocking(move || PgStore::open(&via))
        .await
        .unwrap()
        .unwrap();
    let store: Arc<dyn SessionStore> = Arc::new(store);
    let api = FakeApi::start().await;
    let (stop, stopped) = oneshot::channel::<()>();
    let bot = tokio::spawn(telegram::serve(
        config(&api),
        Arc::clone(&CONTENT),
        Settings::default(),
        Arc::clone(&store),
        async move {
            let _ = stopped.await;
        },
    ));
    let chat = 7007;
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    let first = api.wait_for_messages(chat, 1).await;
    let question = text_of(&first[0]).to_owned();

    proxy.take_down();
    api.push(fake_api::text(chat, "sv", "/help"));
    let sent = api.wait_for_messages(chat, 2).await;
    let sorry = common::msg(common::content(), "sv", "telegram-error");
    assert!(text_of(&sent[1]).contains(&sorry), "{:?}", api.summary());

    proxy.bring_back();
    api.push(fake_api::text(chat, "sv", "/help"));
    let sent = api.wait_for_messages(chat, 3).await;
    assert!(!text_of(&sent[2]).contains(&sorry), "{:?}", api.summary());
    // The session stood where it was: the dialog's question, not a new start.
    let key = format!("telegram:{chat}");
    let read = Arc::clone(&store);
    let session = tokio::task::spawn_blocking(move || read.get(&key))
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(session.here().unwrap().dialog.as_str(), "sore-throat");
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(30), bot)
        .await
        .expect("the bot stops within 30 s")
        .unwrap()
        .unwrap();
    // One answer per message: the question, the apology, the help.
    let all = api.sent_to(chat);
    assert_eq!(all.len(), 3, "{:?}", api.summary());
    assert_eq!(text_of(&all[0]), question);
}
