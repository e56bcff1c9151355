/// Decides the whole district before a byte is written: the people, every group's kind, name,
/// owner and members, the planted relations between groups and each group's activity in time.
///
/// Planning is cheap (memberships only); messages are produced afterwards group by group and
/// streamed to disk, so the plan is the only thing held for the whole run.
struct SampleDistrictPlanner: Sendable {
    /// How one alias person's second account shows up in one group.
    enum AliasUse: UInt8, Sendable {
        /// On the roster and posting under the main id.
        case primary
        /// On the roster and posting under the second id only.
        case alias
        /// Both ids on the roster (the person joined twice); counted once after merging.
        case both
        /// On the roster under the main id but sometimes posting from the second id.
        case sendsAlias
    }

    let seed: UInt64
    let groupCount: Int
    let messagesPerGroup: Int
    /// As-of in local seconds.
    let asOf: Int64

    var world = SampleWorld()
    var plans: [SampleGroupPlan] = []
    /// Person → alias number (0-based) for people with a second account.
    var aliasNumber: [Int32: Int] = [:]
    var aliasPeople: [Int32] = []
    /// (group << 32 | person) → how the alias person appears in that group.
    var aliasUse: [UInt64: AliasUse] = [:]
    /// Notices forwarded into several unrelated groups (a burden signal), by group index.
    var forwarded: [[(time: Int64, text: String)]] = []
    /// Notices cross-posted into every group of a duplicate set, by set.
    var duplicateNotices: [[(time: Int64, text: String)]] = []
    var duplicateSets: [[Int]] = []

    init(seed: UInt64, groupCount: Int, messagesPerGroup: Int, asOf: Int64) {
        self.seed = seed
        self.groupCount = max(0, groupCount)
        self.messagesPerGroup = max(0, messagesPerGroup)
        self.asOf = asOf
    }

    // MARK: - Layout

    /// Blocks of at most 100 groups, as even as possible.
    static func blockSizes(_ total: Int) -> [Int] {
        guard total > 0 else { return [] }
        let count = (total + 99) / 100
        return (0..<count).map { total / count + ($0 < total % count ? 1 : 0) }
    }

    struct Slot: Sendable {
        var kind: SampleGroupKind
        var isBig = false
        var template = -1
        var bigSlot = -1
        var relation = 0
        var duplicateSet = -1
        var duplicateOrdinal = 0
        var undeclared = false
        var recentEnd = false
    }

    /// The kinds of a block of `n` groups, in proportion (the 80-group example has 34 active,
    /// 6 busy-notice, 4 monthly, 2 brand-new, 2 subset, 2 quiet-emergency, 6 zombie, 3 never-used,
    /// 6 task-ended, 5 duplicate in 2 sets, 3 inside-broad-group, 5 check-in-only, 2 protected). From
    /// n = 20 on, every kind is present at least once. Bigs come first; the rest is shuffled later.
    static func slots(for n: Int, streets: Int) -> [Slot] {
        func scaled(_ per80: Double, _ minimum: Int) -> Int {
            let value = Int((Double(n) * per80 / 80).rounded())
            return n >= 20 ? max(minimum, value) : value
        }
        var duplicateSizes: [Int] = []
        for set in 0..<scaled(2, 1) { duplicateSizes.append(set % 2 == 0 && n >= 40 ? 3 : 2) }
        var counts: [(SampleGroupKind, Int)] = [
            (.insideBroad, scaled(3, 1)), (.subsetOtherUnit, scaled(2, 1)), (.zombie, scaled(6, 1)),
            (.neverUsed, scaled(3, 1)), (.taskEnded, scaled(6, n >= 30 ? 2 : 1)), (.checkInOnly, scaled(5, 1)),
            (.busyNotice, scaled(6, 1)), (.monthly, scaled(4, 1)), (.brandNew, scaled(2, 1)),
            (.quietEmergency, scaled(2, 1)), (.protectedQuiet, scaled(2, 1)),
        ]
        func bigCount() -> Int {
            let related = counts[0].1 + counts[1].1
            return related == 0 ? 0 : min(2 + streets, (related + 1) / 2)
        }
        func planted() -> Int { counts.reduce(0) { $0 + $1.1 } + duplicateSizes.reduce(0, +) + bigCount() }
        // Small blocks: drop planted groups until at least one ordinary active group remains.
        while planted() > max(0, n - 1) {
            if let largest = counts.indices.max(by: { counts[$0].1 < counts[$1].1 }), counts[largest].1 > 0 {
                counts[largest].1 -= 1
            } else if !duplicateSizes.isEmpty {
                duplicateSizes.removeLast()
            } else {
                break
            }
        }
        var slots: [Slot] = []
        let bigs = bigCount()
        for b in 0..<bigs {
            var slot = Slot(kind: .active)
            slot.isBig = true
            slot.template = b < 3 ? b : 0
            slots.append(slot)
        }
        for (kind, count) in counts {
            for i in 0..<count {
                var slot = Slot(kind: kind)
                switch kind {
                case .insideBroad, .subsetOtherUnit:
                    slot.bigSlot = i % bigs
                    slot.relation = i / bigs
                case .taskEnded:
                    slot.undeclared = count >= 2 && i == count - 1
                    slot.recentEnd = i == 0
                default: break
                }
                slots.append(slot)
            }
        }
        for (set, size) in duplicateSizes.enumerated() {
            for ordinal in 0..<size {
                var slot = Slot(kind: .duplicate)
                slot.duplicateSet = set
                slot.duplicateOrdinal = ordinal
                slots.append(slot)
            }
        }
        while slots.count < n { slots.append(Slot(kind: .active)) }
        return slots
    }

