import Testing
@testable import JixiaoUI

/// Rectangle arithmetic used for clipping.
@Suite("Rect")
struct RectTests {
    @Test("Intersection clips to the overlap, or is empty")
    func intersection() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(Rect(x: 70, y: 20, width: 20, height: 10).intersection(screen)
            == Rect(x: 70, y: 20, width: 10, height: 4))
        #expect(Rect(x: 90, y: 0, width: 5, height: 5).intersection(screen).isEmpty)
    }

    @Test("Insets never go negative")
    func insets() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 4).insetBy(dx: 1, dy: 1)
            == Rect(x: 1, y: 1, width: 8, height: 2))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).insetBy(dx: 2, dy: 2).isEmpty)
    }
}
