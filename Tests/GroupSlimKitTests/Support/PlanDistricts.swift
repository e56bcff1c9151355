import Foundation
@testable import GroupSlimKit

/// Small districts for plan tests, shaped by hand (not by the sample generator) so every
/// before/after figure can be worked out on paper.
enum PlanDistricts {
    /// A substantive message that is unique to `group`, so no cross-post appears by accident.
    static func talk(_ group: String) -> (Int) -> String {
        { index in "\(group) 第\(index)项：三号楼外墙脱落的处置方案需要再核实，请物业明天给出书面答复" }
    }

    /// Messages every `every` days from `from` down to `to` days ago, by `senders` in turn.
    static func stream(_ group: String, from: Double, to: Double, every: Double, senders: [String])
        -> [(Double, String, MessageKind, String?)] {
        DistrictBuilder.chatter(from: from, to: to, every: every, senders: senders, text: talk(group))
    }

    /// The hand-computed district (burden window 91 days = 13 weeks):
    ///
    /// * `keep`  p1…p5, 26 messages in the window (2 a week), no verdict → keep.
    /// * `dead`  p1…p3, another unit; last substantive message 200 days ago and 13 check-ins in the
    ///   window (1 a week, too few for check-in-only) → zombie → dissolve.
    /// * `dup-a` p1 + q1…q5, 13 messages in the window (1 a week).
    /// * `dup-b` the same six people, 39 messages (3 a week), so it survives; one notice was
    ///   posted into both within the hour, so the merged group carries 13 + 39 − 1 = 51 a window.
    static func handComputed(names: (keep: String, dead: String, dupA: String, dupB: String) = ("街道工作群", "旧项目沟通群", "安全生产信息群", "安全生产信息群（新）"))
        -> DistrictBuilder {
        let p = DistrictBuilder.people("p", 1..<6)
        let q = DistrictBuilder.people("q", 1..<6)
        let notice = "关于开展汛前安全隐患大排查的通知：请各单位于本周五前上报排查台账"
        var d = DistrictBuilder()
        d.add(.init(id: "keep", name: names.keep, unit: "街道办", members: p, createdDaysAgo: 400,
                    messages: stream("keep", from: 78, to: 3, every: 3, senders: p)))
        d.add(.init(id: "dead", name: names.dead, unit: "城管科", members: Array(p.prefix(3)), createdDaysAgo: 400,
                    messages: [(200, "p1", .text, talk("dead")(0))]
                        + (0..<13).map { (Double(80 - $0 * 6), "p2", MessageKind.checkin, "打卡") }))
        d.add(.init(id: "dup-a", name: names.dupA, unit: "应急办", tags: ["安全生产"], members: ["p1"] + q, createdDaysAgo: 300,
                    messages: stream("dup-a", from: 84, to: 18, every: 6, senders: q) + [(50.5, "q1", .text, notice)]))
        d.add(.init(id: "dup-b", name: names.dupB, unit: "应急办", tags: ["安全生产"], members: ["p1"] + q, createdDaysAgo: 200,
                    messages: stream("dup-b", from: 85, to: 11, every: 2, senders: q) + [(50.4, "q2", .text, notice)]))
        return d
    }
}