    // MARK: - Building

    mutating func build() {
        var start = 0
        for (block, size) in SampleDistrictPlanner.blockSizes(groupCount).enumerated() {
            let streets = max(1, min(6, Int((Double(size) / 30).rounded())))
            world.addBlock(index: block, streetCount: streets, seed: seed)
            planBlock(block, size: size, start: start)
            start += size
        }
        assignAliases()
        assignTargets()
        planCrossPosts()
    }

    private mutating func planBlock(_ blockIndex: Int, size: Int, start: Int) {
        var rng = SeededGenerator(seed: seed, stream: 31, UInt64(blockIndex))
        let block = world.blocks[blockIndex]
        var slots = SampleDistrictPlanner.slots(for: size, streets: block.streets.count)
        // Shuffle so that kinds are interleaved in id order; remember where each logical slot went.
        var order = Array(0..<slots.count)
        rng.shuffle(&order)
        var position = [Int](repeating: 0, count: slots.count)
        for (place, logical) in order.enumerated() { position[logical] = place }
        for i in slots.indices where slots[i].bigSlot >= 0 { slots[i].bigSlot = position[slots[i].bigSlot] }
        var placed = [Slot](repeating: Slot(kind: .active), count: slots.count)
        for (logical, slot) in slots.enumerated() { placed[position[logical]] = slot }
        slots = placed

        let placeholder = SampleRecipeCatalog.active[0]
        for (offset, slot) in slots.enumerated() {
            var plan = SampleGroupPlan(index: start + offset, block: blockIndex, kind: slot.kind, recipe: placeholder)
            plan.isBig = slot.isBig
            plan.isUndeclaredTask = slot.undeclared
            plan.relationIndex = slot.relation
            if slot.bigSlot >= 0 { plan.bigIndex = start + slot.bigSlot }
            plans.append(plan)
        }
        if blockIndex == 0, let anchor = slots.indices.first(where: { slots[$0].kind == .active && !slots[$0].isBig }) {
            plans[start + anchor].isAnchor = true
        }

        var usedNames = Set<String>()
        var streetCursor = rng.below(block.streets.count)
        let range = start..<(start + size)

        // 1. Big groups: the first one per street is the street-wide staff group.
        var bigOrdinal = 0
        for g in range where plans[g].isBig {
            let template = SampleRecipeCatalog.bigs[slots[g - start].template]
            let street = template.big.scope == .district ? -1 : block.streets[bigOrdinal % block.streets.count]
            if template.big.scope != .district { bigOrdinal += 1 }
            configure(g, recipe: template.big, street: street, community: -1, usedNames: &usedNames, rng: &rng)
        }
        // 2. Independent groups (everything not derived from another group's members).
        var duplicateSetIDs: [Int: Int] = [:]
        for g in range where !plans[g].isBig {
            let slot = slots[g - start]
            switch slot.kind {
            case .insideBroad, .subsetOtherUnit:
                let big = plans[plans[g].bigIndex]
                let template = SampleRecipeCatalog.bigs.first { $0.big.name == big.recipe.name }!
                let list = slot.kind == .insideBroad ? template.overlaps : template.subsets
                configure(g, recipe: list[slot.relation % list.count], street: big.street, community: -1,
                          usedNames: &usedNames, rng: &rng)
            case .duplicate:
                if slot.duplicateOrdinal == 0 {
                    let recipe = SampleRecipeCatalog.duplicateBases[(slot.duplicateSet + blockIndex) % SampleRecipeCatalog.duplicateBases.count]
                    chooseAndConfigure(g, from: [recipe], usedNames: &usedNames, streetCursor: &streetCursor, rng: &rng)
                    duplicateSetIDs[slot.duplicateSet] = duplicateSets.count
                    duplicateSets.append([g])
                    duplicateNotices.append([])
                }
            default:
                let list: [SampleRecipe]
                switch slot.kind {
                case .busyNotice: list = SampleRecipeCatalog.busyNotice
                case .monthly: list = SampleRecipeCatalog.monthly
                case .brandNew: list = SampleRecipeCatalog.brandNew
                case .checkInOnly: list = SampleRecipeCatalog.checkInOnly
                case .zombie: list = SampleRecipeCatalog.zombie
                case .neverUsed: list = SampleRecipeCatalog.neverUsed
                case .quietEmergency: list = SampleRecipeCatalog.quietEmergency
                case .protectedQuiet: list = SampleRecipeCatalog.protectedQuiet
                case .taskEnded: list = slot.undeclared ? [SampleRecipeCatalog.taskEndedUndeclared] : SampleRecipeCatalog.taskEnded
                default: list = SampleRecipeCatalog.active
                }
                if slot.kind == .taskEnded { planTaskTimes(g, recentEnd: slot.recentEnd, rng: &rng) }
                chooseAndConfigure(g, from: list, usedNames: &usedNames, streetCursor: &streetCursor, rng: &rng)
            }
        }
        // Duplicate copies share the base's recipe and place, under their own names.
        for g in range where slots[g - start].kind == .duplicate && slots[g - start].duplicateOrdinal > 0 {
            let slot = slots[g - start]
            let setID = duplicateSetIDs[slot.duplicateSet]!
            let base = plans[duplicateSets[setID][0]]
            var recipe = base.recipe
            recipe.name = base.recipe.siblingNames[(slot.duplicateOrdinal - 1) % base.recipe.siblingNames.count]
            configure(g, recipe: recipe, street: base.street, community: base.community, usedNames: &usedNames, rng: &rng)
            plans[g].duplicateSet = setID
            duplicateSets[setID].append(g)
        }
        for set in duplicateSets.indices where plans[duplicateSets[set][0]].block == blockIndex {
            plans[duplicateSets[set][0]].duplicateSet = set
            for g in duplicateSets[set] { plans[g].related = duplicateSets[set].filter { $0 != g } }
        }
        for g in range where plans[g].bigIndex >= 0 { plans[g].related = [plans[g].bigIndex] }

        // 3. Members of independent groups, then pull accidental look-alikes apart.
        let independent = range.filter { isIndependent(plans[$0]) }
        for g in independent { sampleMembers(g, rng: &rng) }
        repair(independent, rng: &rng)
        // 4. Derived groups: duplicate copies, then groups inside a big group.
        for set in duplicateSets.indices where plans[duplicateSets[set][0]].block == blockIndex {
            deriveDuplicates(duplicateSets[set], block: range, rng: &rng)
        }
        for g in range where plans[g].bigIndex >= 0 { deriveInside(g, others: Array(range), rng: &rng) }

        // 5. Platform, admins, bots, inferred posters, leavers, time.
        assignPlatforms(range.filter { isIndependent(plans[$0]) }, rng: &rng)
        for g in range { decorate(g, rng: &rng) }
        // Planted relations stay on one platform: member ids are only comparable within a
        // platform for an importer that keys people by (platform, id), and a label must not depend
        // on that choice.
        for g in range {
            if plans[g].bigIndex >= 0 { plans[g].platform = plans[plans[g].bigIndex].platform }
            if plans[g].kind == .duplicate { plans[g].platform = plans[duplicateSets[plans[g].duplicateSet][0]].platform }
        }
        // Copies of a duplicate set are created after their base, so bases are timed first.
        for g in range where !(plans[g].kind == .duplicate && duplicateSets[plans[g].duplicateSet][0] != g) {
            planTimes(g, rng: &rng)
        }
        for g in range where plans[g].kind == .duplicate && duplicateSets[plans[g].duplicateSet][0] != g {
            planTimes(g, rng: &rng)
        }
    }

