/// The language a report is written in. Chinese is the default when the data is Chinese (most
/// group names contain Chinese characters), English otherwise.
public enum ReportLanguage: String, CaseIterable, Sendable, Codable {
    case zh, en

    /// Chinese when at least half of the group names contain a CJK character.
    public static func detect(groupNames: [String]) -> ReportLanguage {
        guard !groupNames.isEmpty else { return .en }
        let chinese = groupNames.filter { name in name.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }.count
        return chinese * 2 >= groupNames.count ? .zh : .en
    }

    public var strings: ReportStrings { ReportStrings(language: self) }
}
