import Foundation

/// Reduces message text to a canonical form so that the same notice forwarded into several groups
/// (with a different greeting space, full-width punctuation or an extra emoji) hashes the same.
///
/// The normal form is: Unicode compatibility-folded (full-width ASCII becomes ASCII), lowercased,
/// with every whitespace, punctuation, symbol and control character removed. Letters, digits and
/// ideographs are what carry a notice's identity; everything else is decoration.
public enum TextNormalizer {
    /// The canonical form of `text`; empty when nothing meaningful is left.
    public static func normalize(_ text: String) -> String {
        if let scalars = ScalarFolding.foldedMeaningfulScalars(text) {
            var view = String.UnicodeScalarView()
            for value in scalars { view.append(Unicode.Scalar(value)!) }
            return String(view)
        }
        return foundationNormalize(text)
    }

    /// The definition of the normal form, through Foundation's full NFKC. Every message text
    /// is hashed at import, and NFKC through `NSString` cost more than the rest of the import,
    /// so ``normalize(_:)`` and ``contentHash(_:)`` use ``ScalarFolding`` for the scalars it
    /// folds exactly and come here only for texts with other scalars. Tests compare both.
    static func foundationNormalize(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where isMeaningful(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// A stable 64-bit FNV-1a hash of the normalized text, or `nil` when the text normalizes to
    /// nothing (an emoji-only or punctuation-only message has no content identity to share).
    ///
    /// FNV-1a is used instead of `Hasher` because the value is stored in the database and must be
    /// identical across processes and machines.
    public static func contentHash(_ text: String) -> Int64? {
        if let scalars = ScalarFolding.foldedMeaningfulScalars(text) {
            if scalars.isEmpty { return nil }
            var hash = FNV1a()
            for value in scalars { hash.combine(scalar: value) }
            return hash.value
        }
        let normal = foundationNormalize(text)
        if normal.isEmpty { return nil }
        return fnv1a(normal)
    }

    /// FNV-1a over the UTF-8 bytes of `string`, as a signed 64-bit value for SQLite storage.
    public static func fnv1a(_ string: String) -> Int64 {
        var hash = FNV1a()
        hash.combine(string)
        return hash.value
    }

    private static func isMeaningful(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace { return false }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
