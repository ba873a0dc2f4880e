//! Eight bytes read as the lanes of one `u64`: the pieces shared by the scans that class
//! a text's bytes a word at a time or a block at a time (the verb scan's words, the date
//! scan's word starts, the word before a full stop), so that each writes its own byte
//! test and none writes the gathering again.

/// A 1 in each of the eight byte lanes: `ONES * b` puts byte `b` in every lane.
pub(crate) const ONES: u64 = u64::MAX / 255;

/// The top bit of each of the eight byte lanes.
const TOP: u64 = ONES * 0x80;

/// Eight flags, each lane of `flags` 0 or 1 (lane `j` for byte `j`, little-endian), as
/// the eight low bits of the result, bit `j` for lane `j`. The product with
/// 0x0102_0408_1020_4080 holds the flag of lane `j` at bit 56 + `j`, and no two partial
/// products meet below it, so nothing carries into the top byte.
#[inline(always)]
pub(crate) fn gather_flags(flags: u64) -> u64 {
    debug_assert_eq!(flags & !ONES, 0, "{flags:#x}");
    flags.wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The bytes of `b`, fewer than eight, in the low lanes of a `u64` (little-endian), the
/// other lanes zero. Read by two loads of four bytes or three of one, which overlap
/// where `b` is shorter than their sum (an overlapping byte is the same byte, and ORed
/// with itself), rather than by a loop of as many steps as `b` has bytes.
#[inline(always)]
pub(crate) fn short_lanes(b: &[u8]) -> u64 {
    debug_assert!(b.len() < 8);
    let n = b.len();
    if let (Some(first), Some(last)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*first))
            | u64::from(u32::from_le_bytes(*last)) << (8 * (n - 4))
    } else if n > 0 {
        let (middle, last) = (n / 2, n - 1);
        u64::from(b[0]) | u64::from(b[middle]) << (8 * middle) | u64::from(b[last]) << (8 * last)
    } else {
        0
    }
}

/// `b.is_ascii()`, for the short texts of names and words without a loop: up to
/// sixteen bytes are read by two loads of eight that overlap (or [`short_lanes`]), and
/// their top bits tested at once. (The standard test reads a text shorter than eight
/// bytes byte by byte, a loop whose exit the branch predictor cannot learn on new
/// text, and a longer one by aligned words, with branches on where they fall.) A
/// longer text is left to the standard test.
#[inline(always)]
pub(crate) fn is_ascii(b: &[u8]) -> bool {
    let lanes = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(_), _) if b.len() > 16 => return b.is_ascii(),
        (Some(&first), Some(&last)) => u64::from_le_bytes(first) | u64::from_le_bytes(last),
        _ => short_lanes(b),
    };
    lanes & TOP == 0
}

/// The top bit of each lane of `x` (eight bytes, little-endian) whose byte is not
/// printable ASCII other than the space (not [`u8::is_ascii_graphic`], `!` to `~`), the
/// other bits clear: a lane is graphic when its low seven bits are at least `!` (adding
/// 0x5f sets its top bit) and at most `~` (adding 1 leaves it clear), and its own top
/// bit is clear (an ASCII byte). No lane carries into the next (0x7f + 0x5f < 0x100).
#[inline(always)]
pub(crate) fn non_graphic_lanes(x: u64) -> u64 {
    let low = x & (ONES * 0x7f);
    let graphic = (low + ONES * u64::from(0x80 - b'!')) & !(low + ONES) & !x;
    !graphic & TOP
}

/// The top bit of each lane of `x` whose byte is `c`, the other bits clear: a lane of
/// `x ^ c` is zero when its low seven bits are (adding 0x7f leaves its top bit clear
/// then, and only then) and its own top bit is.
#[inline(always)]
pub(crate) fn equal_lanes(x: u64, c: u8) -> u64 {
    let v = x ^ (ONES * u64::from(c));
    !(((v & (ONES * 0x7f)) + ONES * 0x7f) | v) & TOP
}

/// Whether `lanes` (a lane test: the top bit of each lane whose byte passes) passes a
/// byte of `b`, for a text of up to sixteen bytes (`None` for a longer one): the
/// bytes are read by two loads of eight that overlap, or [`short_lanes`] with the
/// lanes past the text masked off, and tested at once, where a test of each byte in
/// turn is a loop whose exit the branch predictor cannot learn on new text.
#[inline(always)]
pub(crate) fn any_byte(b: &[u8], lanes: impl Fn(u64) -> u64) -> Option<bool> {
    let found = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(_), _) if b.len() > 16 => return None,
        (Some(&first), Some(&last)) => {
            lanes(u64::from_le_bytes(first)) | lanes(u64::from_le_bytes(last))
        }
        _ => lanes(short_lanes(b)) & ((1 << (8 * b.len())) - 1),
    };
    Some(found & TOP != 0)
}

/// The lane of the lowest top bit set in `lanes` (8 when none is).
#[inline(always)]
pub(crate) fn first_lane(lanes: u64) -> usize {
    (lanes.trailing_zeros() / 8) as usize
}

