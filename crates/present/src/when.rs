//! Times as a reader wants them: "3h ago" for the recent past, a date in their own
//! time zone for anything older.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::{lang, t};

fn zone(tz: &str) -> TimeZone {
    TimeZone::get(tz).unwrap_or(TimeZone::UTC)
}

/// "just now", "12m ago", "3h ago", "5d ago", then "12 Nov", or "12 Nov 2025" for
/// another year, in the reader's time zone and language.
pub fn ago(now: Timestamp, then: Timestamp, tz: &str) -> String {
    let seconds = now.as_second() - then.as_second();
    match seconds {
        s if s < 60 => t!("ago-just-now"),
        s if s < 3_600 => t!("ago-minutes", n = s / 60),
        s if s < 86_400 => t!("ago-hours", n = s / 3_600),
        s if s < 7 * 86_400 => t!("ago-days", n = s / 86_400),
        _ => {
            let zone = zone(tz);
            let date = then.to_zoned(zone.clone()).date();
            if date.year() == now.to_zoned(zone).year() {
                day_month(date, false)
            } else {
                written(date, false, false, true)
            }
        }
    }
}

/// How long until `then`, for deadlines: "in 5h", "in 8 days".
pub fn until(now: Timestamp, then: Timestamp) -> String {
    match then.as_second() - now.as_second() {
        s if s < 60 => t!("until-now"),
        s if s < 3_600 => t!("until-minutes", n = s / 60),
        s if s < 86_400 => t!("until-hours", n = s / 3_600),
        s if s < 2 * 86_400 => t!("until-days", n = 1),
        s => t!("until-days", n = s / 86_400),
    }
}

/// The day in the reader's zone: "02 Dec 2026".
pub fn date(at: Timestamp, tz: &str) -> String {
    at.to_zoned(zone(tz)).date().short_date()
}

/// A full date and time in the reader's zone: "22 Nov 2026 12:00".
pub fn stamp(at: Timestamp, tz: &str) -> String {
    let at = at.to_zoned(zone(tz));
    with_time(written(at.date(), false, false, true), at.time())
}

/// "12 Nov" (or "02 Dec" with `pad`): a day this year, in the language's order.
pub fn day_month(date: Date, pad: bool) -> String {
    written(date, pad, false, false)
}

/// "Mon 30 Nov": a day of the coming weeks.
pub fn weekday_day_month(date: Date) -> String {
    written(date, true, true, false)
}

/// "Mon 30 Nov 09:00": a notification's or a message's time, this year.
pub fn weekday_day_month_time(at: &jiff::Zoned) -> String {
    with_time(written(at.date(), true, true, false), at.time())
}

