/// Something that happened: a key, a new terminal size, or the outcome of an effect.
public enum Action: Sendable, Equatable {
    case key(Key)
    case resize(Size)
    /// The export finished: the file written, or why it could not be.
    case exported(path: String?, error: String?)
}

/// Work `update` asks the runner to do outside the pure core.
public enum Effect: Sendable, Equatable {
    case quit
    /// Write the current screen as text to a new file whose name starts with this screen name.
    case export(screen: String)
    /// Clear and redraw the whole terminal (Ctrl-L).
    case redraw
}
