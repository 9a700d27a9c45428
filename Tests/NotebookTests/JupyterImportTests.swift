import Foundation
import Notebook
import Testing

/// Jupyter notebooks (nbformat 4) read as course notebooks.
@Suite struct JupyterImportTests {
    func write(_ object: Any) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jupyter-\(UUID().uuidString).ipynb").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func markdownBecomesProseAndCodeBecomesPythonCells() throws {
        let path = try write([
            "nbformat": 4, "nbformat_minor": 5, "metadata": [:],
            "cells": [
                ["cell_type": "markdown", "source": ["# Title\n", "\n", "Text."]],
                ["cell_type": "code", "source": ["x = 1\n", "x"], "outputs": []],
                ["cell_type": "raw", "source": "ignored"],
                ["cell_type": "code", "source": "print('```')", "outputs": []],
            ],
        ])
        let (notebook, numbers) = try JupyterImport.load(path)
        #expect(notebook.title == "Title")
        #expect(notebook.cells.map(\.source) == ["x = 1\nx\n", "print('```')\n"])
        #expect(notebook.cells.allSatisfy { $0.language == "python" })
        #expect(notebook.cells.map { numbers[$0.fenceLine] } == [2, 4])
    }

    @Test(arguments: [
        ("not json", "is not a Jupyter notebook (nbformat 4): the file is not a JSON object"),
        (#"{"nbformat": 3, "cells": []}"#, "is not a Jupyter notebook (nbformat 4): nbformat is 3, 4 is required"),
        (#"{"nbformat": 4}"#, "is not a Jupyter notebook (nbformat 4): it has no \"cells\" list"),
        (#"{"nbformat": 4, "cells": [{"cell_type": "widget", "source": ""}]}"#, "is not a Jupyter notebook (nbformat 4): cell 1 has an unknown cell_type"),
    ])
    func invalidNotebooksAreErrors(text: String, message: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).ipynb").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: NotebookError.self) { try JupyterImport.load(path) }
        do {
            _ = try JupyterImport.load(path)
        } catch {
            #expect(error.kind == .invalidJupyterNotebook)
            #expect(error.message == message)
        }
    }
}
