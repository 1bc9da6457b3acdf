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
