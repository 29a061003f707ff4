import Foundation

/// Runs the built `actorgraph` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `../shared/seeds`, present on developer machines and CI; tests that need it skip when absent.
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static var seedFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0).path }
    }

    /// The binary next to the test bundle (same build), else the debug build folder.
    static let binary: URL = {
        let besideTests = Bundle.main.bundleURL.appendingPathComponent("actorgraph")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let fromArgs = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("actorgraph")
        if FileManager.default.isExecutableFile(atPath: fromArgs.path) { return fromArgs }
        return root.appendingPathComponent(".build/debug/actorgraph")
    }()

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func json(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }
}
