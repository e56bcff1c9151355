import Foundation

/// One chat's "Export chat" text, wherever it arrived: a `.txt` on its own, one of several in a
/// folder, or inside the `.zip` WhatsApp writes when media are attached (and always on iOS, as
/// `WhatsApp Chat - NAME.zip` holding `_chat.txt`). A ZIP is read in place, never unpacked.
struct WhatsAppChatFile {
    let tree: ExportTree
    let path: String
    /// Where the chat's title is read from: WhatsApp writes it only in file (or archive) names.
    let titleURL: URL

    /// The name shown in errors and the summary (`archive.zip[_chat.txt]` inside a ZIP).
    var displayName: String { tree.displayName(of: path) }

    func open() throws -> TextLineReader {
        try TextLineReader(tree: tree, path: path)
    }

    /// The first lines, for format detection; `nil` when they are not text.
    func firstLines() -> [String]? {
        let head = tree.head(path, count: TextSniffer.prefixBytes)
        return TextSniffer.lines(prefix: head, isWholeFile: head.count < TextSniffer.prefixBytes)
    }

    /// The chats of `url`: the file itself, or the `.txt` files at the top of a folder or ZIP
    /// (media files beside them are ignored), sorted by name; a folder's ZIPs are read too.
    static func chats(in url: URL) throws -> [WhatsAppChatFile] {
        let tree = try ExportTree(url: url)
        switch tree.storage {
        case .file:
            return [WhatsAppChatFile(tree: tree, path: tree.paths[0], titleURL: url)]
        case .folder(let root):
            let texts = textFiles(tree).map { WhatsAppChatFile(tree: tree, path: $0, titleURL: root.appendingPathComponent($0)) }
            // A folder of downloaded exports holds one ZIP per chat.
            let zips = tree.paths.filter { !$0.contains("/") && $0.lowercased().hasSuffix(".zip") }
            return try texts + zips.flatMap { try chats(in: root.appendingPathComponent($0)) }
        case .zip(_, let prefix, _):
            // `_chat.txt` takes its title from the folder it was zipped from, or from the archive's own name.
            let folder = prefix.isEmpty ? url.deletingPathExtension()
                : url.deletingLastPathComponent().appendingPathComponent(String(prefix.dropLast()))
            return textFiles(tree).map { WhatsAppChatFile(tree: tree, path: $0, titleURL: folder.appendingPathComponent($0)) }
        }
    }

    private static func textFiles(_ tree: ExportTree) -> [String] {
        tree.paths.filter { !$0.contains("/") && $0.lowercased().hasSuffix(".txt") }
    }
}
