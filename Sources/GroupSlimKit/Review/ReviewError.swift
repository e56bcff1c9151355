/// Why a follow-up review could not be made.
public enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownRun(id: Int64, known: [Int64])
    case notEnoughRuns(found: Int)

    public var description: String {
        switch self {
        case .unknownRun(let id, let known):
            let list = known.isEmpty ? "none yet" : known.map(String.init).joined(separator: ", ")
            return "No recorded plan has id \(id) (recorded: \(list)). `groupslim history` lists them."
        case .notEnoughRuns(let found):
            return "A follow-up review compares two recorded plans, and \(found == 0 ? "none is" : "only one is") recorded. "
                + "Run `groupslim plan` (or `audit`) after each new export; then `groupslim diff`."
        }
    }
}
