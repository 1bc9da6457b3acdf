import Foundation
import Testing
@testable import JixiaoCore

/// A data file that is not UTF-8 is refused with the encoding it looks like and how to read it (issue 12).
@Suite("Encoding of a data file that is not UTF-8")
struct TextEncodingGuessTests {
    static let text = #"{"formatVersion":2,"reports":[{"id":"r1","title":"江门市工业和信息化局"}]}"#

    static func firstError(_ bytes: [UInt8]) throws -> LoadError {
        let (decoded, errors) = ReportLoader.decode(bytes, file: "x.json")
        #expect(decoded == nil)
        return try #require(errors.first)
    }

    /// GBK text (what a Windows tool set to Chinese writes) is named GB18030, with the import that reads it.
    @Test func gbkTextIsNamed() throws {
        let gbk: [UInt8] = Array(#"{"formatVersion":2,"reports":[{"id":"r1","title":""#.utf8) + [0xBD, 0xAD, 0xC3, 0xC5] + Array(#""}]}"#.utf8)
        let error = try Self.firstError(gbk)
        #expect(error.message.contains("looks like GB18030 (GBK): import it with jixiao import --encoding GB18030"), "\(error.message)")
        #expect(error.position == SourcePosition(line: 1, column: 51))
    }

    /// Bytes that are neither UTF-8 nor GB18030 (0xFF begins nothing in either) get no guess.
    @Test func otherBytesGetNoGuess() throws {
        let bytes: [UInt8] = Array(#"{"a":""#.utf8) + [0xBD, 0xAD, 0xFF] + Array(#""}"#.utf8)
        let error = try Self.firstError(bytes)
        #expect(!error.message.contains("GB18030"))
        #expect(error.message.hasSuffix("save the file as UTF-8"))
    }

    /// UTF-8 Chinese with one stray byte later is damaged UTF-8: no GB18030 guess, although the
    /// bytes happen to pair into GB18030 sequences.
    @Test func damagedUTF8IsNotTakenForGB18030() throws {
        let bytes: [UInt8] = Array(#"{"a":"江门","b":""#.utf8) + [0xBD] + Array(#"A"}"#.utf8)
        let error = try Self.firstError(bytes)
        #expect(!error.message.contains("GB18030"), "\(error.message)")
    }

    /// A file cut inside a character is said to be cut, not to be in another encoding.
    @Test func aFileCutInsideACharacterIsSaidToBeCut() throws {
        let bytes: [UInt8] = Array(#"{"a":"江"#.utf8) + [0xE9, 0x97]
        let error = try Self.firstError(bytes)
        #expect(error.message == "the file ends inside a character at byte offset 9 (bytes E9 97): it may have been cut short")
    }

    /// Bytes at the end that could not begin the character are no UTF-8, not a file cut short.
    @Test func bytesAtTheEndThatCannotBeginACharacterAreNotACut() throws {
        let bytes: [UInt8] = Array(#"{"a":"江"#.utf8) + [0xE9, 0x22]
        let error = try Self.firstError(bytes)
        #expect(error.message.hasPrefix("the text is not valid UTF-8 at byte offset 9 (bytes E9"), "\(error.message)")
    }

    /// UTF-16 and UTF-32, with a byte-order mark or without one (the zero bytes beside `{`), are named at 1:1.
    @Test(arguments: [
        ([0xFF, 0xFE], String.Encoding.utf16LittleEndian, "UTF-16LE"),
        ([0xFE, 0xFF], .utf16BigEndian, "UTF-16BE"),
        ([], .utf16LittleEndian, "UTF-16LE"),
        ([], .utf16BigEndian, "UTF-16BE"),
        ([0xFF, 0xFE, 0, 0], .utf32LittleEndian, "UTF-32LE"),
        ([], .utf32BigEndian, "UTF-32BE"),
    ] as [([UInt8], String.Encoding, String)])
    func wideEncodingsAreNamed(mark: [UInt8], encoding: String.Encoding, name: String) throws {
        let bytes = mark + [UInt8](Self.text.data(using: encoding)!)
        let error = try Self.firstError(bytes)
        #expect(error.message == "the file is \(name), not UTF-8: import it with jixiao import --encoding \(name), or save it as UTF-8")
        #expect(error.position == SourcePosition(line: 1, column: 1))
    }

    /// UTF-8, with or without its mark, is read as before.
    @Test func utf8IsNotMistaken() {
        let bytes = [UInt8](Self.text.utf8)
        let withMark: [UInt8] = [0xEF, 0xBB, 0xBF] + bytes
        for file in [bytes, withMark] {
            let (_, errors) = ReportLoader.decode(file, file: "x.json")
            #expect(!errors.contains { $0.message.contains("not UTF-8") })
        }
    }
}
