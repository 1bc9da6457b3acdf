#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The mapped files a SIGBUS may come from: for each slot its start and length (0: free) and the
/// sentence naming its file, prepared when it is mapped (a handler may only write bytes it has).
private let slotCount = 64
private let messageBytes = 1024
nonisolated(unsafe) private let slotStart = UnsafeMutablePointer<UInt>.allocate(capacity: slotCount)
nonisolated(unsafe) private let slotLength = UnsafeMutablePointer<UInt>.allocate(capacity: slotCount)
nonisolated(unsafe) private let slotMessage = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount * messageBytes)
nonisolated(unsafe) private let slotMessageCount = UnsafeMutablePointer<Int>.allocate(capacity: slotCount)
/// Taken to claim or free a slot (never by the handler, which only reads).
private let slots = Mutex<Void>(())
/// The action SIGBUS had before ours (the Swift runtime's backtracer), for a SIGBUS of another cause.
nonisolated(unsafe) private let previousBusAction = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
private let busHandlerInstalled = Atomic<Bool>(false)

extension FileBytes {
    /// Makes a data file cut short while it is mapped end jixiao with a sentence naming the file and
    /// exit 135 (128 + SIGBUS), not a crash report. Call once, at start, before anything else handles
    /// signals: the dashboard's `SignalGuard` then restores the terminal first and passes the signal on.
    /// A SIGBUS at an address of no mapped data file goes on to the handler before (the crash report).
    package static func handleFilesCutShort() {
        guard !busHandlerInstalled.exchange(true, ordering: .sequentiallyConsistent) else { return }
        // Every slot free before the handler can look (and no global is first touched inside it).
        slots.withLock { _ in
            slotStart.initialize(repeating: 0, count: slotCount)
            slotLength.initialize(repeating: 0, count: slotCount)
            slotMessageCount.initialize(repeating: 0, count: slotCount)
        }
        sigaction(SIGBUS, nil, previousBusAction)
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { signal, info, _ in FileBytes.busHandler(signal, info) }
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigfillset(&action.sa_mask)
        sigaction(SIGBUS, &action, nil)
    }

    private static func busHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        if let info, info.pointee.si_code == BUS_ADRERR {
            // The kernel's: a page of a mapping that is no longer in its file.
            let address = UInt(bitPattern: info.pointee._sifields._sigfault.si_addr)
            for slot in 0..<slotCount {
                let start = slotStart[slot], length = slotLength[slot]
                guard start != 0, address >= start, address - start < length else { continue }
                say(slot)
            }
        } else if let info, info.pointee.si_code <= 0, info.pointee._sifields._kill.si_pid == getpid() {
            // Raised again by jixiao itself: the dashboard's SignalGuard, having given the terminal
            // back, passes the fault on without its address. With one data file mapped, it is that
            // file's; with several, the sentence names the one mapped first.
            if let slot = (0..<slotCount).first(where: { slotStart[$0] != 0 }) { say(slot) }
        }
        sigaction(SIGBUS, previousBusAction, nil)
        raise(signal)
    }

    private static func say(_ slot: Int) -> Never {
        _ = write(STDERR_FILENO, slotMessage + slot * messageBytes, slotMessageCount[slot])
        _exit(128 + SIGBUS)
    }

    /// Notes a new mapping of `path` at `start`, with the sentence a SIGBUS in it prints; the slot it
    /// took, or nil when every slot is taken (a SIGBUS there is then a crash report).
    static func noteMapping(_ path: String, start: UnsafeRawPointer, length: Int) -> Int? {
        guard busHandlerInstalled.load(ordering: .sequentiallyConsistent) else { return nil }
        let text = "jixiao: \(VisibleText.escaped(path)): the file was cut short or changed while it was being read, and jixiao "
            + "stopped (anything it wrote is incomplete): read it again once nothing else writes to it\n"
        var bytes = Array(text.utf8.prefix(messageBytes))
        if bytes.last != 0x0A { bytes[bytes.count - 1] = 0x0A }
        return slots.withLock { _ -> Int? in
            guard let slot = (0..<slotCount).first(where: { slotStart[$0] == 0 }) else { return nil }
            bytes.withUnsafeBufferPointer { (slotMessage + slot * messageBytes).update(from: $0.baseAddress!, count: $0.count) }
            slotMessageCount[slot] = bytes.count
            slotLength[slot] = UInt(length)
            atomicMemoryFence(ordering: .sequentiallyConsistent)
            slotStart[slot] = UInt(bitPattern: start)
            return slot
        }
    }

    /// Frees a mapping's slot, before the mapping goes.
    static func forgetMapping(_ slot: Int) {
        slots.withLock { _ in
            slotStart[slot] = 0
            atomicMemoryFence(ordering: .sequentiallyConsistent)
        }
    }
}
