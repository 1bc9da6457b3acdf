import CNCursesW
import Glibc
import Synchronization

/// Whether curses owns the screen; flipped to false exactly once per session, by whoever ends it.
private let screenActive = Atomic<Bool>(false)
/// Whether the handlers and the exit hook have been installed.
private let handlersInstalled = Atomic<Bool>(false)
/// The actions that crash signals had before ours, restored before re-raising.
/// Written once, before the handlers that read it are installed.
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
/// What a signal handler writes to give the terminal back (leave the alternate screen, show the cursor,
/// plain attributes, keypad off: terminfo's rmcup, cnorm, sgr0 and rmkx), and the terminal's modes
/// from before curses: written once per session, before the screen is marked active, and only read
/// by the handlers, which may not call into curses (endwin is not async-signal-safe, and a handler
/// may run on any thread while the main one is inside curses).
nonisolated(unsafe) private let restoreBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
private let restoreCount = Atomic<Int>(0)
nonisolated(unsafe) private let shellModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
private let haveShellModes = Atomic<Bool>(false)

/// Restores the terminal on every way out: `stop()`, `exit()`, Ctrl-C, Ctrl-\, SIGTERM, SIGHUP and crashes.
///
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT end curses and exit at once with 128 + the signal number (SIGQUIT
/// too: the Swift runtime would otherwise print a backtrace onto the alternate screen for half a minute).
/// SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT and SIGFPE end curses, then re-raise
/// into the previous handler (the Swift runtime's backtracer, or the default), so
/// the crash report lands on a working terminal. SIGWINCH and SIGTSTP stay with
/// curses, which turns the first into `KEY_RESIZE` and handles suspend and resume.
enum SignalGuard {
    static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Keeps the terminal's modes as they are before curses changes them; call before `newterm`. Read on
    /// standard output, the terminal curses drives (`newterm(NULL, stdout, stdin)`).
    static func keepShellModes() {
        haveShellModes.store(tcgetattr(STDOUT_FILENO, shellModes) == 0, ordering: .sequentiallyConsistent)
    }

    /// Marks the screen as owned by curses and installs the handlers; call right after `newterm`.
    static func screenStarted() {
        keepRestoreSequence()
        screenActive.store(true, ordering: .sequentiallyConsistent)
        if handlersInstalled.exchange(true, ordering: .sequentiallyConsistent) { return }
        for signal in crashSignals {
            sigaction(signal, nil, previousActions + Int(signal))
            install(handleCrash, for: signal, flags: SA_ONSTACK)
        }
        for signal in terminationSignals {
            install(handleTermination, for: signal, flags: 0)
        }
        atexit { SignalGuard.endScreenAtExit() }
    }

    /// Ends curses if it still owns the screen, with termination signals held off meanwhile.
    ///
    /// Returns whether this call ended it. A signal that arrives meanwhile is delivered
    /// afterwards and finds the terminal already restored.
    @discardableResult
    static func endScreen() -> Bool {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in terminationSignals { sigaddset(&blocked, signal) }
        sigprocmask(SIG_BLOCK, &blocked, &previous)
        defer { sigprocmask(SIG_SETMASK, &previous, nil) }
        return endScreenAtExit()
    }

    /// Ends curses if it still owns the screen (from the main thread, or at exit; never from a handler).
    @discardableResult
    fileprivate static func endScreenAtExit() -> Bool {
        guard screenActive.exchange(false, ordering: .sequentiallyConsistent) else { return false }
        endwin()
        return true
    }

    /// Gives the terminal back from a signal handler with async-signal-safe calls only: the captured
    /// sequence written to the terminal, the modes from before curses set again.
    fileprivate static func restoreFromHandler() {
        guard screenActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        let count = restoreCount.load(ordering: .sequentiallyConsistent)
        var offset = 0
        while offset < count {
            let written = write(STDOUT_FILENO, restoreBytes + offset, count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { break }
            offset += written
        }
        if haveShellModes.load(ordering: .sequentiallyConsistent) { tcsetattr(STDOUT_FILENO, TCSANOW, shellModes) }
    }

    /// The terminfo strings the handlers write, without their padding (`$<5>`), which only curses reads.
    private static func keepRestoreSequence() {
        var bytes: [UInt8] = []
        for name in ["rmcup", "cnorm", "sgr0", "rmkx"] {
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { continue }
            var text = String(cString: value)
            while let start = text.range(of: "$<"), let end = text[start.upperBound...].firstIndex(of: ">") {
                text.removeSubrange(start.lowerBound...end)
            }
            bytes += Array(text.utf8)
        }
        let count = min(bytes.count, 512)
        bytes.withUnsafeBufferPointer { restoreBytes.update(from: $0.baseAddress!, count: count) }
        restoreCount.store(count, ordering: .sequentiallyConsistent)
    }

    private static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        // Every signal held off while a handler runs: a second one (SIGHUP then SIGTERM from a closing
        // terminal) cannot cut the first's restoring short.
        sigfillset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }
}

/// Ctrl-C, Ctrl-\, SIGTERM, SIGHUP: restore the terminal and exit with 128 + the signal.
private func handleTermination(_ signal: Int32) {
    SignalGuard.restoreFromHandler()
    _exit(128 + signal)
}

/// A crash: restore the terminal, then let the previous handler report it.
private func handleCrash(_ signal: Int32) {
    SignalGuard.restoreFromHandler()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
