import Foundation

/// Drafts one notice per affected group (dissolve, merge, review, and survivors of a merge) from
/// the templates. Notices are plain text meant to be pasted into a chat or a letter, so values
/// are inserted as they are; they are files on the office's own disk, never rendered as HTML.
public struct NoticeWriter {
    public let templates: NoticeTemplates

    public init(templates: NoticeTemplates = NoticeTemplates()) { self.templates = templates }

    /// File name → notice text, for every affected group, sorted by file name.
    public func notices(_ context: ReportContext) -> [(fileName: String, text: String)] {
        let s = context.strings
        let names = Dictionary(uniqueKeysWithValues: context.plan.proposals.map { ($0.groupID, $0.name) })
        let clusters = context.plan.proposedMerges
        var result: [(fileName: String, text: String)] = []
        for row in context.rows {
            let proposal = row.proposal
            guard let kind = NoticeKind(proposal) else { continue }
            let clusterKey = kind == .survivor ? proposal.groupID : proposal.mergeInto
            let cluster = clusterKey.flatMap { clusters[$0] }
            let values: [String: String] = [
                "group_id": proposal.groupID,
                "group_name": proposal.name,
                "owner_unit": proposal.ownerUnit ?? "",
                "as_of": context.asOfText,
                "verdicts": s.verdicts(proposal.verdicts),
                "evidence": proposal.reasons.map { "- " + s.reason($0) }.joined(separator: "\n"),
                "merge_into": proposal.mergeInto ?? "",
                "merge_into_name": proposal.mergeInto.flatMap { names[$0] } ?? "",
                "merged_groups": cluster.map { s.list($0.merged.map { NoticeWriter.label(names[$0] ?? $0, $0, context.language) }) } ?? "",
                "members": "\(row.group.signals.memberCount)",
                "members_affected": "\(proposal.membersAffected.count)",
                "expected_messages_per_day": cluster.map { Measure.decimal($0.expectedMessagesPerDay, places: 1) } ?? "",
            ]
            let text = NoticeTemplates.fill(templates.template(kind, context.language), values)
            result.append(("\(kind.rawValue)-\(NoticeWriter.safeFileName(proposal.platform))-\(NoticeWriter.safeFileName(proposal.groupID)).txt", text))
        }
        return result.sorted { $0.fileName < $1.fileName }
    }

    /// "name（id）" in Chinese, "name (id)" in English.
    static func label(_ name: String, _ id: String, _ language: ReportLanguage) -> String {
        language == .zh ? "“\(name)”（\(id)）" : "\"\(name)\" (\(id))"
    }

    /// Letters, digits, `.`, `_` and `-` kept; anything else (slashes, spaces) becomes `_`.
    static func safeFileName(_ text: String) -> String {
        let cleaned = String(text.unicodeScalars.map { scalar -> Character in
            let allowed = (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))) || scalar == "." || scalar == "_" || scalar == "-"
            return allowed ? Character(scalar) : "_"
        })
        return cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
    }
}
