#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the machine's memory.
enum ProcessMemory {
    /// The machine's physical memory in bytes (4 GiB when it cannot be read).
    static let physicalBytes: Int64 = {
        let pages = Int64(sysconf(Int32(_SC_PHYS_PAGES)))
        let pageSize = Int64(sysconf(Int32(_SC_PAGESIZE)))
        return pages > 0 && pageSize > 0 ? pages * pageSize : 4 << 30
    }()
}
