import ArgumentParser

@main
struct ActorGraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news about diplomacy into actor-relationship graphs, and question them.",
        discussion: """
            Inputs are articles (.txt, .md, or folders of them) or graph files (.dot, .gv, .graphml, \
            .gexf, .json, .csv, .tsv), detected by extension. Results go to stdout, messages to stderr.
            """,
        subcommands: [Extract.self, Graph.self, Render.self, Report.self, Centrality.self, PathCommand.self, Communities.self,
                      Mediators.self, Brokers.self, Compare.self, Actors.self, Evaluate.self])
}
