/// Finds rule phrases in a normalized message without regular expressions.
///
/// Phrases are grouped by their first scalar in a small open-addressing table, behind a 64 Ki-bit
/// filter on that scalar that rejects most positions at once: in a Chinese notice only a few
/// characters (请, 各, 通 …) can start a phrase at all, so scanning a long text costs little more
/// than reading it. Everything lives in flat arrays of integers, so a lookup neither hashes with
/// `Hasher` nor retains per-phrase storage; and it is a final class so passing it around retains
/// one object rather than each of its arrays.
final class PhraseMatcher: Sendable {
    /// Bit per `scalar & 0xFFFF`: could a phrase start with this scalar?
    private let filter: [UInt64]
    /// Open-addressing table from first scalar to a run of ``entries``; key 0 marks a free slot
    /// (no phrase starts with U+0000, since phrases are normalized).
    private let slotKeys: [UInt32]
    private let slotFirst: [Int32]
    private let slotCount: [Int32]
    private let mask: Int
    /// Phrase scalars, back to back.
    private let storage: [UInt32]
    /// Per phrase, grouped by first scalar and longest first: offset into `storage`, length, tag.
    private let entryOffset: [Int32]
    private let entryLength: [Int32]
    private let entryTag: [Int32]
    let isEmpty: Bool

    init(_ entries: [(scalars: [UInt32], tag: Int)]) {
        let phrases = entries.filter { !$0.scalars.isEmpty }
            .sorted { ($0.scalars[0], -$0.scalars.count) < ($1.scalars[0], -$1.scalars.count) }
        var filter = [UInt64](repeating: 0, count: 1024)
        var storage: [UInt32] = []
        var entryOffset: [Int32] = []
        var entryLength: [Int32] = []
        var entryTag: [Int32] = []
        var groups: [(key: UInt32, first: Int, count: Int)] = []
        for phrase in phrases {
            let first = phrase.scalars[0]
            let bit = Int(first & 0xFFFF)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            if groups.last?.key == first {
                groups[groups.count - 1].count += 1
            } else {
                groups.append((first, entryOffset.count, 1))
            }
            entryOffset.append(Int32(storage.count))
            entryLength.append(Int32(phrase.scalars.count))
            entryTag.append(Int32(phrase.tag))
            storage.append(contentsOf: phrase.scalars)
        }
        var capacity = 8
        while capacity < groups.count * 2 { capacity <<= 1 }
        var slotKeys = [UInt32](repeating: 0, count: capacity)
        var slotFirst = [Int32](repeating: 0, count: capacity)
        var slotCount = [Int32](repeating: 0, count: capacity)
        for group in groups {
            var slot = Self.hash(group.key) & (capacity - 1)
            while slotKeys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slotKeys[slot] = group.key
            slotFirst[slot] = Int32(group.first)
            slotCount[slot] = Int32(group.count)
        }
        self.filter = filter
        self.slotKeys = slotKeys
        self.slotFirst = slotFirst
        self.slotCount = slotCount
        mask = capacity - 1
        self.storage = storage
        self.entryOffset = entryOffset
        self.entryLength = entryLength
        self.entryTag = entryTag
        isEmpty = phrases.isEmpty
    }

    @inline(__always)
    private static func hash(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 7) }

    /// The entries whose phrase starts with `first`, as a range of entry indices.
    @inline(__always)
    private func candidates(_ first: UInt32) -> Range<Int>? {
        let bit = Int(first & 0xFFFF)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Self.hash(first) & mask
        while true {
            let key = slotKeys[slot]
            if key == first {
                let start = Int(slotFirst[slot])
                return start..<(start + Int(slotCount[slot]))
            }
            if key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func matches(entry: Int, _ text: UnsafeBufferPointer<UInt32>, at start: Int) -> Bool {
        let count = Int(entryLength[entry])
        guard start + count <= text.count else { return false }
        let offset = Int(entryOffset[entry])
        var index = 1
        while index < count {
            if text[start + index] != storage[offset + index] { return false }
            index += 1
        }
        return true
    }

    /// The longest phrase starting at `start`, as its tag and length.
    @inline(__always)
    func longestMatch(in text: UnsafeBufferPointer<UInt32>, at start: Int) -> (tag: Int, length: Int)? {
        guard let range = candidates(text[start]) else { return nil }
        for entry in range where matches(entry: entry, text, at: start) {
            return (Int(entryTag[entry]), Int(entryLength[entry]))
        }
        return nil
    }

    /// Calls `body` with the tag of every phrase starting at `start` (not only the longest: the
    /// notice cues 请各 and 请各位 both count).
    @inline(__always)
    func forEachMatch(in text: UnsafeBufferPointer<UInt32>, at start: Int, _ body: (Int) -> Void) {
        guard let range = candidates(text[start]) else { return }
        for entry in range where matches(entry: entry, text, at: start) {
            body(Int(entryTag[entry]))
        }
    }

    /// Whether any phrase occurs anywhere in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt32>) -> Bool {
        if isEmpty { return false }
        var index = 0
        while index < text.count {
            if longestMatch(in: text, at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// Whether some phrase starts at the very beginning of `text`.
    func occursAtStart(of text: UnsafeBufferPointer<UInt32>) -> Bool {
        !text.isEmpty && longestMatch(in: text, at: 0) != nil
    }
}
