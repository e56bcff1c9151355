import Foundation

/// What a WhatsApp message body says about its kind: the "omitted" placeholders of exports
/// without media, the attachment lines of exports with media, locations and deleted messages.
enum WhatsAppMedia {
    /// Android "without media" placeholders. They do not say which medium, so they are stored
    /// as `file`: calling them photos would inflate the scene-photo share of check-in verdicts.
    static let unknownMedia: Set<String> = [
        "<Media omitted>", "<Medien ausgeschlossen>", "<Medien weggelassen>", "<Multimedia omitido>", "<Archivo omitido>",
        "<Médias omis>", "<Fichier omis>", "<Media omessi>", "<Mídia oculta>", "<Mídia omitida>", "<Без медиафайлов>",
        "<省略影音内容>", "<省略多媒体文件>", "<已省略多媒體檔案>", "<忽略多媒體檔>", "<メディアなし>", "<미디어 파일 제외됨>",
    ]

    /// iOS per-type placeholders, lowercased.
    static let typedOmitted: [(String, MessageKind)] = [
        ("image omitted", .image), ("video omitted", .video), ("audio omitted", .voice), ("sticker omitted", .sticker),
        ("gif omitted", .sticker), ("document omitted", .file), ("contact card omitted", .file),
        ("imagen omitida", .image), ("video omitido", .video), ("audio omitido", .voice), ("sticker omitido", .sticker),
        ("documento omitido", .file), ("bild weggelassen", .image), ("video weggelassen", .video),
        ("audio weggelassen", .voice), ("sticker weggelassen", .sticker), ("dokument weggelassen", .file),
        ("image absente", .image), ("vidéo absente", .video), ("audio omis", .voice), ("autocollant omis", .sticker),
        ("imagem ocultada", .image), ("vídeo ocultado", .video), ("áudio ocultado", .voice), ("figurinha omitida", .sticker),
        ("图片已忽略", .image), ("视频已忽略", .video), ("音频已忽略", .voice), ("贴图已忽略", .sticker), ("文档已忽略", .file),
        ("圖片已略去", .image), ("影片已略去", .video), ("音訊已略去", .voice), ("貼圖已略去", .sticker),
    ]

    /// Suffixes Android adds after an attached file's name.
    static let attachedSuffixes = ["(file attached)", "(Datei angehängt)", "(archivo adjunto)", "(fichier joint)",
                                   "(arquivo anexado)", "(文件附件)", "(附件)"]
    /// Wrappers iOS puts around an attached file's name.
    static let attachedWrappers: [(String, String)] = [("<attached: ", ">"), ("<已附加: ", ">"), ("<附件：", ">"),
                                                        ("<附件: ", ">"), ("<Anhang: ", ">"), ("<adjunto: ", ">")]
    static let locationPrefixes = ["location: ", "Location: ", "Ubicación: ", "Standort: ", "Localização: ", "Position : ",
                                   "位置：", "位置: "]
    static let deletedMarkers: Set<String> = [
        "This message was deleted", "You deleted this message", "Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht",
        "Se eliminó este mensaje", "Eliminaste este mensaje", "Ce message a été supprimé", "Vous avez supprimé ce message",
        "Mensagem apagada", "Você apagou esta mensagem", "这条消息已删除", "此消息已删除", "你删除了这条消息", "此訊息已刪除",
        "Missed voice call", "Missed video call", "Waiting for this message",
    ]
    static let editedSuffixes = ["<This message was edited>", "<Diese Nachricht wurde bearbeitet>", "<Se editó este mensaje.>",
                                 "<Ce message a été modifié>", "<Mensagem editada>", "<此消息已编辑>"]

    /// Reads a message body (first line plus continuation lines).
    static func read(_ body: String) -> MessageReading {
        var text = body
        for suffix in editedSuffixes where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
        }
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let caption: String? = {
            guard let newline = text.firstIndex(of: "\n") else { return nil }
            let rest = text[text.index(after: newline)...].trimmingCharacters(in: .whitespacesAndNewlines)
            return rest.isEmpty ? nil : rest
        }()
        let head = firstLine.trimmingCharacters(in: .whitespaces)
        if unknownMedia.contains(head) { return MessageReading(kind: .file, text: caption) }
        if deletedMarkers.contains(head.trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            return MessageReading(kind: .system, text: nil)
        }
        let lower = head.lowercased()
        for (marker, kind) in typedOmitted where lower.hasSuffix(marker) { return MessageReading(kind: kind, text: caption) }
        for suffix in attachedSuffixes where head.hasSuffix(suffix) {
            let name = head.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            return MessageReading(kind: kind(ofFile: name), text: caption)
        }
        for (open, close) in attachedWrappers where head.hasSuffix(close) {
            if let start = head.range(of: open) {
                let name = String(head[start.upperBound..<head.index(head.endIndex, offsetBy: -close.count)])
                let before = head[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
                let words = [before, caption ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
                return MessageReading(kind: kind(ofFile: name), text: words.isEmpty ? nil : words)
            }
        }
        if head.hasSuffix(" <attached>") {
            return MessageReading(kind: kind(ofFile: String(head.dropLast(" <attached>".count))), text: caption)
        }
        if locationPrefixes.contains(where: { head.hasPrefix($0) }) || lower == "live location shared" {
            return MessageReading(kind: .location, text: nil)
        }
        if head == "null" && caption == nil { return MessageReading(kind: .image, text: nil) }  // view-once media
        return MessageReading(kind: .text, text: text)
    }

    /// The kind an attachment's file name shows: WhatsApp's own prefixes first, then the extension.
    static func kind(ofFile name: String) -> MessageKind {
        let upper = name.uppercased()
        let ext = (name as NSString).pathExtension.lowercased()
        if upper.hasPrefix("PTT-") || upper.contains("-AUDIO-") || upper.hasPrefix("AUD-") || ext == "opus" { return .voice }
        if upper.hasPrefix("STK-") || ext == "webp" || upper.contains("-STICKER-") { return .sticker }
        if upper.hasPrefix("IMG-") || upper.contains("-PHOTO-") { return .image }
        if upper.hasPrefix("VID-") || upper.contains("-VIDEO-") || upper.contains("-GIF-") { return .video }
        if upper.hasPrefix("DOC-") || ext == "vcf" { return .file }
        switch ext {
        case "jpg", "jpeg", "png", "heic", "gif", "bmp": return .image
        case "mp4", "mov", "3gp", "mkv", "avi": return .video
        case "ogg", "m4a", "mp3", "aac", "amr", "wav": return .voice
        default: return .file
        }
    }
}
