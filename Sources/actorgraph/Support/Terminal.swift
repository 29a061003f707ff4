import Foundation

/// Messages and progress on stderr; results stay on stdout.
enum Terminal {
    nonisolated(unsafe) static var quiet = false

    static func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
