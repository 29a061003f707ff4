/// Sets of strings asked about a token's `Word`: as strings, so that a word is in the set exactly when
/// its string is (canonical equivalence included, as `Set` compares).
extension Set<String> {
    func contains(_ word: Word) -> Bool { contains(word.string) }
}

extension Set<Substring> {
    func contains(_ word: Word) -> Bool { contains(Substring(word.string)) }
}