/// "09:00".
pub fn time_of_day(time: jiff::civil::Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

fn with_time(date: String, time: jiff::civil::Time) -> String {
    t!("date-and-time", date = date, time = time_of_day(time))
}

/// A day as the language writes it, with or without its weekday and year.
fn written(date: Date, pad: bool, weekday: bool, year: bool) -> String {
    let day = if pad {
        format!("{:02}", date.day())
    } else {
        date.day().to_string()
    };
    let month = lang::text(&format!("month-{}", date.month()));
    let weekday_name = lang::text(&format!(
        "weekday-{}",
        date.weekday().to_monday_one_offset()
    ));
    let year_number = date.year().to_string();
    match (weekday, year) {
        (false, false) => t!("date-day-month", day = day, month = month),
        (false, true) => t!(
            "date-day-month-year",
            day = day,
            month = month,
            year = year_number
        ),
        (true, false) => t!(
            "date-weekday-day-month",
            weekday = weekday_name,
            day = day,
            month = month
        ),
        (true, true) => t!(
            "date-weekday-day-month-year",
            weekday = weekday_name,
            day = day,
            month = month,
            year = year_number
        ),
    }
}

/// The ways Stoa writes a day, each format in one place. For a `Zoned` (a time
/// in the reader's zone), a civil date and time, or a date.
pub trait Days {
    /// "Mon 30 Nov 2026": a deadline, a closing date, a news item's day.
    fn weekday_date(&self) -> String;
    /// "30 Nov 2026": when something was posted or someone joined.
    fn short_date(&self) -> String;
}

/// The ways Stoa writes a time of day, for what has one.
pub trait Times: Days {
    /// "Mon 30 Nov 2026 09:00": when an event starts or ends.
    fn day_and_time(&self) -> String;
}

impl Days for Date {
    fn weekday_date(&self) -> String {
        written(*self, true, true, true)
    }
    fn short_date(&self) -> String {
        written(*self, true, false, true)
    }
}

macro_rules! days {
    ($($t:ty),*) => {$(
        impl Days for $t {
            fn weekday_date(&self) -> String {
                self.date().weekday_date()
            }
            fn short_date(&self) -> String {
                self.date().short_date()
            }
        }
        impl Times for $t {
            fn day_and_time(&self) -> String {
                with_time(self.date().weekday_date(), self.time())
            }
        }
    )*};
}
days!(jiff::Zoned, jiff::civil::DateTime);

/// "2026-11-30T09:00:00Z": a time for programs (exec's text and JSON, feeds).
pub fn utc(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_is_written_one_way() {
        let at: Timestamp = "2026-11-30T06:00:00Z".parse().unwrap();
        let zoned = at.to_zoned(TimeZone::get("Africa/Nairobi").unwrap());
        assert_eq!(zoned.day_and_time(), "Mon 30 Nov 2026 09:00");
        assert_eq!(zoned.weekday_date(), "Mon 30 Nov 2026");
        assert_eq!(zoned.short_date(), "30 Nov 2026");
        assert_eq!(zoned.date().short_date(), "30 Nov 2026");
        assert_eq!(zoned.datetime().day_and_time(), "Mon 30 Nov 2026 09:00");
        assert_eq!(utc(at), "2026-11-30T06:00:00Z");
    }

    #[test]
    fn a_day_is_the_readers_day() {
        let late: Timestamp = "2026-11-22T22:30:00Z".parse().unwrap();
        assert_eq!(date(late, "UTC"), "22 Nov 2026");
        assert_eq!(date(late, "Africa/Nairobi"), "23 Nov 2026");
        assert_eq!(date(late, "no such zone"), "22 Nov 2026");
    }

    #[test]
    fn recent_times_are_relative_and_older_ones_dates_in_the_readers_zone() {
        let now: Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert_eq!(ago(now, at("2026-11-22T08:59:30Z"), "UTC"), "just now");
        assert_eq!(ago(now, at("2026-11-22T09:00:30Z"), "UTC"), "just now");
        assert_eq!(ago(now, at("2026-11-22T08:48:00Z"), "UTC"), "12m ago");
        assert_eq!(ago(now, at("2026-11-22T06:00:00Z"), "UTC"), "3h ago");
        assert_eq!(ago(now, at("2026-11-17T09:00:00Z"), "UTC"), "5d ago");
        // 23:30 UTC on 1 Nov is already 2 Nov in Nairobi.
        assert_eq!(ago(now, at("2026-11-01T23:30:00Z"), "UTC"), "1 Nov");
        assert_eq!(
            ago(now, at("2026-11-01T23:30:00Z"), "Africa/Nairobi"),
            "2 Nov"
        );
        assert_eq!(ago(now, at("2025-03-04T12:00:00Z"), "UTC"), "4 Mar 2025");
        assert_eq!(stamp(now, "Asia/Manila"), "22 Nov 2026 17:00");
        assert_eq!(stamp(now, "Not/AZone"), "22 Nov 2026 09:00");
    }

    #[test]
    fn dates_follow_the_language() {
        use crate::lang::{Language, scope};
        let day = jiff::civil::date(2026, 11, 30);
        assert_eq!(day.weekday_date(), "Mon 30 Nov 2026");
        assert_eq!(
            scope(Language::Fr, || day.weekday_date()),
            "lun. 30 nov. 2026"
        );
        assert_eq!(scope(Language::Es, || day.short_date()), "30 nov 2026");
        assert_eq!(scope(Language::Zh, || day.short_date()), "2026年11月30日");
        assert_eq!(scope(Language::Ru, || day.short_date()), "30 нояб. 2026");
    }
}
