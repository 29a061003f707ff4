/// Counts of one category of an evaluation (actors, meetings or mediations) and the rates they give.
///
/// Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2·TP / (2·TP + FP + FN) (the harmonic mean
/// of the two). A rate whose denominator is zero is undefined and is `nil` — nothing predicted has no
/// precision, nothing to find has no recall — rather than a flattering 1 or a misleading 0.
/// Scores add up count by count, so a sum over documents is the micro-average.
public struct Score: Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Share of predictions that are right; nil when nothing was predicted.
    public var precision: Double? {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? nil : Double(truePositives) / Double(predicted)
    }

    /// Share of the gold items found; nil when the gold has none.
    public var recall: Double? {
        let gold = truePositives + falseNegatives
        return gold == 0 ? nil : Double(truePositives) / Double(gold)
    }

    /// Harmonic mean of precision and recall, 2·TP / (2·TP + FP + FN); nil when all counts are zero.
    public var f1: Double? {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? nil : Double(2 * truePositives) / Double(denominator)
    }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives,
              falsePositives: lhs.falsePositives + rhs.falsePositives,
              falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout Score, rhs: Score) { lhs = lhs + rhs }
}

/// How many of a set of checks came out right (dates, places or statuses of matched pairs).
public struct Accuracy: Sendable, Hashable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// correct / total; nil when nothing was checked.
    public var value: Double? { total == 0 ? nil : Double(correct) / Double(total) }

    /// Counts one check.
    public mutating func record(_ isCorrect: Bool) {
        total += 1
        if isCorrect { correct += 1 }
    }

    public static func + (lhs: Accuracy, rhs: Accuracy) -> Accuracy {
        Accuracy(correct: lhs.correct + rhs.correct, total: lhs.total + rhs.total)
    }

    public static func += (lhs: inout Accuracy, rhs: Accuracy) { lhs = lhs + rhs }
}
