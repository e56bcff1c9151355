import ArgumentParser
import Foundation
import GroupSlimKit

/// `--pseudonymize` for every command that shows people (plan, report, audit).
struct PseudonymOptions: ParsableArguments {
    @Flag(help: """
        Replace people's names and ids with stable pseudonyms (成员 P-7KQ2MD) for sharing outside the office. \
        Units and groups are kept.
        """)
    var pseudonymize = false

    @Option(help: ArgumentHelp("""
        Secret key for --pseudonymize: the same key gives the same pseudonyms in every database. \
        Default: $GROUPSLIM_PSEUDONYM_KEY, else a random key kept in this database.
        """, valueName: "key"))
    var pseudonymKey: String?

    /// The plan as it may be shown: pseudonymized when asked.
    func shareable(_ plan: CleanupPlan, store: GroupStore) throws -> CleanupPlan {
        guard pseudonymize else { return plan }
        let key = pseudonymKey ?? ProcessInfo.processInfo.environment["GROUPSLIM_PSEUDONYM_KEY"]
        return plan.pseudonymized(with: try Pseudonymizer.forStore(store, key: key))
    }

}
