import Foundation

/// Walks a QQ export's sections and messages in one streaming pass. Both import passes use it,
/// so both see exactly the same messages.
struct QQSectionWalker {
    let url: URL
    let parser = QQLineParser()
    static let expected = "a QQ message-manager export (消息记录 … 消息分组:/消息对象: sections, then 'YYYY-MM-DD H:MM:SS 昵称(QQ号)' headers)"

    /// Calls `body` for every message; returns the file's encoding.
    func walk(progress: (@Sendable (ImportProgress) -> Void)? = nil, _ body: (QQMessage) throws -> Void) throws -> SourceEncoding {
        let reader = try TextLineReader(url: url)
        let file = reader.displayName
        var folder: String?
        var chat: String?
        var chatsWithIDs = Set<String>()
        var pending: QQMessage?
        var sawAnything = false
        let fallbackChat = url.deletingPathExtension().lastPathComponent
        var messages = 0
        func flush() throws {
            guard let message = pending else { return }
            try body(message)
            pending = nil
            messages += 1
            if messages % 50_000 == 0, let progress { progress(reader.progress(records: messages)) }
        }
        while let raw = try reader.nextLine() {
            let line = parser.classify(raw)
            switch line {
            case .title, .separator:
                try flush()
                sawAnything = true
            case .folder(let name):
                try flush()
                folder = name
                sawAnything = true
            case .chat(let name):
                try flush()
                chat = name
                sawAnything = true
            case .header(let header) where header.id != nil || !chatsWithIDs.contains(chat ?? fallbackChat) || pending == nil:
                try flush()
                // An impossible date (2024-02-30) still starts a message: storing it reports the
                // problem at this line, where --skip-bad can step over it.
                let name = chat ?? fallbackChat
                if header.id != nil { chatsWithIDs.insert(name) }
                pending = QQMessage(folder: folder, chat: name, header: header, lines: [], line: reader.lineNumber)
                sawAnything = true
            case .header, .text:
                guard pending != nil else {
                    throw ImportError.unexpectedLine(file: file, line: reader.lineNumber, expected: QQSectionWalker.expected)
                }
                pending?.lines.append(raw)
            case .blank:
                pending?.lines.append("")
            }
        }
        try flush()
        if !sawAnything { throw ImportError.emptyFile(file: file, expected: QQSectionWalker.expected) }
        return reader.encoding
    }
}
