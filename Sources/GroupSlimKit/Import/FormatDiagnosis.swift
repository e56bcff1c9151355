import Foundation

/// Why no importer recognized a path, told as the one a user most likely meant: every format is
/// tried in earnest (a real import into a throw-away in-memory store) and the one that got
/// furthest — the latest line its error names, a file extension of its own breaking ties — is
/// named with its error and the offending line, quoted (cut and escaped).
///
/// Runs only after detection has failed, so its cost (one failed import per format, which on
/// a wrong format stops within the first records) never slows a good import.
struct FormatDiagnosis: Equatable {
    var format: ImportFormat
    var reason: String
    /// The line the reason names, quoted, when the path is a text file and the line is near the start.
    var quotedLine: String?

    /// How far a format's importer got: the line its error names, and whether the extension is its.
    /// (A `.txt` or `.json` file names several formats; the line decides among them.)
    private struct Attempt {
        var format: ImportFormat
        var reason: String
        var line: Int
        var ownExtension: Bool
    }

    private static let extensions: [ImportFormat: Set<String>] = [
        .canonical: ["csv"], .teams: ["csv"], .wechat: ["csv"], .qq: ["txt"], .whatsapp: ["txt", "zip"],
        .slack: ["zip", "json"], .telegram: ["json"], .discord: ["json", "csv"], .mattermost: ["jsonl", "zip"],
        .wecom: ["json", "jsonl", "txt"],
    ]

    /// The closest format for `url`, or `nil` when every attempt failed before reading a line.
    static func closest(_ url: URL, options: ImportOptions) -> FormatDiagnosis? {
        let ext = url.pathExtension.lowercased()
        var attempts: [Attempt] = []
        for format in ImportFormat.allCases where format != .auto {
            guard let store = try? GroupStore.inMemory() else { return nil }
            var quiet = options
            quiet.progress = nil
            quiet.roster = nil
            do {
                _ = try Importer(options: quiet).importSource(url, format: format, into: store)
                continue  // read without error, yet not recognized: no reason to give
            } catch {
                let text = String(describing: error)
                attempts.append(Attempt(format: format, reason: text, line: line(in: text),
                                        ownExtension: extensions[format]?.contains(ext) == true))
            }
        }
        // A format whose extension this is wins; among those, the furthest line; then the first.
        // (Line alone misleads: a JSON reader of another format may parse one whole line of a
        // JSON-lines file before it stops.)
        guard let best = attempts.enumerated().max(by: { lhs, rhs in
            let l = (lhs.element.ownExtension ? 1 : 0, lhs.element.line, -lhs.offset)
            let r = (rhs.element.ownExtension ? 1 : 0, rhs.element.line, -rhs.offset)
            return l < r
        })?.element, best.line > 0 else { return nil }  // no line named: a guess, not a diagnosis
        return FormatDiagnosis(format: best.format, reason: best.reason, quotedLine: quote(url, line: best.line))
    }

    /// The first `line N` an error text names; 0 when it names none.
    static func line(in text: String) -> Int {
        guard let range = text.range(of: "line ") else { return 0 }
        return Int(text[range.upperBound...].prefix { $0.isASCII && $0.isNumber }) ?? 0
    }

    /// Line `number` of a text file, quoted; `nil` for folders, archives, binary files, or
    /// lines past the first thousand (not worth reading a large file again to show).
    private static func quote(_ url: URL, line number: Int) -> String? {
        guard number > 0, number <= 1000, !ZipArchive.looksLikeZip(url) else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
              let reader = try? TextLineReader(url: url) else { return nil }
        while let text = try? reader.nextLine() {
            if reader.lineNumber == number { return LineExcerpt.quote(text) }
        }
        return nil
    }

    var description: String {
        "closest is \(format.rawValue), which stopped here: \(reason)" + (quotedLine.map { " That line reads \($0)." } ?? "")
    }
}
