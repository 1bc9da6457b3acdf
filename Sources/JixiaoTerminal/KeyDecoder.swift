import CNCursesW
import JixiaoUI

/// Turns what `get_wch` returned into a ``Key``.
enum KeyDecoder {
    /// The key for a `get_wch` result: its status (`OK`, `KEY_CODE_YES`, `ERR`) and code; `nil` on `ERR`.
    static func decode(status: Int32, code: UInt32) -> Key? {
        switch status {
        case KEY_CODE_YES: return key(forKeyCode: Int32(truncatingIfNeeded: code))
        case OK: return key(forCharacter: code)
        default: return nil
        }
    }

    /// The key for a curses `KEY_*` code.
    static func key(forKeyCode code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_BTAB: .backTab
        case KEY_RESIZE: .resize
        case KEY_F0 + 1...KEY_F0 + 63: .function(Int(code - KEY_F0))
        default: .unknown
        }
    }

    /// The key for an ESC followed by exactly `bytes` (the ESC itself not included).
    ///
    /// Nothing after the ESC is ``Key/escape``. A CSI (`ESC [`) or SS3 (`ESC O`) sequence
    /// curses did not recognise is named when it is a common one — the Home and End that
    /// tmux and screen send (`ESC [ 1 ~`, `ESC [ 4 ~`), the rxvt ones (`ESC [ 7 ~`,
    /// `ESC [ 8 ~`), the cursor keys in normal and application mode, PgUp, PgDn, Shift-Tab.
    /// Everything else — Alt with a key (`ESC x`), Insert, Delete, modified or unknown
    /// function keys, a sequence cut short — is ``Key/unknown``, never a stray character.
    static func decodeEscapeSequence(_ bytes: [UInt32]) -> Key {
        guard !bytes.isEmpty else { return .escape }
        var sequence = ""
        for byte in bytes {
            guard (0x20...0x7E).contains(byte), let scalar = Unicode.Scalar(byte) else { return .unknown }
            sequence.unicodeScalars.append(scalar)
        }
        switch sequence {
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        case "[1~", "[7~", "[H", "OH": return .home
        case "[4~", "[8~", "[F", "OF": return .end
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[Z": return .backTab
        default: return .unknown
        }
    }

    /// The key for a character `get_wch` read, with control characters named.
    static func key(forCharacter code: UInt32) -> Key {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0..<32: return .unknown
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .char(Character(scalar))
        }
    }
}
