/// 64-bit FNV-1a, fed bytes, strings or Unicode scalars (as their UTF-8 bytes).
///
/// Stored keys (content hashes, message de-duplication keys) must be identical across
/// processes and machines, which rules out `Hasher`. Feeding the parts of a key one after the
/// other hashes exactly what their concatenation would, without building the string.
struct FNV1a {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func combine(_ byte: UInt8) {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
    }

    mutating func combine(_ string: String) {
        for byte in string.utf8 { combine(byte) }
    }

    mutating func combine(scalar value: UInt32) {
        switch value {
        case ..<0x80:
            combine(UInt8(value))
        case ..<0x800:
            combine(UInt8(0xC0 | value >> 6))
            combine(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            combine(UInt8(0xE0 | value >> 12))
            combine(UInt8(0x80 | value >> 6 & 0x3F))
            combine(UInt8(0x80 | value & 0x3F))
        default:
            combine(UInt8(0xF0 | value >> 18))
            combine(UInt8(0x80 | value >> 12 & 0x3F))
            combine(UInt8(0x80 | value >> 6 & 0x3F))
            combine(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The hash as a signed 64-bit value, for SQLite's INTEGER.
    var value: Int64 { Int64(bitPattern: state) }
}
