/// Makes text from the data (group names, units, ids, reasons) inert in Markdown: it can neither
/// break a table, start a heading or list, open a code span, nor become a link or HTML.
///
/// Every ASCII character CommonMark gives a meaning to inline is backslash-escaped (`\` `` ` ``
/// `*` `_` `[` `]` `<` `>` `|` `~` `!` `#` `&` `(` `)`), and line breaks become spaces so a value
/// always stays in its cell or line. A value starting with `+`, `-`, `=` or a digit run followed by
/// `.` or `)` gets its marker escaped too, in case it lands at the start of a line.
public enum MarkdownEscaper {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "!", "#", "&", "(", ")"]

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            if character == "\n" || character == "\r" || character == "\r\n" {
                result.append(" ")
            } else if special.contains(character) {
                result.append("\\")
                result.append(character)
            } else {
                result.append(character)
            }
        }
        if let first = result.first, first == "+" || first == "-" || first == "=" {
            result.insert("\\", at: result.startIndex)
        } else if let marker = result.firstIndex(where: { !$0.isASCII || !$0.isNumber }), marker != result.startIndex,
                  result[marker] == "." || result[marker] == ")" {
            result.insert("\\", at: marker)
        }
        return result
    }
}
