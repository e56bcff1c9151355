import Foundation

/// One pass over a message's UTF-8 bytes that both normalizes it (folded, lower-cased, only
/// letters, digits and ideographs kept) and notes the shape the normal form loses: lines and
/// numbered items, question marks, emoji, URLs and @mentions.
///
/// Doing it in one pass over bytes, into a caller-provided buffer, keeps classification free of
/// per-message allocation, which is what lets it run on every message at import time. A final
/// class, so handing it to the closures of a scan retains one object, not each of its tables.
final class MessageScanner: Sendable {
    /// What the pass saw, besides the normalized scalars it wrote.
    struct Result {
        /// Meaningful scalars written (URLs and mentioned names excluded).
        var length = 0
        var urls = 0
        var mentions = 0
        var mentionsEveryone = false
        /// Acknowledging emoji (👍 👌 🙏).
        var ackSymbols = 0
        /// Any other emoji, symbol or punctuation mark.
        var otherMarks = 0
        var hasQuestion = false
        /// Lines with at least one meaningful character.
        var lines = 0
        /// Lines that start with a number marker and say something after it.
        var itemLines = 0
        var shortItemLines = 0
        /// Item lines whose first character is a common surname initial.
        var namedItemLines = 0
        /// Meaningful characters outside item lines (the header of a list).
        var headerLength = 0
    }

    let ackSymbols: [UInt32]
    let everyone: [[UInt32]]
    let urlPrefixes: [[UInt8]]
    let delimiters: [UInt32]
    let chineseNumerals: [UInt32]
    let enclosedNumbers: Bool
    let nameInitials: Set<UInt32>
    let maxItemLength: Int

