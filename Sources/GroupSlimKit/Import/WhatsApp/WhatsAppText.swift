/// The invisible marks WhatsApp scatters through its exports, and how each is read.
///
/// Direction marks (U+200E LRM before iOS system and attachment lines, U+202A/U+202C around
/// phone-number authors, U+FEFF) carry nothing and are dropped; the no-break spaces (U+00A0 in
/// phone numbers and "p. m.", U+202F before AM/PM, U+2009) become plain spaces so one grammar
/// reads every locale.
enum WhatsAppText {
    private static let dropped: Set<UInt32> = [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                               0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF]
    private static let spaces: Set<UInt32> = [0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003]

    static func clean(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 >= 0x80 }) else { return line }
        var scalars = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            if dropped.contains(scalar.value) { continue }
            scalars.append(spaces.contains(scalar.value) ? " " : scalar)
        }
        return String(scalars)
    }
}
