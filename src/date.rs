//! Calendar dates with a precision: when a statement was made, when a story ran.
//!
//! This is the only module that touches `chrono`; everything else speaks [`Date`].

use crate::error::{Error, ErrorKind};
use crate::span::Span;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How much of a [`Date`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// Only the year ("in 2008", "this year").
    Year,
    /// Year and month ("in January", "last month").
    Month,
    /// A calendar day ("on Thursday", "June 11, 2020").
    Day,
}

/// A calendar date known to a [`DatePrecision`].
///
/// It prints and serialises as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Fields below the
/// precision are kept as 1 (the first month, the first day), so dates order sensibly.
///
/// ```
/// use quotetrack::{Date, DatePrecision};
/// let d = Date::parse("2020-06").unwrap();
/// assert_eq!(d.precision(), DatePrecision::Month);
/// assert_eq!(d.to_string(), "2020-06");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    day: NaiveDate,
    precision: DatePrecision,
}

impl Date {
    /// A day-precise date.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidDate`] when the day does not exist (2021-02-29).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Date, Error> {
        NaiveDate::from_ymd_opt(year, month, day)
            .map(|day| Date {
                day,
                precision: DatePrecision::Day,
            })
            .ok_or_else(|| invalid(&format!("{year:04}-{month:02}-{day:02}"), "no such day"))
    }

    /// A month-precise date.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidDate`] when the month is not 1 to 12.
    pub fn from_ym(year: i32, month: u32) -> Result<Date, Error> {
        let mut d = Date::from_ymd(year, month, 1)
            .map_err(|_| invalid(&format!("{year:04}-{month:02}"), "no such month"))?;
        d.precision = DatePrecision::Month;
        Ok(d)
    }

    /// A year-precise date.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidDate`] when the year is outside chrono's range.
    pub fn from_year(year: i32) -> Result<Date, Error> {
        let mut d =
            Date::from_ymd(year, 1, 1).map_err(|_| invalid(&year.to_string(), "no such year"))?;
        d.precision = DatePrecision::Year;
        Ok(d)
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidDate`] naming the input when it is none of those.
    ///
    /// ```
    /// use quotetrack::Date;
    /// assert!(Date::parse("2020-06-11").is_ok());
    /// assert!(Date::parse("11/06/2020").is_err());
    /// ```
    pub fn parse(input: &str) -> Result<Date, Error> {
        let s = input.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, digits: usize| -> Result<u32, Error> {
            if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u32>()
                    .map_err(|_| invalid(input, "a number too large"))
            } else {
                Err(invalid(
                    input,
                    &format!("{p:?} where {digits} digits belong"),
                ))
            }
        };
        match parts.as_slice() {
            [y] => Date::from_year(num(y, 4)? as i32),
            [y, m] => Date::from_ym(num(y, 4)? as i32, num(m, 2)?),
            [y, m, d] => Date::from_ymd(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)
                .map_err(|_| invalid(input, "a day that does not exist")),
            _ => Err(invalid(input, "too many parts")),
        }
    }

    /// How much of the date is known.
    pub fn precision(self) -> DatePrecision {
        self.precision
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.day.year()
    }

    /// The month (1 to 12), when the precision goes that far.
    pub fn month(self) -> Option<u32> {
        (self.precision >= DatePrecision::Month).then(|| self.day.month())
    }

    /// The day of the month, when the date is day-precise.
    pub fn day(self) -> Option<u32> {
        (self.precision == DatePrecision::Day).then(|| self.day.day())
    }

    /// The same date cut to a coarser precision (a finer one is left as it is).
    pub fn truncated(self, precision: DatePrecision) -> Date {
        if precision >= self.precision {
            return self;
        }
        let day = match precision {
            DatePrecision::Year => self.day.with_ordinal(1),
            _ => self.day.with_day(1),
        }
        .unwrap_or(self.day);
        Date { day, precision }
    }

    /// The first calendar day the date covers (internal: chrono stays private).
    #[allow(dead_code)] // for the crate's other modules; none calls it yet
    pub(crate) fn naive(self) -> NaiveDate {
        self.day
    }

    /// A date from a chrono day at a precision (internal).
    #[allow(dead_code)] // for the crate's other modules; none calls it yet
    pub(crate) fn from_naive(day: NaiveDate, precision: DatePrecision) -> Date {
        Date { day, precision }.truncated(precision)
    }

    /// Resolves one English time expression, as news prose writes it, against the
    /// date a text was published: "on Thursday", "last week", "June 11", "two days ago",
    /// "in January", "June 11, 2020", "in 2008".
    ///
    /// The whole of `expression` (leading and trailing spaces aside) must be one
    /// expression. The result has the precision the expression supports: "last month"
    /// is month-precise, "in 2008" year-precise. Expressions about the past never
    /// resolve after `published`: "June 11" is the latest June 11 on or before it, a bare
    /// weekday the latest such weekday on or before it (the same day counts).
    ///
    /// A week or a weekend ("last week", "over the weekend") resolves to its month when
    /// all of it falls in one month, and otherwise to its first day (the Monday, the
    /// Saturday). "since 2014" resolves to 2014: the start of the period.
    ///
    /// Returns `None` when the text is not an expression this crate knows, names a day
    /// that does not exist, or needs more of `published` than its precision gives
    /// ("yesterday" against a month-precise publication date).
    ///
    /// ```
    /// use quotetrack::Date;
    /// let published = Date::parse("2021-03-02").unwrap(); // a Tuesday
    /// let resolve = |e| Date::resolve(e, published).map(|d| d.to_string());
    /// assert_eq!(resolve("on Monday").as_deref(), Some("2021-03-01"));
    /// assert_eq!(resolve("last month").as_deref(), Some("2021-02"));
    /// assert_eq!(resolve("June 11").as_deref(), Some("2020-06-11"));
    /// assert_eq!(resolve("June 11, 2020").as_deref(), Some("2020-06-11"));
    /// assert_eq!(resolve("the other day"), None);
    /// ```
    pub fn resolve(expression: &str, published: Date) -> Option<Date> {
        crate::dates::resolve_whole(expression, published)
    }

    /// The first calendar day the date covers, day-precise (internal).
    pub(crate) fn first_day(self) -> Date {
        Date {
            day: self.day,
            precision: DatePrecision::Day,
        }
    }

    /// The day of the week of the first day the date covers: 0 for Monday to 6 for
    /// Sunday (internal).
    pub(crate) fn weekday_from_monday(self) -> u32 {
        self.day.weekday().num_days_from_monday()
    }

    /// The day `days` after the first day the date covers (before it when negative),
    /// day-precise; `None` outside the calendar's range (internal).
    pub(crate) fn add_days(self, days: i64) -> Option<Date> {
        let day = self
            .day
            .checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
        Some(Date {
            day,
            precision: DatePrecision::Day,
        })
    }

    /// The month `months` after the month of the date (before it when negative),
    /// month-precise; `None` outside the calendar's range (internal).
    pub(crate) fn add_months(self, months: i64) -> Option<Date> {
        let index = i64::from(self.day.year())
            .checked_mul(12)?
            .checked_add(i64::from(self.day.month0()))?
            .checked_add(months)?;
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
        Date::from_ym(year, month).ok()
    }

    /// The year `years` after the year of the date (before it when negative),
    /// year-precise; `None` outside the calendar's range (internal).
    pub(crate) fn add_years(self, years: i64) -> Option<Date> {
        let year = i64::from(self.day.year()).checked_add(years)?;
        Date::from_year(i32::try_from(year).ok()?).ok()
    }
}

