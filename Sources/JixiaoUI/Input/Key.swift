/// A key the user pressed, independent of the terminal that read it.
public enum Key: Hashable, Sendable {
    /// A printable character, Chinese included.
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Backspace (also Ctrl-H and DEL).
    case backspace
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Control with a lower-case letter: `.ctrl("l")` is Ctrl-L.
    case ctrl(Character)
    /// The terminal changed size.
    case resize
    /// A function key: `.function(1)` is F1.
    case function(Int)
    /// A key the terminal reported but this enum does not name.
    case unknown
}

extension Key: CustomStringConvertible {
    /// The key as a help screen names it: `j`, `↑`, `PgDn`, `Ctrl-L`, `F1`.
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .ctrl(let character): "Ctrl-" + character.uppercased()
        case .resize: "Resize"
        case .function(let number): "F\(number)"
        case .unknown: "?"
        }
    }
}
