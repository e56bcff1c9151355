import Foundation

/// WhatsApp exports carry no ids: an author is a contact name from the exporter's address book
/// or, for unsaved contacts, a phone number. Phone numbers are the stable part, so they are
/// folded to `+<digits>` (spaces, dashes and brackets vary by locale); names are kept as shown.
enum WhatsAppIdentity {
    /// The store id of an author, and whether it is a phone number.
    static func key(_ author: String) -> String {
        phoneNumber(author) ?? author.trimmingCharacters(in: .whitespaces)
    }

    /// `+8613800138000` for `+86 138-0013-8000`; `nil` when `text` is not a phone number.
    static func phoneNumber(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = ""
        for (offset, character) in trimmed.enumerated() {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits.append(String(digit))
            } else if character == "+" && offset == 0 {
                continue
            } else if !" -().\u{00A0}".contains(character) {
                return nil
            }
        }
        guard digits.count >= 6 else { return nil }
        return (trimmed.hasPrefix("+") ? "+" : "") + digits
    }
}
