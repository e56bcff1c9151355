/// A benchmark that could not produce a trustworthy figure (a wrong count, a missing file).
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}
