import Testing
import CNCursesW
import Dispatch
import Glibc
import JixiaoUI
@testable import JixiaoTerminal

/// The code points of `text`, as curses returns them one by one.
private func codes(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

@Suite struct DecodeEscapeSequenceTests {
    @Test func nothingAfterEscIsEscape() {
        #expect(KeyDecoder.decodeEscapeSequence([]) == .escape)
    }

    @Test(arguments: [
        ("[1~", Key.home), ("[7~", .home), ("[H", .home), ("OH", .home),
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[5~", .pageUp), ("[6~", .pageDown),
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        ("[Z", .backTab),
    ])
    func commonSequences(sequence: String, key: Key) {
        #expect(KeyDecoder.decodeEscapeSequence(codes(sequence)) == key)
    }

    @Test(arguments: [
        "[2~", "[3~",  // Insert, Delete
        "[1;5H", "[1;2A", "[4;5~", "[1;3D",  // modified keys
        "[11~", "[24~", "OP", "[[A", "[99~", "O5P",  // function keys, unknown ones
        "[<0;10;5M", "[200~", "[?1;2c", "[I",  // mouse, paste, reports, focus
        "[", "O", "[1", "[1;", "O1",  // cut short
        "x", "j", "[x", "Ox", "1", "~", " ",  // Alt-x and friends
        "[ A", "[a", "Oa", "[h", "[z",  // near misses
    ])
    func everythingElseIsUnknown(sequence: String) {
        #expect(KeyDecoder.decodeEscapeSequence(codes(sequence)) == .unknown)
    }

    @Test func unprintableOrWideBytesAreUnknown() {
        #expect(KeyDecoder.decodeEscapeSequence([27]) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence([13]) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence([127]) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence(codes("预")) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence(codes("[") + [0x9884]) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence([0x5B, 0xD800]) == .unknown)
        #expect(KeyDecoder.decodeEscapeSequence([0x5B, 0x11_0000]) == .unknown)
    }
}

@Suite struct EscapeSequenceTests {
    /// Feeds `inputs` until the sequence finishes; the key, what to give back, and how many inputs were taken.
    private func run(_ inputs: [EscapeSequence.Input]) -> (Key, EscapeSequence.Input?, Int)? {
        var sequence = EscapeSequence()
        for (index, input) in inputs.enumerated() {
            if case .finished(let key, let unread) = sequence.feed(input) { return (key, unread, index + 1) }
        }
        return nil
    }

    private func characters(_ text: String) -> [EscapeSequence.Input] { codes(text).map { .character($0) } }

    @Test func loneEscape() throws {
        let (key, unread, taken) = try #require(run([.nothing]))
        #expect(key == .escape && unread == nil && taken == 1)
    }

    @Test(arguments: [
        ("[1~", Key.home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[H", .home), ("[F", .end),
        ("OH", .home), ("OF", .end), ("[5~", .pageUp), ("[6~", .pageDown), ("[Z", .backTab),
        ("[A", .up), ("OD", .left), ("[2~", .unknown), ("[3~", .unknown), ("[1;5H", .unknown),
        ("[<0;10;5M", .unknown), ("O5P", .unknown),
    ])
    func sequenceEndsAtItsFinalByte(sequence: String, key: Key) throws {
        // Whatever follows the final byte is not read: it is the next key.
        let (found, unread, taken) = try #require(run(characters(sequence + "jk") + [.nothing]))
        #expect(found == key)
        #expect(unread == nil)
        #expect(taken == sequence.unicodeScalars.count)
    }

    @Test func altWithACharacterIsUnknown() throws {
        for text in ["x", "j", "q", "预", "1", " ", "\r", "\t", "\u{7F}"] {
            let (key, unread, taken) = try #require(run(characters(text) + [.nothing]))
            #expect(key == .unknown && unread == nil && taken == 1, "ESC \(codes(text))")
        }
    }

    @Test func introducerAloneIsUnknown() throws {
        // Alt-[ and Alt-O: nothing follows in time.
        for text in ["[", "O"] {
            let (key, unread, taken) = try #require(run(characters(text) + [.nothing]))
            #expect(key == .unknown && unread == nil && taken == 2)
        }
        let (key, unread, _) = try #require(run(characters("[1;") + [.nothing]))
        #expect(key == .unknown && unread == nil)
    }

    @Test func escapeTwiceIsTwoEscapes() throws {
        let (key, unread, taken) = try #require(run([.character(27), .character(27), .nothing]))
        #expect(key == .escape && unread == .character(27) && taken == 1)
    }

    @Test func escapeInsideASequenceStartsTheNextKey() throws {
        let (key, unread, taken) = try #require(run(characters("[\u{1B}[A")))
        #expect(key == .unknown && unread == .character(27) && taken == 2)
    }

    @Test func otherCharactersInsideASequenceAreGivenBack() throws {
        for text in ["[1\r", "[预", "O\u{7F}", "[\u{0}"] {
            let inputs = characters(text)
            let (key, unread, taken) = try #require(run(inputs))
            #expect(key == .unknown && unread == inputs.last && taken == inputs.count, "ESC \(codes(text))")
        }
    }

    @Test func keyCodes() throws {
        // Alt with a key curses named (rxvt's ESC ESC [ A): unknown, dropped.
        var (key, unread, taken) = try #require(run([.keyCode(KEY_UP)]))
        #expect(key == .unknown && unread == nil && taken == 1)
        // A resize right after a lone Esc is both: Esc now, the resize next.
        (key, unread, taken) = try #require(run([.keyCode(KEY_RESIZE)]))
        #expect(key == .escape && unread == .keyCode(KEY_RESIZE) && taken == 1)
        // A key code breaks a sequence, and is the next key.
        (key, unread, taken) = try #require(run(characters("[1") + [.keyCode(KEY_RESIZE)]))
        #expect(key == .unknown && unread == .keyCode(KEY_RESIZE) && taken == 3)
        (key, unread, taken) = try #require(run(characters("[") + [.keyCode(KEY_DOWN)]))
        #expect(key == .unknown && unread == .keyCode(KEY_DOWN) && taken == 2)
    }

    @Test func lengthIsBounded() throws {
        let endless = characters("[" + String(repeating: "1", count: 100))
        let (key, unread, taken) = try #require(run(endless))
        #expect(key == .unknown && unread == nil && taken == EscapeSequence.maximumLength)
        // One short of the limit still reads its final byte.
        let longest = "[" + String(repeating: "1", count: EscapeSequence.maximumLength - 2) + "~"
        let (last, _, count) = try #require(run(characters(longest)))
        #expect(last == .unknown && count == EscapeSequence.maximumLength)
    }

    @Test func inputFromGetWch() {
        #expect(EscapeSequence.Input(status: OK, code: 0x5B) == .character(0x5B))
        #expect(EscapeSequence.Input(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == .keyCode(KEY_RESIZE))
        #expect(EscapeSequence.Input(status: ERR, code: 0) == .nothing)
    }
}

/// `posix_openpt` and friends, which the Glibc module does not export (they need `_XOPEN_SOURCE`).
private struct PTYFunctions {
    typealias IntFunction = @convention(c) (Int32) -> Int32
    typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    let openpt: IntFunction
    let grantpt: IntFunction
    let unlockpt: IntFunction
    let ptsname: NameFunction

    init?() {
        let library = dlopen(nil, RTLD_NOW)
        guard let openpt = dlsym(library, "posix_openpt"), let grantpt = dlsym(library, "grantpt"),
              let unlockpt = dlsym(library, "unlockpt"), let ptsname = dlsym(library, "ptsname") else { return nil }
        self.openpt = unsafeBitCast(openpt, to: IntFunction.self)
        self.grantpt = unsafeBitCast(grantpt, to: IntFunction.self)
        self.unlockpt = unsafeBitCast(unlockpt, to: IntFunction.self)
        self.ptsname = unsafeBitCast(ptsname, to: NameFunction.self)
    }
}

/// `Terminal.readKey(from:timeoutMs:)` against real ncurses, on a pseudo-terminal whose
/// other end the test types into.
@Suite(.serialized) struct ReadKeyOnPseudoTerminalTests {
    /// A curses screen on the slave side of a pseudo-terminal.
    private final class PseudoTerminal {
        let master: Int32
        let input: UnsafeMutablePointer<FILE>
        let output: UnsafeMutablePointer<FILE>
        let screen: OpaquePointer
        let window: UnsafeMutablePointer<WINDOW>

        init?(term: String = "xterm-256color") {
            guard let pty = PTYFunctions() else { return nil }
            let master = pty.openpt(O_RDWR | O_NOCTTY)
            guard master >= 0, pty.grantpt(master) == 0, pty.unlockpt(master) == 0,
                  let name = pty.ptsname(master) else { return nil }
            let slave = open(name, O_RDWR | O_NOCTTY)
            guard slave >= 0, let input = fdopen(slave, "r"), let output = fdopen(dup(slave), "w") else { return nil }
            guard let screen = newterm(term, output, input) else { return nil }
            (self.master, self.input, self.output, self.screen) = (master, input, output, screen)
            set_term(screen)
            guard let window = jx_stdscr() else { return nil }
            self.window = window
            cbreak()
            noecho()
            nonl()
            keypad(window, true)
            set_escdelay(25)
        }

        /// Types `text` as the terminal would send it.
        func type(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        }

        /// The next key; drains what curses wrote, so the pseudo-terminal never fills.
        func key(timeoutMs: Int? = 1000) -> Key? {
            defer { drain() }
            return Terminal.readKey(from: window, timeoutMs: timeoutMs)
        }

        /// All keys that arrive until one does not come within 100 ms.
        func keys() -> [Key] {
            var keys: [Key] = []
            while let key = key(timeoutMs: 100) { keys.append(key) }
            return keys
        }

        private func drain() {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while poll(&poller, 1, 0) > 0, buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) > 0 {}
        }

        deinit {
            endwin()
            delscreen(screen)
            fclose(input)
            fclose(output)
            close(master)
        }
    }

    @Test func sequencesCursesDoesNotKnowComeBackAsOneKey() throws {
        LocaleSetup.selectUTF8()
        guard let terminal = PseudoTerminal() else {
            Issue.record("cannot open a pseudo-terminal with TERM=xterm-256color")
            return
        }
        let cases: [(String, [Key])] = [
            ("\u{1B}[4~", [.end]),  // tmux's End
            ("\u{1B}[1~", [.home]),  // tmux's Home
            ("\u{1B}[7~\u{1B}[8~", [.home, .end]),  // rxvt
            ("\u{1B}[A\u{1B}[D", [.up, .left]),  // normal-mode cursor keys
            ("\u{1B}OB\u{1B}OH\u{1B}OF", [.down, .home, .end]),  // known to terminfo
            ("\u{1B}[5~\u{1B}[6~\u{1B}[Z", [.pageUp, .pageDown, .backTab]),
            ("\u{1B}[4~jk", [.end, .char("j"), .char("k")]),
            ("\u{1B}[99~", [.unknown]),
            ("\u{1B}[1;5H", [.unknown]),  // Ctrl-Home
            ("\u{1B}[3~", [.unknown]),  // Delete
            ("\u{1B}x", [.unknown]),  // Alt-x
            ("\u{1B}[", [.unknown]),  // Alt-[
            ("\u{1B}预", [.unknown]),
            ("\u{1B}\u{1B}", [.escape, .escape]),
            ("\u{1B}[\u{1B}[B", [.unknown, .down]),
            ("[]预\u{7F}", [.char("["), .char("]"), .char("预"), .backspace]),
        ]
        for (typed, expected) in cases {
            terminal.type(typed)
            #expect(terminal.keys() == expected, "typed \(typed.unicodeScalars.map(\.value))")
        }
    }

    @Test func escapeAloneComesBackPromptly() throws {
        guard let terminal = PseudoTerminal() else {
            Issue.record("cannot open a pseudo-terminal with TERM=xterm-256color")
            return
        }
        terminal.type("\u{1B}")
        let clock = ContinuousClock()
        var key: Key?
        let elapsed = clock.measure { key = terminal.key() }
        #expect(key == .escape)
        #expect(elapsed < .milliseconds(500))
        #expect(terminal.key(timeoutMs: 0) == nil)
    }
}
