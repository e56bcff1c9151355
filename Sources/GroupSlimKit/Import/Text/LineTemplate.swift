import Foundation

/// One system-line shape of a chat log, written as literal text with placeholders: `{a}` the
/// actor, `{t}` the target list, `{n}` a group name, `{x}` text that is read but not kept.
/// WhatsApp's localized event lines and WeChat's 10000-type notices are both read with these.
///
/// Matching is left to right; a placeholder takes the shortest text up to the next literal,
/// except that the last literal must end the line. Names may not contain ": ", so a message
/// such as `Bob: Alice left` is never read as an event.
struct LineTemplate<Kind: Sendable>: Sendable {
    enum Piece: Equatable, Sendable { case literal(String), placeholder(Character) }

    let kind: Kind
    let pieces: [Piece]

    init(_ kind: Kind, _ template: String) {
        self.kind = kind
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let name = rest[rest.index(after: open)]
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.placeholder(name))
            rest = rest[rest.index(open, offsetBy: 3)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The captures by placeholder name, or `nil` when `text` does not have this shape.
    func match(_ text: String) -> [Character: String]? {
        var captures: [Character: String] = [:]
        var position = text.startIndex
        var index = 0
        while index < pieces.count {
            switch pieces[index] {
            case .literal(let literal):
                guard text[position...].hasPrefix(literal) else { return nil }
                position = text.index(position, offsetBy: literal.count)
                index += 1
            case .placeholder(let name):
                let captured: Substring
                if index + 1 == pieces.count {
                    captured = text[position...]
                    position = text.endIndex
                    index += 1
                } else if case .literal(let next) = pieces[index + 1] {
                    if index + 2 == pieces.count {
                        guard text[position...].hasSuffix(next), text[position...].count > next.count else { return nil }
                        let end = text.index(text.endIndex, offsetBy: -next.count)
                        captured = text[position..<end]
                        position = text.endIndex
                    } else {
                        guard let range = text[position...].range(of: next) else { return nil }
                        captured = text[position..<range.lowerBound]
                        position = range.upperBound
                    }
                    index += 2
                } else {
                    return nil
                }
                let value = captured.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty || name == "x", name == "x" || name == "n" || !value.contains(": ") else { return nil }
                captures[name] = value
            }
        }
        return position == text.endIndex ? captures : nil
    }
}
