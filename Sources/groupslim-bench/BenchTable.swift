import Foundation
import GroupSlimKit

/// Prints the rows as one aligned table (the form the README quotes).
enum BenchTable {
    static func render(_ rows: [BenchRow]) -> [String] {
        let quality = rows.compactMap(\.quality)
        let speed = rows.filter { $0.quality == nil }
        var lines = speed.isEmpty ? [] : renderSpeed(speed)
        if !quality.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Verdict quality against ground truth (precision: of the groups given the verdict where the truth decides, how many should have it; recall: of the planted ones, how many were found)")
            lines += TextTable.render(
                header: ["district", "verdict", "planted", "found", "wrongly given", "precision", "recall", "note"],
                rows: quality.map { q in
                    [q.dataset, q.verdict, "\(q.planted)", "\(q.found)", "\(q.wrong)",
                     q.precision.map { String(format: "%.2f", $0) } ?? "–", q.recall.map { String(format: "%.2f", $0) } ?? "–", q.note]
                })
        }
        return lines
    }

    private static func renderSpeed(_ rows: [BenchRow]) -> [String] {
        let header = ["benchmark", "size", "GroupSlim", "baseline (same run)", "ratio", "peak RSS", "target", "note"]
        let cells = rows.map { row -> [String] in
            let baseline = row.baselineValue.map { "\(number($0)) \(row.unit) — \(row.baseline)" }
                ?? "unavailable — \(row.baseline)"
            let target = row.target.map { "\($0) \(row.meetsTarget == true ? "✔" : row.meetsTarget == false ? "✘" : "")" } ?? ""
            return [row.benchmark, row.size, "\(number(row.value)) \(row.unit)", baseline,
                    row.ratio.map { "\(number($0))×" } ?? "–", row.peakRSSMiB.map { "\(Int($0.rounded())) MiB" } ?? "",
                    target, row.note]
        }
        return TextTable.render(header: header, rows: cells)
    }

    /// Three significant figures at most, thousands grouped, so columns stay readable.
    static func number(_ value: Double) -> String {
        if value >= 1_000 {
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.maximumFractionDigits = 0
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.usesGroupingSeparator = true
            formatter.groupingSeparator = ","
            return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value.rounded()))
        }
        if value >= 100 { return String(Int(value.rounded())) }
        if value >= 10 { return String(format: "%.1f", value) }
        if value >= 0.01 { return String(format: "%.2f", value) }
        return String(format: "%.4f", value)
    }

    static func count(_ value: Int) -> String { number(Double(value)) }
}
