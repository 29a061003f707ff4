import ArgumentParser

/// A user-facing failure: one line, naming the file (and line) when there is one.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
