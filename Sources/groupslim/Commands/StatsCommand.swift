import ArgumentParser
import Foundation
import GroupSlimKit

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the database holds: groups, people and bots (apart), one-to-one chats skipped, memberships, messages, per platform, time span.")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: database.db) else {
            throw CLIError("\(database.db) does not exist. Import something first: groupslim import PATH --db \(database.db)")
        }
        let statistics = try GroupStore(path: database.db).statistics()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(statistics), as: UTF8.self))
        } else {
            print(ImportReport.text(statistics))
        }
    }
}
