/// An error a command reports as its own message and exit code 2 (a file that cannot be
/// written, a folder that cannot be made): the description names the path and the reason.
public protocol UserFacingError: Error, CustomStringConvertible {}

extension AtomicFile.WriteError: UserFacingError {}
extension NotebookRun.FolderError: UserFacingError {}
extension BenchError: UserFacingError {}
