import JixiaoCore

/// The report's prose sorted into what it says: problems (存在问题), suggestions (建议, 改进措施),
/// rectifications (整改), and the rest as narrative, each kept verbatim.
///
/// A heading decides the section of what stands under it, down to the next heading of its level or
/// above: 问题 without 整改 → problems; 建议, 改进, 措施, 对策 → suggestions; 整改 → rectifications. A
/// heading naming both problems and suggestions (`存在问题及建议`) leaves it to its sub-headings.
/// Under a section, each sub-heading with its paragraphs is one statement; paragraphs without a
/// sub-heading are one statement each, or one per item where they enumerate `一是…二是…`.
struct TextSections {
    var narrative: [Statement] = []
    var problems: [Statement] = []
    var suggestions: [Statement] = []
    var rectifications: [Statement] = []

    enum Kind { case narrative, problems, suggestions, rectifications, both }

    static func kind(of heading: String) -> Kind {
        let problem = heading.contains("问题") && !heading.contains("整改")
        let suggestion = ["建议", "改进", "措施", "对策", "意见"].contains { heading.contains($0) } && !heading.contains("整改")
        if heading.contains("整改") { return .rectifications }
        if problem && suggestion { return .both }
        if problem { return .problems }
        if suggestion { return .suggestions }
        return .narrative
    }

    init(_ prose: TextProse) {
        /// The open headings: level, text, kind.
        var stack: [(level: Int, title: String, kind: Kind)] = []
        var statement: (title: String, kind: Kind, parts: [String], fromHeading: Bool)?
        /// A narrative heading with nothing under it before the next heading titles the next one
        /// (`项目概况 › 设立背景`).
        var outline: [String] = []
        func flush() {
            if let s = statement, s.kind == .narrative, s.parts.isEmpty, !s.title.isEmpty {
                outline.append(s.title)
                statement = nil
                return
            }
            if statement != nil, statement!.kind == .narrative, !outline.isEmpty {
                statement!.title = (outline + [statement!.title]).joined(separator: " › ")
                outline = []
            }
            guard let s = statement, !s.parts.isEmpty || s.kind != .narrative else { statement = nil; return }
            let text = s.parts.joined(separator: "\n")
            guard !text.isEmpty || !s.title.isEmpty else { statement = nil; return }
            append(Statement(title: s.title, text: text), to: s.kind)
            statement = nil
        }
        func sectionKind() -> Kind {
            for entry in stack.reversed() where entry.kind != .narrative && entry.kind != .both { return entry.kind }
            return stack.contains { $0.kind == .both } ? .problems : .narrative
        }
        for paragraph in prose.paragraphs {
            if paragraph.isHeading, let level = paragraph.level {
                flush()
                while let top = stack.last, top.level >= level { stack.removeLast() }
                let title = Self.withoutMarker(paragraph.text)
                let parent = sectionKind()
                let own = Self.kind(of: title)
                stack.append((level, paragraph.text, own))
                // A sub-heading under a problems or suggestions section is a statement's title.
                if own == .narrative, parent != .narrative {
                    statement = (paragraph.text, parent, [], true)
                } else if own == .narrative {
                    statement = (title, .narrative, [], true)
                }
                if own != .narrative {
                    // The section's own heading is kept in the narrative (its content is in its section),
                    // so the outline stays whole.
                    narrative.append(Statement(title: title, text: paragraph.text))
                }
                continue
            }
            let kind = sectionKind()
            if kind == .narrative {
                if statement == nil { statement = (stack.last.map { Self.withoutMarker($0.title) } ?? "", .narrative, [], false) }
                statement!.parts.append(paragraph.text)
                continue
            }
            if let open = statement, open.kind == kind, open.fromHeading {
                statement!.parts.append(paragraph.text)
                continue
            }
            flush()
            // Under 整改, a paragraph recalling last year's problems is one statement; the fixes it
            // enumerates are one each.
            let items = kind == .rectifications && Self.leadIn(paragraph.text).contains("问题") && !Self.leadIn(paragraph.text).contains("整改")
                ? [paragraph.text] : Self.items(paragraph.text)
            for item in items {
                append(Statement(title: Self.title(of: item), text: item), to: kind)
            }
        }
        flush()
        if !outline.isEmpty { narrative.append(Statement(title: outline.joined(separator: " › "), text: outline.joined(separator: "\n"))) }
    }

    private mutating func append(_ statement: Statement, to kind: Kind) {
        switch kind {
        case .problems, .both: problems.append(statement)
        case .suggestions: suggestions.append(statement)
        case .rectifications: rectifications.append(statement)
        case .narrative: narrative.append(statement)
        }
    }

    static func withoutMarker(_ text: String) -> String {
        guard let marker = TextHeading.marker(text) else { return text }
        return String(text.dropFirst(marker.length)).trimmed
    }

    /// A paragraph that enumerates `一是…二是…` as its items; otherwise the paragraph.
    static func items(_ text: String) -> [String] {
        let ordinals = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]
        var cuts: [String.Index] = []
        var from = text.startIndex
        for ordinal in ordinals {
            guard let r = text.range(of: ordinal, range: from..<text.endIndex) else { break }
            cuts.append(r.lowerBound)
            from = r.upperBound
        }
        guard cuts.count >= 2 else { return [text] }
        var items: [String] = []
        let head = text[..<cuts[0]].trimmed
        for (n, cut) in cuts.enumerated() {
            let end = n + 1 < cuts.count ? cuts[n + 1] : text.endIndex
            items.append(String(text[cut..<end]).trimmed)
        }
        // The lead-in (`有关整改情况如下：`) stays with the first item, so nothing is lost.
        if !head.isEmpty { items[0] = head + items[0] }
        return items
    }

    /// The text before a paragraph's first `一是`.
    static func leadIn(_ text: String) -> String {
        text.range(of: "一是").map { String(text[..<$0.lowerBound]) } ?? ""
    }

    /// A statement's title: its first sentence when short (at most 40 characters), else its first
    /// clause, without an ordinal (一是), a lead-in or a marker, at most 30 characters.
    static func title(of item: String) -> String {
        var text = withoutMarker(item)
        if let r = text.range(of: "一是"), text.distance(from: text.startIndex, to: r.lowerBound) < 60 { text = String(text[r.lowerBound...]) }
        for ordinal in ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"] where text.hasPrefix(ordinal) {
            text = String(text.dropFirst(ordinal.count)); break
        }
        let sentence = text.prefix { !"。；！？".contains($0) }
        if sentence.count <= 40 { return String(sentence) }
        let clause = text.prefix { !"，。；：,".contains($0) }
        return clause.count > 30 ? String(clause.prefix(30)) + "…" : String(clause)
    }
}
