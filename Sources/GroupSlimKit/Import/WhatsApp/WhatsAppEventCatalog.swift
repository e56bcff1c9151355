import Foundation

/// The system lines WhatsApp writes, per phone language (en, de, es, fr, pt-BR, zh-CN), as
/// templates. A line no template matches is still kept, as a system message without an event.
///
/// Order matters inside a kind: the longer, more specific shape comes first.
enum WhatsAppEventCatalog {
    static let templates: [LineTemplate<WhatsAppEvent.Kind>] = [
        // Created.
        .init(.created, #"{a} created group "{n}""#), .init(.created, "{a} created this group"),
        .init(.created, #"{a} hat die Gruppe "{n}" erstellt"#), .init(.created, #"{a} hast die Gruppe "{n}" erstellt"#),
        .init(.created, #"{a} creó el grupo "{n}""#), .init(.created, #"Creaste el grupo "{n}""#),
        .init(.created, #"{a} a créé le groupe "{n}""#), .init(.created, #"{a} avez créé le groupe "{n}""#),
        .init(.created, #"{a} criou o grupo "{n}""#),
        .init(.created, #"{a}创建了群组"{n}""#), .init(.created, "{a}创建了此群组"), .init(.created, "{a}建立了此群組"),
        // Joined by link (before "added"/"joined" shapes that would swallow them).
        .init(.joinedByLink, "{a} joined using this group's invite link"), .init(.joinedByLink, "{a} joined using a group link"),
        .init(.joinedByLink, "{a} joined using this community's invite link"), .init(.joinedByLink, "{a} joined from the community"),
        .init(.joinedByLink, "{a} ist über den Einladungslink dieser Gruppe beigetreten"),
        .init(.joinedByLink, "{a} bist über den Einladungslink dieser Gruppe beigetreten"),
        .init(.joinedByLink, "{a} se unió usando el enlace de invitación de este grupo"),
        .init(.joinedByLink, "{a} se unió mediante el enlace de invitación de este grupo"),
        .init(.joinedByLink, "Te uniste mediante el enlace de invitación de este grupo"),
        .init(.joinedByLink, "{a} a rejoint ce groupe via le lien d'invitation"),
        .init(.joinedByLink, "{a} a rejoint le groupe via le lien d'invitation"),
        .init(.joinedByLink, "{a} entrou usando o link de convite deste grupo"), .init(.joinedByLink, "{a} entrou usando um link de grupo"),
        .init(.joinedByLink, "{a}通过此群组的邀请链接加入"), .init(.joinedByLink, "{a}已通过此群组的邀请链接加入"),
        .init(.joinedByLink, "{a}通过群组邀请链接加入了群组"), .init(.joinedByLink, "{a}加入了群组"), .init(.joinedByLink, "{a}加入群组"),
        .init(.joinedByLink, "{a}加入了群組"),
        // Added.
        .init(.added, "{t} was added"), .init(.added, "{t} were added"), .init(.added, "{a} added {t}"),
        .init(.added, "{t} wurde hinzugefügt"), .init(.added, "{t} wurden hinzugefügt"), .init(.added, "{a} hat {t} hinzugefügt"),
        .init(.added, "{a} hast {t} hinzugefügt"),
        .init(.added, "{a} te añadió"), .init(.added, "{a} añadió a {t}"), .init(.added, "Añadiste a {t}"),
        .init(.added, "{a} a ajouté {t}"), .init(.added, "{a} avez ajouté {t}"),
        .init(.added, "{a} adicionou {t}"),
        .init(.added, "{a}添加了{t}"), .init(.added, "{a}已添加{t}"), .init(.added, "{a}已新增{t}"),
        // Removed.
        .init(.removed, "{t} was removed"), .init(.removed, "{a} removed {t}"),
        .init(.removed, "{t} wurde entfernt"), .init(.removed, "{a} hat {t} entfernt"), .init(.removed, "{a} hast {t} entfernt"),
        .init(.removed, "{a} eliminó a {t}"), .init(.removed, "Eliminaste a {t}"),
        .init(.removed, "{a} a retiré {t}"), .init(.removed, "{a} avez retiré {t}"),
        .init(.removed, "{a} removeu {t}"),
        .init(.removed, "{a}移除了{t}"), .init(.removed, "{a}已将{t}移出群组"), .init(.removed, "{a}已移除{t}"),
        // Left.
        .init(.left, "{a} left the group"), .init(.left, "{a} left"),
        .init(.left, "{a} hat die Gruppe verlassen"), .init(.left, "{a} hast die Gruppe verlassen"),
        .init(.left, "{a} salió del grupo"), .init(.left, "Saliste del grupo"), .init(.left, "{a} salió"),
        .init(.left, "{a} a quitté le groupe"), .init(.left, "{a} est parti(e)"), .init(.left, "{a} est parti"),
        .init(.left, "{a} est partie"), .init(.left, "{a} êtes parti(e)"),
        .init(.left, "{a} saiu do grupo"), .init(.left, "{a} saiu"),
        .init(.left, "{a}退出了群组"), .init(.left, "{a}已退出群组"), .init(.left, "{a}已退出"), .init(.left, "{a}已離開群組"),
        // Subject (the group's name).
        .init(.subjectChanged, #"{a} changed the subject from "{x}" to "{n}""#), .init(.subjectChanged, #"{a} changed the subject to "{n}""#),
        .init(.subjectChanged, #"{a} changed the group name from "{x}" to "{n}""#), .init(.subjectChanged, #"{a} changed the group name to "{n}""#),
        .init(.subjectChanged, #"{a} hat den Betreff von "{x}" zu "{n}" geändert"#), .init(.subjectChanged, #"{a} hat den Betreff zu "{n}" geändert"#),
        .init(.subjectChanged, #"{a} hast den Betreff von "{x}" zu "{n}" geändert"#),
        .init(.subjectChanged, #"{a} cambió el asunto de "{x}" a "{n}""#), .init(.subjectChanged, #"{a} cambió el asunto a "{n}""#),
        .init(.subjectChanged, #"{a} cambió el nombre del grupo de "{x}" a "{n}""#),
        .init(.subjectChanged, #"{a} a changé le sujet de "{x}" en "{n}""#), .init(.subjectChanged, #"{a} a changé le sujet en "{n}""#),
        .init(.subjectChanged, #"{a} mudou o assunto de "{x}" para "{n}""#), .init(.subjectChanged, #"{a} mudou o nome de "{x}" para "{n}""#),
        .init(.subjectChanged, #"{a} mudou o assunto para "{n}""#),
        .init(.subjectChanged, #"{a}将群组名称从"{x}"更改为"{n}""#), .init(.subjectChanged, #"{a}更改了本群组的名称为"{n}""#),
        .init(.subjectChanged, #"{a}更改了群组名称为"{n}""#),
        // Description, icon, settings, admin, number.
        .init(.descriptionChanged, "{a} changed the group description"), .init(.descriptionChanged, "{a} deleted the group description"),
        .init(.descriptionChanged, "{a} hat die Gruppenbeschreibung geändert"), .init(.descriptionChanged, "{a} cambió la descripción del grupo"),
        .init(.descriptionChanged, "{a} a modifié la description du groupe"), .init(.descriptionChanged, "{a} mudou a descrição do grupo"),
        .init(.descriptionChanged, "{a}更改了本群组的描述"), .init(.descriptionChanged, "{a}更改了群组描述"),
        .init(.iconChanged, "{a} changed this group's icon"), .init(.iconChanged, "{a} deleted this group's icon"),
        .init(.iconChanged, "{a} changed the group icon"), .init(.iconChanged, "{a} hat das Gruppenbild geändert"),
        .init(.iconChanged, "{a} cambió el ícono de este grupo"), .init(.iconChanged, "{a} cambió la imagen de este grupo"),
        .init(.iconChanged, "{a} a changé l'icône de ce groupe"), .init(.iconChanged, "{a} mudou a imagem deste grupo"),
        .init(.iconChanged, "{a}更改了本群组的图标"), .init(.iconChanged, "{a}更改了此群组的图标"),
        .init(.settingsChanged, "{a} changed this group's settings{x}"), .init(.settingsChanged, "{a} changed the settings{x}"),
        .init(.becameAdmin, "You're now an admin"), .init(.becameAdmin, "Du bist jetzt ein Admin"),
        .init(.becameAdmin, "Ahora eres admin"), .init(.becameAdmin, "Vous êtes désormais admin"), .init(.becameAdmin, "Agora você é admin"),
        .init(.becameAdmin, "你现在是管理员"),
        .init(.numberChanged, "{a} changed their phone number{x}"), .init(.numberChanged, "{a} changed to {x}"),
        .init(.numberChanged, "{a} hat zu {x} gewechselt"), .init(.numberChanged, "{a} cambió su número{x}"),
        .init(.securityCodeChanged, "{a}'s security code changed{x}"), .init(.securityCodeChanged, "Your security code with {a} changed{x}"),
        .init(.securityCodeChanged, "Die Sicherheitsnummer von {a} hat sich geändert{x}"),
        .init(.securityCodeChanged, "Cambió el código de seguridad de {a}{x}"), .init(.securityCodeChanged, "Le code de sécurité de {a} a changé{x}"),
        .init(.securityCodeChanged, "O código de segurança de {a} mudou{x}"), .init(.securityCodeChanged, "{a}的安全码已更改{x}"),
    ]

    /// Fragments of the end-to-end encryption notice, which may even carry an author prefix.
    static let encryptionFragments: [[UInt8]] = [
        "end-to-end encrypted", "end-to-end encryption", "Ende-zu-Ende-verschlüsselt", "Ende-zu-Ende-Verschlüsselung",
        "cifrados de extremo a extremo", "cifrado de extremo a extremo", "chiffrés de bout en bout", "protegidas com a criptografia de ponta a ponta",
        "criptografia de ponta a ponta", "端到端加密", "端對端加密",
    ].map { Array($0.utf8) }

    /// Words that stand for the exporting user, whose name the file does not give.
    static let youWords: Set<String> = ["you", "You", "YOU", "Du", "du", "dich", "Te", "te", "Vous", "vous", "Você", "você",
                                        "Tú", "tú", "你", "您"]

    /// Whether `text` is the end-to-end encryption notice, which may come with an author prefix.
    static func isEncryptionNotice(_ text: String) -> Bool {
        // Every fragment is longer than 5 bytes; ordinary short messages skip the searches.
        text.utf8.count > 5 && encryptionFragments.contains(where: { TextFolding.containsBytes(text, $0) })
    }

    /// Reads a system line (a header without an author).
    static func event(in body: String) -> WhatsAppEvent? {
        if isEncryptionNotice(body) {
            return WhatsAppEvent(kind: .encryptionNotice, actor: nil, targets: [], newName: nil)
        }
        var text = TextFolding.straightenQuotes(body).trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "." || last == "。" { text.removeLast() }
        for template in templates {
            guard let captures = template.match(text) else { continue }
            let actor = captures["a"].flatMap { youWords.contains($0) ? nil : $0 }
            let targets = captures["t"].map(splitNames)?.filter { !youWords.contains($0) } ?? []
            return WhatsAppEvent(kind: template.kind, actor: actor, targets: targets, newName: captures["n"])
        }
        return nil
    }

    /// Splits "Mom, Dad and Jake" (and the other languages' "and") into names.
    static func splitNames(_ list: String) -> [String] {
        var names = [list]
        for separator in [", ", "，", "、", " and ", " und ", " y ", " e ", " et ", "和"] {
            names = names.flatMap { $0.components(separatedBy: separator) }
        }
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
