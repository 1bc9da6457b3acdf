import ArgumentParser

struct Dashboard: ParsableCommand {
    func run() throws {
        print("Dashboard: not yet")
    }
}
