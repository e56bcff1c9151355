import Foundation

/// Output formats of `groupslim analyze`.
public enum AnalysisFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// Renders an ``AnalysisResult`` as a terminal table, JSON or CSV. Pure functions of the result:
/// the same analysis always renders to the same bytes.
public enum AnalysisRenderer {
    public static func render(_ result: AnalysisResult, as format: AnalysisFormat) throws -> String {
        switch format {
        case .table: return table(result)
        case .json: return try json(result)
        case .csv: return csv(result)
        }
    }

    // MARK: - Table

    public static func table(_ result: AnalysisResult) -> String {
        let zone = TimeZone(identifier: result.timeZone) ?? TimeZone(identifier: "UTC")!
        var lines = ["As of \(TimeFormatting.iso(result.asOf, zone: zone)) — \(result.groups.count) groups"]
        let header = ["id", "name", "members", "msgs", "last substantive", "verdicts"]
        let rows = result.groups.map { group -> [String] in
            let last = group.signals.lastSubstantiveAt.map { TimeFormatting.date($0, zone: zone) } ?? "never"
            let verdicts = group.verdicts.map(\.rawValue).joined(separator: ", ")
            return [group.profile.sourceID, group.profile.name, "\(group.signals.memberCount)", "\(group.signals.messages)",
                    last, verdicts.isEmpty ? "-" : verdicts]
        }
        lines.append(contentsOf: TextTable.render(header: header, rows: rows))
        var counts: [VerdictKind: Int] = [:]
        for group in result.groups { for verdict in group.verdicts { counts[verdict, default: 0] += 1 } }
        let summary = VerdictKind.allCases.compactMap { kind in counts[kind].map { "\(kind.rawValue) \($0)" } }
        lines.append("")
        lines.append("Verdicts: " + (summary.isEmpty ? "none" : summary.joined(separator: ", ")))
        lines.append("Cross-posted notices: \(result.crossPostedNotices). Use `groupslim explain ID` for the evidence.")
        return lines.joined(separator: "\n")
    }

    // MARK: - JSON

    struct JSONDocument: Encodable {
        var asOf: String
        var timeZone: String
        var groups: [JSONGroup]
        var pairs: [PairSimilarity]
        var crossPostedNotices: Int
    }

    struct JSONGroup: Encodable {
        var id: String
        var platform: String
        var name: String
        var ownerUnit: String?
        var purposeTags: [String]
        var verdicts: [String]
        var evidence: [String: JSONEvidence]
        var signals: GroupSignals
    }

    struct JSONEvidence: Encodable {
        var granted: Bool
        /// `false` when the data could not decide this verdict (the reason says why).
        var judged: Bool
        var reason: String
        var measures: [Measure]
        var related: [String]
    }

    public static func json(_ result: AnalysisResult) throws -> String {
        let zone = TimeZone(identifier: result.timeZone) ?? TimeZone(identifier: "UTC")!
        let document = JSONDocument(
            asOf: TimeFormatting.iso(result.asOf, zone: zone), timeZone: result.timeZone,
            groups: result.groups.map { group in
                JSONGroup(
                    id: group.profile.sourceID, platform: group.profile.platform, name: group.profile.name,
                    ownerUnit: group.profile.ownerUnit, purposeTags: group.profile.tags,
                    verdicts: group.verdicts.map(\.rawValue),
                    evidence: Dictionary(uniqueKeysWithValues: group.checks.map {
                        ($0.verdict.rawValue, JSONEvidence(granted: $0.granted, judged: $0.judged, reason: $0.reason,
                                                           measures: $0.measures.map(rounded), related: $0.related))
                    }),
                    signals: roundedSignals(group.signals))
            },
            pairs: result.pairs.map(roundedPair), crossPostedNotices: result.crossPostedNotices)
        return try StableJSON.text(document)
    }

    private static func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    private static func rounded(_ measure: Measure) -> Measure {
        var copy = measure
        copy.value = round4(measure.value)
        copy.threshold = measure.threshold.map(round4)
        return copy
    }

    private static func roundedSignals(_ signals: GroupSignals) -> GroupSignals {
        var copy = signals
        copy.ageDays = round4(signals.ageDays)
        copy.daysSinceSubstantive = round4(signals.daysSinceSubstantive)
        copy.topPosterShare = round4(signals.topPosterShare)
        copy.afterHoursShare = round4(signals.afterHoursShare)
        copy.weekendShare = round4(signals.weekendShare)
        return copy
    }

    private static func roundedPair(_ pair: PairSimilarity) -> PairSimilarity {
        var copy = pair
        copy.jaccard = round4(pair.jaccard)
        copy.containmentOfAInB = round4(pair.containmentOfAInB)
        copy.containmentOfBInA = round4(pair.containmentOfBInA)
        copy.nameSimilarity = round4(pair.nameSimilarity)
        return copy
    }

    // MARK: - CSV

    public static func csv(_ result: AnalysisResult) -> String {
        let zone = TimeZone(identifier: result.timeZone) ?? TimeZone(identifier: "UTC")!
        var writer = CSVWriter(neutralizeFormulas: true)
        writer.appendRow(["id", "platform", "name", "owner_unit", "verdicts", "members", "messages", "substantive_messages",
                          "last_substantive", "days_since_substantive", "related"])
        for group in result.groups {
            let related = Set(group.checks.filter(\.granted).flatMap(\.related)).sorted()
            writer.appendRow([
                group.profile.sourceID, group.profile.platform, group.profile.name, group.profile.ownerUnit ?? "",
                group.verdicts.map(\.rawValue).joined(separator: ";"), "\(group.signals.memberCount)",
                "\(group.signals.messages)", "\(group.signals.substantiveMessages)",
                group.signals.lastSubstantiveAt.map { TimeFormatting.date($0, zone: zone) } ?? "",
                "\(Int(group.signals.daysSinceSubstantive))", related.joined(separator: ";"),
            ])
        }
        return "\u{FEFF}" + writer.output
    }
}
