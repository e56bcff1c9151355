/// The membership bookkeeping of one Telegram group while its messages stream past.
///
/// Telegram exports have no roster, and invite/remove actions name their targets by display
/// name only. Names are matched to ids at the end of the dialog, using every (name, id) pair
/// seen as a sender or actor in it; a name worn by two ids, or by none, stays unmatched and
/// is counted rather than guessed.
final class TelegramDialog {
    enum Change { case joined, left }

    let group: Int64
    private var idsByName: [String: Set<String>] = [:]
    private var pending: [(name: String, at: Int64, change: Change)] = []

    init(group: Int64) {
        self.group = group
    }

    func saw(name: String?, id: String?) {
        guard let name, let id, !name.isEmpty else { return }
        idsByName[name, default: []].insert(id)
    }

    func named(_ name: String, at time: Int64, _ change: Change) {
        pending.append((name: name, at: time, change: change))
    }

    /// Records the name-matched events; returns how many names could not be matched.
    func resolve(session: ExportSession) throws -> Int {
        var unmatched = 0
        for event in pending {
            guard let ids = idsByName[event.name], ids.count == 1, let id = ids.first else {
                unmatched += 1
                continue
            }
            let person = try session.person(id, name: event.name)
            switch event.change {
            case .joined: session.joined(group: group, person: person, at: event.at)
            case .left: session.left(group: group, person: person, at: event.at)
            }
        }
        return unmatched
    }
}
