/// One benchmark of the suite: measures GroupSlim and a baseline in the same run and returns
/// table rows.
protocol Benchmark: Sendable {
    /// The name `--only` selects it by.
    static var name: String { get }
    init()
    func run(_ context: BenchContext) throws -> [BenchRow]
}

/// Every benchmark, in the order they run.
enum BenchmarkCatalog {
    static let all: [any Benchmark.Type] = [
        CanonicalImportBenchmark.self, ExportImportBenchmark.self, SimilarityJoinBenchmark.self,
        MinHashComparisonBenchmark.self, EndToEndBenchmark.self, VerdictQualityBenchmark.self,
    ]
    static var names: [String] { all.map { $0.name } }
}
