/// How to build one kind of work group: its name pattern, owner office, purpose tags, who is in it
/// and how big it is. Recipes are resolved against a block, street and community of the world.
struct SampleRecipe: Sendable {
    /// The level a group lives at; audiences resolve to the people of that level.
    enum Scope: Sendable { case district, street, community }

    enum Owner: Sendable {
        case department(Int)
        case section(Int)
        case office
        case committee
        case police
        case health
    }

    /// A slice of the world's people; `committee`, `grids` … mean the group's own community at
    /// community scope, all of the street's at street scope and all of the block's at district scope.
    enum Audience: Sendable {
        case owner, office, sections, section(Int), committee, grids, buildingHeads, volunteers, residents, police, health,
             companies, department(Int)
    }

    /// `{D}` district, `{S}` street office, `{C}` community, `{P}` police station, `{Y}` year.
    var name: String
    var scope: Scope
    var owner: Owner
    var tags: [String]
    var audience: [(Audience, Double)]
    var size: ClosedRange<Int>
    /// Other names for the copies of a duplicate set ("…（新）", "…2").
    var siblingNames: [String] = []
}
