import CNCursesW
import Glibc
import JixiaoUI

/// The ncursesw screen: draws ``ScreenBuffer``s and reads ``Key``s.
///
/// The only code that talks to curses. Start it once, draw whole buffers, read keys,
/// and stop it; ``run(colorMode:_:)`` stops it however the body ends, and signals and
/// crashes restore the terminal too (see `SignalGuard`).
///
/// ```swift
/// try Terminal.run { terminal in
///     while true {
///         terminal.draw(view(state, terminal.size))
///         guard let key = terminal.readKey(timeoutMs: 250) else { continue }
///         if key == .char("q") { break }
///     }
/// }
/// ```
public final class Terminal {
    /// Whether styles may use colour.
    public enum ColorMode: Sendable {
        /// Colour when the terminal has it and `NO_COLOR` is unset or empty.
        case auto
        /// Attributes only: reverse, bold, dim.
        case never
    }

    /// Why the terminal could not start.
    public enum Failure: Error, Equatable {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// curses could not open the terminal named by `TERM`.
        case cannotOpen(term: String)
        /// Another ``Terminal`` is running.
        case alreadyRunning
    }

    private var screen: OpaquePointer?
    var palette = Palette.monochrome
    var lastDrawn: ScreenBuffer?
    var needsFullRedraw = true

    /// The locale selected at start, e.g. "C.UTF-8".
    public private(set) var locale = ""

    /// Creates a terminal that has not started yet.
    public init() {}

    deinit { stop() }

    /// Whether curses owns the screen.
    public var isRunning: Bool { screen != nil }

    /// Whether styles are drawn in colour.
    public var usesColor: Bool { palette.isColored }

    /// Takes over the screen: UTF-8 locale, raw keys, hidden cursor, colours or monochrome.
    public func start(colorMode: ColorMode = .auto) throws {
        guard screen == nil else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw Failure.notATerminal }
        locale = LocaleSetup.selectUTF8()
        guard !Self.anotherIsRunning else { throw Failure.alreadyRunning }
        SignalGuard.keepShellModes()
        guard let screen = jx_newterm() else {
            throw Failure.cannotOpen(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        Self.anotherIsRunning = true
        SignalGuard.screenStarted()
        let window = jx_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        palette = Self.palette(for: colorMode)
        lastDrawn = nil
        needsFullRedraw = true
    }

    /// Gives the screen back; safe to call more than once.
    public func stop() {
        guard let screen else { return }
        SignalGuard.endScreen()
        delscreen(screen)
        self.screen = nil
        Self.anotherIsRunning = false
        lastDrawn = nil
    }

    /// The screen size in cells; zero before ``start(colorMode:)``.
    public var size: Size {
        guard isRunning else { return Size(width: 0, height: 0) }
        return Size(width: Int(jx_cols()), height: Int(jx_lines()))
    }

    /// Starts a terminal, runs `body` with it, and stops it however `body` ends.
    public static func run<Result>(
        colorMode: ColorMode = .auto, _ body: (Terminal) throws -> Result
    ) throws -> Result {
        let terminal = Terminal()
        try terminal.start(colorMode: colorMode)
        defer { terminal.stop() }
        return try body(terminal)
    }

    nonisolated(unsafe) private static var anotherIsRunning = false

    private static func palette(for mode: ColorMode) -> Palette {
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard mode == .auto, !noColor, has_colors() else { return .monochrome }
        start_color()
        let defaults = use_default_colors() == OK
        return Palette(colors: Int(jx_colors()), pairs: Int(jx_color_pairs()), defaultColors: defaults)
    }
}

extension Terminal.Failure: CustomStringConvertible {
    /// A sentence for the user.
    public var description: String {
        switch self {
        case .notATerminal: "the dashboard needs a terminal: standard input and output must not be redirected"
        case .cannotOpen(let term): "cannot open a terminal of type \"\(term)\": check TERM"
        case .alreadyRunning: "the terminal is already in use by this program"
        }
    }
}

@available(*, unavailable, message: "curses is single-threaded: use a Terminal from one thread")
extension Terminal: Sendable {}
