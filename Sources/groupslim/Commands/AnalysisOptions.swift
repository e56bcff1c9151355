import ArgumentParser
import Foundation
import GroupSlimKit

/// Options shared by every command that analyzes: the database, the as-of instant, the policy.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    @OptionGroup var instant: PolicyOptions

    func loadPolicy() throws -> AnalysisPolicy { try instant.loadPolicy() }

    func openStore() throws -> GroupStore {
        guard FileManager.default.fileExists(atPath: database.db) else {
            throw CLIError("\(database.db) does not exist. Import an export first: groupslim import PATH --db \(database.db)")
        }
        return try GroupStore(path: database.db)
    }

    /// Runs the analysis with these options.
    func analyze() throws -> AnalysisResult {
        try analyze(try openStore())
    }

    /// Runs the analysis on an already open store.
    func analyze(_ store: GroupStore) throws -> AnalysisResult { try instant.analyze(store) }
}

/// The `--as-of` and `--policy` options, shared by the commands that analyze a database and by
/// `audit`, which makes its own database.
struct PolicyOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Analyze as of this date or time (a bare date means the end of that day). Default: the latest message in the database.",
        valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("A JSON policy file; keys left out keep their defaults (see `groupslim policy`).",
                               valueName: "file"))
    var policy: String?

    func loadPolicy() throws -> AnalysisPolicy {
        try policy.map(AnalysisPolicy.load(path:)) ?? AnalysisPolicy()
    }

    /// Runs the analysis on `store` with these options.
    func analyze(_ store: GroupStore) throws -> AnalysisResult {
        let policy = try loadPolicy()
        var analyzer = Analyzer(policy: policy)
        if let asOf {
            analyzer.asOf = try AsOfParser.parse(asOf, store: store, policy: policy)
        }
        return try analyzer.run(store)
    }
}

/// Reads `--as-of` in the analysis zone; a bare date covers that whole day.
enum AsOfParser {
    static func parse(_ text: String, store: GroupStore, policy: AnalysisPolicy) throws -> Int64 {
        let zone = try Analyzer.analysisZone(store, policy: policy)
        guard let parsed = TimestampParser(timeZone: zone).parse(text) else { throw AnalysisError.badAsOf(value: text) }
        return parsed.isDateOnly ? parsed.milliseconds + 86_400_000 - 1 : parsed.milliseconds
    }
}
