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

    /// Marks the screen as owned by curses and installs the handlers; call right after `newterm`.
    static func screenStarted() {
        screenActive.store(true, ordering: .sequentiallyConsistent)
        if handlersInstalled.exchange(true, ordering: .sequentiallyConsistent) { return }
        for signal in crashSignals {
            sigaction(signal, nil, previousActions + Int(signal))
            install(handleCrash, for: signal, flags: SA_ONSTACK)
        }
        for signal in terminationSignals {
            install(handleTermination, for: signal, flags: 0)
        }
        atexit { SignalGuard.endScreenFromHandler() }
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
        return endScreenFromHandler()
    }

    /// Ends curses if it still owns the screen; safe to call from a signal handler.
    @discardableResult
    fileprivate static func endScreenFromHandler() -> Bool {
        guard screenActive.exchange(false, ordering: .sequentiallyConsistent) else { return false }
        endwin()
        return true
    }

    private static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32, flags: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        sigaction(signal, &action, nil)
    }
}

/// Ctrl-C, Ctrl-\, SIGTERM, SIGHUP: restore the terminal and exit with 128 + the signal.
private func handleTermination(_ signal: Int32) {
    SignalGuard.endScreenFromHandler()
    _exit(128 + signal)
}

/// A crash: restore the terminal, then let the previous handler report it.
private func handleCrash(_ signal: Int32) {
    SignalGuard.endScreenFromHandler()
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
}
