/// Checks that the fields of a file fit together: unique ids and references that resolve.
enum ConsistencyCheck {
    /// Checks one report, read from `node` (the report's object) at `reports[index]`.
    static func run(_ report: Report, index r: Int, node root: JSONNode, context: ReadContext) {
        let base = "reports[\(r)]"
        let subProjectIDs = unique(report.subProjects.map(\.id), "\(base).subProjects", "sub-project", root, context)
        let indicatorIDs = unique(report.indicators.map(\.id), "\(base).indicators", "indicator", root, context)
        _ = unique(report.claims.map(\.id), "\(base).claims", "claim", root, context)
        for (i, indicator) in report.indicators.enumerated() {
            if let target = indicator.subProject, !subProjectIDs.contains(target) {
                fail("\(base).indicators[\(i)].subProject", "no sub-project has the id \"\(JSONNode.abbreviated(target))\"", root, context)
            }
        }
        for (c, claim) in report.claims.enumerated() {
            if let target = claim.scope?.subProject, !subProjectIDs.contains(target) {
                fail("\(base).claims[\(c)].scope.subProject", "no sub-project has the id \"\(JSONNode.abbreviated(target))\"", root, context)
            }
            if let target = claim.scope?.indicator, !indicatorIDs.contains(target) {
                fail("\(base).claims[\(c)].scope.indicator", "no indicator has the id \"\(JSONNode.abbreviated(target))\"", root, context)
            }
        }
    }

    /// Reports every id used twice in a list and returns the set of ids.
    private static func unique(_ ids: [String], _ listPath: String, _ what: String, _ root: JSONNode, _ context: ReadContext) -> Set<String> {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id] {
                fail("\(listPath)[\(index)].id", "duplicate \(what) id \"\(JSONNode.abbreviated(id))\" (first used at \(listPath)[\(earlier)])", root, context)
            } else {
                first[id] = index
            }
        }
        return Set(ids)
    }

    /// `path` is the whole path; the node is found below the report's own, past `reports[n].`.
    private static func fail(_ path: String, _ message: String, _ root: JSONNode, _ context: ReadContext) {
        let relative = path.drop { $0 != "." }.dropFirst()
        context.fail(root.find(String(relative)), JSONPath(path), message, kind: .consistency)
    }
}

