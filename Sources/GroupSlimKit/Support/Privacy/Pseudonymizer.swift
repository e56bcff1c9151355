/// Stable pseudonyms for people, for reports shared outside the office (`--pseudonymize`).
///
/// A pseudonym is a keyed hash (HMAC-SHA-256) of the person's platform and id, so the same
/// person gets the same pseudonym in every report made with the same key, and nobody without
/// the key can recover the id by hashing a list of known ids or phone numbers — which an
/// unkeyed hash would allow. Names are replaced, not hashed: a report shows `成员 P-7KQ2MD`.
public struct Pseudonymizer: Sendable {
    private let key: [UInt8]

    /// - Parameter key: the secret that makes pseudonyms stable; keep it with the office.
    public init(key: String) {
        self.key = Array(key.utf8)
    }

    /// `P-` and six characters from an alphabet without look-alikes (no 0/O, 1/I/L).
    public func pseudonym(platform: String, id: String) -> String {
        let digest = SHA256.hmac(key: key, message: Array("\(platform)\u{1}\(id)".utf8))
        let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
        var value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var characters: [Character] = []
        for _ in 0..<6 {
            characters.append(alphabet[Int(value % UInt64(alphabet.count))])
            value /= UInt64(alphabet.count)
        }
        return "P-" + String(characters)
    }

    /// What a report shows in place of a person's display name.
    public func displayName(platform: String, id: String, chinese: Bool) -> String {
        (chinese ? "成员 " : "Member ") + pseudonym(platform: platform, id: id)
    }
}
