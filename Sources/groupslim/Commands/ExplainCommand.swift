import ArgumentParser
import GroupSlimKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every signal of one group next to its threshold, and why it got (or did not get) each verdict.")

    @Argument(help: ArgumentHelp("The group's id as the export gave it (or platform:id).", valueName: "group"))
    var group: String

    @OptionGroup var options: AnalysisOptions

    func run() throws {
        let result = try options.analyze()
        guard let analysis = result.group(group) else { throw AnalysisError.unknownGroup(id: group) }
        print(ExplainRenderer.text(analysis, in: result))
    }
}
