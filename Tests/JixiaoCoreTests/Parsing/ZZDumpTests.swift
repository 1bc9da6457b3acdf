import Foundation
import Testing
@testable import JixiaoCore

@Test func zzBench() throws {
    let indicators = try GoldenIndicatorTests.reports().flatMap(\.indicators)
    let clock = ContinuousClock()
    let start = clock.now
    var met = 0
    for _ in 0..<1112 {
        for indicator in indicators {
            if GoldenIndicatorTests.judge(indicator).status == .met { met += 1 }
        }
    }
    print("BENCH \(indicators.count * 1112) in \(clock.now - start), met \(met)")
}
