import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock timing of repeated runs: the minimum is the number reported (the least disturbed run).
struct Timing {
    private(set) var runs: [Double] = []

    var best: Double { runs.min() ?? .nan }

    /// Runs `body` `count` times, keeping the value of the last run.
    mutating func measure<T>(repeat count: Int, _ body: () throws -> T) rethrows -> T {
        var result: T?
        let clock = ContinuousClock()
        for _ in 0..<Swift.max(1, count) {
            let start = clock.now
            let value = try body()
            let elapsed = clock.now - start
            runs.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            result = value
        }
        return result!
    }
}

/// Peak resident set size of this process so far, in MiB (`getrusage`; Linux reports KiB, macOS bytes).
func peakResidentMiB() -> Double {
    var usage = rusage()
    #if canImport(Darwin)
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / (1024 * 1024)
    #else
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
    #endif
}

/// One JSON object on one line, keys in the order given (so the output is easy to read and diff).
struct JSONLine {
    private var fields: [String] = []

    mutating func add(_ key: String, _ value: String) { fields.append("\(Self.quote(key)):\(Self.quote(value))") }
    mutating func add(_ key: String, _ value: Int) { fields.append("\(Self.quote(key)):\(value)") }
    mutating func add(_ key: String, _ value: Double) {
        fields.append("\(Self.quote(key)):\(value.isFinite ? "\(value)" : "null")")
    }
    mutating func add(_ key: String, _ values: [Double]) {
        fields.append("\(Self.quote(key)):[\(values.map { $0.isFinite ? "\($0)" : "null" }.joined(separator: ","))]")
    }

    var text: String { "{" + fields.joined(separator: ",") + "}" }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Progress and notes go to stderr, results to stdout.
func note(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
