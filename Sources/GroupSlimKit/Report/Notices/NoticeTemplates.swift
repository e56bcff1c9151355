import Foundation

/// The editable templates of the draft owner notices: one per ``NoticeKind`` and language.
///
/// The built-in wording is in `NoticeTemplates+Defaults.swift`. To change it, write the defaults
/// out (`groupslim report --export-templates DIR`), edit the files, and pass `--templates DIR`
/// to `report` or `audit`; a file left out keeps the built-in text. Placeholders are written
/// `{{name}}`; ``placeholders`` lists them, and an unknown one is refused with the file named.
public struct NoticeTemplates: Sendable, Equatable {
    public static let placeholders: Set<String> = [
        "group_id", "group_name", "owner_unit", "as_of", "verdicts", "evidence", "merge_into", "merge_into_name",
        "merged_groups", "members", "members_affected", "expected_messages_per_day",
    ]

    /// Template text by file name (`dissolve.zh.txt` …).
    public var texts: [String: String]

    /// The built-in templates.
    public init() {
        texts = NoticeTemplates.defaults
    }

    /// The built-in templates with every file found in `folder` replacing its default.
    public init(folder: URL) throws {
        self.init()
        for kind in NoticeKind.allCases {
            for language in ReportLanguage.allCases {
                let name = kind.fileName(language)
                let url = folder.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                    throw NoticeError.unreadableTemplate(path: url.path)
                }
                if let unknown = NoticeTemplates.unknownPlaceholders(in: text).first {
                    throw NoticeError.unknownPlaceholder(path: url.path, placeholder: unknown)
                }
                texts[name] = text
            }
        }
    }

    public func template(_ kind: NoticeKind, _ language: ReportLanguage) -> String {
        texts[kind.fileName(language)] ?? ""
    }

    /// Writes every template into `folder`, for editing.
    public func export(to folder: URL) throws {
        try ReportWriteError.makeFolder(folder)
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            try ReportWriteError.write(text, to: folder.appendingPathComponent(name))
        }
    }

    /// Placeholder names used in `text` that are not in ``placeholders``, sorted.
    static func unknownPlaceholders(in text: String) -> [String] {
        var unknown = Set<String>()
        scan(text, literal: { _ in }, placeholder: { name, _ in
            if !placeholders.contains(name) { unknown.insert(name) }
        })
        return unknown.sorted()
    }

    /// `text` with every `{{name}}` (spaces inside the braces allowed) replaced from `values`,
    /// in one pass: a value is never searched again, so a group named `{{owner_unit}}` stays as
    /// named, and a district's thousands of notices cost one walk each instead of two string
    /// replacements per placeholder. A name without a value is left as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        scan(text, literal: { result += $0 }, placeholder: { name, token in result += values[name] ?? String(token) })
        return result
    }

    /// Walks `text` in order, handing over the literal runs and each `{{ name }}` placeholder
    /// (its trimmed name and the token as written).
    private static func scan(_ text: String, literal: (Substring) -> Void, placeholder: (String, Substring) -> Void) {
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            literal(rest[..<open.lowerBound])
            placeholder(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces),
                        rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        literal(rest)
    }
}

/// Why notice templates could not be used.
public enum NoticeError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadableTemplate(path: String)
    case unknownPlaceholder(path: String, placeholder: String)

    public var description: String {
        switch self {
        case .unreadableTemplate(let path):
            return "\(path): cannot read the notice template; it must be a UTF-8 text file."
        case .unknownPlaceholder(let path, let placeholder):
            return "\(path): unknown placeholder {{\(placeholder)}}. Known placeholders: "
                + NoticeTemplates.placeholders.sorted().map { "{{\($0)}}" }.joined(separator: ", ") + "."
        }
    }
}