fn invalid(input: &str, reason: &str) -> Error {
    ErrorKind::InvalidDate {
        input: input.to_string(),
        reason: reason.to_string(),
    }
    .into()
}

/// The text of a date with a year from 0 to 9999, `YYYY-MM-DD` cut to its precision,
/// written digit by digit: a JSONL row carries one or more dates, and going through
/// `write!` with padded integers cost more than the rest of the row's fields together.
struct IsoText {
    bytes: [u8; 10],
    len: usize,
}

impl IsoText {
    /// `None` for years the four digits cannot hold (chrono allows -262144 to 262143).
    fn of(date: &Date) -> Option<IsoText> {
        let year = u32::try_from(date.day.year()).ok().filter(|&y| y <= 9999)?;
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (month, day) = (date.day.month(), date.day.day());
        let bytes = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        let len = match date.precision {
            DatePrecision::Year => 4,
            DatePrecision::Month => 7,
            DatePrecision::Day => 10,
        };
        Some(IsoText { bytes, len })
    }

    fn as_str(&self) -> &str {
        // Only ASCII digits and hyphens are ever written, so this cannot fail.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = IsoText::of(self) {
            return f.write_str(text.as_str());
        }
        let d = self.day;
        match self.precision {
            DatePrecision::Year => write!(f, "{:04}", d.year()),
            DatePrecision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            DatePrecision::Day => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match IsoText::of(self) {
            Some(text) => s.serialize_str(text.as_str()),
            None => s.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Where a statement's date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateOrigin {
    /// A time expression in the text attached to the reporting event ("said on Thursday").
    Text,
    /// No expression: the publication date of the source stands in.
    Publication,
}

/// When a statement was made, with the evidence for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct StatementDate {
    /// The date, to its precision.
    pub date: Date,
    /// Where it came from.
    pub origin: DateOrigin,
    /// The time expression it was read from, for [`DateOrigin::Text`].
    pub span: Option<Span>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digit_text_is_the_padded_format() {
        // The padded `write!` formats the fallback uses, for every precision, on years
        // at and past both ends of the four digits.
        for year in [
            -262_000, -1, 0, 7, 99, 999, 1000, 2020, 9999, 10_000, 262_000,
        ] {
            for (month, day) in [(1, 1), (2, 29), (9, 30), (10, 9), (12, 31)] {
                let Ok(d) = Date::from_ymd(year, month, day) else {
                    continue;
                };
                for (date, expected) in [
                    (Date::from_year(year).unwrap(), format!("{year:04}")),
                    (
                        Date::from_ym(year, month).unwrap(),
                        format!("{year:04}-{month:02}"),
                    ),
                    (d, format!("{year:04}-{month:02}-{day:02}")),
                ] {
                    assert_eq!(date.to_string(), expected);
                    let json = serde_json::to_string(&date).unwrap();
                    assert_eq!(json, format!("\"{expected}\""));
                }
            }
        }
    }

    #[test]
    fn parse_each_precision() {
        assert_eq!(
            Date::parse("2020").unwrap().precision(),
            DatePrecision::Year
        );
        assert_eq!(Date::parse("2020-02").unwrap().to_string(), "2020-02");
        assert_eq!(Date::parse("2020-02-29").unwrap().day(), Some(29));
        assert!(Date::parse("2021-02-29").is_err());
        assert!(Date::parse("20-02-01").is_err());
        assert!(Date::parse("").is_err());
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn calendar_arithmetic_across_ends() {
        assert_eq!(day("2020-03-01").add_days(-1), Some(day("2020-02-29")));
        assert_eq!(day("2021-03-01").add_days(-1), Some(day("2021-02-28")));
        assert_eq!(day("2020-12-31").add_days(1), Some(day("2021-01-01")));
        assert_eq!(day("2021-01-01").add_months(-1), Some(day("2020-12")));
        assert_eq!(day("2020-03-31").add_months(-1), Some(day("2020-02")));
        assert_eq!(day("2020-11-15").add_months(14), Some(day("2022-01")));
        assert_eq!(day("2020-02-29").add_years(-1), Some(day("2019")));
        assert_eq!(day("2021-03-01").weekday_from_monday(), 0);
        assert_eq!(day("2020-02-29").weekday_from_monday(), 5);
        assert_eq!(day("2020-06").first_day(), day("2020-06-01"));
        assert_eq!(day("2020").add_days(i64::MAX), None);
        assert_eq!(day("2020").add_months(i64::MAX), None);
        assert_eq!(day("2020").add_years(i64::MIN), None);
    }

    #[test]
    fn serde_round_trip() {
        let d = Date::parse("2020-06-11").unwrap();
        let j = serde_json::to_string(&d).unwrap();
        assert_eq!(j, "\"2020-06-11\"");
        assert_eq!(serde_json::from_str::<Date>(&j).unwrap(), d);
    }
}
