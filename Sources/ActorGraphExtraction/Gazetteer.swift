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

/// Finds dictionary names in token streams: a word trie, case-sensitive, whole tokens, longest match.
///
/// Each surface form is tokenized like the text, so hyphen and space variants of the same words match
/// alike. A form starting with a lower-case word ("the Kremlin") also matches capitalised at a sentence
/// start, and forms of four letters or more also match in capitals, as headlines write them.
///
/// Forms come in layers (actors, places, titles), matched independently: each layer's matches are
/// the longest, non-overlapping ones of that layer alone, but one trie holds every layer, so a
/// token is looked up once for all of them. The trie's words are numbers (`Vocabulary`), and the walk
/// follows integers. A token is numbered only when a walk may start at it (a filter of the words that
/// start a form tells, most often no) or reaches it.
///
/// - Complexity: O(t·L) per text of t tokens, where L is the longest form in tokens.
public struct Gazetteer: Sendable {
    /// A form: its text, the entry it names (an index chosen by the caller) and how it names it.
    typealias Form = (text: String, id: Int32, form: SurfaceForm)

    /// The words of the forms, those that start one numbered first.
    private var vocabulary = Vocabulary()
    /// How many words start a form: words `0..<rootWords`.
    private let rootWords: Int32
    /// The words that start a form, and those that continue one: a token that is neither is not
    /// looked up in the vocabulary (most tokens; its table is too large for the nearest caches).
    private var firstWords = WordFilter()
    private var laterWords = WordFilter()
    /// The trie's nodes are numbered from 1 (0 is the root). The root's child along a word that
    /// starts a form is the node numbered after the word (word + 1), read from no table; the deeper
    /// edges, read only after a root match, are in a hash table.
    private var edges = TrieEdges()
    /// By node: a bit for each layer with a form ending there (bits 0–6), and `hasChildren` if edges
    /// leave it. One byte a node, so the walk's tests stay in cache: `terminalOf` is read only where
    /// a layer's bit is set, and the next token is looked up only from a node with children.
    private var nodeBits: [UInt8]
    private static let hasChildren: UInt8 = 0x80
    /// By node and layer (`node * layers + layer`): the index in `terminals` of the layer's forms
    /// ending there, or -1.
    private var terminalOf: [Int32]
    /// The dictionary entries and surface form of the forms of one layer ending at a node.
    private var terminals: [Terminal] = []
    private let layers: Int

    private struct Terminal: Sendable {
        var entries: [Int32]
        var form: SurfaceForm
    }

    /// A gazetteer of the forms of each layer (at most 7 layers).
    init(layers: [[Form]]) {
        precondition(layers.count <= 7, "a gazetteer has at most 7 layers")
        self.layers = layers.count
        let variants = layers.map { $0.map { (words: Self.variants(of: $0.text), id: $0.id, form: $0.form) } }
        for form in variants.joined() {
            for words in form.words {
                _ = vocabulary.insert(Substring(words[0]))
                firstWords.insert(key: Token.key(of: words[0].utf8))
            }
        }
        rootWords = Int32(vocabulary.count)
        nodeBits = [UInt8](repeating: 0, count: vocabulary.count + 1)
        terminalOf = [Int32](repeating: -1, count: (vocabulary.count + 1) * layers.count)
        for (layer, forms) in variants.enumerated() {
            for (words, id, form) in forms {
                for variant in words { insert(variant, entry: id, form: form, layer: layer) }
            }
        }
    }

    /// The names of the actors of a dictionary, naming indices into `dictionary.entries`.
    static func forms(of dictionary: ActorDictionary) -> [Form] {
        var forms: [Form] = []
        for (index, entry) in dictionary.entries.enumerated() {
            let id = Int32(index)
            forms.append((entry.actor.name, id, .name))
            forms += entry.aliases.map { ($0, id, .alias) }
            forms += entry.demonyms.map { ($0, id, .demonym) }
            forms += entry.metonyms.map { ($0, id, .metonym) }
        }
        return forms
    }

