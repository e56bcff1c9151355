/// Makes text from the data inert in HTML text and in double- or single-quoted attribute values:
/// `&`, `<`, `>`, `"` and `'` become entities. Nothing from the data is ever placed in a tag
/// name, an unquoted attribute, a URL, a style or a script.
public enum HTMLEscaper {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
