import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Persistent worker threads for `Parallelism.run`. A call hands its parts out through an
/// atomic counter; the calling thread works too and waits for the last part. Idle workers
/// spin briefly before they sleep, so back-to-back calls (the common case in array code)
/// start in well under a microsecond instead of paying a thread wake-up each time.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(workers: Parallelism.availableCores - 1)

    private let generation = Atomic<Int>(0)
    private let nextPart = Atomic<Int>(0)
    private let unfinished = Atomic<Int>(0)
    private var parts = 0
    private var job: ((Int) -> Void)?
    private var submission = pthread_mutex_t()
    private var sleepLock = pthread_mutex_t()
    private var wakeUp = pthread_cond_t()
    /// How long an idle worker spins before sleeping, in polls (roughly 50 µs).
    private let spinPolls = 20_000

    private init(workers: Int) {
        pthread_mutex_init(&submission, nil)
        pthread_mutex_init(&sleepLock, nil)
        pthread_cond_init(&wakeUp, nil)
        for _ in 0..<max(0, workers) {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(self).toOpaque()
            pthread_create(&thread, nil, { context in
                let pool = Unmanaged<WorkerPool>.fromOpaque(context!).takeRetainedValue()
                pool.workLoop()
                return nil
            }, context)
            pthread_detach(thread)
        }
    }

    /// Runs `body(part)` for every part on the workers and the calling thread; returns when
    /// all parts are done. If the pool is busy (another thread's call, or a call from
    /// inside a part), the parts run on the calling thread instead.
    func run(parts count: Int, _ body: (Int) -> Void) {
        guard pthread_mutex_trylock(&submission) == 0 else {
            for part in 0..<count { body(part) }
            return
        }
        defer { pthread_mutex_unlock(&submission) }
        withoutActuallyEscaping(body) { body in
            job = body
            parts = count
            nextPart.store(0, ordering: .relaxed)
            unfinished.store(count, ordering: .relaxed)
            pthread_mutex_lock(&sleepLock)
            generation.add(1, ordering: .releasing)
            pthread_cond_broadcast(&wakeUp)
            pthread_mutex_unlock(&sleepLock)
            participate()
            while unfinished.load(ordering: .acquiring) > 0 { spinHint() }
            job = nil
        }
    }

    /// Takes parts until none are left.
    private func participate() {
        while true {
            let part = nextPart.add(1, ordering: .acquiringAndReleasing).oldValue
            guard part < parts else { return }
            do {
                // The reference to the caller's closure must be gone before the caller can
                // see this part finished (the closure does not outlive the call).
                let work = job!
                work(part)
            }
            unfinished.subtract(1, ordering: .releasing)
        }
    }

    private func workLoop() {
        var seen = 0
        while true {
            var polls = 0
            while generation.load(ordering: .acquiring) == seen {
                polls += 1
                if polls < spinPolls {
                    spinHint()
                    continue
                }
                pthread_mutex_lock(&sleepLock)
                while generation.load(ordering: .acquiring) == seen { pthread_cond_wait(&wakeUp, &sleepLock) }
                pthread_mutex_unlock(&sleepLock)
            }
            seen = generation.load(ordering: .acquiring)
            participate()
        }
    }

    @inline(__always) private func spinHint() {
        #if arch(x86_64)
        pauseBriefly()
        #endif
    }
}

/// One beat of a spin loop: an opaque call, so the loop re-reads the atomic each time
/// without the compiler folding the wait away.
@inline(never) private func pauseBriefly() {}
