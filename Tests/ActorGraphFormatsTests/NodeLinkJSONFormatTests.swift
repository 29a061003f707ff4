import ActorGraphCore
import Foundation
import Testing
@testable import ActorGraphFormats

@Suite struct NodeLinkJSONFormatTests {
    @Test(arguments: [false, true]) func roundTrip(directed: Bool) throws {
        let graph = sampleGraph(directed: directed)
        let text = NodeLinkJSONFormat.write(graph)
        let back = try NodeLinkJSONFormat.read(bytes(text), name: "sample.json")
        #expect(GraphSnapshot(back) == GraphSnapshot(graph))
        #expect(NodeLinkJSONFormat.write(back) == text)
    }

    @Test func writesNetworkXShape() {
        var graph = ActorGraph()
        graph.add(Actor(name: "North Korea", kind: .country))
        graph.add(Actor(name: "Russia", kind: .country))
        graph.add(Relation(source: "russia", target: "north-korea", kind: .meeting, weight: 2,
                           events: ["a#1.0"], first: Day("2017-12-08"), last: Day("2019-04-25")))
        #expect(NodeLinkJSONFormat.write(graph) == """
            {
              "directed": false,
              "multigraph": false,
              "graph": {},
              "nodes": [
                {"id": "north-korea", "name": "North Korea", "kind": "country"},
                {"id": "russia", "name": "Russia", "kind": "country"}
              ],
              "edges": [
                {"source": "north-korea", "target": "russia", "kind": "meeting", "weight": 2, "first": "2017-12-08", "last": "2019-04-25", "evidence": ["a#1.0"]}
              ]
            }

            """)
        #expect(NodeLinkJSONFormat.write(ActorGraph()) == "{\n  \"directed\": false,\n  \"multigraph\": false,\n  \"graph\": {},\n  \"nodes\": [],\n  \"edges\": []\n}\n")
    }

    @Test func multigraphEdgesCarryKeys() {
        let text = NodeLinkJSONFormat.write(sampleGraph())
        #expect(text.contains("\"multigraph\": true"))
        #expect(text.contains(#"{"source": "north-korea", "target": "russia", "key": "cooccurrence", "kind": "cooccurrence", "weight": 0.5}"#))
    }

    @Test func escapesHostileNames() {
        let text = NodeLinkJSONFormat.write(sampleGraph())
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(text.contains(#""name": "\u003cscript\u003ealert(\"x\")\u003c/script\u003e \u0026 'Co'""#))
        #expect(text.contains(#""Kent Härstedt\tof Sweden""#))
    }

    /// Data/karate-networkx.json: `json.dump(nx.node_link_data(nx.karate_club_graph()))` with NetworkX
    /// 3.6.1 (Data/generate.py): integer node IDs, edges under "edges", NetworkX's own edge weights.
    @Test func readsNetworkXKarateClub() throws {
        let graph = try GraphFileReader.read(path: dataPath("karate-networkx.json"))
        #expect(!graph.isDirected)
        #expect(graph.actors.count == 34)
        #expect(graph.relations.count == 78)
        #expect(graph.relations.values.reduce(0) { $0 + $1.weight } == 231)  // sum(d["weight"]) in NetworkX
        #expect(graph.actors["33"]?.name == "33")
        #expect(graph.sortedRelations.first { $0.source == "0" && $0.target == "1" }?.weight == 4)
    }

    /// Data/hostile-networkx.json: `node_link_data(G, edges="links")` of a DiGraph with hostile names.
    @Test func readsNetworkXLinksAndEscapes() throws {
        let graph = try GraphFileReader.read(path: dataPath("hostile-networkx.json"))
        #expect(graph.isDirected)
        #expect(Set(graph.actors.values.map(\.name)) == ["AT&T Inc.", "<script>alert(1)</script>", "Say \"hi\""])
        #expect(graph.sortedRelations.map(\.weight) == [3, 1.25])
    }

    @Test func errors() {
        func read(_ text: String) -> String? { failure { try NodeLinkJSONFormat.read(bytes(text), name: "g.json") } }
        #expect(read("{\n  \"nodes\": [\n    {\"id\": 1},\n    {\"id\": 2,}\n  ]\n}") == "g.json:4:14: expected a string key in object, found \"}\"")
        #expect(read("{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}") == #"g.json:1: duplicate node id "a" (first declared on line 1)"#)
        #expect(read("{\"nodes\": [\n{\"id\": \"a\"},\n{\"id\": \"b\"}],\n\"links\": [\n{\"source\": \"a\", \"target\": \"c\"}]}")
            == #"g.json:5: edge target "c" is not a declared node"#)
        #expect(read("{\"nodes\": [{\"id\": 0}, {\"id\": 1}],\n\"edges\": [{\"source\": 0, \"target\": 1, \"weight\": NaN}]}")
            == #"g.json:2: weight "NaN" is not finite"#)
        #expect(read("{\"nodes\": [{\"id\": 0}, {\"id\": 1}],\n\"edges\": [{\"source\": 0, \"target\": 1, \"weight\": -Infinity}]}")
            == #"g.json:2: weight "-Infinity" is not finite"#)
        #expect(read("{\"nodes\": [{\"id\": 0}, {\"id\": 1}],\n\"edges\": [{\"source\": 0, \"target\": 1, \"weight\": -0.5}]}")
            == "g.json:2: weight -0.5 is negative (weights are tie strengths, 0 or more)")
        #expect(read("{\"nodes\": [{\"id\": 0}, {\"id\": 1}],\n\"edges\": [{\"source\": 0, \"target\": 1, \"weight\": \"2\"}]}")
            == "g.json:2: weight must be a number, found a string")
        #expect(read("{\"nodes\": [{\"id\": [1]}]}") == "g.json:1: node \"id\" must be a string or a number, found an array")
        #expect(read("[1, 2]") == "g.json:1: expected a JSON object with \"nodes\" and \"edges\", found an array")
        #expect(read("{\"edges\": []}") == "g.json:1: missing \"nodes\"")
        #expect(read("{\"nodes\": [], \"directed\": \"yes\"}") == "g.json:1: \"directed\" must be true or false, found a string")
        #expect(read("{\"nodes\": [{\"id\": \"a\u{1}\"}]}") == "g.json:1:21: control character in string (escape it)")
        #expect(read("{\"nodes\": [] \"x\"") == "g.json:1:14: expected ',' or '}' in object, found \"\\\"x\\\"\"")
        #expect(read("{\"nodes\": [01]}") == "g.json:1:12: malformed number (leading zero)")
        #expect(read("{\"nodes\": \"\\ud800\"}") == "g.json:1:12: unpaired surrogate in \\u escape")
        #expect(read(String(repeating: "[", count: 600)) == "g.json:1:513: JSON nested more than 512 levels deep")
        #expect(read("{\"nodes\": []} x") == "g.json:1:15: unexpected text after the JSON value")
        #expect(read("  ") == "g.json: empty file")
    }

    @Test func parsesEscapes() throws {
        let value = try JSONParser.parse(bytes: Array(#"["\u00e4\ud83c\uddf8\n\/", 1.5e2, -0, true, null]"#.utf8), file: "x")
        guard case .array(let items) = value.kind, case .string(let text) = items[0].kind, case .number(let n, _) = items[1].kind else {
            Issue.record("not parsed")
            return
        }
        #expect(text == "ä\u{1F1F8}\n/")
        #expect(n == 150)
    }
}