    init(rules: ContentRules) {
        var symbols: [UInt32] = []
        for symbol in rules.acknowledgement.symbols {
            for scalar in symbol.unicodeScalars where !ScalarFolding.isModifier(scalar.value) {
                symbols.append(ScalarFolding.fold(scalar.value) ?? scalar.value)
            }
        }
        ackSymbols = symbols
        everyone = rules.mentions.everyone.map { name in
            name.unicodeScalars.compactMap { scalar -> UInt32? in
                let folded = ScalarFolding.fold(scalar.value) ?? scalar.value
                return ScalarFolding.isWhitespace(folded) ? nil : folded
            }
        }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }  // "全体成员" before "全体"
        urlPrefixes = rules.link.urlPrefixes.map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
        delimiters = rules.numbering.delimiters.flatMap { $0.unicodeScalars.map { ScalarFolding.fold($0.value) ?? $0.value } }
        chineseNumerals = rules.numbering.chineseNumerals.unicodeScalars.map(\.value)
        enclosedNumbers = rules.numbering.enclosedNumbers
        nameInitials = Set(rules.rollCall.nameInitials.unicodeScalars.map(\.value))
        maxItemLength = rules.rollCall.maxItemLength
    }

    /// Scans `text`, handing `body` the normalized scalars, where the text had a break
    /// (`separated`), and what was seen.
    func withScan<T>(of text: String, _ body: (Normalized, Result) -> T) -> T {
        var text = text
        if let result = text.utf8.withContiguousStorageIfAvailable({ scanBytes($0, of: text, body) }) {
            return result
        }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { scanBytes($0, of: text, body) }!
    }

    /// The normal form, plus for each scalar whether anything (a space, punctuation, an emoji, a
    /// mention) stood between it and the one before: "收到-张三" and "收到张三" normalize alike, but
    /// only the first is visibly signed.
    struct Normalized {
        let scalars: UnsafeBufferPointer<UInt32>
        let separated: UnsafeBufferPointer<Bool>
    }

    private func scanBytes<T>(_ bytes: UnsafeBufferPointer<UInt8>, of text: String,
                              _ body: (Normalized, Result) -> T) -> T {
        let fast: T? = withBuffers(capacity: bytes.count + 1) { scalars, separated in
            guard let result = scan(bytes, into: scalars, separated: separated, compatibilityFolded: false) else {
                return nil
            }
            return body(Normalized(scalars: UnsafeBufferPointer(rebasing: scalars[0..<result.length]),
                                   separated: UnsafeBufferPointer(rebasing: separated[0..<result.length])), result)
        }
        if let fast { return fast }
        // A scalar outside the fast ranges: let Foundation do the full NFKC once, then scan that.
        var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        folded.makeContiguousUTF8()
        return folded.utf8.withContiguousStorageIfAvailable { foldedBytes in
            withBuffers(capacity: foldedBytes.count + 1) { scalars, separated in
                let result = scan(foldedBytes, into: scalars, separated: separated, compatibilityFolded: true)!
                return body(Normalized(scalars: UnsafeBufferPointer(rebasing: scalars[0..<result.length]),
                                       separated: UnsafeBufferPointer(rebasing: separated[0..<result.length])), result)
            }
        }!
    }

    @inline(__always)
    private func withBuffers<T>(capacity: Int,
                                _ body: (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<Bool>) -> T) -> T {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity) { scalars in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: capacity) { separated in
                body(scalars, separated)
            }
        }
    }

    /// Folds one scalar. Outside the fast ranges it is either already folded by Foundation
    /// (`compatibilityFolded`) or the scan must start over.
    @inline(__always)
    private func folded(_ raw: UInt32, _ compatibilityFolded: Bool) -> UInt32? {
        if let value = ScalarFolding.fold(raw) { return value }
        return compatibilityFolded ? raw : nil
    }

    /// The pass itself; `nil` when it met a scalar it cannot fold alone.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt32>,
                      separated: UnsafeMutableBufferPointer<Bool>, compatibilityFolded: Bool) -> Result? {
        var result = Result()
        var pendingBreak = true
        var index = 0
        let end = bytes.count
        var previous: UInt32 = 0x20

        var lineStarted = false
        var lineLength = 0
        var isItem = false
        var itemContentFrom = 0
        var itemLength = 0
        var itemFirst: UInt32 = 0

        func finishLine() {
            if lineLength > 0 { result.lines += 1 }
            if isItem && itemLength > 0 {
                result.itemLines += 1
                if itemLength <= maxItemLength { result.shortItemLines += 1 }
                if nameInitials.contains(itemFirst) || (itemFirst &- 0x61) < 26 { result.namedItemLines += 1 }
            } else {
                result.headerLength += lineLength
            }
            lineStarted = false
            lineLength = 0
            isItem = false
            itemLength = 0
            itemFirst = 0
        }

        while index < end {
            let (raw, width) = ScalarFolding.decode(bytes, index)
            guard let scalar = folded(raw, compatibilityFolded) else { return nil }

            if ScalarFolding.isNewline(scalar) {
                finishLine()
                pendingBreak = true
                previous = 0x0A
                index += width
                continue
            }
            if ScalarFolding.isWhitespace(scalar) || (compatibilityFolded && raw >= 0x80
                                                      && Unicode.Scalar(raw)?.properties.isWhitespace == true) {
                pendingBreak = true
                previous = 0x20
                index += width
                continue
            }
            if !lineStarted {
                lineStarted = true
                if let contentStart = markerEnd(bytes, at: index, compatibilityFolded) {
                    isItem = true
                    itemContentFrom = contentStart
                }
            }
            let boundary = !ScalarFolding.isASCIIAlphanumeric(previous)
            if boundary && (scalar == 0x68 || scalar == 0x77), let urlEnd = urlEnd(bytes, at: index) {
                result.urls += 1
                pendingBreak = true
                previous = 0x2F
                index = urlEnd
                continue
            }
            if boundary && scalar == 0x40 {
                let (mentionEnd, isEveryone) = mentionEnd(bytes, after: index + width, compatibilityFolded)
                result.mentions += 1
                if isEveryone { result.mentionsEveryone = true }
                pendingBreak = true
                previous = 0x20
                index = mentionEnd
                continue
            }
            if scalar == 0x3C, let (slackEnd, isEveryone) = slackMentionEnd(bytes, at: index) {
                result.mentions += 1
                if isEveryone { result.mentionsEveryone = true }
                pendingBreak = true
                previous = 0x20
                index = slackEnd
                continue
            }

            var written = 0
            if let number = ScalarFolding.enclosedNumber(scalar) {
                separated[result.length] = pendingBreak
                if number >= 10 {
                    out[result.length] = 0x30 + number / 10
                    separated[result.length + 1] = false
                    result.length += 1
                    written += 1
                }
                out[result.length] = 0x30 + number % 10
                result.length += 1
                written += 1
            } else if ScalarFolding.isMeaningful(scalar) {
                separated[result.length] = pendingBreak
                out[result.length] = scalar
                result.length += 1
                written = 1
            } else if !ScalarFolding.isModifier(scalar) {
                pendingBreak = true
                if scalar == 0x3F {
                    result.hasQuestion = true
                    result.otherMarks += 1
                } else if ackSymbols.contains(scalar) {
                    result.ackSymbols += 1
                } else {
                    result.otherMarks += 1
                }
            }
            if written > 0 {
                pendingBreak = false
                lineLength += written
                if isItem && index >= itemContentFrom {
                    if itemLength == 0 { itemFirst = scalar }
                    itemLength += written
                }
            }
            previous = scalar
            index += width
        }
        finishLine()
        return result
    }

    // MARK: - Numbered items

    /// Where an item's content begins if a line starts with a number marker: "1." "2、" "(3)"
    /// "（四）" "五、" "①" "❶". A decimal ("1.5万") or a date ("2024.5.1") is not a marker.
    private func markerEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ compatibilityFolded: Bool) -> Int? {
        let (raw, width) = ScalarFolding.decode(bytes, start)
        if enclosedNumbers && (ScalarFolding.enclosedNumber(raw) != nil || ScalarFolding.isDingbatNumber(raw)) {
            return start + width
        }
        guard let first = folded(raw, compatibilityFolded) else { return nil }
        var index = start
        var closing: UInt32?
        if first == 0x28 {
            closing = 0x29
            index += width
        }
        guard index < bytes.count else { return nil }
        var digits = 0
        var numerals = 0
        while index < bytes.count && digits + numerals < 4 {
            let (next, nextWidth) = ScalarFolding.decode(bytes, index)
            let value = folded(next, compatibilityFolded) ?? next
            if ScalarFolding.isDigit(value) && numerals == 0 {
                digits += 1
            } else if chineseNumerals.contains(value) && digits == 0 {
                numerals += 1
            } else {
                break
            }
            index += nextWidth
        }
        guard (1...3).contains(digits + numerals), index < bytes.count else { return nil }
        let (after, afterWidth) = ScalarFolding.decode(bytes, index)
        let delimiter = folded(after, compatibilityFolded) ?? after
        if let closing {
            return delimiter == closing ? index + afterWidth : nil
        }
        if numerals > 0 {
            // "一、" and "一." are items; "一个" and "十分" are words.
            return delimiter == 0x3001 || delimiter == 0x2E ? index + afterWidth : nil
        }
        guard delimiters.contains(delimiter) else { return nil }
        let contentStart = index + afterWidth
        if delimiter == 0x2E && contentStart < bytes.count {
            let (following, _) = ScalarFolding.decode(bytes, contentStart)
            if ScalarFolding.isDigit(folded(following, compatibilityFolded) ?? following) { return nil }
        }
        return contentStart
    }

    // MARK: - URLs

    /// The end of a URL starting at `start`, if one does. A URL runs to the first space or
    /// non-ASCII character, since Chinese text usually follows a link with no space ("…/s/abc，请查收").
    private func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        for prefix in urlPrefixes {
            guard start + prefix.count + 2 <= bytes.count else { continue }
            var matched = true
            for offset in 0..<prefix.count {
                var byte = bytes[start + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != prefix[offset] { matched = false; break }
            }
            guard matched else { continue }
            var index = start + prefix.count
            while index < bytes.count {
                let byte = bytes[index]
                if byte <= 0x20 || byte >= 0x80 || byte == 0x3C || byte == 0x3E || byte == 0x22 { break }
                index += 1
            }
            if index - (start + prefix.count) >= 2 { return index }
        }
        return nil
    }

    // MARK: - Mentions

    /// Skips the name after an `@` and says whether it addressed everyone. A name ends at a space
    /// (WeChat puts U+2005 after it), a line end or punctuation.
    private func mentionEnd(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int,
                            _ compatibilityFolded: Bool) -> (end: Int, everyone: Bool) {
        for token in everyone {
            if let tokenEnd = match(token, in: bytes, at: start, compatibilityFolded) {
                let lastIsASCII = ScalarFolding.isASCIIAlphanumeric(token[token.count - 1])
                if lastIsASCII && tokenEnd < bytes.count {
                    let (next, _) = ScalarFolding.decode(bytes, tokenEnd)
                    let value = folded(next, compatibilityFolded) ?? next
                    if ScalarFolding.isASCIIAlphanumeric(value) || value == 0x5F { continue }
                }
                return (tokenEnd, true)
            }
        }
        var index = start
        var taken = 0
        while index < bytes.count && taken < 32 {
            let (raw, width) = ScalarFolding.decode(bytes, index)
            let value = folded(raw, compatibilityFolded) ?? raw
            let partOfName = ScalarFolding.isMeaningful(value) || value == 0x2E || value == 0x5F || value == 0x2D
                || ScalarFolding.isModifier(value)
            if !partOfName { break }
            index += width
            taken += 1
        }
        return (index, false)
    }

    /// Slack's escaped mentions: `<@U024BE7LH>`, `<!channel>`, `<!here|here>`.
    private func slackMentionEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Bool)? {
        guard start + 2 < bytes.count else { return nil }
        let sigil = bytes[start + 1]
        guard sigil == 0x40 || sigil == 0x21 else { return nil }
        var index = start + 2
        var nameEnd: Int?
        while index < bytes.count && index - start < 96 {
            let byte = bytes[index]
            if byte == 0x7C && nameEnd == nil { nameEnd = index }
            if byte == 0x3E {
                var isEveryone = false
                if sigil == 0x21 {
                    let name = UnsafeBufferPointer(rebasing: bytes[(start + 2)..<(nameEnd ?? index)])
                    isEveryone = everyone.contains { token in
                        token.count == name.count
                            && zip(token, name).allSatisfy { $0 == UInt32($1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) }
                    }
                }
                return (index + 1, isEveryone)
            }
            if byte <= 0x20 { return nil }
            index += 1
        }
        return nil
    }

    private func match(_ token: [UInt32], in bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                       _ compatibilityFolded: Bool) -> Int? {
        var index = start
        for expected in token {
            guard index < bytes.count else { return nil }
            let (raw, width) = ScalarFolding.decode(bytes, index)
            if (folded(raw, compatibilityFolded) ?? raw) != expected { return nil }
            index += width
        }
        return index
    }
}
