import Course
import Notebook
import Testing

/// The course shipped with the tool: it must parse cleanly and hold every lesson the
/// course promises, each exercise exactly once.
@Suite("The bundled NumPy & JAX course")
struct BundledCourseTests {
    static let course = try! BundledCourse.load(nil)

    @Test("It parses without warnings and has a title")
    func parsesCleanly() {
        #expect(Self.course.warnings.isEmpty)
        #expect(Self.course.title == "NumPy & JAX")
        #expect(Self.course.sections.count == 1)
    }

    @Test("Every lesson has a section", arguments: [
        "objectives", "setup", "why-numpy-beats-plain-python", "where-the-numbers-live", "finding-an-element",
        "one-call-instead-of-a-million", "exercise-madhavas-π", "why-jax-beats-numpy", "benchmark-sum",
        "benchmark-2xy--3y--1", "fusion-and-the-last-bit", "what-no-longer-applies-in-jax", "in-place-updates",
        "promotion-rules", "random-numbers", "what-still-applies", "indexing", "basic-indexing-and-views",
        "advanced-indexing", "boolean-masks", "broadcasting", "the-rules", "when-shapes-do-not-fit",
        "exercise-1-broadcast-shapes", "exercise-2-the-detector-signal", "exercise-3-normalising-vectors",
        "ufunc-methods", "reduce", "accumulate", "outer", "at", "reduceat",
    ])
    func lesson(slug: String) throws {
        let section = try Self.course.section(matching: slug)
        #expect(section.slug == slug)
        #expect(!section.blocks.isEmpty, "section \(slug) has no content")
    }

    @Test("Each of the four exercises appears once, as a placeholder")
    func exercises() {
        let exerciseCells = Self.course.cells.filter(\.isExercise)
        #expect(exerciseCells.compactMap(\.attributes.exercise)
            == ["madhava-pi", "broadcast-shapes", "detector-signal", "normalize"])
        #expect(exerciseCells.allSatisfy { $0.source.contains("...") })
    }

    @Test("Cell code fits an 80-column terminal inside its box")
    func codeWidth() {
        for cell in Self.course.cells {
            for line in cell.source.split(separator: "\n") {
                #expect(line.displayWidth <= 78, "line \(cell.fenceLine): \(line)")
            }
        }
    }

    @Test("The failing broadcast is a cell that must raise ValueError")
    func failingBroadcast() throws {
        let cell = try #require(Self.course.cells.first { $0.attributes.id == "broadcast-failure" })
        #expect(cell.attributes.raises == "ValueError")
    }

    @Test("Every section has prose to read, and the whole course fits 80 columns")
    func renders() throws {
        for section in Self.course.allSections {
            #expect(section.blocks.contains { if case .prose = $0 { true } else { false } } || !section.children.isEmpty,
                    "section \(section.numberText) \(section.title) has no prose")
        }
        let text = try Explanation(notebook: Self.course, options: RenderOptions(width: 80)).text(for: .wholeNotebook)
        #expect(text.split(separator: "\n").allSatisfy { $0.displayWidth <= 80 })
    }
}
