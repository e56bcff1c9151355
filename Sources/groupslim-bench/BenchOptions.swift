import Foundation

/// The command line of groupslim-bench:
///
///     groupslim-bench [--quick] [--json FILE] [--only NAME[,NAME…]] [--work-dir DIR] [--keep]
///
/// Kept hand-parsed (the bench has no dependency beyond GroupSlimKit).
struct BenchOptions {
    var quick = false
    var jsonPath = "bench-results.json"
    var only: Set<String> = []
    var workDirectory: String?
    var keepWork = false
    /// Internal: run one benchmark in this process and write its rows to `rowsPath` (the parent
    /// runs each benchmark so, for a clean memory peak and no state carried between them).
    var child: String?
    var rowsPath: String?

    static let usage = """
        usage: groupslim-bench [--quick] [--json FILE] [--only NAME[,NAME…]] [--work-dir DIR] [--keep]
          --quick      small sizes only (a minute or two)
          --json FILE  where to write the figures (default bench-results.json)
          --only       run only these benchmarks: \(BenchmarkCatalog.names.joined(separator: ", "))
          --work-dir   folder for generated districts and databases (default: a new temp folder)
          --keep       keep the work folder afterwards
        """

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        func value(for flag: String) throws -> String {
            guard let next = remaining.popFirst() else { throw UsageError(description: "\(flag) needs a value\n\(BenchOptions.usage)") }
            return next
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--keep": keepWork = true
            case "--json": jsonPath = try value(for: argument)
            case "--work-dir": workDirectory = try value(for: argument)
            case "--only":
                let names = try value(for: argument).split(separator: ",").map(String.init)
                for name in names where !BenchmarkCatalog.names.contains(name) {
                    throw UsageError(description: "unknown benchmark '\(name)'\n\(BenchOptions.usage)")
                }
                only.formUnion(names)
            case "--child": child = try value(for: argument)
            case "--rows-out": rowsPath = try value(for: argument)
            case "--help", "-h": throw UsageError(description: BenchOptions.usage)
            default: throw UsageError(description: "unknown option '\(argument)'\n\(BenchOptions.usage)")
            }
        }
    }

    func includes(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
}