/// The lane of the highest top bit set in `lanes`, which is not 0.
#[inline(always)]
pub(crate) fn last_lane(lanes: u64) -> usize {
    (63 - lanes.leading_zeros() as usize) / 8
}

/// The top bit of each lane of `x` whose byte is no ASCII letter or digit, the other
/// bits clear: a lane is a letter when its low seven bits with the 0x20 bit set are
/// `a` to `z`, a digit when they are `0` to `9` (each a range test: adding `0x80 - lo`
/// sets the top bit exactly when the bits are at least `lo`, no lane carrying into the
/// next), and either only when its own top bit is clear (an ASCII byte).
#[inline(always)]
pub(crate) fn non_alphanumeric_lanes(x: u64) -> u64 {
    let low = x & (ONES * 0x7f);
    let at_least = |v: u64, lo: u8| v + ONES * u64::from(0x80 - lo);
    let letter = at_least(low | (ONES * 0x20), b'a') & !at_least(low | (ONES * 0x20), b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    !((letter | digit) & !x) & TOP
}

/// Where the first byte of `b` that `stops` (a lane test: the top bit of each lane
/// whose byte passes) passes stands, `b.len()` when none does. Eight bytes are tested
/// at once and the first stop found from their mask, where a byte loop's exit, at a
/// place that depends on the text, is a branch the predictor cannot learn on new text;
/// the last seven bytes or fewer are read by [`short_lanes`] (a stop found past them
/// is the end).
#[inline(always)]
pub(crate) fn first_stop(b: &[u8], stops: impl Fn(u64) -> u64) -> usize {
    let mut k = 0;
    loop {
        match b[k..].first_chunk::<8>() {
            Some(&eight) => match stops(u64::from_le_bytes(eight)) {
                0 => k += 8,
                found => return k + first_lane(found),
            },
            None => return (k + first_lane(stops(short_lanes(&b[k..])))).min(b.len()),
        }
    }
}

/// Where the run after the last byte of `b` that `stops` passes starts (just past
/// that byte), 0 when none does: [`first_stop`] from the end. The first seven bytes
/// or fewer are read by [`short_lanes`], the lanes above them masked off.
#[inline(always)]
pub(crate) fn last_stop_end(b: &[u8], stops: impl Fn(u64) -> u64) -> usize {
    let mut end = b.len();
    loop {
        match b[..end].last_chunk::<8>() {
            Some(&eight) => match stops(u64::from_le_bytes(eight)) {
                0 => end -= 8,
                found => return end - 7 + last_lane(found),
            },
            None => {
                return match stops(short_lanes(&b[..end])) & ((1 << (8 * end)) - 1) {
                    0 => 0,
                    found => last_lane(found) + 1,
                };
            }
        }
    }
}

/// Where the run after the last byte of `b[start..]` that `stops` passes starts (just
/// past that byte), `start` when none does: `start + last_stop_end(&b[start..], stops)`.
/// Where eight bytes or more stand before the end, the last eight are read by one
/// load, the lanes below `start` masked off, rather than the bytes after `start` by
/// [`short_lanes`] after the whole words: a caller that reads a few bytes after the
/// place it read to before (the bytes between two verbs) pays for one word.
#[inline(always)]
pub(crate) fn last_stop_end_from(b: &[u8], start: usize, stops: impl Fn(u64) -> u64) -> usize {
    let mut end = b.len();
    while end > start {
        let Some(&eight) = b[..end].last_chunk::<8>() else {
            // (`start < end < 8`: both shifts are below 64.)
            let lanes = ((1 << (8 * end)) - 1) & (!0 << (8 * start));
            return match stops(short_lanes(&b[..end])) & lanes {
                0 => start,
                found => last_lane(found) + 1,
            };
        };
        let mut found = stops(u64::from_le_bytes(eight));
        if let Some(below) = start.checked_sub(end - 8) {
            // (`end - 8 <= start < end`: the shift is below 64.)
            found &= !0 << (8 * below);
        }
        if found != 0 {
            return end - 7 + last_lane(found);
        }
        end -= 8;
    }
    start
}

/// The top bit of each lane of `x` whose byte is an ASCII capital, the other bits
/// clear: its low seven bits are `A` to `Z` (range tests: adding `0x80 - lo` sets the
/// lane's top bit exactly when they are at least `lo`, no lane carrying into the next)
/// and its own top bit is clear.
#[inline(always)]
pub(crate) fn capital_lanes(x: u64) -> u64 {
    let low = x & (ONES * 0x7f);
    let at_least = |lo: u8| low + ONES * u64::from(0x80 - lo);
    at_least(b'A') & !at_least(b'Z' + 1) & !x & TOP
}

/// Whether a byte of `b` is an ASCII capital: tested at once for a text of up to
/// sixteen bytes ([`any_byte`] of [`capital_lanes`]), byte by byte for a longer one.
#[inline(always)]
pub(crate) fn has_ascii_capital(b: &[u8]) -> bool {
    any_byte(b, capital_lanes).unwrap_or_else(|| b.iter().any(u8::is_ascii_uppercase))
}

/// `x` (eight bytes, little-endian) with each lane's ASCII capital lower-cased, as
/// `make_ascii_lowercase` does byte by byte: a lane is a capital when its low seven
/// bits are `A` to `Z` (range tests: adding `0x80 - lo` sets the lane's top bit
/// exactly when they are at least `lo`, no lane carrying into the next) and its own
/// top bit is clear, and its 0x20 bit is set then.
#[inline(always)]
pub(crate) fn ascii_lowercase_lanes(x: u64) -> u64 {
    x | capital_lanes(x) >> 2
}

/// Each text of `fill` bytes, of every length below `max_len`, with one byte of `bytes`
/// put in each of its places, passed to `check` with that place: the inputs on which the
/// lane readers are held to the byte loops they replace (every byte value, or a few
/// chosen ones, at the start, the end and across each lane boundary).
#[cfg(test)]
pub(crate) fn for_one_byte_texts(
    max_len: usize,
    fill: u8,
    bytes: impl Iterator<Item = u8> + Clone,
    mut check: impl FnMut(Vec<u8>, usize),
) {
    for len in 0..max_len {
        for at in 0..len {
            for b in bytes.clone() {
                let mut text = vec![fill; len];
                text[at] = b;
                check(text, at);
            }
        }
    }
}

/// Every string of at most `most` of `pieces` joined in any order (the empty one first,
/// then the strings of one piece, of two, …, each length in the order of `pieces`):
/// the inputs on which the tests hold a fast reader to a general one over all the
/// ways a few chosen pieces can meet.
#[cfg(test)]
pub(crate) fn concatenations(pieces: &[&str], most: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = all.clone();
    for _ in 0..most {
        last = last
            .iter()
            .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_fill_the_low_lanes() {
        let bytes: Vec<u8> = (1..=7).map(|b| b * 0x21).collect();
        for n in 0..8 {
            let expected = (0..n).fold(0, |x, j| x | u64::from(bytes[j]) << (8 * j));
            assert_eq!(short_lanes(&bytes[..n]), expected, "{n}");
        }
    }

    #[test]
    fn a_text_is_ascii_when_each_byte_is() {
        let bytes = [0, b'a', 0x7f, 0x80, 0xc3, 0xff].into_iter();
        for_one_byte_texts(40, b'x', bytes, |text, _| {
            assert_eq!(is_ascii(&text), text.is_ascii(), "{text:?}");
        });
    }

    #[test]
    fn lane_tests_agree_with_byte_tests() {
        for_one_byte_texts(20, b'x', 0..=255u8, |text, _| {
            let len = text.len();
            let graphic = any_byte(&text, non_graphic_lanes).map(|any| !any);
            let dot = any_byte(&text, |x| equal_lanes(x, b'.'));
            if len <= 16 {
                let capital = text.iter().any(u8::is_ascii_uppercase);
                assert_eq!(any_byte(&text, capital_lanes), Some(capital));
            }
            if len <= 7 {
                let lower: Vec<u8> = text.iter().map(u8::to_ascii_lowercase).collect();
                assert_eq!(
                    ascii_lowercase_lanes(short_lanes(&text)),
                    short_lanes(&lower)
                );
            }
            let alphanumeric = any_byte(&text, non_alphanumeric_lanes).map(|any| !any);
            if len <= 16 {
                let all = text.iter().all(u8::is_ascii_alphanumeric);
                assert_eq!(alphanumeric, Some(all), "{text:?}");
            }
            if len <= 16 {
                assert_eq!(graphic, Some(text.iter().all(u8::is_ascii_graphic)));
                assert_eq!(dot, Some(text.contains(&b'.')), "{text:?}");
            } else {
                assert_eq!((graphic, dot), (None, None));
            }
        });
    }

    #[test]
    fn stops_are_found_where_byte_loops_find_them() {
        for_one_byte_texts(20, b'x', 0..=255u8, |text, _| {
            let len = text.len();
            let first = text.iter().position(|&c| c == b' ').unwrap_or(len);
            assert_eq!(first_stop(&text, |x| equal_lanes(x, b' ')), first);
            let first = text.iter().position(|c| !c.is_ascii_graphic());
            assert_eq!(first_stop(&text, non_graphic_lanes), first.unwrap_or(len));
            let last = text.iter().rposition(|c| !c.is_ascii_graphic());
            let last_end = last_stop_end(&text, non_graphic_lanes);
            assert_eq!(last_end, last.map_or(0, |k| k + 1), "{text:?}");
            for start in 0..=len {
                let last = text[start..].iter().rposition(|c| !c.is_ascii_graphic());
                assert_eq!(
                    last_stop_end_from(&text, start, non_graphic_lanes),
                    last.map_or(start, |k| start + k + 1),
                    "{text:?} from {start}"
                );
            }
        });
    }

    #[test]
    fn every_set_of_flags_gathers_to_its_bits() {
        for bits in 0..=255u64 {
            let flags = (0..8).fold(0, |f, j| f | ((bits >> j) & 1) << (8 * j));
            assert_eq!(gather_flags(flags), bits, "{flags:#x}");
        }
    }
}
