import ArgumentParser

struct Check: ParsableCommand {
    func run() throws {
        print("Check: not yet")
    }
}
