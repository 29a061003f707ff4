import ActorGraphCore
import ArgumentParser

/// How `compare` cuts time into windows: the `--window` periods of `InputOptions` as given, or
/// `--every` windows of one length over a period (tumbling, or rolling with `--step`).
///
/// The repeatable `--window` itself lives in `InputOptions`: compare needs those inputs too, and a
/// command may declare an option name only once.
struct WindowOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Cut the period into windows of this length: 10d, 2w, 3m (calendar quarters), 1y (calendar years). The period is the one --window gives, else the span of the dated events.",
        valueName: "length"))
    var every: String?

    @Option(help: ArgumentHelp(
        "With --every: start a window every <length> (shorter than --every gives rolling, overlapping windows).",
        valueName: "length"))
    var step: String?

    func validate() throws {
        _ = try lengths()
        if step != nil && every == nil { throw ValidationError("--step needs --every") }
    }

    func lengths() throws -> (every: WindowLength?, step: WindowLength?) {
        do {
            return (try every.map { try WindowLength(parsing: $0) }, try step.map { try WindowLength(parsing: $0) })
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The windows to compare, in order.
    ///
    /// - Parameters:
    ///   - explicit: the `--window` periods.
    ///   - span: first and last day of the dated events, for `--every` without `--window` and for the
    ///     open end of a `--window` like `2018-03..`.
    /// - Throws: `CLIError` for fewer than two windows, overlapping windows (unless rolling on purpose),
    ///   or `--every` with several `--window`s.
    func windows(explicit: [TimeWindow], span: (first: Day, last: Day)?) throws -> [TimeWindow] {
        let (every, step) = try lengths()
        var windows = explicit
        if let every {
            guard explicit.count <= 1 else {
                throw CLIError("--every cuts one period into windows; give at most one --window with it")
            }
            let parent = explicit.first
            guard let first = parent?.from ?? span?.first, let last = parent?.to ?? span?.last else {
                throw CLIError("no dated events to cut into windows with --every; give the period with --window A..B")
            }
            do {
                windows = try TimeWindow.sliding(from: first, to: last, every: every, step: step)
            } catch {
                throw CLIError("\(error)")
            }
            if let parent {  // keep the windows inside the period asked for
                windows = windows.map { window in
                    let from = max(window.from!, parent.from ?? window.from!), to = min(window.to!, parent.to ?? window.to!)
                    return from == window.from && to == window.to ? window : TimeWindow(from: from, to: to)
                }
            }
        }
        guard windows.count >= 2 else {
            throw CLIError(windows.isEmpty
                ? "compare needs at least two windows: --window 2017 --window 2018, or --every 1y"
                : "compare needs at least two windows; only \(windows[0].label) was given")
        }
        if step == nil || step == every {
            do {
                try TimeWindow.checkDisjoint(windows)
            } catch {
                throw CLIError("\(error)")
            }
        }
        return windows
    }
}
