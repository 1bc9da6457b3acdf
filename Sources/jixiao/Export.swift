import ArgumentParser

struct Export: ParsableCommand {
    func run() throws {
        print("Export: not yet")
    }
}
