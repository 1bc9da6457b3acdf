import Foundation

/// `xl/sharedStrings.xml`: the workbook's strings, each the text of its runs (phonetic guides left out).
enum SharedStrings {
    static func read(_ data: Data) throws -> [String] {
        var strings: [String] = []
        var current = ""
        var inPhonetic = 0
        let parser = XMLElementParser(collect: ["t"], start: { name, _ in
            switch name {
            case "si": current = ""
            case "rPh": inPhonetic += 1
            default: break
            }
        }, end: { name, text in
            switch name {
            case "t" where inPhonetic == 0: current += text
            case "rPh": inPhonetic -= 1
            case "si": strings.append(EscapedText.decode(current))
            default: break
            }
        })
        try parser.parse(data)
        return strings
    }
}
