/// One figure of the benchmark table: GroupSlim's value, the baseline measured in the same run,
/// and their ratio, so a reader on a noisy machine compares the ratio rather than the value.
struct BenchRow: Codable, Sendable {
    /// Which benchmark (`canonical import`, `similarity join`, …).
    var benchmark: String
    /// The workload, in words (`1,036,185 messages, 1,250 groups`).
    var size: String
    /// The unit of ``value`` and ``baselineValue`` (`messages/s`, `s`).
    var unit: String
    /// GroupSlim's figure.
    var value: Double
    /// What GroupSlim was compared against, run in the same command.
    var baseline: String
    /// The baseline's figure in the same unit; `nil` when the baseline could not run.
    var baselineValue: Double?
    /// How many times better GroupSlim did (higher is better whatever the unit).
    var ratio: Double?
    /// Peak resident memory of the measured section, in MiB, when measured.
    var peakRSSMiB: Double?
    /// The target from issue 7, when one applies, and whether this run met it.
    var target: String?
    var meetsTarget: Bool?
    /// Anything a reader needs to interpret the figure (pair counts, recall, limits).
    var note: String
    /// Verdict-quality figures, printed in their own table (they have no speed baseline).
    var quality: QualityFigures?

    init(quality: QualityFigures) {
        self.init(benchmark: "verdict quality", size: quality.dataset, unit: "recall", value: quality.recall ?? 0,
                  baseline: "ground truth", baselineValue: nil, higherIsBetter: true, note: quality.note)
        self.quality = quality
    }

    init(benchmark: String, size: String, unit: String, value: Double, baseline: String, baselineValue: Double?,
         higherIsBetter: Bool, peakRSSMiB: Double? = nil, target: String? = nil, meetsTarget: Bool? = nil,
         note: String = "") {
        self.benchmark = benchmark
        self.size = size
        self.unit = unit
        self.value = value
        self.baseline = baseline
        self.baselineValue = baselineValue
        if let baselineValue, baselineValue > 0, value > 0 {
            ratio = higherIsBetter ? value / baselineValue : baselineValue / value
        }
        self.peakRSSMiB = peakRSSMiB
        self.target = target
        self.meetsTarget = meetsTarget
        self.note = note
    }
}
