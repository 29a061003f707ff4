import ActorGraphCore
import ArgumentParser

/// Which graph to build from events: projection level and relation kinds.
struct GraphOptions: ParsableArguments {
    @Option(help: "actor: officials, countries and organisations as named; country: officials folded into their country.")
    var level: Projection = .actor

    @Option(help: ArgumentHelp("Relation kinds to keep, comma-separated (\(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "kinds"))
    var relations: String?

    func validate() throws { _ = try kinds() }

    func kinds() throws -> Set<RelationKind>? {
        guard let relations else { return nil }
        var kinds = Set<RelationKind>()
        for name in relations.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let kind = RelationKind(rawValue: name) else {
                throw ValidationError("unknown relation kind '\(name)'; use \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}

extension Projection: ExpressibleByArgument {}
