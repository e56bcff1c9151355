import Foundation

/// Walks a QQ export's sections and messages in one streaming pass. Both import passes use it,
/// so both see exactly the same messages.
///
/// Messages are separated by blank lines, so a header follows a blank line, a section line or
/// the start of the file. A line that starts like a header (`YYYY-M-D H:`) there and is not a
/// complete one is reported as ``ImportError/malformedHeader(file:line:quoted:reason:expected:)``
/// (skippable with its content lines by `--skip-bad`), never folded into the message before it:
/// that silently credited one person's messages to another. A dated line right under message
/// text, with no sender id where the chat's headers have ids, is text (a pasted log line).
struct QQSectionWalker {
    let tree: ExportTree
    let path: String
    let parser = QQLineParser()
    static let expected = "a QQ message-manager export (消息记录 … 消息分组:/消息对象: sections, then 'YYYY-MM-DD H:MM:SS 昵称(QQ号)' headers)"

    /// What the walk yields: a message, or a header-like line that is not one (with its
    /// content lines dropped), for the caller to stop on or count.
    enum Item {
        case message(QQMessage)
        case malformed(ImportError)
    }

    /// Calls `body` for every message; returns the file's encoding.
    func walk(progress: (@Sendable (ImportProgress) -> Void)? = nil, _ body: (Item) throws -> Void) throws -> SourceEncoding {
        let reader = try TextLineReader(tree: tree, path: path)
        let file = reader.displayName
        var folder: String?
        var chat: String?
        var chatsWithIDs = Set<String>()
        var pending: QQMessage?
        var droppingBody = false
        var afterBreak = true
        var sawAnything = false
        let fallbackChat = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var messages = 0
        func flush() throws {
            droppingBody = false
            guard let message = pending else { return }
            try body(.message(message))
            pending = nil
            messages += 1
            if messages % 50_000 == 0, let progress { progress(reader.progress(records: messages)) }
        }
        func malformed(_ raw: String, _ reason: String) throws {
            try flush()
            droppingBody = true
            sawAnything = true
            try body(.malformed(.malformedHeader(file: file, line: reader.lineNumber, quoted: LineExcerpt.quote(raw.trimmedWhitespace),
                                                 reason: reason, expected: QQLineParser.headerShape)))
        }
        while let raw = try reader.nextLine() {
            let line = parser.classify(raw)
            defer {
                switch line {
                case .blank, .title, .separator, .folder, .chat: afterBreak = true
                default: afterBreak = false
                }
            }
            let name = chat ?? fallbackChat
            switch line {
            case .title, .separator:
                try flush()
                sawAnything = true
            case .folder(let newFolder):
                try flush()
                folder = newFolder
                sawAnything = true
            case .chat(let newChat):
                try flush()
                chat = newChat
                sawAnything = true
            case .header(let header) where header.id != nil || !chatsWithIDs.contains(name):
                try flush()
                if header.id != nil { chatsWithIDs.insert(name) }
                pending = QQMessage(folder: folder, chat: name, header: header, lines: [], line: reader.lineNumber)
                sawAnything = true
            case .header where afterBreak || (pending == nil && !droppingBody):
                try malformed(raw, "names no sender id — (QQ号) or <QQ号/e-mail> — although this chat's other headers do")
            case .brokenHeader(let reason, let namesID) where afterBreak || namesID || (pending == nil && !droppingBody):
                try malformed(raw, reason)
            case .header, .brokenHeader, .text:
                if droppingBody { continue }
                guard pending != nil else {
                    throw ImportError.unexpectedLine(file: file, line: reader.lineNumber, expected: QQSectionWalker.expected)
                }
                pending?.lines.append(raw)
            case .blank:
                if !droppingBody { pending?.lines.append("") }
            }
        }
        try flush()
        if !sawAnything { throw ImportError.emptyFile(file: file, expected: QQSectionWalker.expected) }
        return reader.encoding
    }
}
