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
                p.parse::<u32>().map_err(|_| invalid(input, "a number too large"))
            } else {
                Err(invalid(input, &format!("{p:?} where {digits} digits belong")))
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
    pub(crate) fn naive(self) -> NaiveDate {
        self.day
    }

    /// A date from a chrono day at a precision (internal).
    pub(crate) fn from_naive(day: NaiveDate, precision: DatePrecision) -> Date {
        Date { day, precision }.truncated(precision)
    }
}

fn invalid(input: &str, reason: &str) -> Error {
    ErrorKind::InvalidDate {
        input: input.to_string(),
        reason: reason.to_string(),
    }
    .into()
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
        s.collect_str(self)
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
    fn parse_each_precision() {
        assert_eq!(Date::parse("2020").unwrap().precision(), DatePrecision::Year);
        assert_eq!(Date::parse("2020-02").unwrap().to_string(), "2020-02");
        assert_eq!(Date::parse("2020-02-29").unwrap().day(), Some(29));
        assert!(Date::parse("2021-02-29").is_err());
        assert!(Date::parse("20-02-01").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn serde_round_trip() {
        let d = Date::parse("2020-06-11").unwrap();
        let j = serde_json::to_string(&d).unwrap();
        assert_eq!(j, "\"2020-06-11\"");
        assert_eq!(serde_json::from_str::<Date>(&j).unwrap(), d);
    }
}
