/// Small text foldings that several chat-log readers need before matching system lines.
enum TextFolding {
    /// Curly, low and angle quotes read as `"` so a template needs one spelling; WeChat and
    /// WhatsApp write either ASCII or typographic quotes depending on client and language.
    static func straightenQuotes(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "“", "”", "„", "«", "»", "「", "」": result.append("\"")
            default: result.append(character)
            }
        }
        return result
    }
}
