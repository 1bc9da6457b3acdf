import Foundation
import Testing
@testable import JixiaoImport

/// The guard before Foundation's XMLParser: a part that is UTF-8 by the XML rules must be UTF-8, since
/// libxml2 hands an element name with other bytes on to Foundation, which traps on it.
@Suite("XML parts")
struct XMLElementParserTests {
    func parse(_ bytes: [UInt8]) -> XMLPartError? {
        let parser = XMLElementParser(collect: [], start: { _, _ in }, end: { _, _ in })
        do { try parser.parse(Data(bytes)); return nil } catch let error as XMLPartError { return error } catch { return nil }
    }

    /// The smallest input fuzzing reduced the crash to: an element name cut inside a character.
    @Test func anElementNameThatIsNotUTF8IsRefused() {
        let error = parse(Array("<a>\n<m".utf8) + [0xE9, 0x8E, 0xE6, 0x98] + Array("/></a>".utf8))
        #expect(error?.line == 2)
        #expect(error?.message == "a byte is not UTF-8 (byte offset 6), and the part names no other encoding")
    }

    @Test func aDeclarationNamingUTF8IsStillChecked() {
        let error = parse(Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><m".utf8) + [0xFF] + Array("/>".utf8))
        #expect(error?.message.hasPrefix("a byte is not UTF-8") == true)
    }

    /// Another declared encoding, or UTF-16, is libxml2's to transcode and check.
    @Test func otherDeclaredEncodingsAreLeftToTheParser() {
        let gbk: [UInt8] = [0xCF, 0xEE, 0xC4, 0xBF]   // 项目
        #expect(XMLElementParser.firstByteNotUTF8(Data(Array("<?xml version='1.0' encoding='GB18030'?><a>".utf8) + gbk + Array("</a>".utf8))) == nil)
        #expect(XMLElementParser.firstByteNotUTF8(Data([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00, 0x2F, 0x00, 0x3E, 0x00])) == nil)
        #expect(parse(Array("<?xml version='1.0' encoding='GB18030'?><a>".utf8) + gbk + Array("</a>".utf8)) == nil)
    }

    /// XML allows any whitespace around the `=` of the declaration's encoding.
    @Test func aDeclarationSpacedWithTabsAndLineBreaks() {
        let gbk: [UInt8] = [0xCF, 0xEE, 0xC4, 0xBF]
        for space in ["\t", "\r\n", "\n", "\r", " \n\t"] {
            #expect(XMLElementParser.firstByteNotUTF8(Data(Array("<?xml version=\"1.0\" encoding\(space)=\(space)\"GB2312\"?><a>".utf8) + gbk + Array("</a>".utf8))) == nil, "\(space.unicodeScalars.map(\.value))")
        }
        // After a UTF-8 byte-order mark the declaration does not count: the part is checked as UTF-8.
        #expect(XMLElementParser.firstByteNotUTF8(Data([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"GB2312\"?><a>".utf8) + gbk + Array("</a>".utf8))) != nil)
    }

    @Test func wellFormedUTF8Passes() {
        #expect(parse(Array("\u{FEFF}<?xml version=\"1.0\"?><表 名=\"项目\">资金</表>".utf8)) == nil)
    }
}
