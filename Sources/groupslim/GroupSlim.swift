import ArgumentParser

/// The `groupslim` command: parses arguments, calls GroupSlimKit, prints. No analysis lives here.
@main
struct GroupSlim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groupslim",
        abstract: "Audit chat work-groups and propose which to dissolve and which to merge.",
        discussion: """
            GroupSlim reads the exports offices already have (chat groups, members, message times and \
            kinds), stores them in a local SQLite database, and measures every group.

            The whole job in one command (reports and a database in ./report):
              groupslim audit Examples/district --out report

            A first session, step by step:
              groupslim import Examples/district          # read a canonical export folder
              groupslim stats                             # what the database now holds
              groupslim analyze                           # every group with its verdicts
              groupslim plan                              # the dry-run cleanup plan
              groupslim report --format html --out r.html # the report leaders read
              groupslim sample --out my-district          # generate a realistic test district

            Every month, with the new export, into the same folder (回头看):
              groupslim audit exports/2026-07 --out report
              groupslim diff --db report/groupslim.db          # what changed
              groupslim decide g00022 dissolved --db report/groupslim.db

            Everything runs locally; nothing is sent anywhere and nothing is changed on any platform.
            """,
        version: "0.1.0",
        subcommands: [ImportCommand.self, StatsCommand.self, AnalyzeCommand.self, ExplainCommand.self, PlanCommand.self,
                      ReportCommand.self, AuditCommand.self, DecideCommand.self, HistoryCommand.self,
                      DiffCommand.self, PolicyCommand.self, SampleCommand.self]
    )
}
