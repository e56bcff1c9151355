import Foundation

/// Why a rules file was refused. Every case names the place in the file (a dotted path such as
/// `acknowledgement.phrases[3]`) so an office can fix its own table without reading our code.
public enum ContentRulesError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The bytes are not JSON at all (a syntax error, an empty file, the wrong encoding).
    case malformedJSON(detail: String)
    /// A key we do not know. Refused rather than ignored, because a misspelt section would
    /// otherwise silently leave the built-in rules in force.
    case unknownKey(path: String, known: [String])
    /// A value of the wrong JSON type (a string where a list of strings belongs …).
    case wrongType(path: String, expected: String)
    /// A value of the right type that cannot work (an empty phrase, a negative limit …).
    case invalidValue(path: String, reason: String)
    /// A table written for another format version.
    case unsupportedVersion(found: Int, supported: Int)

    public var description: String {
        switch self {
        case .malformedJSON(let detail):
            return "content rules: not valid JSON: \(detail)"
        case .unknownKey(let path, let known):
            return "content rules: unknown key '\(path)'; expected one of: \(known.joined(separator: ", "))"
        case .wrongType(let path, let expected):
            return "content rules: '\(path)' must be \(expected)"
        case .invalidValue(let path, let reason):
            return "content rules: '\(path)': \(reason)"
        case .unsupportedVersion(let found, let supported):
            return "content rules: version \(found) is not supported (this build reads version \(supported))"
        }
    }

    public var errorDescription: String? { description }

    /// Turns Foundation's decoding errors into ours, keeping the path but dropping the Swift type
    /// names a rules author has never seen.
    static func from(_ error: any Error) -> ContentRulesError {
        if let own = error as? ContentRulesError { return own }
        guard let decoding = error as? DecodingError else {
            return .malformedJSON(detail: String(describing: error))
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            return .wrongType(path: dottedPath(context.codingPath), expected: jsonName(of: type))
        case .valueNotFound(let type, let context):
            return .wrongType(path: dottedPath(context.codingPath), expected: jsonName(of: type) + " (not null)")
        case .keyNotFound(let key, let context):
            return .invalidValue(path: dottedPath(context.codingPath + [key]), reason: "this key is required here")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return .malformedJSON(detail: underlying ?? context.debugDescription)
            }
            return .invalidValue(path: dottedPath(context.codingPath), reason: context.debugDescription)
        @unknown default:
            return .malformedJSON(detail: String(describing: decoding))
        }
    }

    static func dottedPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue, key.stringValue == "Index \(index)" || key.stringValue == "\(index)" {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    private static func jsonName(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "a list of strings"
        case is [Any].Type: return "a list"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") { return "a list" }
            if name.hasPrefix("Dictionary<") { return "an object" }
            return "an object"
        }
    }
}
