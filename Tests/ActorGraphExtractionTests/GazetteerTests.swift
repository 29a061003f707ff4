import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

@Suite struct GazetteerTests {
    static let yaml = """
        actors:
          - name: Russia
            kind: country
            aliases: [Russian Federation]
            demonyms: [Russian]
            metonyms: [Moscow, the Kremlin]
          - name: North Korea
            kind: country
            aliases: [DPRK, N. Korea]
            demonyms: [North Korean]
            metonyms: [Pyongyang]
          - name: Jordan
            kind: country
            ambiguous: true
            metonyms: [Amman]
          - name: Sergey Lavrov
            kind: official
            affiliation: Russia
            aliases: [Sergei Lavrov, Lavrov]
          - name: Kim Jong-un
            kind: official
            affiliation: North Korea
            aliases: [Kim Jong Un, Kim Jong-Un]
        titles:
          - role: leader
            phrases: [leader, Leader]
          - role: foreign-minister
            phrases: [foreign minister, Foreign Minister]
        """

    let dictionary = try! ActorDictionary.load(yaml: GazetteerTests.yaml, path: "test.yaml")

    /// The actors a text names that can take part in events (qualifiers left out).
    func actors(_ text: String) -> [String] {
        let analysis = DocumentAnalyzer(dictionary: dictionary).analyse(Document(id: "t", path: "t.txt", text: text))
        return analysis.mentions.filter { !$0.isQualifier }.map(\.actor.rawValue)
    }

    @Test func hyphenAndSpaceVariantsMatch() {
        #expect(actors("Kim Jong-un met Kim Jong Un and Kim Jong-Un.") == ["kim-jong-un", "kim-jong-un", "kim-jong-un"])
    }

    @Test func possessivesAndMetonyms() {
        #expect(actors("Russia’s envoy and Moscow's view; the Kremlin said. The Kremlin agreed.") == ["russia", "russia", "russia", "russia"])
        #expect(actors("Pyongyang and the DPRK and N. Korea") == ["north-korea", "north-korea", "north-korea"])
    }

    @Test func longestMatchWins() {
        // "North Korean" (demonym of North Korea) must not be read as "North" + something else.
        #expect(actors("North Korean diplomats arrived") == ["north-korea"])
    }

    @Test func matchingIsCaseSensitiveExceptHeadlineCapitals() {
        #expect(actors("moscow lavrov") == [])
        #expect(actors("RUSSIA SAYS NORTH KOREA IS READY") == ["russia", "north-korea"])
    }

    @Test func qualifyingDemonymIsDropped() {
        #expect(actors("Russian Foreign Minister Sergey Lavrov arrived") == ["sergey-lavrov"])
        #expect(actors("The Russian side and Lavrov") == ["russia", "sergey-lavrov"])
        #expect(actors("North Korean leader Kim Jong-un") == ["kim-jong-un"])
        // A demonym before a common noun describes; before a state noun it acts.
        #expect(actors("a Russian view, Lavrov said") == ["sergey-lavrov"])
        #expect(actors("the Russian side, Lavrov said") == ["russia", "sergey-lavrov"])
    }

    @Test func ambiguousNamesNeedContext() {
        #expect(actors("Michael Jordan scored") == [])
        #expect(actors("Jordan hosted talks; Amman said so") == ["jordan", "jordan"])
    }

    @Test func malformedDictionaryNamesTheFile() {
        #expect(throws: DocumentError.self) { try ActorDictionary.load(yaml: "actors: [name: x", path: "user.yaml") }
        do {
            _ = try ActorDictionary.load(yaml: "actors:\n  - name: X\n    kind: planet\n", path: "user.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "user.yaml: actor 1 (X): unknown kind 'planet' (use country, official, organization or meeting)")
        }
    }

    @Test func userDictionaryLayersOverTheDefault() throws {
        let user = try ActorDictionary.load(yaml: "actors:\n  - name: Russia\n    kind: country\n    aliases: [RF]\n", path: "u.yaml")
        let layered = user.layered(over: dictionary)
        #expect(layered.entries.count == dictionary.entries.count)
        #expect(layered.entry(for: "russia")?.aliases == ["RF"])
    }
}
