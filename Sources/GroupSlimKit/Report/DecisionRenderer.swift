/// Text for the decisions ledger (`groupslim decide --list` and confirmations).
public enum DecisionRenderer {
    /// One line confirming a recorded decision.
    public static func line(_ decision: Decision) -> String {
        var text = "Recorded: \(decision.platform):\(decision.groupID) \(decision.kind.rawValue)"
        if let into = decision.intoGroupID { text += " into \(into)" }
        text += " on \(decision.decidedOn)"
        if let until = decision.until { text += ", until \(until)" }
        if let reason = decision.reason { text += " — \(reason)" }
        if !decision.evidence.isEmpty { text += " (evidence then: \(decision.evidence.map(\.rawValue).joined(separator: ", ")))" }
        return text
    }

    /// The whole ledger with, for each decision in force, what it means now.
    public static func text(_ decisions: [Decision], rulings: [Int64: (decision: Decision, ruling: LedgerRuling)]) -> String {
        guard !decisions.isEmpty else { return "The decisions ledger is empty. Record one with `groupslim decide GROUP keep|dissolved|merged|reject`." }
        var rows: [[String]] = []
        for decision in decisions {
            let inForce = rulings[decision.groupRowID].map { $0.decision.id == decision.id } ?? false
            rows.append([
                "\(decision.platform):\(decision.groupID)", decision.kind.rawValue, decision.decidedOn,
                decision.until ?? decision.intoGroupID ?? "", decision.reason ?? "",
                inForce ? ReportLanguage.en.strings.ledger(rulings[decision.groupRowID]!.ruling) : "superseded",
            ])
        }
        let header = ["group", "decision", "on", "until/into", "reason", "now"]
        return TextTable.render(header: header, rows: rows).joined(separator: "\n")
    }
}
