import Foundation
import Testing
@testable import JixiaoImport

@Suite("Text encodings: UTF-8 with or without a mark, UTF-16, GB18030, a named one")
struct TextDecodingTests {
    let text = "项目名称,耕地地力提升"

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try TextDecoding.decode(Array(text.utf8), file: "t").text == text)
        let marked = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "t")
        #expect(marked.text == text && marked.encoding == "UTF-8")
    }

    @Test func gb18030() throws {
        let bytes = try #require(TextDecoding.iconv(Array(text.utf8), from: "UTF-8", to: "GB18030"))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try TextDecoding.decode(bytes, file: "t")
        #expect(decoded.text == text && decoded.encoding == "GB18030")
    }

    @Test func utf16WithItsMark() throws {
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoding.decode(le, file: "t")
        #expect(decoded.text == text && decoded.encoding == "UTF-16LE")
    }

    /// UTF-16 without a mark (the zero bytes beside a leading ASCII character say which), and UTF-32 with
    /// one, as the data loader names them.
    @Test func wideEncodingsWithoutAMarkOrOfFourBytes() throws {
        let year = "2023," + text
        let be: [UInt8] = year.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        var decoded = try TextDecoding.decode(be, file: "t")
        #expect(decoded.text == year && decoded.encoding == "UTF-16BE")
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            return [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        }
        decoded = try TextDecoding.decode(utf32, file: "t")
        #expect(decoded.text == text && decoded.encoding == "UTF-32LE")
    }

    @Test func neitherNamesTheByteAndAsksForTheEncoding() {
        #expect(throws: ImportError(.unreadable, file: "t", place: "byte 3",
                                    "the text is neither UTF-8 nor GB18030 (line 1, bytes 80 80): name its encoding with --encoding (e.g. --encoding BIG5)")) {
            try TextDecoding.decode([0x61, 0x62, 0x63, 0x80, 0x80], file: "t")
        }
    }

    @Test func anUnknownEncodingName() {
        #expect(throws: ImportError.self) { try TextDecoding.decode(Array("a".utf8), encoding: "NO-SUCH-ENCODING", file: "t") }
    }

    @Test func firstInvalidByte() {
        #expect(TextDecoding.firstInvalidUTF8(Array("好".utf8) + [0xC0, 0x80]) == 3)
        #expect(TextDecoding.firstInvalidUTF8(Array("好".utf8).dropLast()) == 0)
        #expect(TextDecoding.firstInvalidUTF8(Array("ok".utf8)) == 2)
    }
}
