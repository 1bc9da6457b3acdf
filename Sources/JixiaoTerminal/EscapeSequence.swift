import CNCursesW
import JixiaoUI

/// Collects what follows an ESC that curses returned as a plain character, and names the key.
///
/// curses turns the escape sequences its terminfo entry knows into key codes. Any other
/// sequence — Home and End as tmux sends them under `TERM=xterm-256color`, Alt with a
/// key, an unknown function key — comes back as ESC followed by ordinary characters.
/// Fed what curses reads next, one ``Input`` at a time, this decides when the key is
/// complete, which key it was (``KeyDecoder/decodeEscapeSequence(_:)``) and what must
/// be given back to curses to be read as the next key.
///
/// - ESC then nothing: ``Key/escape``.
/// - ESC then ESC: ``Key/escape``, the second ESC given back (Esc pressed twice).
/// - ESC then `[` or `O`: a CSI or SS3 sequence, read up to its final byte (0x40–0x7E),
///   at most ``maximumLength`` characters after the ESC.
/// - ESC then any other character: Alt with that key, ``Key/unknown``.
/// - ESC then a key code: Alt with a named key, ``Key/unknown``; a resize is given back.
/// - A sequence broken by a control character, a non-ASCII character or a key code
///   ends as ``Key/unknown`` and gives that input back.
struct EscapeSequence {
    /// One thing curses read after the ESC.
    enum Input: Equatable {
        /// A character (`get_wch` returned `OK`).
        case character(UInt32)
        /// A key code (`get_wch` returned `KEY_CODE_YES`).
        case keyCode(Int32)
        /// Nothing arrived in time (`get_wch` returned `ERR`).
        case nothing

        /// The input for a `get_wch` result.
        init(status: Int32, code: UInt32) {
            switch status {
            case OK: self = .character(code)
            case KEY_CODE_YES: self = .keyCode(Int32(truncatingIfNeeded: code))
            default: self = .nothing
            }
        }
    }

    /// What to do after an input.
    enum Step: Equatable {
        /// Read another input.
        case needsMore
        /// The key is `key`; `unread`, if any, belongs to the next key and must be given back.
        case finished(Key, unread: Input?)
    }

    /// The most characters read after the ESC; a longer sequence is ``Key/unknown``.
    static let maximumLength = 16

    /// The characters read after the ESC so far.
    private(set) var bytes: [UInt32] = []

    /// Takes the next input and says whether the key is complete.
    mutating func feed(_ input: Input) -> Step {
        switch input {
        case .nothing:
            return .finished(KeyDecoder.decodeEscapeSequence(bytes), unread: nil)
        case .keyCode(let code):
            if bytes.isEmpty {
                return code == KEY_RESIZE ? .finished(.escape, unread: input) : .finished(.unknown, unread: nil)
            }
            return .finished(.unknown, unread: input)
        case .character(let character) where bytes.isEmpty:
            if character == 27 { return .finished(.escape, unread: input) }
            bytes.append(character)
            let introducer = character == UInt32(UInt8(ascii: "[")) || character == UInt32(UInt8(ascii: "O"))
            return introducer ? .needsMore : .finished(.unknown, unread: nil)
        case .character(let character):
            switch character {
            case 0x40...0x7E:
                bytes.append(character)
                return .finished(KeyDecoder.decodeEscapeSequence(bytes), unread: nil)
            case 0x20...0x3F:
                bytes.append(character)
                return bytes.count < Self.maximumLength ? .needsMore : .finished(.unknown, unread: nil)
            default:
                return .finished(.unknown, unread: input)
            }
        }
    }
}
