// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its directory: the clone's folder name.
let project = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// package-benchmark suites for TensorCore and Fusion, kept in their own package so the
/// project's build and tests do not depend on the benchmark framework.
///
///     cd Benchmarks/Suites && swift package benchmark
///     swift package benchmark baseline update main      # record a baseline
///     swift package benchmark baseline compare main     # compare a change with it
let package = Package(
    name: "CourseBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        /// Eager kernels: contiguous and broadcast elementwise calls, sums.
        .executableTarget(
            name: "Elementwise",
            dependencies: [.product(name: "TensorCore", package: project), .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Elementwise",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        /// The course's expression `2*x*y + 3*y + 1`, eager and fused, and a fused sum.
        .executableTarget(
            name: "Fused",
            dependencies: [
                .product(name: "TensorCore", package: project), .product(name: "Fusion", package: project),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Fused",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
