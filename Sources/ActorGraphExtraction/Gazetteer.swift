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
/// The trie's words are numbers of a `Vocabulary` that several gazetteers share: a text's tokens are
/// numbered once (`Vocabulary.numbers(of:in:)`), and each gazetteer then walks its trie on integers,
/// skipping at once every token that no form of any of them has.
///
/// - Complexity: O(t·L) per text of t tokens, where L is the longest form in tokens.
public struct Gazetteer: Sendable {
    /// The trie's nodes are numbered from 1 (0 is the root). The root's children are an array by
    /// word number (-1: none), read for every token; the deeper edges, read only after a root
    /// match, are in a hash table.
    private var roots: [Int32] = []
    private var edges = TrieEdges()
    /// By node: the index in `terminals` of the forms ending there, or -1. Four bytes a node, so the
    /// walk's test stays in cache.
    private var terminalOf: [Int32] = [-1]
    /// The dictionary entries and surface form of the forms ending at a node.
    private var terminals: [Terminal] = []

    private struct Terminal: Sendable {
        var entries: [Int32]
        var form: SurfaceForm
    }

    /// A gazetteer of the actors of a dictionary; candidates are indices into `dictionary.entries`.
    /// Their words are numbered in `vocabulary`.
    init(_ dictionary: ActorDictionary, vocabulary: inout Vocabulary) {
        var forms: [(String, Int32, SurfaceForm)] = []
        for (index, entry) in dictionary.entries.enumerated() {
            let id = Int32(index)
            forms.append((entry.actor.name, id, .name))
            forms += entry.aliases.map { ($0, id, .alias) }
            forms += entry.demonyms.map { ($0, id, .demonym) }
            forms += entry.metonyms.map { ($0, id, .metonym) }
        }
        self.init(forms: forms, vocabulary: &vocabulary)
    }

    /// A gazetteer of arbitrary phrases (place names, titles), each naming the entry `id`, whose
    /// words are numbered in `vocabulary`.
    init(forms: [(text: String, id: Int32, form: SurfaceForm)], vocabulary: inout Vocabulary) {
        for (text, id, form) in forms { insert(text, entry: id, form: form, vocabulary: &vocabulary) }
    }

    private mutating func insert(_ text: String, entry: Int32, form: SurfaceForm, vocabulary: inout Vocabulary) {
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
            for word in variant {
                let number = vocabulary.insert(Substring(word))
                if let next = child(of: node, word: number) {
                    node = next
                } else {
                    let next = Int32(terminalOf.count)
                    terminalOf.append(-1)
                    if node == 0 {
                        if roots.count <= number { roots += repeatElement(-1, count: Int(number) + 1 - roots.count) }
                        roots[Int(number)] = next
                    } else {
                        edges.insert(parent: node, word: number, child: next)
                    }
                    node = next
                }
            }
            let index = Int(terminalOf[Int(node)])
            if index >= 0 {
                if !terminals[index].entries.contains(entry) { terminals[index].entries.append(entry) }
                // A name beats an alias beats a metonym beats a demonym for the same words.
                if Gazetteer.rank(form) < Gazetteer.rank(terminals[index].form) { terminals[index].form = form }
            } else {
                terminalOf[Int(node)] = Int32(terminals.count)
                terminals.append(Terminal(entries: [entry], form: form))
            }
        }
    }

    /// The child of `node` along `word` (-1: a word no form has), if any.
    @inline(__always)
    private func child(of node: Int32, word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        if node != 0 { return edges.child(of: node, word: word) }
        guard word < roots.count, roots[Int(word)] >= 0 else { return nil }
        return roots[Int(word)]
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

    /// Every longest, non-overlapping match in `tokens`, left to right; `words` are the tokens'
    /// numbers in this gazetteer's vocabulary (-1 for none).
    func mentions(in tokens: [Token], words: [Int32]) -> [Mention] {
        var found: [Mention] = []
        var i = 0
        while i < words.count {
            var node: Int32 = 0
            var j = i
            var best: (last: Int, terminal: Int32)?
            while j < words.count, let next = child(of: node, word: words[j]) {
                node = next
                if terminalOf[Int(node)] >= 0 { best = (j, terminalOf[Int(node)]) }
                j += 1
            }
            if let best {
                let terminal = terminals[Int(best.terminal)]
                found.append(Mention(first: i, last: best.last, start: tokens[i].start, end: tokens[best.last].end,
                                     candidates: terminal.entries, form: terminal.form))
                i = best.last + 1
            } else {
                i += 1
            }
        }
        return found
    }
}
