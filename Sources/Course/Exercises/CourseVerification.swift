import Foundation
import Notebook
import TensorCore

/// `course verify`, for course authors: every placeholder sheet must be judged "not
/// started", every solved sheet kept as a fixture must pass, and the Swift reference
/// solutions must agree with themselves (loops and broadcasting bit for bit).
public struct CourseVerification {
    /// One verified claim.
    public struct Item: Sendable, Equatable {
        public var passed: Bool
        public var text: String
    }

    /// The folder of solved sheets.
    public var solved: String
    public var options: CheckOptions

    public init(solved: String, options: CheckOptions = CheckOptions()) {
        self.solved = solved
        self.options = options
    }

    /// Runs every check, handing each group's heading and items to `emit` as they finish.
    public func run(emit: (String, [Item]) -> Void) throws(NotebookError) -> Bool {
        let sheets = try ExerciseCatalogue.sheets()
        let checker = Checker(options: options)
        var allPassed = true
        func report(_ heading: String, _ items: [Item]) {
            allPassed = allPassed && items.allSatisfy(\.passed)
            emit(heading, items)
        }

        report("placeholder sheets report \"not started\"", sheets.map { sheet in
            let verdict = checker.check(sheet, answer: .success(sheet), path: sheet.path).verdict
            return Item(passed: verdict.status == .notStarted, text: "\(sheet.id): \(verdict.status.rawValue)")
        })

        let folder = try ExerciseFolder(path: solved)
        report("solved sheets in \(solved) pass", sheets.map { sheet in
            let result = checker.check(sheet, in: folder)
            let detail = result.verdict.passed ? "" : " (\(result.verdict.message))"
            return Item(passed: result.verdict.passed, text: "\(sheet.id): \(result.verdict.status.rawValue)\(detail)")
        })

        report("reference solutions", referenceItems())
        return allPassed
    }

    /// The broadcasting rule applied by hand, independently of TensorCore: align on the
    /// right, pad with 1s, and each pair of sizes must be equal or include a 1.
    static func broadcastByHand(_ pair: ([Int], [Int])) -> [Int]? {
        let length = max(pair.0.count, pair.1.count)
        let a = Array(repeating: 1, count: length - pair.0.count) + pair.0
        let b = Array(repeating: 1, count: length - pair.1.count) + pair.1
        var shape: [Int] = []
        for (x, y) in zip(a, b) {
            guard x == y || x == 1 || y == 1 else { return nil }
            shape.append(x == 1 ? y : x)
        }
        return shape
    }

    private func referenceItems() -> [Item] {
        var items: [Item] = []
        if let pi = try? MadhavaPi.value() {
            let error = abs(pi - Double.pi)
            items.append(Item(passed: error <= MadhavaPiJudge.tolerance, text: "madhava-pi: \(MadhavaPi.terms) terms give π to \(MadhavaPiJudge.scientific(error))"))
        } else {
            items.append(Item(passed: false, text: "madhava-pi: the reference failed"))
        }
        let answers = BroadcastShapes.answers
        let byRule = BroadcastShapes.pairs.map(Self.broadcastByHand)
        items.append(Item(
            passed: answers == byRule,
            text: "broadcast-shapes: " + answers.map { $0.map(BroadcastShapes.text) ?? "None" }.joined(separator: ", ")
                + (answers == byRule ? ", as the rules give by hand" : ", but the rules by hand give something else")))
        do {
            let inputs = try DetectorSignal.Inputs.generate()
            let loops = try DetectorSignal.withLoops(inputs)
            let broadcast = try DetectorSignal.withBroadcasting(inputs)
            let same = loops.shape == broadcast.shape && loops.elements == broadcast.elements
            items.append(Item(passed: same, text: "detector-signal: loops and broadcasting agree \(same ? "bit for bit" : "NOT bit for bit")"))
        } catch {
            items.append(Item(passed: false, text: "detector-signal: the reference failed: \(error)"))
        }
        do {
            let v = try RandomState(seed: 1).standardNormal([2, 3, 4, 5])
            let norms = try UFunc.sqrt(.array(UFunc.multiply(.array(Normalize.apply(v)), .array(Normalize.apply(v))).sum(axis: [-1])))
            let unit = norms.elements.allSatisfy { abs($0.doubleValue - 1) < 1e-12 }
            items.append(Item(passed: unit, text: "normalize: rows of a (2, 3, 4, 5) array have norm 1\(unit ? "" : " — NOT")"))
        } catch {
            items.append(Item(passed: false, text: "normalize: the reference failed: \(error)"))
        }
        return items
    }
}
