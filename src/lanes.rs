//! Eight bytes read as the lanes of one `u64`: the pieces shared by the scans that class
//! a text's bytes a word at a time or a block at a time (the verb scan's words, the date
//! scan's word starts, the word before a full stop), so that each writes its own byte
//! test and none writes the gathering again.

/// A 1 in each of the eight byte lanes: `ONES * b` puts byte `b` in every lane.
pub(crate) const ONES: u64 = u64::MAX / 255;

/// Eight flags, each lane of `flags` 0 or 1 (lane `j` for byte `j`, little-endian), as
/// the eight low bits of the result, bit `j` for lane `j`. The product with
/// 0x0102_0408_1020_4080 holds the flag of lane `j` at bit 56 + `j`, and no two partial
/// products meet below it, so nothing carries into the top byte.
#[inline(always)]
pub(crate) fn gather_flags(flags: u64) -> u64 {
    debug_assert_eq!(flags & !ONES, 0, "{flags:#x}");
    flags.wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_of_flags_gathers_to_its_bits() {
        for bits in 0..=255u64 {
            let flags = (0..8).fold(0, |f, j| f | ((bits >> j) & 1) << (8 * j));
            assert_eq!(gather_flags(flags), bits, "{flags:#x}");
        }
    }
}
