/// Checks that the fields of a file fit together: unique ids and references that resolve.
enum ConsistencyCheck {
    static func run(_ file: ReportFile, root: JSONNode, context: ReadContext) {
        for (r, report) in file.reports.enumerated() {
            let base = "reports[\(r)]"
            let subProjectIDs = unique(report.subProjects.map(\.id), "\(base).subProjects", "sub-project", root, context)
            let indicatorIDs = unique(report.indicators.map(\.id), "\(base).indicators", "indicator", root, context)
            _ = unique(report.claims.map(\.id), "\(base).claims", "claim", root, context)
            for (i, indicator) in report.indicators.enumerated() {
                if let target = indicator.subProject, !subProjectIDs.contains(target) {
                    fail("\(base).indicators[\(i)].subProject", "no sub-project has the id \"\(target)\"", root, context)
                }
            }
            for (c, claim) in report.claims.enumerated() {
                if let target = claim.scope?.subProject, !subProjectIDs.contains(target) {
                    fail("\(base).claims[\(c)].scope.subProject", "no sub-project has the id \"\(target)\"", root, context)
                }
                if let target = claim.scope?.indicator, !indicatorIDs.contains(target) {
                    fail("\(base).claims[\(c)].scope.indicator", "no indicator has the id \"\(target)\"", root, context)
                }
            }
        }
    }

    /// Reports every id used twice in a list and returns the set of ids.
    private static func unique(_ ids: [String], _ listPath: String, _ what: String, _ root: JSONNode, _ context: ReadContext) -> Set<String> {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id] {
                fail("\(listPath)[\(index)].id", "duplicate \(what) id \"\(id)\" (first used at \(listPath)[\(earlier)])", root, context)
            } else {
                first[id] = index
            }
        }
        return Set(ids)
    }

    private static func fail(_ path: String, _ message: String, _ root: JSONNode, _ context: ReadContext) {
        context.fail(root.find(path), path, message, kind: .consistency)
    }
}

extension JSONNode {
    /// The node at a path such as `reports[0].indicators[3].subProject`, if it exists.
    func find(_ path: String) -> JSONNode? {
        var node = self
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.last == "]",
                  let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty {
                guard case .object(let members) = node.value,
                      let member = members.first(where: { $0.key == name }) else { return nil }
                node = member.value
            }
            for index in indices {
                guard case .array(let items) = node.value, items.indices.contains(index) else { return nil }
                node = items[index]
            }
        }
        return node
    }
}
