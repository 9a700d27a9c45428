import Charts
import Foundation

/// Names a run's figures and writes them as SVG files to its output folder (made when
/// the first one is saved). A cell's figures are `NAME-1.svg`, `NAME-2.svg`, ...; a
/// `savefig` name is kept as given.
public struct FigureFiles {
    /// Where the files go; nil names the figures without writing them.
    public let folder: String?
    private var taken: Set<String> = []

    public init(folder: String?) {
        self.folder = folder
    }

    /// Names and writes the figures among `outputs`; returns their file names in order,
    /// and a message for each file that could not be written.
    public mutating func save(_ outputs: [CellOutput], as baseName: String) -> (names: [String], problems: [String]) {
        var names: [String] = []
        var problems: [String] = []
        for output in outputs {
            guard case .figure(let figure, let savedAs) = output else { continue }
            var name = savedAs ?? "\(baseName)-1.svg"
            var counter = 1
            while savedAs == nil, taken.contains(name) {
                counter += 1
                name = "\(baseName)-\(counter).svg"
            }
            taken.insert(name)
            names.append(name)
            guard let folder else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try AtomicFile.write(SVGRenderer().render(figure), to: path)
            } catch {
                problems.append("course: cannot write the figure \(path): \(error)")
            }
        }
        return (names, problems)
    }

    /// Checks, before anything runs, that the folder can be made or written.
    public func check() throws(NotebookRun.FolderError) {
        guard let folder else { return }
        var path = URL(fileURLWithPath: folder).standardizedFileURL.path
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            path = (path as NSString).deletingLastPathComponent
        }
        guard isFolder.boolValue else {
            throw NotebookRun.FolderError(path: folder, reason: "\(path) is a file, not a folder")
        }
        guard FileManager.default.isWritableFile(atPath: path) else {
            throw NotebookRun.FolderError(path: folder, reason: "\(path) is not writable")
        }
    }
}
