import ActorGraphCore

/// Merges reports of the same meeting into one meeting node.
///
/// Two held meeting, talks or visit events are the same meeting when they have the same sides
/// (officials counted with their country, so "Lavrov met Kim" and "Russia and North Korea held talks"
/// on the same day in the same city agree), compatible officials (one report's named officials
/// include the other's: Trump meeting Kim Jong-un is not Trump meeting Kim Yong-chol), dates at most
/// `days` apart, and the same place or a missing one. A report dated only by its month ("met Xi in
/// Beijing in March") joins a meeting of that month with the same sides, officials and place. A report
/// dated only by its article never joins a meeting its own article dates on another day.
/// Each meeting becomes an actor of kind `meeting` ("Kim Jong-un – Sergey Lavrov, Pyongyang,
/// 2018-05-31"; "…, 2018-03" when every report gives only the month), and its events point to it
/// (`Event.meeting`).
enum MeetingMerger {
    static let days = 3

    /// - Parameter approximate: events whose date is only their article's publication date. A later
    ///   article looking back at a meeting ("his summit with Trump in Singapore") joins the earlier
    ///   meeting with the same sides, officials and place, and takes its date.
    static func merge(_ events: [Event], actors: [ActorID: Actor], approximate: Set<String> = []) -> (events: [Event], meetings: [Actor]) {
        func side(_ id: ActorID) -> ActorID { actors[id]?.kind == .official ? (actors[id]?.affiliation ?? id) : id }
        func officials(_ event: Event) -> Set<ActorID> { Set(event.actors.map(\.actor).filter { actors[$0]?.kind == .official }) }
        struct Group {
            var sides: Set<ActorID>
            var names: Set<ActorID>
            var officials: Set<ActorID>
            var first: Day
            var last: Day
            var place: String?
            var members: [Int]
        }
        var groups: [Group] = []
        let candidates = events.indices.filter { i in
            let e = events[i]
            return [.meeting, .talks, .visit].contains(e.kind) && (e.status ?? .held) == .held && e.date != nil
        }.sorted { (events[$0].date!, events[$0].id) < (events[$1].date!, events[$1].id) }
        var result = events
        // Precisely dated reports first, so that a look-back or a month finds the meeting it refers to.
        let precise = candidates.filter { !approximate.contains(events[$0].id) }
        let ordered = precise.filter { events[$0].datePrecision == .day } + precise.filter { events[$0].datePrecision == .month }
            + candidates.filter { approximate.contains(events[$0].id) }
        for i in ordered {
            let event = events[i]
            let sides = Set(event.actors.map { side($0.actor) })
            let date = event.date!
            let people = officials(event)
            // Adds the event to group `g`, with its names, officials and (if the group has none) place.
            func join(_ g: Int) {
                groups[g].members.append(i)
                groups[g].names.formUnion(event.actors.map(\.actor))
                groups[g].officials.formUnion(people)
                if groups[g].place == nil { groups[g].place = event.place }
            }
            if event.datePrecision == .month, let g = groups.firstIndex(where: { g in
                g.sides == sides && (g.first.year, g.first.month) == (date.year, date.month)
                    && (g.place == nil || event.place == nil || g.place == event.place)
                    && (people.isSubset(of: g.officials) || g.officials.isSubset(of: people))
            }) {
                join(g)
                continue
            }
            // "Biden landed on Friday, where Yoon greeted him. … The two leaders held their first summit": an
            // article's own report dated only by the article is not the encounter it dates on another day.
            let undated = approximate.contains(event.id)
            func reportsAnotherDay(_ g: Group) -> Bool {
                undated && g.members.contains { m in
                    events[m].evidence.document == event.evidence.document && !approximate.contains(events[m].id) && events[m].date != date
                }
            }
            if undated, let place = event.place, let g = groups.lastIndex(where: { g in
                !reportsAnotherDay(g) && g.sides == sides && g.place == place && g.first <= date && date.ordinal - g.first.ordinal <= 365
                    && (people.isSubset(of: g.officials) || g.officials.isSubset(of: people))
            }) {
                groups[g].members.append(i)
                result[i].date = groups[g].first
                continue
            }
            if let g = groups.firstIndex(where: { g in
                !reportsAnotherDay(g) && g.sides == sides && date.ordinal >= g.first.ordinal - days && date.ordinal <= g.last.ordinal + days
                    && (g.place == nil || event.place == nil || g.place == event.place)
                    && (people.isSubset(of: g.officials) || g.officials.isSubset(of: people))
            }) {
                join(g)
                groups[g].first = min(groups[g].first, date)
                groups[g].last = max(groups[g].last, date)
            } else {
                groups.append(Group(sides: sides, names: Set(event.actors.map(\.actor)), officials: people, first: date, last: date,
                                    place: event.place, members: [i]))
            }
        }
        var meetings: [Actor] = []
        for group in groups {
            // The meeting is dated by its most reported day, earliest on ties; by its month when no
            // report gives the day.
            let days = group.members.filter { result[$0].datePrecision == .day }
            let counts = Dictionary(grouping: (days.isEmpty ? group.members : days).compactMap { result[$0].date }, by: { $0 }).mapValues(\.count)
            let first = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first!.key
            let day = days.isEmpty ? String(first.description.prefix(7)) : first.description
            let people = group.names.filter { actors[$0]?.kind == .official }
            let named = (people.isEmpty ? group.names : people).compactMap { actors[$0]?.name }.sorted()
            let label = named.joined(separator: " – ") + (group.place.map { ", \($0)" } ?? "") + ", \(day)"
            let id = ActorID(rawValue: "meeting-\(day)-" + ActorID(slugging: named.joined(separator: " ")).rawValue)
            meetings.append(Actor(id: id, name: label, kind: .meeting))
            for member in group.members { result[member].meeting = id }
        }
        return (result, meetings.sorted { $0.id < $1.id })
    }
}
