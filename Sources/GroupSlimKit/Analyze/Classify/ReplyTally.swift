/// A short message cut into the reply lexicon's words, counted by kind.
///
/// Acknowledgements and check-ins are recognised by what is *left over* once their words are
/// taken out, not by what they contain: "收到收到", "好的收到👍" and "OK的" leave nothing, while
/// "收到，但是3号楼的数据还没有统计完" leaves a sentence. That one rule covers repetition, mixed
/// tokens and polite fillers without listing every combination.
struct ReplyTally {
    /// The lists a lexicon phrase can come from; the raw value is the phrase's tag.
    enum Word: Int, CaseIterable {
        case acknowledgement, checkIn, checkInLead, standaloneCheckIn, checkInContext, filler, veto, discussion
    }

    /// Per-word counts, in a SIMD vector so the tally never touches the heap.
    private var counts = SIMD8<Int32>()
    /// Runs of digits that are all `1` ("1", "111", "+1" once the plus is stripped).
    private(set) var ones = 0
    /// Other runs of digits: times, counts, building numbers.
    private(set) var numbers = 0
    /// Check-in words that end a clause: followed by the end, a break, a number or another reply
    /// word of two or more characters (fillers in between are skipped). "签到" in "签到：张伟"
    /// reports; in "签到表放在前台" or "到岗时间" it only names a thing, and a one-character word
    /// after it is more likely the start of a noun ("走访的对象") than a second report.
    private(set) var clauseEndingCheckIns = 0
    /// Scalars that matched nothing.
    private(set) var residue = 0
    private var residueRuns = 0
    private var residueRunStart = -1
    private var residueRunEnd = -1
    private var residueAllIdeographs = true
    /// The words touching the (last) residue run, as word tag and length; tag -1 for none.
    private var wordBeforeRun = (tag: -1, length: 0)
    private var wordAfterRun = (tag: -1, length: 0)
    /// Whether the text visibly broke (space, punctuation) where the residue run meets the rest.
    private var runIsSetOff = false
    /// Whether anything but fillers comes before / after the residue run: "报告：今晚值班一切正常"
    /// is signed at the start even though a filler precedes the signature.
    private var wordsBeforeRun = false
    private var wordsAfterRun = false

    subscript(word: Word) -> Int { Int(counts[word.rawValue]) }

    init(_ text: MessageScanner.Normalized, lexicon: PhraseMatcher) {
        let scalars = text.scalars
        var index = 0
        var inResidue = false
        var previousWord = (tag: -1, length: 0, end: -1)
        var sawWord = false
        let filler = Word.filler.rawValue
        let context = Word.checkInContext.rawValue
        // Check-in words waiting to see what follows them; a run of them ("打卡签到") stands or
        // falls together.
        var pendingCheckIns = 0
        while index < scalars.count {
            if pendingCheckIns > 0 && text.separated[index] {
                clauseEndingCheckIns += pendingCheckIns
                pendingCheckIns = 0
            }
            if let match = lexicon.longestMatch(in: scalars, at: index) {
                counts[match.tag] += 1
                if match.tag == Word.checkIn.rawValue {
                    pendingCheckIns += 1
                } else if pendingCheckIns > 0 && match.tag != filler && match.length >= 2 {
                    clauseEndingCheckIns += pendingCheckIns
                    pendingCheckIns = 0
                }
                if inResidue {
                    wordAfterRun = (match.tag, match.length)
                }
                if match.tag != filler && match.tag != context {
                    sawWord = true
                    if residueRuns > 0 { wordsAfterRun = true }
                }
                previousWord = (match.tag, match.length, index + match.length)
                index += match.length
                inResidue = false
                continue
            }
            let scalar = scalars[index]
            if ScalarFolding.isDigit(scalar) {
                var allOnes = true
                while index < scalars.count && ScalarFolding.isDigit(scalars[index]) {
                    if scalars[index] != 0x31 { allOnes = false }
                    index += 1
                }
                if allOnes { ones += 1 } else { numbers += 1 }
                clauseEndingCheckIns += pendingCheckIns
                pendingCheckIns = 0
                sawWord = true
                if residueRuns > 0 { wordsAfterRun = true }
                previousWord = (-1, 0, index)
                inResidue = false
                continue
            }
            pendingCheckIns = 0
            residue += 1
            if !inResidue {
                residueRuns += 1
                residueRunStart = index
                wordBeforeRun = previousWord.end == index ? (previousWord.tag, previousWord.length) : (-1, 0)
                wordAfterRun = (-1, 0)
                wordsBeforeRun = sawWord
                wordsAfterRun = false
                inResidue = true
            }
            residueRunEnd = index + 1
            if !((0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)) {
                residueAllIdeographs = false
            }
            index += 1
        }
        clauseEndingCheckIns += pendingCheckIns
        if residueRuns == 1 {
            if !wordsBeforeRun {
                runIsSetOff = residueRunEnd < scalars.count && text.separated[residueRunEnd]
            } else if !wordsAfterRun {
                runIsSetOff = text.separated[residueRunStart]
            }
        }
    }

    /// Whether the residue is at most a signature next to a `word`: one run of Chinese
    /// characters, no longer than `maxLength`, at the start or the end ("张三收到", "收到-幸福社区").
    ///
    /// Unless punctuation or a space sets the run off, the word it touches must be at least two
    /// characters long: "张三收到" is signed, but "执行" is not 行 signed by 执, nor "银行" 行 by 银.
    func residueIsSignature(maxLength: Int, of word: Word) -> Bool {
        if residue == 0 { return true }
        guard residueRuns == 1, residue <= maxLength, residueAllIdeographs else { return false }
        let touching: (tag: Int, length: Int)
        if !wordsBeforeRun {
            touching = wordAfterRun
        } else if !wordsAfterRun {
            touching = wordBeforeRun
        } else {
            return false
        }
        if runIsSetOff { return true }
        return touching.tag == word.rawValue && touching.length >= 2
    }
}
