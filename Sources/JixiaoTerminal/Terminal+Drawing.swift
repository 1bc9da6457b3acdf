import CNCursesW
import Glibc
import JixiaoUI

/// Drawing buffers and reading keys.
extension Terminal {
    /// Shows `buffer`, rewriting only whole rows that changed since the last draw, then refreshes once.
    ///
    /// Cells beyond the screen are clipped; a wide grapheme that would land in the last
    /// column becomes a space; the right half of a wide grapheme is never written.
    public func draw(_ buffer: ScreenBuffer) {
        guard isRunning, let window = jx_stdscr() else { return }
        let rows: [Int]
        if let last = lastDrawn, !needsFullRedraw, last.size == buffer.size {
            rows = buffer.diff(from: last)
        } else {
            werase(window)
            rows = Array(0..<buffer.height)
        }
        let screenRows = Int(jx_lines())
        for y in rows where y < screenRows {
            drawRow(y, of: buffer, in: window)
        }
        lastDrawn = buffer
        needsFullRedraw = false
        wrefresh(window)
    }

    /// Repaints the whole screen from scratch, as Ctrl-L asks; later draws start afresh too.
    public func invalidate() {
        guard isRunning, let window = jx_stdscr() else { return }
        clearok(window, true)
        needsFullRedraw = true
        if let last = lastDrawn { draw(last) }
    }

    /// The next key, or `nil` when `timeoutMs` passes first; `nil` waits for ever.
    ///
    /// Wide characters come back whole, so Chinese can be typed. A resize comes back as ``Key/resize``.
    /// An escape sequence the terminfo entry does not know comes back as one key, never
    /// as Esc followed by characters (see `EscapeSequence`).
    public func readKey(timeoutMs: Int? = nil) -> Key? {
        guard isRunning, let window = jx_stdscr() else { return nil }
        let key = Self.readKey(from: window, timeoutMs: timeoutMs)
        if key == .resize { needsFullRedraw = true }
        return key
    }

    /// What waiting for a key with a time limit gave.
    package enum Input: Equatable, Sendable {
        case key(Key)
        /// The time passed without a key.
        case timedOut
        /// No key can come any more (end of input, hang-up).
        case closed
    }

    /// The next key, or `.timedOut` when `timeoutMs` passes first, or `.closed` when input is gone.
    ///
    /// curses gives no key in both cases; no key with a hang-up, an error or a closed descriptor on
    /// standard input is input gone (a stray byte curses cannot read is not).
    package func readInput(timeoutMs: Int) -> Input {
        if let key = readKey(timeoutMs: timeoutMs) { return .key(key) }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let gone = poll(&descriptor, 1, 0) >= 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
        return gone ? .closed : .timedOut
    }

    /// How long to wait for each character after an ESC, in milliseconds.
    ///
    /// curses has already waited its ESCDELAY (25 ms) for the sequences it knows, so the
    /// rest of a sequence is normally waiting in its queue and this wait is not used.
    static let escapeSequenceTimeoutMs: Int32 = 10

    /// The next key from `window`, as ``readKey(timeoutMs:)`` describes.
    static func readKey(from window: UnsafeMutablePointer<WINDOW>, timeoutMs: Int?) -> Key? {
        let delay = Int32(clamping: timeoutMs ?? -1)
        wtimeout(window, delay)
        var code: wint_t = 0
        let key = KeyDecoder.decode(status: wget_wch(window, &code), code: code)
        guard key == .escape else { return key }
        wtimeout(window, escapeSequenceTimeoutMs)
        defer { wtimeout(window, delay) }
        var sequence = EscapeSequence()
        while true {
            let input = EscapeSequence.Input(status: wget_wch(window, &code), code: code)
            guard case .finished(let key, let unread) = sequence.feed(input) else { continue }
            switch unread {
            case .character(let character): unget_wch(wchar_t(truncatingIfNeeded: character))
            case .keyCode(let keyCode): ungetch(keyCode)
            case .nothing, nil: break
            }
            return key
        }
    }

    private func drawRow(_ y: Int, of buffer: ScreenBuffer, in window: UnsafeMutablePointer<WINDOW>) {
        let limit = min(buffer.width, Int(jx_cols()))
        var x = 0
        for cell in buffer.row(y) {
            defer { x += 1 }
            guard x < limit else { break }
            guard let grapheme = cell.grapheme else { continue }
            let fits = cell.width < 2 || x + 1 < limit
            let glyph = fits ? Glyph(grapheme, width: cell.width, policy: buffer.policy) : Glyph(" ")
            let (attributes, pair) = palette.attributes(for: cell.style)
            var character = cchar_t()
            glyph.characters.withUnsafeBufferPointer {
                _ = setcchar(&character, $0.baseAddress, attributes, pair, nil)
            }
            mvwadd_wch(window, Int32(y), Int32(x), &character)
            if glyph.isReplacement, cell.width == 2, fits {
                mvwadd_wch(window, Int32(y), Int32(x + 1), &character)
            }
        }
        if limit < Int(jx_cols()) {
            wmove(window, Int32(y), Int32(limit))
            wclrtoeol(window)
        }
    }
}
