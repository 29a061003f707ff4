/// Weight text: parsing with validation, and the one fixed way weights are printed.
enum NumberText {
    /// Whole numbers print as integers (`2`), others as Swift's shortest round-trip form (`0.5`, `1e-05`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    /// The reason `text` is not a usable weight (tie strength), or nil with the value.
    static func weight(_ text: String) -> Result<Double, WeightProblem> {
        let trimmed = text.trimmed()
        guard let value = Double(trimmed), !trimmed.isEmpty else { return .failure(.notANumber(trimmed)) }
        guard value.isFinite else { return .failure(.notFinite(trimmed)) }
        guard value >= 0 else { return .failure(.negative(trimmed)) }
        return .success(value == 0 ? 0 : value)
    }

    /// Checks a weight that is already a number.
    static func weight(_ value: Double, text: String) -> Result<Double, WeightProblem> {
        guard value.isFinite else { return .failure(.notFinite(text)) }
        guard value >= 0 else { return .failure(.negative(text)) }
        return .success(value == 0 ? 0 : value)
    }

    enum WeightProblem: Error {
        case notANumber(String), notFinite(String), negative(String)

        var message: String {
            switch self {
            case .notANumber(let text): "weight \(quoted(text)) is not a number"
            case .notFinite(let text): "weight \(quoted(text)) is not finite"
            case .negative(let text): "weight \(text) is negative (weights are tie strengths, 0 or more)"
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmed() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isBlank($0) }) else { return "" }
        let end = lastIndex(where: { !isBlank($0) })!
        return String(self[start...end])
    }
}
