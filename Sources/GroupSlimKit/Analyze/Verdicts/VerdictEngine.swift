import Foundation

/// Turns measurements into verdicts. Each rule follows the meaning of its verdict in
/// `policy-basis.md`; thresholds come from the policy and every check records its measures.
struct VerdictEngine {
    let policy: AnalysisPolicy
    let asOf: Int64
    let asOfYear: Int

    init(policy: AnalysisPolicy, asOf: Int64, timeZone: TimeZone) {
        self.policy = policy
        self.asOf = asOf
        let offset = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(asOf / 1000)))) * 1000
        asOfYear = CivilDate.fromDays((asOf + offset) / SignalCollector.day).year
    }

    /// Why a group is not judged at all, if it is not.
    /// `tooNew` carries the days since the group first appeared in the data when the grace
    /// period, not its age, is what holds it back. `protected` carries the rule that protects it:
    /// the office's mark, the policy's exemptions, or a protection word in its name, tags, topic
    /// or channel purpose (which still lets check-in-only be judged, for the plan to review).
    enum Shield: Equatable { case protected(ProtectionRule), tooNew(daysInData: Double?) }

    func shield(_ profile: GroupProfile, _ signals: GroupSignals) -> Shield? {
        if profile.isProtected { return .protected(.marked) }
        if let rule = policy.exemption(id: profile.sourceID, name: profile.name) { return .protected(.exemption(rule)) }
        // A usage-report group's age is unknown, not zero: its too-new check says so instead.
        if signals.ageDays < Double(policy.minimumAgeDays) && !isReportOnly(profile, signals) { return .tooNew(daysInData: nil) }
        if let days = daysInData(profile), days < Double(policy.gracePeriodDays) { return .tooNew(daysInData: days) }
        return protectionWord(profile).map { .protected(.word($0)) }
    }

    /// The protection word that protects a group, if one does. Not every group whose name holds
    /// one stands by for a duty:
    /// * a dated name (2024年防汛值班群, incident-2025-03-12, q3-2025) or one that calls itself
    ///   temporary (国庆临时值守群) is one season's or one incident's task; other phase words
    ///   (突击, 专项) do not lift protection: 抢险救灾突击队 is a standing team;
    /// * a roll-call's name (值班报平安群, night-shift check-in) names the habit it collects;
    /// * a word inside a unit's name (应急管理局) names the owner (``AnalysisPolicy/protectedWord(name:tags:)``).
    func protectionWord(_ profile: GroupProfile) -> String? {
        guard datedMarker(profile) == nil,
              AnalysisPolicy.firstWord(of: VerdictEngine.temporaryWords + VerdictEngine.rollCallNameWords, in: [profile.name]) == nil
        else { return nil }
        return policy.protectedWord(name: profile.name, tags: profile.tags)
    }

    /// Days since the group first appeared in a later export, if it did.
    private func daysInData(_ profile: GroupProfile) -> Double? {
        profile.firstSeenAt.map { max(0, Double(asOf - $0) / Double(SignalCollector.day)) }
    }

    func analyze(profiles: [GroupProfile], signals: [GroupSignals], pairs: [PairSimilarity],
                 cascades: [Int64: CrossPostDetector.Cascade] = [:]) -> [GroupAnalysis] {
        let shields = zip(profiles, signals).map { shield($0, $1) }
        let broad = AudienceBreadth.reasons(profiles, cascades: cascades, policy: policy)
        let findings = PairJudge(policy: policy)
            .judge(profiles: profiles, signals: signals, pairs: pairs, shielded: shields.map { $0 != nil }, broad: broad)
        return profiles.indices.map { i in
            let profile = profiles[i], signal = signals[i]
            let shielded = shields[i]
            if isReportOnly(profile, signal) {
                return GroupAnalysis(profile: profile, signals: signal, checks: reportOnlyChecks(profile, signal, shielded: shielded))
            }
            // A group protected by words alone is still told apart when it only collects
            // check-ins: the plan sends that to review instead of keeping it silently.
            var inferredProtection = false
            if case .protected(.word)? = shielded { inferredProtection = true }
            let checkIn = checkInOnly(profile, signal, shielded: inferredProtection ? nil : shielded)
            var zombieCheck = zombie(profile, signal, shielded: shielded)
            if zombieCheck.granted, checkIn.granted {
                // Alive with check-ins and acknowledgements: check-in-only says what it is.
                zombieCheck.granted = false
                zombieCheck.reason += " Not a zombie: people post in it every week, but only check-ins and acknowledgements (see check-in-only)."
            }
            var checks: [VerdictCheck] = []
            checks.append(zombieCheck)
            checks.append(taskEnded(profile, signal, shielded: shielded))
            checks.append(duplicate(findings.duplicateOf[i] ?? [], findings.duplicateMeasures[i] ?? [],
                                    findings.duplicateBasis[i] ?? [], findings.nearMisses[i] ?? [], shielded: shielded))
            checks.append(overlapping(findings.containedIn[i], misses: findings.nearMisses[i] ?? [], shielded: shielded))
            checks.append(checkIn)
            checks.append(protectedCheck(profile, signal, shielded: shielded))
            checks.append(tooNew(profile, signal, shielded: shielded))
            return GroupAnalysis(profile: profile, signals: signal, checks: checks)
        }
    }

    // MARK: - Rules

    private func zombie(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> VerdictCheck {
        let days = Double(policy.zombieDays(tags: profile.tags))
        let overrideTags = policy.overrideTags(for: profile.tags)
        var measures = [
            Measure("days_since_substantive", signals.daysSinceSubstantive.rounded(.down), .atLeast, days, unit: "days"),
            Measure("age", signals.ageDays.rounded(.down), .atLeast, days, unit: "days"),
            Measure("substantive_messages", Double(signals.substantiveMessages)),
        ]
        if !overrideTags.isEmpty { measures.append(Measure("threshold_from_tags_\(overrideTags.joined(separator: "_"))", days, unit: "days")) }
        let granted = measures[0].passes && measures[1].passes
        var reason: String
        if signals.substantiveMessages == 0 {
            reason = "No substantive message ever, in \(Int(signals.ageDays)) days"
        } else {
            reason = "Last substantive message \(Int(signals.daysSinceSubstantive)) days before as-of"
        }
        reason += granted ? ", at least the \(Int(days))-day zombie threshold." : ", under the \(Int(days))-day zombie threshold."
        if !overrideTags.isEmpty { reason += " (Threshold raised for tags \(overrideTags.joined(separator: ", ")).)" }
        return shieldedCheck(.zombie, granted: granted, reason: reason, measures: measures, shielded: shielded)
    }

    private func taskEnded(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> VerdictCheck {
        let peak = Double(signals.peakSubstantiveWindow)
        let quietWindows = max(1, policy.taskQuietDays / 30)
        let recent = signals.substantivePerWindow.suffix(quietWindows)
        let recentRate = Double(recent.reduce(0, +)) / Double(quietWindows)
        let decayLimit = peak * policy.taskBurstDecay
        var measures: [Measure] = [
            Measure("recent_substantive_per_30_days", recentRate, .atMost, decayLimit),
            Measure("peak_substantive_per_30_days", peak),
        ]
        let burstDied = recentRate <= decayLimit
        if let end = profile.taskEndAt {
            let grace = Double(policy.taskEndGraceDays(tags: profile.tags))
            let daysPast = Double(asOf - end) / Double(SignalCollector.day)
            measures.insert(Measure("days_since_declared_task_end", daysPast.rounded(.down), .atLeast, grace, unit: "days"), at: 0)
            let granted = daysPast >= grace && burstDied
            let reason: String
            if daysPast < grace {
                reason = daysPast < 0
                    ? "The declared task end \(profile.taskEnd ?? "") has not come yet."
                    : "The declared task end \(profile.taskEnd ?? "") passed \(Int(daysPast)) days ago, within the \(Int(grace))-day grace period."
            } else if !burstDied {
                reason = "The declared task end \(profile.taskEnd ?? "") passed \(Int(daysPast)) days ago, but the group is still active (\(Measure.decimal(recentRate, places: 1)) substantive messages per 30 days against a peak of \(Int(peak))); the task may have been extended."
            } else {
                reason = "The declared task end \(profile.taskEnd ?? "") passed \(Int(daysPast)) days ago and activity has fallen to \(Measure.decimal(recentRate, places: 1)) substantive messages per 30 days (peak \(Int(peak)))."
            }
            return shieldedCheck(.taskEnded, granted: granted, reason: reason, measures: measures, shielded: shielded)
        }
        let marker = phaseMarker(profile)
        measures.append(Measure("peak_is_burst", peak, .atLeast, Double(policy.taskMinimumBurst)))
        let peakAge = peakAgeDays(signals)
        measures.append(Measure("days_since_peak_window", peakAge, .atLeast, Double(policy.taskQuietDays), unit: "days"))
        let granted = marker != nil && burstDied && peak >= Double(policy.taskMinimumBurst) && peakAge >= Double(policy.taskQuietDays)
        let reason: String
        if let marker {
            if granted {
                reason = "Named or tagged as a phase task (\(marker)); its burst of \(Int(peak)) substantive messages in 30 days has died away to \(Measure.decimal(recentRate, places: 1))."
            } else if peak < Double(policy.taskMinimumBurst) {
                reason = "Named or tagged as a phase task (\(marker)), but it never had a burst of activity (peak \(Int(peak)) < \(policy.taskMinimumBurst)); see zombie instead."
            } else {
                reason = "Named or tagged as a phase task (\(marker)), but it is still active (\(Measure.decimal(recentRate, places: 1)) substantive messages per 30 days, peak \(Int(peak)))."
            }
        } else {
            reason = "No declared task end, and neither name nor tags mark a phase task."
        }
        return shieldedCheck(.taskEnded, granted: granted, reason: reason, measures: measures, shielded: shielded)
    }

    private func duplicate(_ partners: [String], _ measures: [Measure], _ basis: [String], _ misses: [String],
                           shielded: Shield?) -> VerdictCheck {
        let granted = !partners.isEmpty
        let reason: String
        if granted {
            reason = "Nearly the same members and the same work as "
                + basis.sorted().joined(separator: "; ") + "."
        } else if !misses.isEmpty {
            reason = "Not a duplicate: " + misses.sorted().joined(separator: "; ") + "."
        } else {
            reason = "No other group has nearly the same members (Jaccard ≥ \(Measure.decimal(policy.duplicateJaccard, places: 2)))."
        }
        return shieldedCheck(.duplicate, granted: granted, reason: reason, measures: measures,
                             related: partners.sorted(), shielded: shielded)
    }

    private func overlapping(_ container: PairJudge.Container?, misses: [String], shielded: Shield?) -> VerdictCheck {
        let share = Measure.decimal(policy.overlapContainment * 100, places: 0)
        guard let container else {
            var reason = "No bigger group of the same owner unit or purpose contains \(share)% of its members."
            let containers = misses.filter { $0.contains("contains its") }
            if !containers.isEmpty { reason += " " + containers.sorted().joined(separator: "; ") + "." }
            return shieldedCheck(.overlapping, granted: false, reason: reason, measures: [], shielded: shielded)
        }
        return shieldedCheck(.overlapping, granted: true,
                             reason: "At least \(share)% of its members are also in \(container.outer), the nearest bigger group with \(container.basis).",
                             measures: container.measures, related: [container.outer], shielded: shielded)
    }

    private func checkInOnly(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> VerdictCheck {
        let counts = signals.windowClassCounts
        func count(_ c: ContentClass) -> Int { counts[c.rawValue, default: 0] }
        let person = counts.filter { $0.key != ContentClass.system.rawValue && $0.key != ContentClass.bot.rawValue }.values.reduce(0, +)
        let nonAcknowledgement = person - count(.acknowledgement)
        let checkInLike = count(.checkIn) + count(.rollCall) + count(.scenePhoto)
        let share = nonAcknowledgement == 0 ? 0 : Double(checkInLike) / Double(nonAcknowledgement)
        let threshold = policy.checkInShare(tags: profile.tags)
        let measures = [
            Measure("messages_in_window", Double(person), .atLeast, Double(policy.checkInMinimumMessages)),
            Measure("check_in_share_of_non_acknowledgements", share, .atLeast, threshold, unit: "%"),
            Measure("check_ins_roll_calls_scene_photos", Double(checkInLike)),
            Measure("acknowledgements", Double(count(.acknowledgement))),
            Measure("substantive_and_notices", Double(count(.substantive) + count(.notice))),
        ]
        let granted = measures[0].passes && measures[1].passes
        let days = policy.checkInWindowDays
        let reason: String
        if !measures[0].passes {
            reason = "Only \(person) messages by people in the last \(days) days; too few to judge (< \(policy.checkInMinimumMessages))."
        } else if granted {
            reason = "In the last \(days) days, \(Measure.format(share, unit: "%")) of what people posted (beyond acknowledgements) were check-ins, roll-calls and scene photos."
        } else {
            reason = "In the last \(days) days, check-ins, roll-calls and scene photos were \(Measure.format(share, unit: "%")) of messages beyond acknowledgements, under \(Measure.format(threshold, unit: "%")); the rest is real content."
        }
        return shieldedCheck(.checkInOnly, granted: granted, reason: reason, measures: measures, shielded: shielded)
    }

    func protectedCheck(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> VerdictCheck {
        let dormant = Double(policy.zombieDays(tags: profile.tags))
        let measures = [Measure("days_since_substantive", signals.daysSinceSubstantive.rounded(.down), .atLeast, dormant, unit: "days")]
        if case .protected(let rule) = shielded {
            let note = measures[0].passes ? " It is dormant (no substantive message for \(Int(signals.daysSinceSubstantive)) days): a person should confirm it is still needed." : ""
            var check = VerdictCheck(verdict: .protected, granted: true,
                                     reason: "Protected: \(rule.text); never proposed for dissolution or merging.\(note)", measures: measures)
            check.protection = rule
            return check
        }
        return VerdictCheck(verdict: .protected, granted: false, reason: "Not marked protected and not exempted by the policy.", measures: [])
    }

    private func tooNew(_ profile: GroupProfile, _ signals: GroupSignals, shielded: Shield?) -> VerdictCheck {
        var measures = [Measure("age", signals.ageDays.rounded(.down), .lessThan, Double(policy.minimumAgeDays), unit: "days")]
        if let days = daysInData(profile) {
            measures.append(Measure("days_in_data", days.rounded(.down), .lessThan, Double(policy.gracePeriodDays), unit: "days"))
        }
        switch shielded {
        case .tooNew(let daysInData?)?:
            return VerdictCheck(verdict: .tooNew, granted: true, reason: """
                First seen in the data \(Int(daysInData)) days ago (it arrived with a later export), under the \
                \(policy.gracePeriodDays)-day grace period; not judged yet.
                """, measures: measures)
        case .tooNew?:
            return VerdictCheck(verdict: .tooNew, granted: true,
                                reason: "Only \(Int(signals.ageDays)) days old, under the \(policy.minimumAgeDays)-day minimum age; not judged yet.",
                                measures: measures)
        default:
            return VerdictCheck(verdict: .tooNew, granted: false,
                                reason: "\(Int(signals.ageDays)) days old, old enough to judge (minimum \(policy.minimumAgeDays)).", measures: measures)
        }
    }

    // MARK: - Helpers

    func shieldedCheck(_ kind: VerdictKind, granted: Bool, reason: String, measures: [Measure],
                               related: [String] = [], shielded: Shield?) -> VerdictCheck {
        switch shielded {
        case .none:
            return VerdictCheck(verdict: kind, granted: granted, reason: reason, measures: measures, related: related)
        case .protected:
            return VerdictCheck(verdict: kind, granted: false, reason: "Not applied: the group is protected. (\(reason))",
                                measures: measures, related: related)
        case .tooNew(let daysInData):
            let why = daysInData == nil ? "the group is too new" : "the group is in its grace period after first appearing in the data"
            return VerdictCheck(verdict: kind, granted: false, reason: "Not judged: \(why). (\(reason))",
                                measures: measures, related: related)
        }
    }

    /// The phase-task marker in the name or tags, or a past year in the name.
    func phaseMarker(_ profile: GroupProfile) -> String? {
        let haystacks = [profile.name.lowercased()] + profile.tags.map { $0.lowercased() }
        for marker in policy.phaseTaskMarkers {
            let needle = marker.lowercased()
            if haystacks.contains(where: { $0.contains(needle) }) { return marker }
        }
        if let year = VerdictEngine.yearInName(profile.name), year < asOfYear { return "\(year)" }
        if let quarter = VerdictEngine.quarterInName(profile.name) { return quarter }
        return nil
    }

    /// Words by which a group calls itself temporary.
    static let temporaryWords = ["临时", "temporary", "temp"]
    /// Words by which a group's name says it collects roll-calls.
    static let rollCallNameWords = ["报平安", "签到", "打卡", "点名", "接龙", "check-in", "checkin", "sign-in", "signin",
                                    "roll-call", "rollcall", "roll call"]

    /// A past year or a quarter in the name: the group belongs to one dated task.
    func datedMarker(_ profile: GroupProfile) -> String? {
        if let year = VerdictEngine.yearInName(profile.name), year < asOfYear { return "\(year)" }
        return VerdictEngine.quarterInName(profile.name)
    }

    /// A quarter with a year ("q3-2025-planning", "2026 Q1 OKRs", "2025年第三季度"): a task of
    /// one quarter, whatever the year.
    static func quarterInName(_ name: String) -> String? {
        guard yearInName(name) != nil else { return nil }
        let lower = name.lowercased()
        let words = lower.split { !($0.isLetter || $0.isNumber) }
        if let word = words.first(where: { ["q1", "q2", "q3", "q4"].contains($0) }) { return String(word) }
        if let found = ["第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度"].first(where: { lower.contains($0) }) {
            return found
        }
        return nil
    }

    /// A four-digit year 2000–2099 standing alone in a name ("2024年", "2024 audit"). A year
    /// followed by 届 or 级 names a term or a cohort (新民村两委群2021届, 2021级), a standing body,
    /// not a task of that year.
    static func yearInName(_ name: String) -> Int? {
        let scalars = Array(name.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let slice = scalars[index..<index + 4]
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + 4 < scalars.count ? scalars[index + 4] : nil
            func isDigit(_ s: Unicode.Scalar?) -> Bool { s.map { ("0"..."9").contains($0) } ?? false }
            if slice.allSatisfy({ ("0"..."9").contains($0) }), !isDigit(before), !isDigit(after), after != "届", after != "级",
               let year = Int(String(String.UnicodeScalarView(slice))), (2000...2099).contains(year) {
                return year
            }
            index += 1
        }
        return nil
    }

    /// Days between the end of the busiest substantive window and as-of.
    private func peakAgeDays(_ signals: GroupSignals) -> Double {
        let windows = signals.substantivePerWindow
        guard let peak = windows.max(), peak > 0, let last = windows.lastIndex(of: peak) else { return 0 }
        return Double((windows.count - 1 - last) * 30)
    }
}
