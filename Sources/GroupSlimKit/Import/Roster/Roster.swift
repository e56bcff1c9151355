import Foundation

/// The office's people directory (the canonical `people.csv`: member_id, name, unit, aliases)
/// used as a roster across platforms: each alias names one platform identity of the person, so
/// the same cadre in a WeChat, a QQ and a WhatsApp group is one person with one unit.
///
/// An alias is `platform:id` — `wechat:wxid_abc`, `qq:12345`, `whatsapp:+86 138 0013 8000`,
/// `whatsapp:张三` (a WhatsApp display name), `slack:U123` … — where `platform` is one of
/// ``platforms``. An alias without a known platform prefix is another canonical id, as in a
/// canonical import. WhatsApp phone numbers match whatever their spacing.
public struct Roster: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var memberID: String
        public var name: String?
        public var unit: String?
        /// (platform, id) pairs; platform `canonical` for bare aliases.
        public var identities: [Identity]
        public var line: Int
    }

    public struct Identity: Sendable, Equatable, Hashable {
        public var platform: String
        public var id: String
    }

    /// Platform prefixes an alias may carry (the importers' people namespaces).
    public static let platforms: Set<String> = ["wechat", "qq", "whatsapp", "wecom", "dingtalk", "slack", "telegram",
                                                "discord", "mattermost", "teams", "feishu", "lark", "canonical"]

    public var entries: [Entry]

    /// Reads `url` as a canonical people.csv.
    /// - Throws: ``ImportError`` for unreadable files, missing columns, or an alias given to two people.
    public static func load(_ url: URL) throws -> Roster {
        let file = url.path
        let reader = try CSVReader(url: url, displayName: file)
        guard let headerRecord = try reader.next() else {
            throw ImportError.emptyFile(file: file, expected: "a people.csv roster with the header member_id,name,unit,aliases")
        }
        let header = try HeaderMap(header: headerRecord, columns: CanonicalFile.people.columns, file: file)
        var entries: [Entry] = []
        var owners: [Identity: String] = [:]
        var seen = Set<String>()
        while let record = try reader.next() {
            if record.fields.count != header.fieldCount {
                throw ImportError.fieldCount(file: file, line: record.line, found: record.fields.count, expected: header.fieldCount)
            }
            let memberID = try header.required("member_id", in: record)
            guard seen.insert(memberID).inserted else {
                throw ImportError.badValue(file: file, line: record.line, column: "member_id", value: memberID,
                                           expected: "each person once in the roster")
            }
            var identities: [Identity] = []
            for alias in CanonicalImporter.splitTags(header.value("aliases", in: record)) {
                let identity = Roster.identity(alias)
                if let owner = owners[identity], owner != memberID {
                    throw ImportError.badValue(file: file, line: record.line, column: "aliases", value: alias,
                                               expected: "an identity that belongs to one person only (also listed for '\(owner)')")
                }
                owners[identity] = memberID
                if !identities.contains(identity) { identities.append(identity) }
            }
            entries.append(Entry(memberID: memberID, name: header.value("name", in: record), unit: header.value("unit", in: record),
                                 identities: identities, line: record.line))
        }
        return Roster(entries: entries)
    }

    /// `qq:12345` → (qq, 12345); `whatsapp:+86 138-0013-8000` → (whatsapp, +8613800138000);
    /// `A017` → (canonical, A017).
    public static func identity(_ alias: String) -> Identity {
        if let colon = alias.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            let platform = alias[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let id = alias[alias.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if platforms.contains(platform), !id.isEmpty {
                return Identity(platform: platform, id: platform == WhatsAppImporter.platform ? WhatsAppIdentity.key(id) : id)
            }
        }
        return Identity(platform: CanonicalImporter.identityNamespace, id: alias)
    }
}
