import ArgumentParser
import Charts
import Course
import Foundation

/// `course bench`: the course's two benchmarks as a command.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the course's benchmarks, sum(x) and 2*x*y + 3*y + 1, as a plain-Python loop, eagerly and fused.",
        discussion: """
            Each size n = 2^k runs our three variants: a plain-Python loop through the course's \
            interpreter (up to --loop-cap), TensorCore's eager kernels (one per operation, as NumPy \
            does) and a fused jax.jit plan. With --compare, python3 then times the real NumPy, \
            jax.jit and CPython loops on the same sizes, one after the other. Each time is the best \
            of --repeat runs per call after an autorange (calls doubled until a run lasts --min-time). \
            Prints a table of times and ratios and a log-log plot, and writes the plot as bench.svg \
            in the output folder.

            Examples:
              course bench
              course bench --sizes 10,16,20-23 --compare
              course bench --dtype float64 --json > bench.json
            """
    )

    @Option(help: ArgumentHelp("Sizes as powers of two: a list with ranges, like 10,12,20-23.", valueName: "powers"))
    var sizes = "10-23"

    @Option(help: ArgumentHelp("The arrays' dtype: float32 or float64.", valueName: "dtype"))
    var dtype = "float32"

    @Flag(help: "Also time the real NumPy, jax.jit and CPython loops through python3, where it has them.")
    var compare = false

    @Option(help: ArgumentHelp("Timed runs per measurement; the best counts.", valueName: "count"))
    var `repeat` = 7

    @Option(help: ArgumentHelp("Seconds a timed run lasts at least (the autorange's target).", valueName: "seconds"))
    var minTime = 0.2

    @Option(help: ArgumentHelp("Time the plain-Python loops up to 2^power elements only.", valueName: "power"))
    var loopCap = 16

    @Flag(help: "Print the times as JSON instead of the table and plot.")
    var json = false

    @Option(help: ArgumentHelp("The folder bench.svg is written to.", valueName: "dir"))
    var out: String = "course-output"

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1, got \(`repeat`)") }
        if !(minTime > 0) { throw ValidationError("--min-time must be a positive number of seconds, got \(minTime)") }
        if loopCap < 0 { throw ValidationError("--loop-cap must be a power of two from 0, got \(loopCap)") }
        if out.isEmpty { throw ValidationError("--out needs a folder") }
    }

    func run() throws {
        var settings = BenchSettings()
        settings.powers = try BenchSettings.powers(parsing: sizes)
        settings.dtype = try BenchSettings.dtype(named: dtype)
        settings.repeats = `repeat`
        settings.minimumRunTime = minTime
        settings.loopCap = loopCap
        settings.compare = compare
        var figures = FigureFiles(folder: out)
        try figures.check()

        var bench = BenchRun(settings: settings)
        let bar = ProgressLine(enabled: isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["CI"] == nil)
        bench.progress = bar.update
        let results = try bench.run()
        bar.clear()

        let report = BenchReport(results)
        let path = (out as NSString).appendingPathComponent("bench.svg")
        let (_, problems) = figures.save([.figure(report.figure, savedAs: "bench.svg")], as: "bench")
        for problem in problems { Console.error(problem) }
        if !problems.isEmpty { throw ExitCode(2) }
        if json {
            Console.output(results.json())
            return
        }
        let options = output.renderOptions
        let chart = TerminalChart(width: min(options.width, 100), height: 16, color: options.color)
        Console.output(report.text + "\n" + chart.render(report.figure).joined(separator: "\n") + "\n[figure: \(path)]\n")
    }
}
