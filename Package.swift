// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Array kernels are compiled for AVX2 where the building machine has it (every machine the
/// project targets does): the compiler then vectorises 8 float32 lanes at a time instead
/// of SSE's 4. Floating-point contraction stays off, so results do not change.
/// F16C stays off: its half-to-float instruction converts four lanes of a register, and
/// garbage in the unused lanes can raise the invalid flag, which NumPy's float16 warnings
/// would then report spuriously (float16 converts exactly in software).
let vectorFlags: [SwiftSetting] = {
    #if arch(x86_64)
    if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8), cpu.contains(" avx2") {
        return [.unsafeFlags(["-target-cpu", "haswell", "-Xcc", "-mno-f16c"])]
    }
    #endif
    return []
}()

let package = Package(
    name: "course",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "course", targets: ["course"]),
        .library(name: "Notebook", targets: ["Notebook"]),
        .library(name: "TensorCore", targets: ["TensorCore"]),
        .library(name: "Fusion", targets: ["Fusion"]),
        .library(name: "Interpreter", targets: ["Interpreter"]),
        .library(name: "Charts", targets: ["Charts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - System libraries

        /// libcmark-gfm and its GFM extensions, found by pkg-config.
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),

        /// Clearing and reading the floating-point exception flags cheaply (a C header: inline assembly).
        .target(name: "CFloatingPointFlags"),
        /// Non-temporal stores for large results (a C header: Swift has no streaming-store intrinsic).
        .target(name: "CStreamingStores"),
        /// Per-thread reuse of small array buffers (C: Swift has no cheap thread-local storage).
        .target(name: "CBlockCache"),
        /// Stacks that suspend and resume on one thread, for Python's generators (C: ucontext).
        .target(name: "CCoroutine"),

        // MARK: - Modules

        /// Markdown notebooks: parsing into sections, prose and cells; terminal rendering.
        .target(
            name: "Notebook",
            dependencies: ["CCMarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        /// n-d arrays with NumPy's semantics: dtypes, storage, views, broadcasting, printing.
        .target(name: "TensorCore", dependencies: ["CFloatingPointFlags", "CBlockCache"], swiftSettings: vectorFlags),
        /// Tracing functions of arrays into graphs and running them as fused, cached plans (`jax.jit`).
        .target(name: "Fusion", dependencies: ["TensorCore", "CStreamingStores"], swiftSettings: vectorFlags),
        /// Figures as `matplotlib.pyplot` describes them, drawn as SVG and as terminal text.
        .target(name: "Charts"),
        /// The Python subset course cells are written in: lexer, parser, evaluator, modules.
        .target(
            name: "Interpreter", dependencies: ["TensorCore", "Fusion", "Charts", "CCoroutine"],
            // Frames and containers are confined to the interpreter's thread; dynamic
            // exclusivity checks on their every access cost about 5% of a loop's time.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        /// The course runner's commands as a library: the bundled course, listings, explanations.
        .target(
            name: "Course",
            dependencies: ["Notebook", "Interpreter", "TensorCore", "Charts"],
            resources: [.copy("Resources/numpy-jax.md"), .copy("Resources/Exercises"), .copy("Resources/Benchmarks")]
        ),
        /// The `course` executable: argument parsing and printing only.
        .executableTarget(
            name: "course",
            dependencies: ["Course", "Notebook", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: - Benchmarks

        /// TensorCore's elementwise speed against a plain loop: `swift run -c release tensorcore-bench`.
        .executableTarget(
            name: "tensorcore-bench", dependencies: ["TensorCore", "Fusion", "CStreamingStores"], path: "Benchmarks/TensorCoreBenchmark",
            swiftSettings: vectorFlags),

        /// The interpreter's loops and calls against CPython: `swift run -c release interpreter-bench`.
        .executableTarget(name: "interpreter-bench", dependencies: ["Interpreter"], path: "Benchmarks/InterpreterBenchmark"),

        // MARK: - Tests

        /// Golden-file comparison shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "TestSupport"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "TensorCoreTests", dependencies: ["TensorCore", "TestSupport"], exclude: ["Oracle"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FusionTests", dependencies: ["Fusion", "TensorCore", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "Charts", "TestSupport"], exclude: ["Oracle", "Corpus"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "Notebook", "Charts", "TestSupport", "course"], exclude: ["Golden", "Fixtures", "Scripts", "Oracle"]),
    ]
)
