#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// How many mapped files are alive: a SIGBUS while one is comes from a file cut short under it.
private let liveMappings = Atomic<Int>(0)
/// The message for that SIGBUS, naming the file mapped last, prepared when it is mapped (a handler
/// may only write bytes it already has).
nonisolated(unsafe) private let busMessage = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
private let busMessageCount = Atomic<Int>(0)
/// The action SIGBUS had before ours (the Swift runtime's backtracer), for a SIGBUS of another cause.
nonisolated(unsafe) private let previousBusAction = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
private let busHandlerInstalled = Atomic<Bool>(false)

extension FileBytes {
    /// Makes a data file cut short while it is mapped end jixiao with a sentence naming the file and
    /// exit 135 (128 + SIGBUS), not a crash report. Call once, at start, before anything else handles
    /// signals: the dashboard's `SignalGuard` then restores the terminal first and passes the signal on.
    package static func handleFilesCutShort() {
        guard !busHandlerInstalled.exchange(true, ordering: .sequentiallyConsistent) else { return }
        sigaction(SIGBUS, nil, previousBusAction)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, _, _ in FileBytes.busHandler(signal) }
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigfillset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }

    static func busHandler(_ signal: Int32) {
        if liveMappings.load(ordering: .sequentiallyConsistent) > 0 {
            let count = busMessageCount.load(ordering: .sequentiallyConsistent)
            _ = write(STDERR_FILENO, busMessage, count)
            _exit(128 + SIGBUS)
        }
        sigaction(SIGBUS, previousBusAction, nil)
        raise(signal)
    }

    /// Notes a new mapping of `path`, with the message a SIGBUS would print.
    static func mapped(_ path: String) {
        let text = "jixiao: \(VisibleText.escaped(path)): the file was cut short or changed while it was being read; "
            + "nothing was written: read it again once nothing else writes to it\n"
        let bytes = Array(text.utf8.prefix(4096))
        // Only while no mapping is alive may the message change under a handler.
        if liveMappings.load(ordering: .sequentiallyConsistent) == 0 || busMessageCount.load(ordering: .sequentiallyConsistent) == 0 {
            busMessageCount.store(0, ordering: .sequentiallyConsistent)
            bytes.withUnsafeBufferPointer { busMessage.update(from: $0.baseAddress!, count: $0.count) }
            busMessageCount.store(bytes.count, ordering: .sequentiallyConsistent)
        }
        liveMappings.add(1, ordering: .sequentiallyConsistent)
    }

    /// Notes that a mapping ended.
    static func unmapped() { liveMappings.subtract(1, ordering: .sequentiallyConsistent) }
}
