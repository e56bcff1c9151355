/// A line of an export quoted in an error: cut short and escaped, so that what the user sees is
/// what the file holds (an invisible joiner shows as `\u{200D}`) and a control or direction
/// character in a hostile file cannot rewrite the terminal.
///
/// Only lines that are not message content are quoted (headers, the first line of a file that
/// failed detection): errors never carry message text.
enum LineExcerpt {
    static let limit = 60

    static func quote(_ line: String, limit: Int = LineExcerpt.limit) -> String {
        var out = "\""
        var count = 0
        for scalar in line.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            count += 1
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x0A: out += "\\n"
            case 0x00...0x1F, 0x7F...0x9F:
                out += LineExcerpt.escaped(scalar)
            case _ where LineExcerpt.isInvisibleMark(scalar):
                out += LineExcerpt.escaped(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Marks that show nothing: zero-width spaces and joiners, direction marks and overrides,
    /// word joiners and isolates, the byte-order mark, the Mongolian vowel separator. Exports put
    /// them around names (QQ nicknames); a quoted line shows them escaped.
    static func isInvisibleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x180E: return true
        default: return false
        }
    }
}
