//! Opening hours of an actor, in Europe/Stockholm time (daylight saving included).
//!
//! Written in `actors.toml` as a list: `open = ["always"]`, or periods such as
//! `"mon-fri 08:00-17:00"`, `"sat 10:00-14:00"`, `"daily 21:00-06:00"` (a period whose end is not
//! after its start runs past midnight into the next day; `24:00` is the end of the day).

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

/// The time zone opening hours are written in.
pub const ZONE: &str = "Europe/Stockholm";

/// When an actor can be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpeningHours {
    /// Around the clock, every day.
    Always,
    /// Open during these weekly periods.
    Weekly(Vec<Period>),
}

/// One weekly opening period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    /// The days it starts on, Monday first.
    days: [bool; 7],
    /// Start, in minutes after midnight.
    from: u16,
    /// End, in minutes after midnight (up to 1440); not after `from` means the next day.
    to: u16,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn day_index(name: &str) -> Option<usize> {
    DAYS.iter().position(|d| *d == name)
}

fn minutes(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

impl Period {
    /// Parses `"mon-fri 08:00-17:00"`, `"sat 10:00-14:00"`, `"daily 21:00-06:00"`.
    pub fn parse(text: &str) -> Result<Period, String> {
        let hint = "write periods like \"mon-fri 08:00-17:00\", \"sat 10:00-14:00\" or \"daily 21:00-06:00\"";
        let (days_text, times) = text
            .trim()
            .split_once(' ')
            .ok_or_else(|| format!("`{text}`: {hint}"))?;
        let mut days = [false; 7];
        if days_text == "daily" {
            days = [true; 7];
        } else {
            for part in days_text.split(',') {
                let (a, b) = part.split_once('-').unwrap_or((part, part));
                let (Some(a), Some(b)) = (day_index(a), day_index(b)) else {
                    return Err(format!(
                        "`{part}` is not a day or a range of days (mon, tue, wed, thu, fri, sat, sun, or daily)"
                    ));
                };
                let mut d = a;
                loop {
                    days[d] = true;
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
        }
        let (from, to) = times
            .trim()
            .split_once('-')
            .ok_or_else(|| format!("`{text}`: {hint}"))?;
        let (Some(from), Some(to)) = (minutes(from), minutes(to)) else {
            return Err(format!("`{times}` is not a time range like 08:00-17:00"));
        };
        if from == 1440 {
            return Err("a period cannot start at 24:00".into());
        }
        Ok(Period { days, from, to })
    }

    fn crosses_midnight(&self) -> bool {
        self.to <= self.from
    }
}

impl OpeningHours {
    /// Parses the `open` list of an actor.
    pub fn parse(items: &[&str]) -> Result<OpeningHours, String> {
        if items == ["always"] {
            return Ok(OpeningHours::Always);
        }
        if items.is_empty() {
            return Err("`open` needs at least one period, or [\"always\"]".into());
        }
        items
            .iter()
            .map(|i| Period::parse(i))
            .collect::<Result<Vec<_>, _>>()
            .map(OpeningHours::Weekly)
    }

    fn local(at: Timestamp) -> Zoned {
        at.to_zoned(TimeZone::get(ZONE).unwrap_or(TimeZone::UTC))
    }

    /// Whether the actor is open at `at`.
    pub fn is_open(&self, at: Timestamp) -> bool {
        let periods = match self {
            OpeningHours::Always => return true,
            OpeningHours::Weekly(p) => p,
        };
        let z = Self::local(at);
        let day = usize::from(z.weekday().to_monday_zero_offset() as u8);
        let yesterday = (day + 6) % 7;
        let now = u16::from(z.hour() as u8) * 60 + u16::from(z.minute() as u8);
        periods.iter().any(|p| {
            if p.crosses_midnight() {
                (p.days[day] && now >= p.from) || (p.days[yesterday] && now < p.to)
            } else {
                p.days[day] && now >= p.from && now < p.to
            }
        })
    }

    /// When the actor next opens after `at`, in local time (None when always open).
    pub fn next_opening(&self, at: Timestamp) -> Option<Zoned> {
        let OpeningHours::Weekly(periods) = self else {
            return None;
        };
        let z = Self::local(at);
        let tz = z.time_zone().clone();
        let today: Date = z.date();
        (0..8)
            .filter_map(|offset| today.checked_add(jiff::Span::new().days(offset)).ok())
            .flat_map(|date| {
                let day = usize::from(date.weekday().to_monday_zero_offset() as u8);
                let tz = tz.clone();
                periods
                    .iter()
                    .filter(move |p| p.days[day])
                    .filter_map(move |p| {
                        let (h, m) = (
                            i8::try_from(p.from / 60).ok()?,
                            i8::try_from(p.from % 60).ok()?,
                        );
                        date.at(h, m, 0, 0).to_zoned(tz.clone()).ok()
                    })
            })
            .filter(|start| start.timestamp() > at)
            .min_by_key(|start| start.timestamp())
    }
}

/// The weekday number 1 (Monday) to 7 (Sunday), for texts.
pub fn weekday_number(day: Weekday) -> i8 {
    day.to_monday_one_offset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(local: &str) -> Timestamp {
        // Local Stockholm wall-clock time.
        local
            .parse::<jiff::civil::DateTime>()
            .unwrap()
            .to_zoned(TimeZone::get(ZONE).unwrap())
            .unwrap()
            .timestamp()
    }

    #[test]
    fn parses_and_refuses() {
        assert_eq!(OpeningHours::parse(&["always"]), Ok(OpeningHours::Always));
        assert!(OpeningHours::parse(&["mon-fri 08:00-17:00", "sat 10:00-14:00"]).is_ok());
        assert!(OpeningHours::parse(&["sun-tue 21:00-06:00"]).is_ok());
        for bad in [
            "mon 8-17",
            "funday 08:00-17:00",
            "mon 25:00-26:00",
            "mon 08:00",
            "08:00-17:00",
            "mon 24:00-02:00",
        ] {
            assert!(OpeningHours::parse(&[bad]).is_err(), "{bad}");
        }
        assert!(OpeningHours::parse(&[]).is_err());
    }

    #[test]
    fn office_hours_on_a_weekday_a_night_and_a_weekend() {
        let h = OpeningHours::parse(&["mon-fri 08:00-17:00"]).unwrap();
        // 2026-11-23 is a Monday.
        assert!(h.is_open(at("2026-11-23T08:00")));
        assert!(h.is_open(at("2026-11-23T16:59")));
        assert!(!h.is_open(at("2026-11-23T17:00")));
        assert!(!h.is_open(at("2026-11-24T03:00")));
        assert!(!h.is_open(at("2026-11-28T12:00")));
        let next = h.next_opening(at("2026-11-28T12:00")).unwrap();
        assert_eq!(next.datetime().to_string(), "2026-11-30T08:00:00");
    }

    #[test]
    fn a_night_period_runs_past_midnight() {
        let h = OpeningHours::parse(&["daily 21:00-06:00"]).unwrap();
        assert!(h.is_open(at("2026-11-23T23:30")));
        assert!(h.is_open(at("2026-11-24T05:59")));
        assert!(!h.is_open(at("2026-11-24T06:00")));
        assert!(!h.is_open(at("2026-11-24T12:00")));
        let next = h.next_opening(at("2026-11-24T12:00")).unwrap();
        assert_eq!(next.datetime().to_string(), "2026-11-24T21:00:00");
    }

    #[test]
    fn local_time_follows_daylight_saving() {
        let h = OpeningHours::parse(&["mon-fri 08:00-17:00"]).unwrap();
        // Summer (UTC+2): 06:30 UTC is 08:30 local.
        assert!(h.is_open("2026-06-15T06:30:00Z".parse().unwrap()));
        // Winter (UTC+1): 06:30 UTC is 07:30 local.
        assert!(!h.is_open("2026-11-23T06:30:00Z".parse().unwrap()));
        // The spring change: Sunday 2026-03-29 02:00 → 03:00. Monday 08:00 local is 06:00 UTC.
        let next = h
            .next_opening("2026-03-28T12:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(next.timestamp().to_string(), "2026-03-30T06:00:00Z");
        // The autumn change: Sunday 2026-10-25 03:00 → 02:00. Monday 08:00 local is 07:00 UTC.
        let next = h
            .next_opening("2026-10-24T12:00:00Z".parse().unwrap())
            .unwrap();
        assert_eq!(next.timestamp().to_string(), "2026-10-26T07:00:00Z");
        let night = OpeningHours::parse(&["daily 21:00-06:00"]).unwrap();
        // 01:30 UTC on the autumn night is 02:30 local (after the change): open.
        assert!(night.is_open("2026-10-25T01:30:00Z".parse().unwrap()));
    }
}
