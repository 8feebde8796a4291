//! `lots stats`: the anonymous counters as an aligned table for people or as JSON for programs.

use std::io::Write;

use super::{CliError, Format};
use crate::store::{SessionStore, Stats};

/// Prints the counters of `store` and how many sessions it holds now.
pub fn run(store: &dyn SessionStore, format: Format, out: &mut dyn Write) -> Result<(), CliError> {
    let stats = store.stats()?;
    let (sessions, bytes) = store.size()?;
    match format {
        Format::Json => writeln!(out, "{}", json(&stats, sessions))?,
        Format::Text => write!(out, "{}", table(&stats, sessions, bytes))?,
    }
    Ok(())
}

/// `{"counters": [{"kind", "subject", "step", "count"}], "sessions"}`; `step` is null for
/// counters that are not about a step.
pub fn json(stats: &Stats, sessions: usize) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = stats
        .rows()
        .into_iter()
        .map(|[kind, subject, step, n]| {
            serde_json::json!({
                "kind": kind,
                "subject": subject,
                "step": (!step.is_empty()).then_some(step),
                "count": n.parse::<u64>().unwrap_or(0),
            })
        })
        .collect();
    serde_json::json!({ "counters": rows, "sessions": sessions })
}

/// A header line, one aligned line per counter (counts right-aligned), a blank line and the
/// number of sessions stored.
pub fn table(stats: &Stats, sessions: usize, bytes: u64) -> String {
    let rows = stats.rows();
    let header = ["kind", "subject", "step", "count"];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].len()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    let line = |r: [&str; 4]| {
        let text = format!("{:w0$}  {:w1$}  {:w2$}  {:>5}", r[0], r[1], r[2], r[3]);
        format!("{}\n", text.trim_end())
    };
    let mut out = line(header);
    for r in &rows {
        out.push_str(&line([&r[0], &r[1], &r[2], &r[3]]));
    }
    out.push_str(&format!(
        "\nsessions stored now: {sessions} ({bytes} bytes)\n"
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Stats {
        let mut stats = Stats::default();
        stats.counters.insert("started\tsore-throat".into(), 12);
        stats.counters.insert("left\tsore-throat\tfever".into(), 3);
        stats.counters.insert("language\tsv".into(), 1234);
        stats
    }

    #[test]
    fn the_table_aligns_columns_and_right_aligns_counts() {
        let table = table(&sample(), 2, 512);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(
            lines,
            [
                "kind      subject      step   count",
                "language  sv                   1234",
                "left      sore-throat  fever      3",
                "started   sore-throat            12",
                "",
                "sessions stored now: 2 (512 bytes)",
            ]
        );
    }

    #[test]
    fn json_has_one_object_per_counter_and_null_steps() {
        let value = json(&sample(), 2);
        assert_eq!(value["sessions"], 2);
        let counters = value["counters"].as_array().unwrap();
        assert_eq!(counters.len(), 3);
        assert_eq!(
            counters[1],
            serde_json::json!({"kind": "left", "subject": "sore-throat", "step": "fever", "count": 3})
        );
        assert!(counters[2]["step"].is_null());
        assert_eq!(counters[2]["count"], 12);
    }
}
