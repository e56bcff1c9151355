import Foundation
import ArgumentParser
import GroupSlimKit

extension ReportLanguage: ExpressibleByArgument {}

/// `--lang` and `--out`, shared by `plan` and `report`.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language: zh or en. Default: zh when most group names are Chinese.", valueName: "lang"))
    var lang: ReportLanguage?

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    /// The chosen language, or the one the group names are written in.
    func language(for plan: CleanupPlan) -> ReportLanguage {
        lang ?? ReportLanguage.detect(groupNames: plan.proposals.map(\.name))
    }

    func write(_ text: String) throws { try OutputDestination(path: out).write(text) }
}
