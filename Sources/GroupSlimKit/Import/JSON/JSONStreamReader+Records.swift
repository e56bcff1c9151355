extension JSONStreamReader {
    /// Streams a file that is one JSON array of records (a Slack day file, `users.json`), handing
    /// each element to `body` with its place for errors. Returns how many there were.
    @discardableResult
    func forEachArrayElement(label: String, _ body: (JSONValue, RecordPlace) throws -> Void) throws -> Int {
        try beginArray()
        let count = try forEachElementOfOpenArray(label: label, body)
        try expectEnd()
        return count
    }

    /// Streams the elements of an array already entered with ``beginArray()``.
    func forEachElementOfOpenArray(label: String, _ body: (JSONValue, RecordPlace) throws -> Void) throws -> Int {
        try forEachValue(label: label, while: nextElement, body)
    }

    /// Streams a JSON-lines file (one value per line). Returns how many values there were.
    @discardableResult
    func forEachLine(label: String, _ body: (JSONValue, RecordPlace) throws -> Void) throws -> Int {
        try forEachValue(label: label, oneLineEach: true, while: { try !self.atEnd() }, body)
    }

    /// Reads values while `more` says there is one, numbering them for error places.
    ///
    /// With `oneLineEach` (JSON lines), a record cut short is named by the line it starts on:
    /// JSON lets the parser run on into the next line, where the error would otherwise be found.
    private func forEachValue(label: String, oneLineEach: Bool = false, while more: () throws -> Bool,
                              _ body: (JSONValue, RecordPlace) throws -> Void) throws -> Int {
        var index = 0
        while try more() {
            let startLine = line
            let value: JSONValue
            do {
                value = try readValue()
            } catch JSONReadError.syntax(let file, let errorLine, let offset, let expected, let found) where oneLineEach && errorLine > startLine {
                throw JSONReadError.syntax(file: file, line: startLine, offset: offset,
                                           expected: "the record on line \(startLine) to be complete on that line",
                                           found: "it runs on to line \(errorLine), where \(expected) was expected but \(found) found")
            }
            index += 1
            let place = RecordPlace(file: fileName, label: label, index: index, line: valueLine)
            if let records {
                try records.attempt { try body(value, place) }
            } else {
                try body(value, place)
            }
        }
        return index
    }

    /// Streams a file of records written either as one JSON array or as JSON lines (WeCom
    /// archives are saved both ways), judged by its first byte.
    @discardableResult
    func forEachRecord(label: String, _ body: (JSONValue, RecordPlace) throws -> Void) throws -> Int {
        if try peekValueStart() == UInt8(ascii: "[") { return try forEachArrayElement(label: label, body) }
        return try forEachLine(label: label, body)
    }
}
