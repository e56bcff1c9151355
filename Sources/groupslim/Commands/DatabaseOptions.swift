import ArgumentParser

/// The `--db` option every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The GroupSlim database file.", valueName: "file"))
    var db: String = "groupslim.db"
}
