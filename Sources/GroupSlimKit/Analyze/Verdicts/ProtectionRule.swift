/// What protects a group, so every report can say which rule did (an office that disagrees must
/// know whether to change the export's flag, the policy's exemptions or its protection words).
public enum ProtectionRule: Sendable, Equatable, Codable {
    /// Marked protected in the export.
    case marked
    /// The policy's `exemptions`: an id, or a name pattern.
    case exemption(String)
    /// A `protected_words` word in the name, tags, topic or channel purpose.
    case word(String)

    /// English, as `explain` and the English reports say it.
    public var text: String {
        switch self {
        case .marked: return "marked protected by the office"
        case .exemption(let rule): return "exempted by policy (\(rule))"
        case .word(let word): return "its name, tags or purpose mark emergency or duty work ('\(word)', policy protected_words)"
        }
    }
}
