import Foundation

/// The export formats GroupSlim reads. `auto` detects the format from the content.
public enum ImportFormat: String, CaseIterable, Sendable {
    case auto
    case canonical

    /// Detects the format of `url` from what is inside it, not from its name alone.
    /// - Throws: ``ImportError/unknownFormat(path:tried:)`` listing what was tried.
    public static func detect(_ url: URL) throws -> ImportFormat {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ImportError.pathNotFound(path: url.path)
        }
        if isFolder.boolValue, CanonicalImporter.locate(.groups, in: url) != nil { return .canonical }
        throw ImportError.unknownFormat(
            path: url.path, tried: ["canonical (a folder with groups.csv, members.csv, messages.csv)"])
    }
}
