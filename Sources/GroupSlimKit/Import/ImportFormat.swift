import Foundation

/// The export formats GroupSlim reads. `auto` detects the format from the content.
public enum ImportFormat: String, CaseIterable, Sendable {
    case auto
    case canonical
    case teams
    case wechat
    case qq
    case whatsapp
    case slack
    case telegram
    case discord
    case mattermost
    case wecom

    /// The reader of this format; `nil` only for `auto`. Add a new format here and in the
    /// enum: detection tries every importer in the order of `allCases`.
    var importer: (any FormatImporter.Type)? {
        switch self {
        case .auto: return nil
        case .canonical: return CanonicalImporter.self
        case .teams: return TeamsImporter.self
        case .wechat: return WeChatImporter.self
        case .qq: return QQImporter.self
        case .whatsapp: return WhatsAppImporter.self
        case .slack: return SlackImporter.self
        case .telegram: return TelegramImporter.self
        case .discord: return DiscordImporter.self
        case .mattermost: return MattermostImporter.self
        case .wecom: return WeComImporter.self
        }
    }

    /// Detects the format of `url` from what is inside it, not from its name alone.
    /// - Throws: ``ImportError/unknownFormat(path:tried:)`` listing what was tried.
    public static func detect(_ url: URL) throws -> ImportFormat {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ImportError.pathNotFound(path: url.path)
        }
        // Plain loops: key paths over existential metatypes crash the 6.3 compiler.
        var tried: [String] = []
        for format in allCases {
            guard let importer = format.importer else { continue }
            if importer.recognizes(url) { return format }
            tried.append(importer.expectation)
        }
        throw ImportError.unknownFormat(path: url.path, tried: tried)
    }
}
