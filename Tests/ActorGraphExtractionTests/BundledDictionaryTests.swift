import ActorGraphCore
@testable import ActorGraphExtraction
import Testing

@Suite struct BundledDictionaryTests {
    let dictionary = try! ActorDictionary.bundled()

    @Test func coversEveryUNMemberAndObserver() {
        // 193 member states + 2 observer states (Holy See, State of Palestine); Taiwan and Kosovo extra.
        let countries = dictionary.entries.filter { $0.actor.kind == .country }
        #expect(countries.count >= 195)
        for name in ["Russia", "North Korea", "South Korea", "United States", "China", "Japan", "Holy See", "State of Palestine", "Tuvalu", "South Sudan"] {
            #expect(dictionary.entry(for: ActorID(slugging: name)) != nil, "missing \(name)")
        }
    }

    @Test func idsAreUnique() {
        let ids = dictionary.entries.map(\.actor.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func affiliationsNameKnownActors() {
        let ids = Set(dictionary.entries.map(\.actor.id))
        for entry in dictionary.entries {
            if let affiliation = entry.actor.affiliation {
                #expect(ids.contains(affiliation), "\(entry.actor.name): unknown affiliation \(affiliation)")
            }
        }
    }

    @Test func placesAreInCountriesOfTheDictionary() {
        let countries = Set(dictionary.entries.filter { $0.actor.kind == .country }.map(\.actor.id))
        #expect(dictionary.places.count > 67)
        for place in dictionary.places {
            if let country = place.country {
                #expect(countries.contains(country), "\(place.name): unknown country \(country)")
            }
        }
    }

    @Test func aDatelineCityIsAPlace() {
        let extractor = Extractor(dictionary: dictionary)
        let document = Document(id: "d", path: "d.txt", text: "SINGAPORE, June 12 — Donald Trump and Kim Jong-un met.")
        #expect(!extractor.resolvedMentions(in: document).map(\.actor).contains("singapore"))
    }

    @Test func capitalMetonymsResolve() {
        let extractor = Extractor(dictionary: dictionary)
        let text = "Yesterday Moscow, the Kremlin, Pyongyang, Washington, the White House, Seoul and Beijing spoke."
        let document = Document(id: "m", path: "m.txt", text: text)
        let named = extractor.resolvedMentions(in: document).map(\.actor.rawValue)
        #expect(named == ["russia", "russia", "north-korea", "united-states", "united-states", "south-korea", "china"])
    }

    @Test func theCrownPrinceIsTheHolderOfThatOfficeNamedBefore() {
        let x = ExtractionFixture.extract("""
            Saudi Crown Prince Mohammed bin Salman received Xi Jinping in Riyadh on Thursday. Xi held talks with the crown \
            prince again on Friday.
            """, date: "2022-12-09")
        #expect(x.events.filter { $0.kind == .talks || $0.kind == .meeting }.allSatisfy {
            Set($0.actors.map(\.actor)) == ["mohammed-bin-salman", "xi-jinping"]
        })
        #expect(x.events.filter { $0.kind == .talks }.count == 1)
    }
}
