import Foundation

/// Synthetic group memberships shaped like a large organisation's chat groups, for measuring
/// ``SimilarityJoin`` (and anything built on it) without real data.
///
/// The shape matters more than the volume: a join is easy on uniform random sets, which share
/// almost nothing. Real groups cluster in units (a department's groups share most members),
/// a few people (leaders, secretaries) are in thousands of groups, sizes are log-normal with a
/// long tail up to an all-staff group, and some groups really are re-created copies or
/// sub-committees of others. Each of those raises the candidate count, so each is modelled:
///
/// - sizes: log-normal with σ = 1.1 and the requested mean, at least 1;
/// - members: 75% drawn uniformly from the group's home unit (blocks of 300 people, widened
///   for big groups), 25% from an organisation-wide Zipf popularity (1/(rank + 50));
/// - 3% near-duplicates: an earlier group with each member dropped at 5% and 5% newcomers
///   (Jaccard around 0.9);
/// - 2% sub-groups: 20–70% of an earlier group of ≥ 8, sometimes plus one outsider;
/// - one all-staff group per 50,000 groups (from 1,000 groups on) of min(30,000, people / 3).
public enum SimilarityWorkload {
    /// Members of one home unit.
    static let unitSize = 300
    /// Offset of the Zipf popularity curve; keeps the most popular person in about 0.2% of
    /// organisation-wide draws instead of several percent.
    static let popularityOffset = 50.0
    static let globalShare = 0.25
    static let sizeSigma = 1.1
    static let duplicateShare = 0.03
    static let subgroupShare = 0.02

    /// `groups` member sets (each sorted, without duplicates) over person ids `0..<people`.
    ///
    /// - Parameters:
    ///   - groups: Number of sets to generate.
    ///   - meanSize: Target mean group size before de-duplication and planting.
    ///   - people: Number of distinct person ids available.
    ///   - seed: Everything is a function of the seed (and the platform's libm for sizes).
    /// - Returns: The sets, in generation order.
    public static func generate(groups: Int, meanSize: Double = 40, people: Int, seed: UInt64 = 1) -> [[Int32]] {
        precondition(groups >= 0 && people > 0 && people <= Int(Int32.max) && meanSize > 0,
                     "generate needs groups ≥ 0, 0 < people < 2³¹ and a positive mean size")
        var random = SimilarityRandom(seed: seed)
        let population = Population(people: people)
        let mu = Foundation.log(meanSize) - sizeSigma * sizeSigma / 2
        let giantSize = min(30_000, people / 3)
        let giants = groups >= 1_000 && giantSize > 0 ? max(1, groups / 50_000) : 0
        var giantSlots = Set<Int>()
        while giantSlots.count < giants { giantSlots.insert(random.below(groups)) }

        var sets: [[Int32]] = []
        var homes: [Int] = []
        sets.reserveCapacity(groups)
        homes.reserveCapacity(groups)
        for slot in 0..<groups {
            let roll = random.unit()
            if giantSlots.contains(slot) {
                let home = random.below(population.units)
                sets.append(population.fresh(size: giantSize, home: home, random: &random))
                homes.append(home)
            } else if roll < duplicateShare, !sets.isEmpty {
                let source = random.below(sets.count)
                sets.append(population.nearDuplicate(of: sets[source], home: homes[source], random: &random))
                homes.append(homes[source])
            } else if roll < duplicateShare + subgroupShare, let source = subgroupSource(sets, random: &random) {
                sets.append(population.subgroup(of: sets[source], home: homes[source], random: &random))
                homes.append(homes[source])
            } else {
                let drawn = Foundation.exp(mu + sizeSigma * random.gaussian()).rounded()
                let size = Int(min(max(1, drawn), Double(max(1, people / 2))))
                let home = random.below(population.units)
                sets.append(population.fresh(size: size, home: home, random: &random))
                homes.append(home)
            }
        }
        return sets
    }

    // MARK: - Private

    /// A random earlier group big enough to have a meaningful sub-group, if a few tries find one.
    private static func subgroupSource(_ sets: [[Int32]], random: inout SimilarityRandom) -> Int? {
        guard !sets.isEmpty else { return nil }
        for _ in 0..<8 {
            let source = random.below(sets.count)
            if sets[source].count >= 8 { return source }
        }
        return nil
    }

