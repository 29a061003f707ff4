/// How a mention names its actor.
public enum SurfaceForm: String, Sendable, Hashable, Codable {
    case name, alias, demonym, metonym
    /// A title standing for its holder ("the Russian foreign minister").
    case title
    /// A surname after the full name was given ("Kim", "Mr Haavisto").
    case surname
}

/// A dictionary match: tokens `[first, last]` of a text name one (or, when several entries share the
/// words, several) dictionary entries.
public struct Mention: Sendable, Hashable {
    public var first: Int
    public var last: Int
    public var start: Int
    public var end: Int
    public var candidates: [Int32]
    public var form: SurfaceForm
}

/// Finds dictionary names in token streams: a token trie, case-sensitive, whole tokens, longest match.
///
/// Each surface form is tokenized like the text, so hyphen and space variants of the same words match
/// alike. A form starting with a lower-case word ("the Kremlin") also matches capitalised at a sentence
/// start, and forms of four letters or more also match in capitals, as headlines write them.
///
/// - Complexity: O(t·L) per text of t tokens, where L is the longest form in tokens.
public struct Gazetteer: Sendable {
    /// The trie's edges, keyed by the FNV-1a hash of each word's UTF-8 bytes (`Token.key`);
    /// `edgeWords` holds the word that leads to each node, to confirm a hash hit byte for byte.
    /// Hashing raw bytes avoids Swift's Unicode-normalising String hash. Node 0 is the root.
    private var edges = TrieEdges()
    private var edgeWords: [[UInt8]] = [[]]
    private var terminals: [Terminal?] = [nil]

    /// The child of `node` along `word`, whose key is `key`, if any.
    @inline(__always)
    private func child(of node: Int32, _ word: Substring, key: UInt64) -> Int32? {
        guard let next = edges.child(of: node, key: key) else { return nil }
        let edgeWord = edgeWords[Int(next)]
        let same = word.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(edgeWord) } ?? word.utf8.elementsEqual(edgeWord)
        return same ? next : nil
    }

    private struct Terminal: Sendable {
        var entries: [Int32]
        var form: SurfaceForm
    }

    /// A gazetteer of the actors of a dictionary; candidates are indices into `dictionary.entries`.
    public init(_ dictionary: ActorDictionary) {
        var forms: [(String, Int32, SurfaceForm)] = []
        for (index, entry) in dictionary.entries.enumerated() {
            let id = Int32(index)
            forms.append((entry.actor.name, id, .name))
            forms += entry.aliases.map { ($0, id, .alias) }
            forms += entry.demonyms.map { ($0, id, .demonym) }
            forms += entry.metonyms.map { ($0, id, .metonym) }
        }
        self.init(forms: forms)
    }

    /// A gazetteer of arbitrary phrases (place names, titles), each naming the entry `id`.
    public init(forms: [(text: String, id: Int32, form: SurfaceForm)]) {
        for (text, id, form) in forms { insert(text, entry: id, form: form) }
    }

    private mutating func insert(_ text: String, entry: Int32, form: SurfaceForm) {
        let words = Tokenizer.tokens(in: Substring(text)).map(\.text)
        guard !words.isEmpty else { return }
        var variants = [words]
        if let first = words.first, first.first?.isLowercase == true {
            variants.append([Substring(first.prefix(1).uppercased() + first.dropFirst())] + words.dropFirst())
        }
        if words.reduce(0, { $0 + $1.count }) >= 4 {
            variants.append(words.map { Substring($0.uppercased()) })
        }
        for variant in Set(variants.map { $0.map(String.init) }) {
            var node: Int32 = 0
            var collided = false
            for word in variant {
                let key = Token.key(of: word.utf8)
                if let next = child(of: node, Substring(word), key: key) {
                    node = next
                } else if edges.child(of: node, key: key) != nil {
                    collided = true  // two different words with one 64-bit hash at one node: never seen; skip the form
                    break
                } else {
                    edgeWords.append(Array(word.utf8))
                    terminals.append(nil)
                    let next = Int32(terminals.count - 1)
                    edges.insert(parent: node, key: key, child: next)
                    node = next
                }
            }
            if collided { continue }
            if var terminal = terminals[Int(node)] {
                if !terminal.entries.contains(entry) { terminal.entries.append(entry) }
                // A name beats an alias beats a metonym beats a demonym for the same words.
                if Gazetteer.rank(form) < Gazetteer.rank(terminal.form) { terminal.form = form }
                terminals[Int(node)] = terminal
            } else {
                terminals[Int(node)] = Terminal(entries: [entry], form: form)
            }
        }
    }

    private static func rank(_ form: SurfaceForm) -> Int {
        switch form {
        case .name: 0
        case .alias: 1
        case .metonym: 2
        case .demonym: 3
        case .title, .surname: 4
        }
    }

    /// Every longest, non-overlapping match in `tokens`, left to right.
    public func mentions(in tokens: [Token]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            var node: Int32 = 0
            var j = i
            var best: (last: Int, terminal: Terminal)?
            while j < tokens.count, let next = child(of: node, tokens[j].text, key: tokens[j].key) {
                node = next
                if let terminal = terminals[Int(node)] { best = (j, terminal) }
                j += 1
            }
            if let best {
                found.append(Mention(first: i, last: best.last, start: tokens[i].start, end: tokens[best.last].end,
                                     candidates: best.terminal.entries, form: best.terminal.form))
                i = best.last + 1
            } else {
                i += 1
            }
        }
        return found
    }
}
