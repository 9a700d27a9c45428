import Foundation
import Notebook

/// The course that ships inside the built product, so `course` works from any directory.
public enum BundledCourse {
    /// The file name of the default course; `notebooks/numpy-jax.md` in the repository.
    public static let fileName = "numpy-jax.md"

    /// How listings name the bundled course.
    public static let description = "the bundled course (\(fileName))"

    /// The path of the bundled copy of the default course.
    public static func path() throws(NotebookError) -> String {
        guard let url = Bundle.module.url(forResource: "numpy-jax", withExtension: "md") else {
            throw NotebookError(
                .fileNotFound, at: SourceLocation(path: fileName),
                "the bundled course is missing from this build of course; rebuild it, or give a notebook path")
        }
        return url.path
    }

    /// Loads the notebook at `path`, or the bundled course when `path` is nil.
    public static func load(_ path: String?) throws(NotebookError) -> Notebook {
        if let path { return try Notebook(contentsOfFile: path) }
        return try Notebook(contentsOfFile: self.path())
    }
}
