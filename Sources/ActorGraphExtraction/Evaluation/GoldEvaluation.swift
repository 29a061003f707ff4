import ActorGraphCore

/// Scores an extraction against hand-made gold annotations (`GoldStandard`): precision, recall and F1
/// for actors, meetings and mediations, plus the accuracy of the dates, places and statuses of what
/// matched, with every miss and every spurious item listed per document.
///
/// ## Rules
/// Documents are matched to gold entries by file name (the last path component of `Document.path`);
/// documents without an entry, and entries without a document, are listed and not scored.
///
/// Predicted actor IDs become canonical names through the extraction's actors (their `name`); gold names
/// are canonical names and both are compared by their slug (`ActorID(slugging:)`). A gold name that is
/// not canonical but is an alias of exactly one dictionary entry stands for that entry ("AFP" →
/// Agence France-Presse); names that resolve to no entry are listed in `unknownGoldNames`.
///
/// **Projection.** Meeting participants, mediators and sides are compared at country level on both
/// sides: an official (or a ministry or other affiliated organisation) stands for its affiliation,
/// followed to a country or an unaffiliated organisation (Sergey Lavrov → Russia, Jeffrey Feltman →
/// United Nations). Predicted IDs use the extraction's actors; gold names use the dictionary's entries
/// (then the extraction's actors, so a discovered official the gold names also projects). So gold
/// [Kim Jong-un, Sergey Lavrov] matches predicted [kim-jong-un, sergey-lavrov] and equally
/// [north-korea, sergey-lavrov] or [north-korea, russia].
///
/// 1. **Actors**, per document: predicted = the names of `extraction.mentions[document.id]`,
///    gold = `actors`. A predicted name in the gold is a TP; otherwise it is *neutral* (neither TP nor
///    FP) when the actor was discovered (`Actor.discovered`), the name is in the gold's
///    `other_actors`, or it is an organisation whose country is in the gold (the guidelines fold
///    agencies such as the CIA into their country), else an FP. Gold names not predicted are FNs.
/// 2. **Meetings**: predicted = the document's events of kind `meeting`, `talks` or `visit`, with
///    participants = the actors in roles participant, host and visitor (so a visit is visitor + host;
///    actors of kind `meeting` are left out); a nil status reads as `held`. A predicted and a gold
///    meeting *match* when their projected participant sets and their statuses are equal.
///    *Duplicates*: events with equal projected participants and status form one group, which counts
///    once — as one FP when none of it matches. A group holds one predicted meeting per distinct
///    (participants as named, date, place), and each of those may match one gold meeting, so that
///    two meetings of the same pair on different days, or Lavrov meeting Kim and then Ri (both
///    Russia–North Korea), are both found; what is left unmatched in a group that matched is a repeat,
///    listed as a duplicate and not counted. Over matched pairs: date accuracy (equal days, nil == nil;
///    a predicted date of only a month, `Event.day`, has no day, as gold writes null for "in June")
///    and place accuracy (equal as places, `ActorDirectory.placeKey`: case, blanks and accents aside, an alias
///    of a dictionary place standing for it; nil == nil).
/// 3. **Mediations**: predicted = events of kind `mediation`: the first actor in role mediator
///    and the set of actors in role side, projected. They *match* a gold mediation when mediator and
///    sides are equal; the status is not part of the match and is reported as status accuracy over
///    matches (with date accuracy). Duplicates group by (mediator, sides) as for meetings, with one
///    predicted mediation per distinct (status, date) in a group.
///
/// Each matching is one-to-one and greedy (`GreedyMatching`): candidate pairs are taken in order of
/// agreement (meetings: same participants as named, same date, same place; mediations: same status,
/// same date), then in the sorted order of gold and predicted items, so results are deterministic.
/// Counts are summed over documents before rates are taken (micro-averaging).
public struct GoldEvaluation: Sendable {
    /// The dictionary gold names are looked up in (the one the extractor used).
    public let dictionary: ActorDictionary

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
    }

    /// Scores `extraction` against `gold`.
    ///
    /// - Complexity: O(e log e + a) for e events and a mentioned actors, plus the pairs of gold and
    ///   predicted items sharing a key in each document.
    public func evaluate(_ extraction: Extraction, against gold: GoldStandard) -> EvaluationReport {
        let directory = ActorDirectory(dictionary: dictionary, actors: extraction.actors)
        let eventsByDocument = Dictionary(grouping: extraction.events, by: \.evidence.document)
        var documents: [DocumentEvaluation] = []
        var unannotated: [String] = []
        var seen = Set<String>()
        for document in extraction.documents {
            let file = GoldEvaluation.fileName(of: document.path)
            guard let entry = gold.documents[file] else {
                unannotated.append(document.path)
                continue
            }
            seen.insert(file)
            let events = eventsByDocument[document.id] ?? []
            documents.append(DocumentEvaluation(
                file: file, document: document.id, date: document.date, goldDate: entry.date,
                actors: Self.compareActors(extraction.mentions[document.id] ?? [], with: entry, directory),
                meetings: Self.compareMeetings(events, with: entry.meetings, directory),
                mediations: Self.compareMediations(events, with: entry.mediations, directory)))
        }
        return EvaluationReport(
            documents: documents,
            unannotatedDocuments: unannotated,
            unmatchedGoldFiles: gold.documents.keys.filter { !seen.contains($0) }.sorted(),
            unknownGoldNames: gold.canonicalNames.filter { !directory.knows(goldName: $0) })
    }

    /// The last path component: the key of a document in the gold.
    public static func fileName(of path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
    }

    // MARK: Actors

    static func compareActors(_ mentioned: [ActorID], with entry: GoldDocument, _ directory: ActorDirectory) -> ActorComparison {
        var goldNames: [ActorID: String] = [:]
        for name in entry.actors { goldNames[directory.id(ofGoldName: name)] = goldNames[directory.id(ofGoldName: name)] ?? name }
        let others = Set(entry.otherActors.map(directory.id(ofGoldName:)))
        var predicted: [ActorID: (name: String, discovered: Bool)] = [:]
        for id in mentioned {
            let name = directory.name(of: id)
            let key = directory.id(ofGoldName: name)
            predicted[key] = (name, (predicted[key]?.discovered ?? true) && directory.isDiscovered(id))
        }
        var score = Score()
        var spurious: [String] = [], neutral: [String] = []
        for (key, actor) in predicted.sorted(by: { $0.key < $1.key }) {
            if goldNames[key] != nil {
                score.truePositives += 1
            } else if actor.discovered || others.contains(key)
                        || (directory.kind(of: key) == .organization && directory.project(key) != key && goldNames[directory.project(key)] != nil) {
                // The gold guidelines fold agencies and ministries without a canonical entry into their
                // country ("CIA" counts as the United States): when that country is in the gold, the
                // organisation is neither right nor wrong.
                neutral.append(actor.name)
            } else {
                score.falsePositives += 1
                spurious.append(actor.name)
            }
        }
        let missed = goldNames.filter { predicted[$0.key] == nil }.map(\.value).sorted()
        score.falseNegatives = missed.count
        return ActorComparison(score: score, missed: missed, spurious: spurious, neutral: neutral)
    }

    // MARK: Meetings

    /// The roles whose actors take part in a meeting.
    static let meetingRoles: Set<Role> = [.participant, .host, .visitor]

    private struct MeetingVariant: Hashable {
        var participants: [ActorID]
        var status: EventStatus
        var date: Day?
        var place: String?
    }

    private struct MeetingGroup: Hashable {
        var projected: [ActorID]
        var status: EventStatus
    }

    static func compareMeetings(_ events: [Event], with gold: [GoldMeeting], _ directory: ActorDirectory) -> MeetingComparison {
        // Predicted meetings: one per distinct variant, events listed in sentence order.
        var variants: [MeetingVariant: PredictedMeeting] = [:]
        var projectedIDs: [MeetingVariant: [ActorID]] = [:]
        for event in events where [.meeting, .talks, .visit].contains(event.kind) {
            let ids = Set(event.actors.filter { meetingRoles.contains($0.role) }.map(\.actor))
                .filter { directory.kind(of: $0) != .meeting }.sorted()
            let status = event.status ?? .held
            let variant = MeetingVariant(participants: ids, status: status, date: event.day, place: directory.placeKey(event.place))
            if variants[variant] == nil {
                let projected = directory.project(ids)
                projectedIDs[variant] = projected
                variants[variant] = PredictedMeeting(
                    participants: ids.map(directory.name(of:)).sorted(), projected: projected.map(directory.name(of:)).sorted(),
                    status: status, date: event.day, place: event.place, events: [], quote: event.evidence.quote)
            }
            variants[variant]!.events.append(event.id)
        }
        let predictedKeys = variants.keys.sorted { lhs, rhs in
            (projectedIDs[lhs]!.map(\.rawValue).joined(separator: "|"), lhs.status.rawValue,
             lhs.participants.map(\.rawValue).joined(separator: "|"), lhs.date?.description ?? "", lhs.place ?? "")
                < (projectedIDs[rhs]!.map(\.rawValue).joined(separator: "|"), rhs.status.rawValue,
                   rhs.participants.map(\.rawValue).joined(separator: "|"), rhs.date?.description ?? "", rhs.place ?? "")
        }
        let predicted = predictedKeys.map { variants[$0]! }
        let predictedGroups = predictedKeys.map { MeetingGroup(projected: projectedIDs[$0]!, status: $0.status) }

        // Gold meetings, sorted the same way.
        let goldSorted = gold.enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            let lp = directory.project(l.participants.map(directory.id(ofGoldName:))).map(\.rawValue).joined(separator: "|")
            let rp = directory.project(r.participants.map(directory.id(ofGoldName:))).map(\.rawValue).joined(separator: "|")
            return (lp, l.status.rawValue, l.date?.description ?? "", l.place ?? "", lhs.offset)
                < (rp, r.status.rawValue, r.date?.description ?? "", r.place ?? "", rhs.offset)
        }.map(\.element)
        let goldExact = goldSorted.map { Set($0.participants.map(directory.id(ofGoldName:))).sorted() }
        let goldGroups = goldSorted.map {
            MeetingGroup(projected: directory.project($0.participants.map(directory.id(ofGoldName:))), status: $0.status)
        }

        let pairs = GreedyMatching.match(goldKeys: goldGroups, predictedKeys: predictedGroups) { g, p in
            [goldExact[g] == predictedKeys[p].participants,
             goldSorted[g].date == predicted[p].date,
             directory.placeKey(goldSorted[g].place) == predictedKeys[p].place]
        }
        var result = MeetingComparison(score: Score(), matches: [], missed: [], spurious: [], duplicates: [],
                                       dates: Accuracy(), places: Accuracy())
        for (g, p) in pairs {
            let match = MeetingComparison.Match(gold: goldSorted[g], predicted: predicted[p],
                                                dateCorrect: goldSorted[g].date == predicted[p].date,
                                                placeCorrect: directory.placeKey(goldSorted[g].place) == predictedKeys[p].place)
            result.matches.append(match)
            result.dates.record(match.dateCorrect)
            result.places.record(match.placeCorrect)
        }
        let matchedGold = Set(pairs.map(\.gold)), matchedPredicted = Set(pairs.map(\.predicted))
        result.missed = goldSorted.indices.filter { !matchedGold.contains($0) }.map { goldSorted[$0] }
        (result.spurious, result.duplicates) = spuriousAndDuplicates(predicted, groups: predictedGroups, matched: matchedPredicted) {
            $0.events += $1.events
        }
        result.score = Score(truePositives: pairs.count, falsePositives: result.spurious.count, falseNegatives: result.missed.count)
        return result
    }

    // MARK: Mediations

    private struct MediationVariant: Hashable {
        var mediator: ActorID
        var sides: [ActorID]
        var status: EventStatus?
        var date: Day?
    }

    private struct MediationGroup: Hashable {
        var mediator: ActorID
        var sides: [ActorID]
    }

    /// Stands for a missing mediator.
    static let noMediator = ActorID(rawValue: "(none)")

    static func compareMediations(_ events: [Event], with gold: [GoldMediation], _ directory: ActorDirectory) -> MediationComparison {
        var variants: [MediationVariant: PredictedMediation] = [:]
        for event in events where event.kind == .mediation {
            let mediator = event.actors(in: .mediator).first.map(directory.project) ?? noMediator
            let sides = directory.project(event.actors(in: .side))
            let variant = MediationVariant(mediator: mediator, sides: sides, status: event.status, date: event.day)
            if variants[variant] == nil {
                variants[variant] = PredictedMediation(
                    mediator: mediator == noMediator ? mediator.rawValue : directory.name(of: mediator),
                    sides: sides.map(directory.name(of:)).sorted(), status: event.status, date: event.day,
                    events: [], quote: event.evidence.quote)
            }
            variants[variant]!.events.append(event.id)
        }
        let predictedKeys = variants.keys.sorted {
            ($0.mediator.rawValue, $0.sides.map(\.rawValue).joined(separator: "|"), $0.status?.rawValue ?? "", $0.date?.description ?? "")
                < ($1.mediator.rawValue, $1.sides.map(\.rawValue).joined(separator: "|"), $1.status?.rawValue ?? "", $1.date?.description ?? "")
        }
        let predicted = predictedKeys.map { variants[$0]! }
        let predictedGroups = predictedKeys.map { MediationGroup(mediator: $0.mediator, sides: $0.sides) }

        func group(of mediation: GoldMediation) -> MediationGroup {
            MediationGroup(mediator: directory.project(directory.id(ofGoldName: mediation.mediator)),
                           sides: directory.project(mediation.sides.map(directory.id(ofGoldName:))))
        }
        let goldSorted = gold.enumerated().sorted { lhs, rhs in
            let l = group(of: lhs.element), r = group(of: rhs.element)
            return (l.mediator.rawValue, l.sides.map(\.rawValue).joined(separator: "|"), lhs.element.status.rawValue,
                    lhs.element.date?.description ?? "", lhs.offset)
                < (r.mediator.rawValue, r.sides.map(\.rawValue).joined(separator: "|"), rhs.element.status.rawValue,
                   rhs.element.date?.description ?? "", rhs.offset)
        }.map(\.element)

        let pairs = GreedyMatching.match(goldKeys: goldSorted.map(group(of:)), predictedKeys: predictedGroups) { g, p in
            [goldSorted[g].status == predicted[p].status, goldSorted[g].date == predicted[p].date]
        }
        var result = MediationComparison(score: Score(), matches: [], missed: [], spurious: [], duplicates: [],
                                         statuses: Accuracy(), dates: Accuracy())
        for (g, p) in pairs {
            let match = MediationComparison.Match(gold: goldSorted[g], predicted: predicted[p],
                                                  statusCorrect: goldSorted[g].status == predicted[p].status,
                                                  dateCorrect: goldSorted[g].date == predicted[p].date)
            result.matches.append(match)
            result.statuses.record(match.statusCorrect)
            result.dates.record(match.dateCorrect)
        }
        let matchedGold = Set(pairs.map(\.gold)), matchedPredicted = Set(pairs.map(\.predicted))
        result.missed = goldSorted.indices.filter { !matchedGold.contains($0) }.map { goldSorted[$0] }
        (result.spurious, result.duplicates) = spuriousAndDuplicates(predicted, groups: predictedGroups, matched: matchedPredicted) {
            $0.events += $1.events
        }
        result.score = Score(truePositives: pairs.count, falsePositives: result.spurious.count, falseNegatives: result.missed.count)
        return result
    }

    // MARK: Shared

    /// Splits the unmatched predicted items: a group none of whose items matched is one spurious item
    /// (its first item, with the others merged in by `merge`); unmatched items of a group that did
    /// match are duplicates.
    private static func spuriousAndDuplicates<Item, Group: Hashable>(
        _ items: [Item], groups: [Group], matched: Set<Int>, merge: (inout Item, Item) -> Void
    ) -> (spurious: [Item], duplicates: [Item]) {
        let matchedGroups = Set(matched.map { groups[$0] })
        var spurious: [Item] = [], duplicates: [Item] = []
        var spuriousIndex: [Group: Int] = [:]
        for (index, item) in items.enumerated() where !matched.contains(index) {
            if matchedGroups.contains(groups[index]) {
                duplicates.append(item)
            } else if let at = spuriousIndex[groups[index]] {
                merge(&spurious[at], item)
            } else {
                spuriousIndex[groups[index]] = spurious.count
                spurious.append(item)
            }
        }
        return (spurious, duplicates)
    }
}
