import ArgumentParser

struct Evaluate: ParsableCommand {
    func run() throws {
        print("Evaluate: not yet")
    }
}
