import Glibc

/// Puts the C library in a UTF-8 locale before curses starts, so wide characters have widths.
///
/// With `LANG` unset, `setlocale(LC_ALL, "")` gives "C" and every Chinese character
/// measures −1 to `wcwidth`; then `C.UTF-8` is used instead.
enum LocaleSetup {
    /// Selects the user's locale, or a UTF-8 fallback when it is C, POSIX or not UTF-8; returns its name.
    @discardableResult
    static func selectUTF8() -> String {
        let chosen = setlocale(LC_ALL, "").map { String(cString: $0) }
        if let chosen, chosen != "C", chosen != "POSIX", codesetIsUTF8() { return chosen }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, fallback) != nil {
            if codesetIsUTF8() { return fallback }
        }
        return chosen ?? "C"
    }

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
        return name == "UTF8"
    }
}
