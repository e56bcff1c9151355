/// The people and offices of the generated district, before any group exists.
///
/// The world is split into blocks of about a hundred groups; each block is one district with its
/// own departments, street offices, communities and residents, and no person belongs to two
/// blocks. Large runs (10 000 groups) are therefore many realistic districts side by side, and the
/// membership checks that keep unplanted groups apart only ever compare groups inside one block.
struct SampleWorld: Sendable {
    struct Person: Sendable {
        var name: String
        var unit: Int32
        var block: Int32
        var isBot: Bool
    }

    enum Role: UInt8, Sendable {
        case department, streetOffice, section, committee, grid, buildingHeads, volunteers, residents, police, health,
             company, bot
    }

    struct Unit: Sendable {
        var name: String
        var role: Role
        var block: Int
        var street: Int
        var community: Int
        var people: Range<Int32>
    }

    /// Someone who sits in many groups: the share of their street's (or the district's) groups
    /// they are put into. These produce the "30 groups, all pinned" cadres of the source article.
    struct Cadre: Sendable {
        var person: Int32
        var streetShare: Double
        var districtShare: Double
    }

    struct Street: Sendable {
        var name: String
        var stem: String
        var block: Int
        var office: Int
        /// Parallel to ``SampleVocabulary/sections``.
        var sections: [Int]
        var communities: [Int]
        var police: Int
        var health: Int
        var companies: [Int]
        var people: Range<Int32>
        var cadres: [Cadre]
    }

    struct Community: Sendable {
        var name: String
        var street: Int
        var committee: Int
        var grids: [Int]
        var buildingHeads: Int
        var volunteers: Int
        var residents: Int
    }

    struct Block: Sendable {
        var index: Int
        var district: String
        /// Parallel to ``SampleVocabulary/departments``.
        var departments: [Int]
        var streets: [Int]
        var communities: [Int]
        var botUnit: Int
        var bots: [Int32]
        var people: Range<Int32>
        var districtCadres: [Cadre]
    }

    var persons: [Person] = []
    var units: [Unit] = []
    var streets: [Street] = []
    var communities: [Community] = []
    var blocks: [Block] = []