    /// The words of a form as the trie holds it: as written, capitalised if it starts lower-case,
    /// and in capitals if it has four letters or more.
    private static func variants(of text: String) -> Set<[String]> {
        let words = Tokenizer.tokens(in: Substring(text)).map(\.text)
        guard !words.isEmpty else { return [] }
        var variants = [words]
        if let first = words.first, first.first?.isLowercase == true {
            variants.append([Substring(first.prefix(1).uppercased() + first.dropFirst())] + words.dropFirst())
        }
        if words.reduce(0, { $0 + $1.count }) >= 4 {
            variants.append(words.map { Substring($0.uppercased()) })
        }
        return Set(variants.map { $0.map(String.init) })
    }

    private mutating func insert(_ words: [String], entry: Int32, form: SurfaceForm, layer: Int) {
        var node: Int32 = 0
        for word in words {
            let number = vocabulary.insert(Substring(word))
            if node != 0 { laterWords.insert(key: Token.key(of: word.utf8)) }
            if let next = child(of: node, word: number) {
                node = next
            } else {
                let next = Int32(nodeBits.count)
                terminalOf += repeatElement(-1, count: layers)
                nodeBits.append(0)
                edges.insert(parent: node, word: number, child: next)
                nodeBits[Int(node)] |= Self.hasChildren
                node = next
            }
        }
        let slot = Int(node) * layers + layer
        let index = Int(terminalOf[slot])
        if index >= 0 {
            if !terminals[index].entries.contains(entry) { terminals[index].entries.append(entry) }
            // A name beats an alias beats a metonym beats a demonym for the same words.
            if Gazetteer.rank(form) < Gazetteer.rank(terminals[index].form) { terminals[index].form = form }
        } else {
            terminalOf[slot] = Int32(terminals.count)
            nodeBits[Int(node)] |= 1 << layer
            terminals.append(Terminal(entries: [entry], form: form))
        }
    }

    /// The child of `node` along `word` (-1: a word no form has), if any.
    @inline(__always)
    private func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        if node != 0 { return edges.child(of: node, word: word) }
        return word < rootWords ? word + 1 : nil
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

    /// Every longest, non-overlapping match of each layer in `tokens`, left to right, by layer;
    /// `text` is the UTF-8 bytes the tokens' `start` and `end` index.
    func mentions(in tokens: [Token], of text: [UInt8]) -> [[Mention]] {
        text.withUnsafeBufferPointer { mentions(in: tokens, of: $0) }
    }

    private func mentions(in tokens: [Token], of text: UnsafeBufferPointer<UInt8>) -> [[Mention]] {
        // Each token's word number, looked up when first needed (-2 until then).
        var words = [Int32](repeating: -2, count: tokens.count)
        func word(_ k: Int) -> Int32 {
            if words[k] == -2 { words[k] = vocabulary.number(of: tokens[k], in: text) }
            return words[k]
        }
        // Room for a match every 16 tokens in each layer, so that most documents grow no array.
        var found = (0..<layers).map { _ in
            var matches: [Mention] = []
            matches.reserveCapacity(tokens.count / 16)
            return matches
        }
        // By layer: the first token a match may start at (after the layer's last match), and the
        // last token and terminal of the longest match from the current token.
        var free = [Int](repeating: 0, count: layers)
        var best = [(last: Int, terminal: Int32)](repeating: (-1, -1), count: layers)
        for i in tokens.indices {
            guard firstWords.mayContain(key: tokens[i].key), var node = child(of: 0, word: word(i)) else { continue }
            var j = i
            while true {
                let bits = nodeBits[Int(node)]
                if bits & ~Self.hasChildren != 0 {
                    for layer in 0..<layers where bits & (1 << layer) != 0 && free[layer] <= i {
                        best[layer] = (j, terminalOf[Int(node) * layers + layer])
                    }
                }
                j += 1
                guard bits & Self.hasChildren != 0, j < tokens.count, laterWords.mayContain(key: tokens[j].key),
                      let next = child(of: node, word: word(j)) else { break }
                node = next
            }
            for layer in 0..<layers where best[layer].last >= 0 {
                let (last, index) = best[layer]
                found[layer].append(Mention(first: i, last: last, start: tokens[i].start, end: tokens[last].end,
                                            candidates: terminals[Int(index)].entries, form: terminals[Int(index)].form))
                free[layer] = last + 1
                best[layer] = (-1, -1)
            }
        }
        return found
    }
}
