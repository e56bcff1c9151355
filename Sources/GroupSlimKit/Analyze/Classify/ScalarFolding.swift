import Foundation

/// Compatibility folding (NFKC) and lower-casing one scalar at a time, for the scalars that fill
/// almost every Chinese or English office chat: ASCII, ideographs, kana, CJK and general
/// punctuation, full-width forms, enclosed numbers and emoji.
///
/// Calling Foundation's `precomposedStringWithCompatibilityMapping` on every message would cost
/// more than the whole rest of the classification. Inside the ranges below NFKC maps each scalar
/// on its own (nothing there composes with a neighbour), so a table-free fold is exact; any other
/// scalar returns `nil` and the caller falls back to Foundation for that message. A test checks
/// every scalar of these ranges against Foundation.
enum ScalarFolding {
    /// The folded scalar, or `nil` when `scalar` is outside the fast ranges. Enclosed numbers
    /// (①, ⑴, ⒈) fold to several digits and are reported by ``enclosedNumber(_:)`` instead; here
    /// they fold to themselves.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32? {
        if scalar < 0x80 {
            return (scalar &- 0x41) < 26 ? scalar | 0x20 : scalar
        }
        switch scalar {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF:
            return scalar
        case 0xFF01...0xFF5E:
            let ascii = scalar - 0xFEE0
            return (ascii &- 0x41) < 26 ? ascii | 0x20 : ascii
        case 0x3000, 0x00A0:
            return 0x20
        case 0x3001...0x3035, 0x303B...0x303F,
             0x3041...0x3096, 0x309D...0x309E, 0x30A0...0x30FE,
             0x2000...0x206F, 0x20E3, 0x2190...0x21FF, 0x2300...0x23FF, 0x2460...0x249B, 0x2500...0x27BF,
             0x2B00...0x2BFF, 0xFE00...0xFE0F, 0xFF5F...0xFF65, 0x00B7, 0x00D7, 0x00F7,
             0x1F000...0x1F0FF, 0x1F1E6...0x1F1FF, 0x1F300...0x1FAFF, 0xE0020...0xE007F:
            return scalar
        default:
            return nil
        }
    }

    /// The value of ①–⑳, ⑴–⒇ and ⒈–⒛, which NFKC turns into plain digits.
    @inline(__always)
    static func enclosedNumber(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x2460...0x2473: return scalar - 0x2460 + 1
        case 0x2474...0x2487: return scalar - 0x2474 + 1
        case 0x2488...0x249B: return scalar - 0x2488 + 1
        default: return nil
        }
    }

    /// Dingbat circled numbers (❶ ➀ ➊): no compatibility mapping, but they start list items.
    @inline(__always)
    static func isDingbatNumber(_ scalar: UInt32) -> Bool { (0x2776...0x2793).contains(scalar) }

    /// Whether a folded scalar carries content: a letter, digit or ideograph. Matches the test
    /// ``TextNormalizer`` uses, so our lengths agree with its normal form.
    @inline(__always)
    static func isMeaningful(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar &- 0x61) < 26 || (scalar &- 0x30) < 10 || (scalar &- 0x41) < 26
        }
        if (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar) { return true }
        guard let value = Unicode.Scalar(scalar) else { return false }
        if value.properties.isWhitespace { return false }
        switch value.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isNewline(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || scalar == 0x0D || scalar == 0x0B || scalar == 0x0C || scalar == 0x85
            || scalar == 0x2028 || scalar == 0x2029
    }

    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar == 0x20 || (0x09...0x0D).contains(scalar) }
        if (0x2000...0x200A).contains(scalar) || scalar == 0x202F || scalar == 0x205F || scalar == 0x3000
            || scalar == 0xA0 || scalar == 0x85 || scalar == 0x1680 {
            return true
        }
        return false
    }

    /// Scalars that only modify their neighbour (joiners, variation selectors, skin tones,
    /// keycaps, tags): "👍🏻" is one thumbs-up, not a thumbs-up and a second symbol.
    @inline(__always)
    static func isModifier(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x200B...0x200F, 0x2060...0x206F, 0xFE00...0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isASCIIAlphanumeric(_ scalar: UInt32) -> Bool {
        (scalar &- 0x61) < 26 || (scalar &- 0x30) < 10 || (scalar &- 0x41) < 26
    }

    @inline(__always)
    static func isDigit(_ scalar: UInt32) -> Bool { (scalar &- 0x30) < 10 }

    /// Decodes the scalar starting at `index` of valid UTF-8 (Swift strings always are).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (scalar: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1]) & 0x3F, 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | (UInt32(bytes[index + 1]) & 0x3F) << 6 | UInt32(bytes[index + 2]) & 0x3F, 3)
        }
        return ((lead & 0x07) << 18 | (UInt32(bytes[index + 1]) & 0x3F) << 12
                    | (UInt32(bytes[index + 2]) & 0x3F) << 6 | UInt32(bytes[index + 3]) & 0x3F, 4)
    }

    /// Folds a whole phrase from a rules table the same way messages are folded, keeping only
    /// meaningful scalars, so a rule written "Got it!" meets a message written "ｇｏｔ ｉｔ".
    static func normalizedScalars(_ text: String) -> [UInt32] {
        if let fast = foldedMeaningfulScalars(text) { return fast }
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        return folded.unicodeScalars.map(\.value).filter { isMeaningful(fold($0) ?? $0) }.map { fold($0) ?? $0 }
    }

    /// The meaningful scalars of `text` after folding, when every scalar is inside the fast
    /// ranges; `nil` when one is not and the caller must ask Foundation.
    static func foldedMeaningfulScalars(_ text: String) -> [UInt32]? {
        var result: [UInt32] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let raw = scalar.value
            if let number = enclosedNumber(raw) {
                appendDigits(of: number, to: &result)
                continue
            }
            guard let folded = fold(raw) else { return nil }
            if isMeaningful(folded) { result.append(folded) }
        }
        return result
    }

    static func appendDigits(of number: UInt32, to result: inout [UInt32]) {
        if number >= 10 { result.append(0x30 + number / 10) }
        result.append(0x30 + number % 10)
    }
}