    private func isIndependent(_ plan: SampleGroupPlan) -> Bool {
        if plan.bigIndex >= 0 { return false }
        if plan.kind == .duplicate { return duplicateSets[plan.duplicateSet][0] == plan.index }
        return true
    }

    // MARK: - Names and places

    private mutating func chooseAndConfigure(_ g: Int, from recipes: [SampleRecipe], usedNames: inout Set<String>,
                                             streetCursor: inout Int, rng: inout SeededGenerator) {
        let block = world.blocks[plans[g].block]
        let first = rng.below(recipes.count)
        for attempt in 0..<(recipes.count * 12) {
            let recipe = recipes[(first + attempt / 4) % recipes.count]
            var street = -1, community = -1
            if recipe.scope != .district {
                street = block.streets[streetCursor % block.streets.count]
                streetCursor += 1
                if recipe.scope == .community { community = rng.pick(world.streets[street].communities) }
            }
            let name = resolveName(recipe.name, g: g, street: street, community: community)
            if !usedNames.contains(name) || attempt == recipes.count * 12 - 1 {
                configure(g, recipe: recipe, street: street, community: community, usedNames: &usedNames, rng: &rng)
                return
            }
        }
    }

    private mutating func configure(_ g: Int, recipe: SampleRecipe, street: Int, community: Int,
                                    usedNames: inout Set<String>, rng: inout SeededGenerator) {
        var plan = plans[g]
        plan.recipe = recipe
        plan.street = street
        plan.community = community
        var name = resolveName(recipe.name, g: g, street: street, community: community)
        var copy = 2
        while usedNames.contains(name) {
            name = resolveName(recipe.name, g: g, street: street, community: community) + "（\(copy)）"
            copy += 1
        }
        usedNames.insert(name)
        plan.name = name
        let block = world.blocks[plan.block]
        switch recipe.owner {
        case .department(let d): plan.ownerUnit = block.departments[d]
        case .section(let s): plan.ownerUnit = world.streets[street].sections[s]
        case .office: plan.ownerUnit = world.streets[street].office
        case .committee: plan.ownerUnit = world.communities[community].committee
        case .police: plan.ownerUnit = world.streets[street].police
        case .health: plan.ownerUnit = world.streets[street].health
        }
        let people = world.units[plan.ownerUnit].people
        plan.owner = recipe.owner.isCommittee && rng.chance(0.6)
            ? people.lowerBound : people.lowerBound + Int32(rng.below(people.count))
        plan.audienceUnits = []
        for (audience, weight) in recipe.audience {
            let units = resolve(audience, plan: plan)
            if !units.isEmpty { plan.audienceUnits.append((units: units, weight: weight)) }
        }
        plans[g] = plan
    }

    private func resolveName(_ pattern: String, g: Int, street: Int, community: Int) -> String {
        let plan = plans[g]
        var name = pattern.replacingOccurrences(of: "{D}", with: world.blocks[plan.block].district)
        if street >= 0 {
            name = name.replacingOccurrences(of: "{S}", with: world.streets[street].name)
            name = name.replacingOccurrences(of: "{P}", with: world.streets[street].stem + "派出所")
        }
        if community >= 0 { name = name.replacingOccurrences(of: "{C}", with: world.communities[community].name) }
        if name.contains("{Y}") {
            let reference = plan.isUndeclaredTask ? plan.created : (plan.taskEndDay ?? SampleCalendar.dayNumber(asOf)) * SampleCalendar.day
            let year = SampleCalendar.civil(SampleCalendar.dayNumber(reference)).year
            name = name.replacingOccurrences(of: "{Y}", with: String(year))
        }
        return name
    }

