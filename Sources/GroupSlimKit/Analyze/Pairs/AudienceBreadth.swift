/// Which groups speak to a broad audience: the all-staff group, the notice group, #general.
///
/// In every district one group holds nearly everyone and small groups sit inside it for good
/// reasons (policy-basis.md): a section's group is inside the all-staff group because its people
/// work there, not because it need not exist. So a broad group is never the group a unit's
/// sub-group is merged into. Recognised from the audience first, the name last:
/// 1. members from at least three units, none of them holding half (units from the roster);
/// 2. holding nearly everyone in the data (at least 80% of the people, and at least 20);
/// 3. its traffic: notices it posted first cascaded (the same text within 24 hours) into groups of
///    at least three other owner units, at least `cross_post_evidence` times;
/// 4. a name word from the policy's `broad_audience_words` (全体, 总群, general …).
struct AudienceBreadth {
    static let minimumUnits = 3
    static let nearlyEveryone = 0.8
    static let minimumMembers = 20

    /// Why each profile is broad, or `nil`; in the profiles' order.
    static func reasons(_ profiles: [GroupProfile], cascades: [Int64: CrossPostDetector.Cascade] = [:],
                        policy: AnalysisPolicy) -> [String?] {
        var everyone = Set<Int64>()
        for profile in profiles { everyone.formUnion(profile.members) }
        var unitOf: [Int64: String] = [:]
        for profile in profiles {
            if let unit = profile.ownerUnit, !unit.isEmpty { unitOf[profile.rowID] = unit }
        }
        return profiles.map { profile in
            let members = profile.members.count
            if profile.membersWithUnit >= 10, profile.membersWithUnit * 2 >= members,
               profile.memberUnits >= minimumUnits, profile.largestUnitMembers * 2 <= profile.membersWithUnit {
                let share = Measure.decimal(Double(profile.largestUnitMembers) * 100 / Double(profile.membersWithUnit), places: 0)
                return "its members come from \(profile.memberUnits) units, the largest \(share)%"
            }
            if members >= minimumMembers, Double(members) >= nearlyEveryone * Double(everyone.count) {
                return "it holds \(members) of the \(everyone.count) people in the data"
            }
            if let cascade = cascades[profile.rowID], cascade.notices >= policy.crossPostEvidence {
                let units = Set(cascade.reached.compactMap { unitOf[$0] }).subtracting([profile.ownerUnit ?? ""])
                if units.count >= minimumUnits {
                    return "\(cascade.notices) notices it posted first were forwarded into groups of \(units.count) other units"
                }
            }
            if let word = policy.broadAudienceWord(name: profile.name) {
                return "its name marks a group for everyone ('\(word)')"
            }
            return nil
        }
    }
}