    /// Builds one block with `streetCount` streets. Names are unique inside the block.
    mutating func addBlock(index: Int, streetCount: Int, seed: UInt64) {
        var rng = SeededGenerator(seed: seed, stream: 11, UInt64(index))
        var usedNames = Set<String>()
        let district = SampleVocabulary.districtName(block: index)
        let blockStart = Int32(persons.count)
        let blockIndex = blocks.count

        func makeUnit(_ name: String, _ role: Role, street: Int, community: Int, size: Int) -> Int {
            let first = Int32(persons.count)
            for _ in 0..<size {
                var personName = SampleVocabulary.personName(&rng)
                var tries = 0
                while usedNames.contains(personName), tries < 6 {
                    personName = SampleVocabulary.personName(&rng)
                    tries += 1
                }
                usedNames.insert(personName)
                persons.append(Person(name: personName, unit: Int32(units.count), block: Int32(blockIndex), isBot: false))
            }
            units.append(Unit(name: name, role: role, block: blockIndex, street: street, community: community,
                              people: first..<Int32(persons.count)))
            return units.count - 1
        }

        var departments: [Int] = []
        for department in SampleVocabulary.departments {
            departments.append(makeUnit(district + department, .department, street: -1, community: -1, size: rng.int(4...7)))
        }
        let districtCadres = [
            Cadre(person: units[departments[0]].people.lowerBound, streetShare: 0, districtShare: 0.45),
            Cadre(person: units[departments[1]].people.lowerBound, streetShare: 0, districtShare: 0.35),
        ]

        let streetOffset = (index * 3) % SampleVocabulary.streets.count
        let communityOffset = (index * 17) % SampleVocabulary.communities.count
        var streetIndices: [Int] = []
        var communityIndices: [Int] = []
        var communityCursor = 0
        for s in 0..<streetCount {
            let stem = SampleVocabulary.streets[(streetOffset + s) % SampleVocabulary.streets.count]
            let streetName = stem + "街道"
            let streetIndex = streets.count
            let streetStart = Int32(persons.count)
            let office = makeUnit(streetName + "办事处", .streetOffice, street: streetIndex, community: -1, size: 5)
            var sections: [Int] = []
            for section in SampleVocabulary.sections {
                sections.append(makeUnit(streetName + section, .section, street: streetIndex, community: -1, size: rng.int(3...6)))
            }
            var communities: [Int] = []
            for _ in 0..<rng.int(4...6) {
                let stemIndex = (communityOffset + communityCursor) % SampleVocabulary.communities.count
                communityCursor += 1
                let communityName = SampleVocabulary.communities[stemIndex] + "社区"
                let communityIndex = self.communities.count
                let committee = makeUnit(communityName + "居委会", .committee, street: streetIndex, community: communityIndex,
                                         size: rng.int(6...9))
                var grids: [Int] = []
                for g in 0..<rng.int(4...7) {
                    grids.append(makeUnit(communityName + "第\(SampleVocabulary.gridNumerals[g])网格", .grid,
                                          street: streetIndex, community: communityIndex, size: 1))
                }
                let heads = makeUnit(communityName + "楼栋长", .buildingHeads, street: streetIndex, community: communityIndex,
                                     size: rng.int(12...25))
                let volunteers = makeUnit(communityName + "志愿者", .volunteers, street: streetIndex, community: communityIndex,
                                          size: rng.int(20...35))
                let residents = makeUnit(communityName + "居民代表", .residents, street: streetIndex, community: communityIndex,
                                         size: rng.int(15...30))
                self.communities.append(Community(name: communityName, street: streetIndex, committee: committee, grids: grids,
                                                  buildingHeads: heads, volunteers: volunteers, residents: residents))
                communities.append(communityIndex)
                communityIndices.append(communityIndex)
            }
            let police = makeUnit(stem + "派出所", .police, street: streetIndex, community: -1, size: rng.int(6...10))
            let health = makeUnit(stem + "社区卫生服务中心", .health, street: streetIndex, community: -1, size: rng.int(5...8))
            var companies: [Int] = []
            for c in 0..<rng.int(2...3) {
                let companyStem = SampleVocabulary.companyStems[(index + s * 3 + c) % SampleVocabulary.companyStems.count]
                companies.append(makeUnit(companyStem + "物业服务有限公司（" + stem + "）", .company, street: streetIndex,
                                          community: -1, size: rng.int(3...6)))
            }
            let officePeople = units[office].people
            let partyOffice = units[sections[0]].people.lowerBound
            let emergencyOffice = units[sections[4]].people.lowerBound
            let cadres = [
                Cadre(person: officePeople.lowerBound, streetShare: 1, districtShare: 0.45),
                Cadre(person: officePeople.lowerBound + 1, streetShare: 0.95, districtShare: 0.35),
                Cadre(person: officePeople.lowerBound + 2, streetShare: 0.5, districtShare: 0.08),
                Cadre(person: officePeople.lowerBound + 3, streetShare: 0.45, districtShare: 0.08),
                Cadre(person: officePeople.lowerBound + 4, streetShare: 0.4, districtShare: 0.08),
                Cadre(person: partyOffice, streetShare: 0.85, districtShare: 0.6),
                Cadre(person: emergencyOffice, streetShare: 0.35, districtShare: 0.3),
            ]
            streets.append(Street(name: streetName, stem: stem, block: blockIndex, office: office, sections: sections,
                                  communities: communities, police: police, health: health, companies: companies,
                                  people: streetStart..<Int32(persons.count), cadres: cadres))
            streetIndices.append(streetIndex)
        }

        let botFirst = Int32(persons.count)
        for bot in SampleVocabulary.bots {
            persons.append(Person(name: bot, unit: Int32(units.count), block: Int32(blockIndex), isBot: true))
        }
        units.append(Unit(name: "群机器人", role: .bot, block: blockIndex, street: -1, community: -1,
                          people: botFirst..<Int32(persons.count)))
        blocks.append(Block(index: index, district: district, departments: departments, streets: streetIndices,
                            communities: communityIndices, botUnit: units.count - 1,
                            bots: Array(botFirst..<Int32(persons.count)), people: blockStart..<Int32(persons.count),
                            districtCadres: districtCadres))
    }
}