    private func resolve(_ audience: SampleRecipe.Audience, plan: SampleGroupPlan) -> [Int] {
        let block = world.blocks[plan.block]
        let streets = plan.recipe.scope == .district || plan.street < 0 ? block.streets : [plan.street]
        let communities: [Int]
        switch plan.recipe.scope {
        case .district: communities = block.communities
        case .street: communities = plan.street >= 0 ? world.streets[plan.street].communities : block.communities
        case .community: communities = plan.community >= 0 ? [plan.community] : block.communities
        }
        switch audience {
        case .owner: return [plan.ownerUnit]
        case .office: return streets.map { world.streets[$0].office }
        case .sections: return streets.flatMap { world.streets[$0].sections }
        case .section(let s): return streets.map { world.streets[$0].sections[s] }
        case .committee: return communities.map { world.communities[$0].committee }
        case .grids: return communities.flatMap { world.communities[$0].grids }
        case .buildingHeads: return communities.map { world.communities[$0].buildingHeads }
        case .volunteers: return communities.map { world.communities[$0].volunteers }
        case .residents: return communities.map { world.communities[$0].residents }
        case .police: return streets.map { world.streets[$0].police }
        case .health: return streets.map { world.streets[$0].health }
        case .companies: return streets.flatMap { world.streets[$0].companies }
        case .department(let d): return [block.departments[d]]
        }
    }

    /// People a group may fall back on when its audience is used up.
    private func scopePool(_ plan: SampleGroupPlan) -> Range<Int32> {
        if plan.recipe.scope != .district, plan.street >= 0 { return world.streets[plan.street].people }
        let block = world.blocks[plan.block]
        return block.people.lowerBound..<block.bots[0]
    }

    // MARK: - Members

    private func audienceCapacity(_ plan: SampleGroupPlan) -> Int {
        var seen = Set<Int>()
        var total = 0
        for entry in plan.audienceUnits {
            for unit in entry.units where seen.insert(unit).inserted { total += world.units[unit].people.count }
        }
        return total
    }

    /// One person from the group's audience (weighted), or from its scope when `fallback`.
    private func drawCandidate(_ plan: SampleGroupPlan, fallback: Bool, rng: inout SeededGenerator) -> Int32 {
        if fallback || plan.audienceUnits.isEmpty {
            let pool = scopePool(plan)
            return pool.lowerBound + Int32(rng.below(pool.count))
        }
        let entry = plan.audienceUnits[rng.weighted(plan.audienceUnits.map(\.weight))]
        var total = 0
        for unit in entry.units { total += world.units[unit].people.count }
        var pick = rng.below(max(1, total))
        for unit in entry.units {
            let people = world.units[unit].people
            if pick < people.count { return people.lowerBound + Int32(pick) }
            pick -= people.count
        }
        return world.units[entry.units[0]].people.lowerBound
    }

    private mutating func sampleMembers(_ g: Int, rng: inout SeededGenerator) {
        var plan = plans[g]
        let capacity = audienceCapacity(plan)
        var size = rng.int(plan.recipe.size)
        size = max(5, min(size, Int(Double(capacity) * 0.85)))
        var chosen = Set<Int32>([plan.owner])
        var members: [Int32] = [plan.owner]
        // Cadres: the leaders who end up in twenty or thirty groups.
        let block = world.blocks[plan.block]
        var cadres: [(Int32, Double)] = []
        let quiet: Double = [.neverUsed, .brandNew, .checkInOnly, .monthly].contains(plan.kind) ? 0.5 : 1
        switch plan.recipe.scope {
        case .district:
            for street in block.streets { for cadre in world.streets[street].cadres { cadres.append((cadre.person, cadre.districtShare * quiet)) } }
            for cadre in block.districtCadres { cadres.append((cadre.person, cadre.districtShare * quiet)) }
        case .street, .community:
            let factor = plan.recipe.scope == .community ? 0.45 : 1
            for cadre in world.streets[plan.street].cadres { cadres.append((cadre.person, cadre.streetShare * factor * quiet)) }
        }
        rng.shuffle(&cadres)
        var cadreRoom = Int(Double(size) * 0.3)
        for (person, share) in cadres where cadreRoom > 0 && rng.chance(share) {
            if chosen.insert(person).inserted {
                members.append(person)
                cadreRoom -= 1
            }
        }
        var attempts = 0
        while members.count < size, attempts < size * 40 {
            let person = drawCandidate(plan, fallback: attempts > size * 20 || rng.chance(0.08), rng: &rng)
            attempts += 1
            if world.persons[Int(person)].isBot { continue }
            if chosen.insert(person).inserted { members.append(person) }
        }
        plan.members = members.sorted()
        plans[g] = plan
    }

    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// Whether two unplanted groups are close enough that an analysis could mistake them for a
    /// duplicate or an overlap. The margins (0.55 containment, 0.45 Jaccard) sit well below the
    /// thresholds a reasonable policy uses (0.8–0.9), so labels never hinge on rounding.
    static func tooClose(_ a: [Int32], _ b: [Int32]) -> Bool {
        let shared = sharedCount(a, b)
        if shared < 3 { return false }
        let smaller = min(a.count, b.count)
        let union = a.count + b.count - shared
        return Double(shared) >= 0.55 * Double(smaller) || Double(shared) >= 0.45 * Double(union)
    }

