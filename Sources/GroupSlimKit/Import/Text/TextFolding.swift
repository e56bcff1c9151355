/// Small text foldings and searches that several chat-log readers need on every message.
enum TextFolding {
    /// Whether `text`'s UTF-8 holds `needle`'s bytes: a plain byte search, much cheaper per
    /// message than Foundation's locale-aware `contains`, and exact for fixed phrases.
    static func containsBytes(_ text: String, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            var index = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first {
                    var offset = 1
                    while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }

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