    /// People, their home units and their organisation-wide popularity.
    private struct Population {
        let people: Int
        let units: Int
        /// Cumulative Zipf weights by popularity rank.
        let cumulative: [Double]
        /// Multiplier of the rank → person permutation, so popularity is unrelated to id.
        let stride: Int

        init(people: Int) {
            self.people = people
            units = max(1, (people + SimilarityWorkload.unitSize - 1) / SimilarityWorkload.unitSize)
            var running = 0.0
            var cumulative = [Double](repeating: 0, count: people)
            for rank in 0..<people {
                running += 1 / (Double(rank) + SimilarityWorkload.popularityOffset)
                cumulative[rank] = running
            }
            self.cumulative = cumulative
            var stride = 2_654_435_761 % people
            while stride == 0 || Self.gcd(stride, people) != 1 { stride = (stride + 1) % people }
            self.stride = stride
        }

        func fresh(size: Int, home: Int, random: inout SimilarityRandom) -> [Int32] {
            if size * 2 > people { return sample(size, random: &random) }
            let span = max(SimilarityWorkload.unitSize, 2 * size)
            let start = home * SimilarityWorkload.unitSize
            return fill([], to: size, random: &random) { random in
                random.chance(SimilarityWorkload.globalShare)
                    ? popular(&random)
                    : (start + random.below(span)) % people
            }
        }

        func nearDuplicate(of source: [Int32], home: Int, random: inout SimilarityRandom) -> [Int32] {
            var kept = source.filter { _ in !random.chance(0.05) }
            let newcomers = max(1, Int((Double(source.count) * 0.05).rounded()))
            let start = home * SimilarityWorkload.unitSize
            let span = max(SimilarityWorkload.unitSize, 2 * source.count)
            kept = fill(kept, to: kept.count + newcomers, random: &random) { random in
                (start + random.below(span)) % people
            }
            return kept
        }

        func subgroup(of source: [Int32], home: Int, random: inout SimilarityRandom) -> [Int32] {
            let fraction = 0.2 + 0.5 * random.unit()
            let size = max(2, Int(Double(source.count) * fraction))
            var members = source
            for k in 0..<size { members.swapAt(k, k + random.below(members.count - k)) }
            members.removeLast(members.count - size)
            members.sort()
            if random.chance(0.5) {
                let start = home * SimilarityWorkload.unitSize
                members = fill(members, to: members.count + 1, random: &random) { random in
                    (start + random.below(SimilarityWorkload.unitSize)) % people
                }
            }
            return members
        }

        private func popular(_ random: inout SimilarityRandom) -> Int {
            let target = random.unit() * cumulative[people - 1]
            var low = 0, high = people - 1
            while low < high {
                let mid = (low + high) >> 1
                if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
            }
            return (low * stride) % people
        }

        /// `base` (sorted, distinct) topped up with draws until it has `size` distinct members.
        /// Sorting and de-duplicating in rounds avoids hashing, so the result is seed-determined.
        private func fill(
            _ base: [Int32], to size: Int, random: inout SimilarityRandom,
            draw: (inout SimilarityRandom) -> Int
        ) -> [Int32] {
            var members = base
            var rounds = 0
            while members.count < size && rounds < 64 {
                for _ in 0..<(size - members.count) { members.append(Int32(draw(&random))) }
                members.sort()
                var kept = 0
                for value in members where kept == 0 || members[kept - 1] != value {
                    members[kept] = value
                    kept += 1
                }
                members.removeLast(members.count - kept)
                rounds += 1
            }
            return members
        }

        /// `size` distinct people chosen uniformly (partial Fisher–Yates), for groups so large
        /// that rejection would stall.
        private func sample(_ size: Int, random: inout SimilarityRandom) -> [Int32] {
            var everyone = (0..<people).map { Int32($0) }
            for k in 0..<size { everyone.swapAt(k, k + random.below(people - k)) }
            return Array(everyone[0..<size]).sorted()
        }

        private static func gcd(_ a: Int, _ b: Int) -> Int {
            b == 0 ? a : gcd(b, a % b)
        }
    }
}