    private mutating func repair(_ groups: [Int], rng: inout SeededGenerator) {
        let block = world.blocks[plans[groups.first ?? 0].block]
        var degree = [Int32](repeating: 0, count: block.people.count)
        for g in groups { for person in plans[g].members { degree[Int(person - block.people.lowerBound)] += 1 } }
        for _ in 0..<12 {
            var changed = false
            for x in groups.indices {
                for y in groups.indices where y > x {
                    let a = groups[x], b = groups[y]
                    guard SampleDistrictPlanner.tooClose(plans[a].members, plans[b].members) else { continue }
                    let aSmaller = (plans[a].members.count, plans[a].isBig ? 1 : 0) <= (plans[b].members.count, plans[b].isBig ? 1 : 0)
                    separate(aSmaller ? a : b, from: aSmaller ? b : a, degree: &degree, blockStart: block.people.lowerBound, rng: &rng)
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    /// Swaps enough of `small`'s shared members for other people that at most 40% remain shared.
    /// Replacements are people in no other group where possible, so a fix never creates a new
    /// look-alike elsewhere.
    private mutating func separate(_ small: Int, from large: Int, degree: inout [Int32], blockStart: Int32,
                                   rng: inout SeededGenerator) {
        var plan = plans[small]
        let largeSet = Set(plans[large].members)
        var shared = plan.members.filter { largeSet.contains($0) && $0 != plan.owner }
        let keep = max(0, Int(0.4 * Double(plan.members.count)) - (largeSet.contains(plan.owner) ? 1 : 0))
        let remove = max(0, shared.count - keep)
        guard remove > 0 else { return }
        rng.shuffle(&shared)
        let removed = Set(shared.prefix(remove))
        var members = plan.members.filter { !removed.contains($0) }
        for person in removed { degree[Int(person - blockStart)] -= 1 }
        var chosen = Set(members)
        var attempts = 0
        while members.count < plan.members.count, attempts < 6000 {
            let person = drawCandidate(plan, fallback: attempts > 300, rng: &rng)
            attempts += 1
            if world.persons[Int(person)].isBot || largeSet.contains(person) || removed.contains(person) { continue }
            // Fresh people first; after many misses anyone outside the large group will do.
            if attempts < 3000, degree[Int(person - blockStart)] > 0 { continue }
            if chosen.insert(person).inserted {
                members.append(person)
                degree[Int(person - blockStart)] += 1
            }
        }
        plan.members = members.sorted()
        plans[small] = plan
    }

    private mutating func deriveDuplicates(_ set: [Int], block: Range<Int>, rng: inout SeededGenerator) {
        let base = plans[set[0]]
        // A person added to a copy must be new to the block, or the copy could drift toward some
        // unrelated group that the base was kept apart from.
        var taken = Set<Int32>()
        for g in block { taken.formUnion(plans[g].members) }
        for g in set.dropFirst() {
            var plan = plans[g]
            var members = base.members
            plan.owner = rng.chance(0.5) ? base.owner : plan.owner
            if !members.contains(plan.owner) { plan.owner = base.owner }
            if members.count >= 30 {
                // At most one person dropped and one added per copy: pairwise Jaccard stays ≥ 0.87.
                if rng.chance(0.6) {
                    let candidates = members.filter { $0 != plan.owner && $0 != base.owner }
                    let drop = rng.pick(candidates)
                    members.removeAll { $0 == drop }
                }
                if rng.chance(0.6) {
                    for _ in 0..<50 {
                        let person = drawCandidate(plan, fallback: false, rng: &rng)
                        if !world.persons[Int(person)].isBot, !taken.contains(person) {
                            members.append(person)
                            taken.insert(person)
                            break
                        }
                    }
                }
            }
            plan.members = members.sorted()
            plans[g] = plan
        }
    }

    /// Builds a group planted inside its big group. Members are taken greedily so that no other
    /// group of the block shares more than 40% of them: the planted container must be the only
    /// group this one resembles.
    private mutating func deriveInside(_ g: Int, others: [Int], rng: inout SeededGenerator) {
        let big = plans[plans[g].bigIndex]
        let bigMembers = big.members
        let isOverlap = plans[g].kind == .insideBroad
        var groupsOf: [Int32: [Int]] = [:]
        for other in others where other != g && other != big.index {
            for person in plans[other].members { groupsOf[person, default: []].append(other) }
        }
        let cadres = Set(world.streetsAndDistrictCadres(block: plans[g].block))
        let audience = Set(plans[g].audienceUnits.flatMap(\.units))
        var best: [Int32] = []
        var bestOwner: Int32 = plans[g].owner
        var bestConflicts = Int.max
        for _ in 0..<12 {
            var plan = plans[g]
            var size = rng.int(plan.recipe.size)
            size = max(5, min(size, bigMembers.count / 3))
            var preferred = bigMembers.filter { audience.contains(Int(world.persons[Int($0)].unit)) }
            var rest = bigMembers.filter { !audience.contains(Int(world.persons[Int($0)].unit)) }
            rng.shuffle(&preferred)
            rng.shuffle(&rest)
            if isOverlap {
                plan.owner = plan.ownerUnit == big.ownerUnit ? big.owner : (preferred.first ?? big.owner)
            }
            var members: [Int32] = [plan.owner]
            var shared: [Int: Int] = [:]
            for other in groupsOf[plan.owner] ?? [] { shared[other, default: 0] += 1 }
            var cadreRoom = max(0, size / 5)
            func fits(_ person: Int32) -> Bool {
                for other in groupsOf[person] ?? [] {
                    let cap = max(1, Int(0.4 * Double(min(size, plans[other].members.count))))
                    if shared[other, default: 0] + 1 > cap { return false }
                }
                return true
            }
            for strict in [true, false] {
                for person in preferred + rest where members.count < size && !members.contains(person) {
                    if cadres.contains(person) {
                        if cadreRoom == 0 { continue }
                    }
                    if strict, !fits(person) { continue }
                    members.append(person)
                    if cadres.contains(person) { cadreRoom -= 1 }
                    for other in groupsOf[person] ?? [] { shared[other, default: 0] += 1 }
                }
            }
            // An overlapping group of twelve or more may have one outsider (containment ≥ 11/12).
            if isOverlap, size >= 12, members.count >= 12, rng.chance(0.5) {
                for _ in 0..<40 {
                    let person = drawCandidate(plan, fallback: false, rng: &rng)
                    if !world.persons[Int(person)].isBot, !bigMembers.contains(person), !members.contains(person),
                       groupsOf[person] == nil {
                        members[members.count - 1] = person
                        break
                    }
                }
            }
            members.sort()
            var conflicts = 0
            for other in others where other != g && other != plan.bigIndex && !plans[other].members.isEmpty {
                if SampleDistrictPlanner.tooClose(members, plans[other].members) { conflicts += 1 }
            }
            if conflicts < bestConflicts {
                best = members
                bestOwner = plan.owner
                bestConflicts = conflicts
            }
            if conflicts == 0 { break }
        }
        plans[g].members = best
        plans[g].owner = bestOwner
    }

    // MARK: - Decoration

    private static let simpleKinds: Set<SampleGroupKind> = [.active, .busyNotice, .zombie, .monthly]

    /// Mostly WeChat, some DingTalk, WeCom and QQ, by quota rather than by chance so that every
    /// platform appears in any block of ten groups or more.
    private mutating func assignPlatforms(_ groups: [Int], rng: inout SeededGenerator) {
        let names = ["dingtalk", "wecom", "qq"]
        let shares = [0.12, 0.1, 0.1]
        var platforms: [String] = []
        for (name, share) in zip(names, shares) {
            let count = max(groups.count >= 10 ? 1 : 0, Int((Double(groups.count) * share).rounded()))
            platforms += Array(repeating: name, count: count)
        }
        platforms = Array(platforms.prefix(groups.count))
        platforms += Array(repeating: "wechat", count: groups.count - platforms.count)
        rng.shuffle(&platforms)
        for (g, platform) in zip(groups, platforms) { plans[g].platform = platform }
    }

    private mutating func decorate(_ g: Int, rng: inout SeededGenerator) {
        var plan = plans[g]
        // Admins: colleagues of the owner first, then any cadre in the group.
        let ownerPeople = world.units[plan.ownerUnit].people
        var candidates = plan.members.filter { ownerPeople.contains($0) && $0 != plan.owner }
        rng.shuffle(&candidates)
        plan.admins = Array(candidates.prefix(rng.int(0...2))).sorted()
        let plain = !plan.isBig && plan.bigIndex < 0 && plan.kind != .duplicate
        if plain, plan.kind == .active || plan.kind == .busyNotice, plan.platform == "dingtalk" || plan.platform == "wecom",
           rng.chance(0.6) {
            plan.bot = rng.pick(world.blocks[plan.block].bots)
        }
        if plain, plan.kind == .active, !plan.isAnchor, rng.chance(0.25) {
            for _ in 0..<rng.int(1...2) {
                for _ in 0..<40 {
                    let person = drawCandidate(plan, fallback: false, rng: &rng)
                    if !world.persons[Int(person)].isBot, !plan.members.contains(person), !plan.inferredSenders.contains(person) {
                        plan.inferredSenders.append(person)
                        break
                    }
                }
            }
        }
        if plain, SampleDistrictPlanner.simpleKinds.contains(plan.kind) {
            plan.leavers = plan.members.filter { $0 != plan.owner && !plan.admins.contains($0) && rng.chance(0.025) }
        }
        plan.renamed = rng.chance(0.1)
        plan.isProtected = plan.kind == .protectedQuiet
        plans[g] = plan
    }

    // MARK: - Time

    private mutating func planTaskTimes(_ g: Int, recentEnd: Bool, rng: inout SeededGenerator) {
        let day = SampleCalendar.day
        let asOfDay = SampleCalendar.dayNumber(asOf)
        if plans[g].isUndeclaredTask {
            // Burst in the winter before as-of's year, dead more than two months before as-of.
            let until = asOf - Int64(rng.int(70...120)) * day
            let year = SampleCalendar.civil(asOfDay).year
            let yearStart = SampleCalendar.dayNumber(year: year, month: 1, day: 1) * day
            let created = min(until - Int64(rng.int(45...120)) * day, yearStart - Int64(rng.int(5...60)) * day)
            plans[g].created = created - Int64(rng.below(Int(day)))
            plans[g].activeUntil = until
            plans[g].peakEnd = until
            return
        }
        let endDay = asOfDay - Int64(recentEnd ? rng.int(35...45) : rng.int(60...300))
        let until = endDay * day + 17 * SampleCalendar.hour + 30 * SampleCalendar.minute
        // A task that ended only weeks ago did its real work earlier: the burst stops more than two
        // months before as-of and only wrap-up follows, so "the burst died away" holds on any
        // 60-day window.
        let peakEnd = recentEnd ? asOf - Int64(rng.int(70...80)) * day : until - Int64(rng.int(10...25)) * day
        plans[g].taskEndDay = endDay
        plans[g].activeUntil = until
        plans[g].peakEnd = peakEnd
        plans[g].created = peakEnd - Int64(rng.int(30...200)) * day - Int64(rng.below(Int(day)))
    }

    private mutating func planTimes(_ g: Int, rng: inout SeededGenerator) {
        let day = SampleCalendar.day
        var plan = plans[g]
        func ago(_ days: ClosedRange<Int>) -> Int64 { asOf - Int64(rng.int(days)) * day - Int64(rng.below(Int(day))) }
        plan.activeUntil = asOf
        switch plan.kind {
        case .active: plan.created = ago(plan.isBig ? 400...2000 : 200...1800)
        case .busyNotice: plan.created = ago(200...1500)
        case .checkInOnly: plan.created = ago(120...900)
        case .subsetOtherUnit: plan.created = ago(120...900)
        case .insideBroad: plan.created = ago(150...1200)
        case .duplicate:
            let set = duplicateSets[plan.duplicateSet]
            if set[0] == g {
                plan.created = ago(300...1500)
            } else {
                let baseCreated = plans[set[0]].created
                let span = Int((asOf - baseCreated) / day)
                plan.created = baseCreated + Int64(rng.int(20...max(21, span - 90))) * day + Int64(rng.below(Int(day)))
            }
        case .brandNew: plan.created = ago(3...12)
        case .monthly:
            plan.created = ago(200...1200)
            plan.activeUntil = asOf - Int64(rng.int(5...20)) * day
        case .quietEmergency:
            plan.activeUntil = ago(120...250)
            plan.created = plan.activeUntil - Int64(rng.int(150...900)) * day
        case .protectedQuiet:
            plan.activeUntil = ago(200...400)
            plan.created = plan.activeUntil - Int64(rng.int(200...1000)) * day
        case .zombie:
            plan.activeUntil = ago(150...500)
            plan.created = plan.activeUntil - Int64(rng.int(60...900)) * day
        case .neverUsed:
            plan.created = ago(130...700)
            plan.activeUntil = plan.created
        case .taskEnded:
            plan.activeUntil = plans[g].activeUntil
        }
        if plan.kind == .taskEnded { plan.created = plans[g].created }
        // Groups are created by people at work.
        if plan.kind == .neverUsed {
            plan.created = workingTime(around: plan.created, rng: &rng)
            plan.activeUntil = plan.created
        } else {
            plan.created = min(workingTime(around: plan.created, rng: &rng), plan.activeUntil - SampleCalendar.day)
        }
        plan.afterHoursShare = plan.kind == .checkInOnly || plan.kind == .busyNotice ? rng.double(0.12...0.28) : rng.double(0.05...0.2)
        plan.weekendKeep = rng.double(0.08...0.35)
        plans[g] = plan
    }

    // MARK: - Message budget

    private mutating func assignTargets() {
        var rng = SeededGenerator(seed: seed, stream: 41)
        var fixed = 0.0
        var totalWeight = 0.0
        for g in plans.indices {
            let plan = plans[g]
            let base: Double
            switch plan.kind {
            case .active: base = plan.isBig ? 3 : 1.5
            case .busyNotice: base = 1.6
            case .checkInOnly: base = 1.5
            case .duplicate: base = 1
            case .insideBroad, .subsetOtherUnit: base = 0.6
            case .taskEnded: base = 0.9
            case .zombie: base = 0.45
            case .quietEmergency: base = 0.3
            case .protectedQuiet: base = 0.25
            case .monthly:
                fixed += Double((asOf - plan.created) / (30 * SampleCalendar.day)) * 3.5
                base = 0
            case .brandNew: fixed += 15; base = 0
            case .neverUsed: fixed += 3; base = 0
            }
            let sizeFactor = min(2.5, max(0.6, (Double(plan.members.count) / 30).squareRoot()))
            let weight = base * sizeFactor * rng.double(0.6...1.4)
            plans[g].weight = weight
            totalWeight += weight
        }
        let budget = max(0, Double(groupCount) * Double(messagesPerGroup) - fixed)
        for g in plans.indices {
            let plan = plans[g]
            var target = totalWeight > 0 ? Int((budget * plan.weight / totalWeight).rounded()) : 0
            switch plan.kind {
            case .taskEnded: target = max(target, 100)
            case .checkInOnly: target = max(target, 120)
            case .busyNotice: target = max(target, 80)
            case .duplicate: target = max(target, 60)
            case .active: target = max(target, 40)
            case .insideBroad, .subsetOtherUnit: target = max(target, 40)
            case .zombie, .quietEmergency: target = max(target, 20)
            case .protectedQuiet: target = max(target, 15)
            case .monthly, .brandNew, .neverUsed: target = 0
            }
            plans[g].target = target
        }
    }

    // MARK: - Aliases

    /// A handful of people per block get a second account that shows up in rosters and posts.
    private mutating func assignAliases() {
        var groupsOf: [Int32: [Int]] = [:]
        for plan in plans {
            for person in plan.members { groupsOf[person, default: []].append(plan.index) }
        }
        var rng = SeededGenerator(seed: seed, stream: 51)
        for block in world.blocks {
            let owners = Set(plans.filter { $0.block == block.index }.map(\.owner))
            var candidates = block.people.filter {
                !world.persons[Int($0)].isBot && !owners.contains($0) && (groupsOf[$0]?.count ?? 0) >= 3
            }
            rng.shuffle(&candidates)
            let wanted = max(3, block.people.count / 150)
            for (ordinal, person) in candidates.prefix(wanted).sorted().enumerated() {
                aliasNumber[person] = aliasPeople.count
                aliasPeople.append(person)
                let groups = groupsOf[person]!.sorted()
                for (i, g) in groups.enumerated() {
                    let use: AliasUse
                    switch i {
                    case 0: use = .primary
                    case 1: use = .alias
                    case 2: use = ordinal == 0 ? .both : .sendsAlias
                    default: use = [AliasUse.primary, .alias, .sendsAlias][rng.weighted([0.5, 0.3, 0.2])]
                    }
                    aliasUse[SampleDistrictPlanner.key(g, person)] = use
                }
            }
        }
    }

    static func key(_ group: Int, _ person: Int32) -> UInt64 { UInt64(group) << 32 | UInt64(UInt32(bitPattern: person)) }

    func aliasUse(group: Int, person: Int32) -> AliasUse? {
        aliasNumber[person] == nil ? nil : aliasUse[SampleDistrictPlanner.key(group, person)]
    }

    // MARK: - Cross-posting

    /// Notices forwarded into several unrelated groups (burden, not duplication: their members
    /// differ), and the notices every copy of a duplicate set receives within minutes.
    private mutating func planCrossPosts() {
        forwarded = Array(repeating: [], count: plans.count)
        let day = SampleCalendar.day
        for block in world.blocks {
            var rng = SeededGenerator(seed: seed, stream: 61, UInt64(block.index))
            let members = plans.filter { $0.block == block.index }
            let eligible = members.filter {
                !$0.isBig && $0.bigIndex < 0 && ($0.kind == .active || $0.kind == .busyNotice) && $0.kind != .duplicate
            }.map(\.index)
            guard eligible.count >= 2 else { continue }
            let composer = SampleTextComposer(tags: ["综合"], communities: [], ownerUnit: block.district + "委办公室",
                                              district: block.district, place: "", platform: "wechat")
            for _ in 0..<max(2, members.count / 5) {
                let time = workingTime(around: asOf - Int64(rng.int(2...300)) * day, rng: &rng)
                let text = "【转发】" + composer.notice(&rng, day: SampleCalendar.dayNumber(time), contact: SampleVocabulary.personName(&rng))
                var targets = eligible.filter { plans[$0].created < time - day }
                rng.shuffle(&targets)
                for g in targets.prefix(rng.int(2...5)) {
                    forwarded[g].append((time + Int64(rng.int(0...10_800)), text))
                }
            }
        }
        for set in duplicateSets.indices {
            var rng = SeededGenerator(seed: seed, stream: 71, UInt64(set))
            let groups = duplicateSets[set]
            let start = groups.map { plans[$0].created }.max()! + day
            let base = plans[groups[0]]
            let composer = textComposer(base)
            let count = max(4, min(60, base.target / 12))
            var notices: [(time: Int64, text: String)] = []
            for _ in 0..<count {
                let span = max(day, asOf - 2 * day - start)
                let time = workingTime(around: start + rng.int64(0...span), rng: &rng)
                guard time < asOf - day else { continue }
                notices.append((time, composer.notice(&rng, day: SampleCalendar.dayNumber(time), contact: world.persons[Int(base.owner)].name)))
            }
            duplicateNotices[set] = notices.sorted { $0.time < $1.time }
        }
    }

    /// A time on a working day between 08:40 and 17:30 near `time`.
    func workingTime(around time: Int64, rng: inout SeededGenerator) -> Int64 {
        var dayNumber = SampleCalendar.dayNumber(time)
        while SampleCalendar.isWeekend(day: dayNumber) { dayNumber -= 1 }
        return dayNumber * SampleCalendar.day + 8 * SampleCalendar.hour + 40 * SampleCalendar.minute + Int64(rng.int(0...31_800))
    }

    /// The text composer of a group: its topics, communities and owner.
    func textComposer(_ plan: SampleGroupPlan) -> SampleTextComposer {
        let block = world.blocks[plan.block]
        var communities: [String]
        if plan.community >= 0 {
            communities = [world.communities[plan.community].name]
        } else if plan.street >= 0 {
            communities = world.streets[plan.street].communities.map { world.communities[$0].name }
        } else {
            communities = block.communities.prefix(8).map { world.communities[$0].name }
        }
        let place = plan.street >= 0 ? world.streets[plan.street].name + "办事处" : block.district + "政府"
        if communities.isEmpty { communities = [place] }
        return SampleTextComposer(tags: plan.recipe.tags, communities: communities, ownerUnit: world.units[plan.ownerUnit].name,
                                  district: block.district, place: place, platform: plan.platform)
    }
}

extension SampleRecipe.Owner {
    var isCommittee: Bool {
        if case .committee = self { return true }
        return false
    }
}

extension SampleWorld {
    /// Every cadre of a block, street leaders and district leaders alike.
    func streetsAndDistrictCadres(block: Int) -> [Int32] {
        var result = blocks[block].districtCadres.map(\.person)
        for street in blocks[block].streets { result += streets[street].cadres.map(\.person) }
        return result
    }
}
