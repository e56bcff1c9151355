extension ContentRules {
    /// Checks what JSON decoding cannot: phrases that normalize to nothing (they would match
    /// everywhere or nowhere), a phrase in two reply lists (only one list can win), emoji with
    /// letters in them, and limits out of range. ``init(jsonData:)`` calls it; call it yourself
    /// for a table built in code.
    public func validate() throws(ContentRulesError) {
        guard version == ContentRules.formatVersion else {
            throw .unsupportedVersion(found: version, supported: ContentRules.formatVersion)
        }
        try Self.checkPhrases(Array(placeholders.keys).sorted(), at: "placeholders")
        try Self.checkPhrases(system.phrases, at: "system.phrases")
        try Self.checkPhrases(mentions.everyone, at: "mentions.everyone")
        try Self.checkPhrases(rollCall.keywords, at: "rollCall.keywords")
        try Self.checkPhrases(notice.cues.map(\.phrase), at: "notice.cues", suffix: ".phrase")

        var owner: [[UInt32]: String] = [:]
        let lexicon: [(String, [String])] = [
            ("reply.vetoes", reply.vetoes), ("reply.discussion", reply.discussion),
            ("checkIn.phrases", checkIn.phrases), ("checkIn.leadPhrases", checkIn.leadPhrases),
            ("checkIn.standalonePhrases", checkIn.standalonePhrases),
            ("acknowledgement.phrases", acknowledgement.phrases), ("checkIn.context", checkIn.context),
            ("reply.fillers", reply.fillers),
        ]
        for (path, phrases) in lexicon {
            try Self.checkPhrases(phrases, at: path)
            for (index, phrase) in phrases.enumerated() {
                let key = ScalarFolding.normalizedScalars(phrase)
                if let first = owner[key], first != path {
                    throw .invalidValue(path: "\(path)[\(index)]",
                                        reason: "'\(phrase)' is also in \(first); a reply word can be in one list only")
                }
                owner[key] = path
            }
        }

        for (index, symbol) in acknowledgement.symbols.enumerated() {
            if symbol.unicodeScalars.isEmpty || !ScalarFolding.normalizedScalars(symbol).isEmpty {
                throw .invalidValue(path: "acknowledgement.symbols[\(index)]",
                                    reason: "'\(symbol)' must be emoji or symbols only; put words in acknowledgement.phrases")
            }
        }
        for (index, prefix) in link.urlPrefixes.enumerated()
        where prefix.isEmpty || !prefix.unicodeScalars.allSatisfy({ $0.isASCII && !$0.properties.isWhitespace }) {
            throw .invalidValue(path: "link.urlPrefixes[\(index)]", reason: "'\(prefix)' must be non-empty ASCII without spaces")
        }
        for (index, delimiter) in numbering.delimiters.enumerated() where delimiter.unicodeScalars.count != 1 {
            throw .invalidValue(path: "numbering.delimiters[\(index)]", reason: "'\(delimiter)' must be a single character")
        }

        let limits: [(String, Int)] = [
            ("system.maxLength", system.maxLength), ("link.maxOtherCharacters", link.maxOtherCharacters),
            ("reply.maxLength", reply.maxLength), ("reply.maxLines", reply.maxLines),
            ("acknowledgement.maxSignatureLength", acknowledgement.maxSignatureLength),
            ("checkIn.maxLength", checkIn.maxLength), ("checkIn.maxResidue", checkIn.maxResidue),
            ("rollCall.minItems", rollCall.minItems), ("rollCall.maxItemLength", rollCall.maxItemLength),
            ("rollCall.maxHeaderLength", rollCall.maxHeaderLength), ("notice.minLength", notice.minLength),
            ("notice.shortQuestionLength", notice.shortQuestionLength), ("notice.numberedItemsMin", notice.numberedItemsMin),
            ("notice.multiLineMin", notice.multiLineMin), ("scenePhoto.maxCaptionLength", scenePhoto.maxCaptionLength),
        ]
        for (path, value) in limits where value < 0 {
            throw .invalidValue(path: path, reason: "must not be negative (found \(value))")
        }
        if rollCall.minItems < 1 {
            throw .invalidValue(path: "rollCall.minItems", reason: "must be at least 1")
        }
        if notice.threshold < 1 {
            throw .invalidValue(path: "notice.threshold", reason: "must be at least 1, or every text would be a notice")
        }
        for (path, share) in [("rollCall.minItemShare", rollCall.minItemShare), ("rollCall.minNameShare", rollCall.minNameShare)]
        where !(0...1).contains(share) {
            throw .invalidValue(path: path, reason: "must be between 0 and 1 (found \(share))")
        }
    }

    private static func checkPhrases(_ phrases: [String], at path: String, suffix: String = "") throws(ContentRulesError) {
        for (index, phrase) in phrases.enumerated() where ScalarFolding.normalizedScalars(phrase).isEmpty {
            throw .invalidValue(path: "\(path)[\(index)]\(suffix)",
                                reason: "'\(phrase)' has no letters, digits or Chinese characters once normalized")
        }
    }
}
