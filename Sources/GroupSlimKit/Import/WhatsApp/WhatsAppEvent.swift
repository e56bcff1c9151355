/// A WhatsApp system line understood: what happened and to whom. Names are as the exporting
/// phone showed them (contact names or phone numbers); "you" is the exporter, whose own name the
/// file does not give, so it is left out of membership.
struct WhatsAppEvent: Equatable {
    enum Kind: String, CaseIterable, Sendable {
        case created, added, removed, left, joinedByLink, subjectChanged, descriptionChanged, iconChanged
        case securityCodeChanged, encryptionNotice, numberChanged, becameAdmin, deleted, settingsChanged
    }

    var kind: Kind
    /// Who did it, when the line names someone other than "you".
    var actor: String?
    /// Who it was done to (added, removed).
    var targets: [String]
    /// The new group name, for created and subject changes.
    var newName: String?
}
