/// Why a decision could not be recorded. Each message says what to give instead.
public enum DecisionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownGroup(id: String)
    case ambiguousGroup(id: String, platforms: [String])
    case missingOption(kind: DecisionKind, option: String, why: String)
    case unexpectedOption(kind: DecisionKind, option: String)
    case badDate(option: String, value: String)
    case untilNotAfterDate(until: String, date: String)
    case mergedIntoItself(id: String)

    public var description: String {
        switch self {
        case .unknownGroup(let id):
            return "No group has the id '\(id)'. `groupslim analyze` lists the ids."
        case .ambiguousGroup(let id, let platforms):
            return "'\(id)' names a group on several platforms (\(platforms.joined(separator: ", "))); write it as platform:\(id)."
        case .missingOption(let kind, let option, let why):
            return "`decide … \(kind.rawValue)` needs \(option): \(why)."
        case .unexpectedOption(let kind, let option):
            return "\(option) does not apply to `decide … \(kind.rawValue)`."
        case .badDate(let option, let value):
            return "\(option) '\(value)' is not a date; write it as YYYY-MM-DD."
        case .untilNotAfterDate(let until, let date):
            return "--until \(until) must be after the decision date \(date)."
        case .mergedIntoItself(let id):
            return "A group cannot be merged into itself ('\(id)'); --into names the surviving group."
        }
    }
}
