import JixiaoCore

/// Collects an import's notes as it reads one source, each naming the file and its place.
struct NoteBook {
    let file: String
    private(set) var notes: [ImportNote] = []

    init(file: String, notes: [ImportNote] = []) {
        self.file = file
        self.notes = notes
    }

    mutating func info(_ place: String, field: String? = nil, _ message: String) {
        notes.append(ImportNote(.info, place: place, file: file, field: field, message))
    }

    mutating func warning(_ place: String, field: String? = nil, _ message: String) {
        notes.append(ImportNote(.warning, place: place, file: file, field: field, message))
    }

    /// Takes the notes collected so far, leaving the book empty.
    mutating func take() -> [ImportNote] {
        defer { notes = [] }
        return notes
    }
}
