//! Criterion benchmarks of the pure core: one engine step, and loading the content tree.
//!
//! Run with `cargo bench --bench engine`; the figures go into docs/performance.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use lots::content::{self, Content};
use lots::engine::{self, Input, Session};
use lots::ids::LocaleCode;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shipped() -> Content {
    content::load(root(), jiff::civil::date(2026, 11, 22))
        .content
        .expect("the shipped content loads")
}

/// A session standing at `sore-throat/duration`, reached through the menu.
fn mid_dialog(content: &Content, now: Timestamp) -> Session {
    let mut session = Session::new(LocaleCode::new("sv"), now);
    for line in ["/start sore-throat", "Nej", "Nej"] {
        engine::step(content, &mut session, Input::parse(line), now);
    }
    session
}

fn engine_step(c: &mut Criterion) {
    let content = shipped();
    let now = Timestamp::from_second(1_795_000_000).unwrap();
    let start = mid_dialog(&content, now);
    assert_eq!(
        lots::transcript::position_label(&start),
        "sore-throat/duration"
    );

    let mut group = c.benchmark_group("engine step");
    // An option press that moves the dialog on, sets a variable and writes a note.
    group.bench_function("answer an option", |b| {
        b.iter_batched_ref(
            || start.clone(),
            |session| engine::step(&content, session, black_box(Input::parse("1")), now),
            criterion::BatchSize::SmallInput,
        )
    });
    // Free text that is checked against every red-flag pattern and then not understood.
    group.bench_function("free text, no red flag", |b| {
        b.iter_batched_ref(
            || start.clone(),
            |session| {
                let input = Input::parse("jag vet inte riktigt hur länge det har hållit på");
                engine::step(&content, session, black_box(input), now)
            },
            criterion::BatchSize::SmallInput,
        )
    });
    // A red flag: the emergency answer.
    group.bench_function("red flag", |b| {
        b.iter_batched_ref(
            || start.clone(),
            |session| {
                let input = Input::parse("min pappa har ont i bröstet och är kallsvettig");
                engine::step(&content, session, black_box(input), now)
            },
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// The red-flag check alone on long messages, in every locale's patterns at once.
fn red_flag_check(c: &mut Criterion) {
    let content = shipped();
    let patterns = content.patterns();
    let sentence =
        "Jag har haft ont i halsen sedan i måndags och har svårt att sova, men andas lugnt. ";
    let swedish: String = sentence.chars().cycle().take(4000).collect();
    let with_flag = format!("{}jag har så ont i bröstet", &swedish[..swedish.len() - 30]);
    let arabic: String = "أشعر بألم في حلقي منذ يوم الاثنين ولا أستطيع النوم جيدا. "
        .chars()
        .cycle()
        .take(4000)
        .collect();
    let mut group = c.benchmark_group("red-flag check, 4000 characters");
    group.bench_function("Swedish, no red flag", |b| {
        b.iter(|| patterns.red_flag(&lots::content::fold(black_box(&swedish))))
    });
    group.bench_function("Swedish, red flag at the end", |b| {
        b.iter(|| patterns.red_flag(&lots::content::fold(black_box(&with_flag))))
    });
    group.bench_function("Arabic script, no red flag", |b| {
        b.iter(|| patterns.red_flag(&lots::content::fold(black_box(&arabic))))
    });
    // Varied text: one message made of the benign corpus, so that the lazy DFA meets many
    // states, as it does in real traffic, instead of the few states of one repeated sentence.
    let corpus = corpus_messages();
    let benign: String = corpus
        .iter()
        .skip_while(|(file, _)| *file != "benign.tsv")
        .map(|(_, m)| format!("{m}. "))
        .collect::<String>()
        .chars()
        .take(4000)
        .collect();
    group.bench_function("benign corpus text, no red flag", |b| {
        b.iter(|| patterns.red_flag(&lots::content::fold(black_box(&benign))))
    });
    group.finish();

    // The whole net (phrasings, concepts and rules, negation and the past) through `assess`.
    let mut group = c.benchmark_group("red-flag assess");
    group.bench_function("typical message, possible (new word order)", |b| {
        b.iter(|| {
            patterns.assess(&lots::content::fold(black_box(
                "hjälp, bröstet känns konstigt",
            )))
        })
    });
    group.bench_function("typical message, no red flag", |b| {
        let text = "jag vet inte riktigt hur länge det har hållit på";
        b.iter(|| patterns.assess(&lots::content::fold(black_box(text))))
    });
    group.bench_function("typical message, certain", |b| {
        let text = "min pappa har ont i bröstet och är kallsvettig";
        b.iter(|| patterns.assess(&lots::content::fold(black_box(text))))
    });
    group.bench_function("4000 characters Swedish, red flag at the end", |b| {
        b.iter(|| patterns.assess(&lots::content::fold(black_box(&with_flag))))
    });
    group.bench_function("4000 characters benign corpus text", |b| {
        b.iter(|| patterns.assess(&lots::content::fold(black_box(&benign))))
    });
    group.bench_function("4000 characters Arabic script", |b| {
        b.iter(|| patterns.assess(&lots::content::fold(black_box(&arabic))))
    });
    group.finish();

    let mut group = c.benchmark_group("red-flag check, every corpus message in turn");
    group.throughput(criterion::Throughput::Elements(corpus.len() as u64));
    group.bench_function("all corpora, assess", |b| {
        b.iter(|| {
            corpus
                .iter()
                .filter(|(_, m)| {
                    patterns
                        .assess(&lots::content::fold(black_box(m)))
                        .is_some()
                })
                .count()
        })
    });
    group.bench_function("all corpora", |b| {
        b.iter(|| {
            corpus
                .iter()
                .filter(|(_, m)| {
                    patterns
                        .red_flag(&lots::content::fold(black_box(m)))
                        .is_some()
                })
                .count()
        })
    });
    group.finish();
}

/// Every message of the corpora in `tests/corpora/`, with its file name.
fn corpus_messages() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for file in [
        "redflags-sv.tsv",
        "redflags-en.tsv",
        "routing.tsv",
        "benign.tsv",
    ] {
        let text = std::fs::read_to_string(root().join("corpora").join(file))
            .expect("the corpora are readable");
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            if let Some(message) = line.rsplit('\t').next() {
                out.push((file, message.to_owned()));
            }
        }
    }
    out
}

fn content_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("content");
    group.sample_size(20);
    group.bench_function("load and validate the shipped content", |b| b.iter(shipped));
    group.finish();
}

criterion_group!(benches, engine_step, red_flag_check, content_load);
criterion_main!(benches);
