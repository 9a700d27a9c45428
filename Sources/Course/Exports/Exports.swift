import Foundation

/// The files `course run --html/--ipynb/--markdown` writes once the run is over, each
/// written atomically so that a failed run never leaves half a file.
public struct Exports {
    public var html: String?
    public var ipynb: String?
    public var markdown: String?

    /// Checks, before anything runs, that each file's folder exists.
    public init(html: String?, ipynb: String?, markdown: String?) throws(AtomicFile.WriteError) {
        self.html = html
        self.ipynb = ipynb
        self.markdown = markdown
        for path in [html, ipynb, markdown].compactMap({ $0 }) {
            let folder = (path as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw AtomicFile.WriteError(path: path, reason: "the folder \(folder) does not exist")
            }
        }
    }

    public func write(_ executed: ExecutedNotebook, figureFolder: String) throws(AtomicFile.WriteError) {
        if let html { try AtomicFile.write(HTMLExport.render(executed), to: html) }
        if let ipynb { try AtomicFile.write(JupyterExport.render(executed), to: ipynb) }
        if let markdown {
            let folder = (markdown as NSString).deletingLastPathComponent
            let text = MarkdownExport.render(executed) { file in
                RelativePath.from(folder: folder.isEmpty ? "." : folder, to: (figureFolder as NSString).appendingPathComponent(file))
            }
            try AtomicFile.write(text + (text.hasSuffix("\n") ? "" : "\n"), to: markdown)
        }
    }
}
