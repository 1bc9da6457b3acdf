/// The first-level group an indicator scores under.
public enum Level1: String, Codable, Sendable, CaseIterable {
    case output, effect, satisfaction

    public var chineseName: String {
        switch self {
        case .output: "产出"
        case .effect: "效益"
        case .satisfaction: "满意度"
        }
    }

    /// The level a printed level-1 label scores under (`产出指标(50分)`, `效益指标`, `满意度指标`); a
    /// `成本指标` printed as its own level-1 counts under output, as its 二级 does.
    init?(label: String) {
        if label.contains("产出") || label.contains("成本") { self = .output }
        else if label.contains("效益") { self = .effect }
        else if label.contains("满意") { self = .satisfaction }
        else { return nil }
    }
}

/// The second-level category of an indicator (二级指标), the heatmap's columns.
public enum Category: String, Codable, Sendable, CaseIterable {
    case quantity, quality, timeliness, cost, economic, social, ecological, sustainability, satisfaction

    /// The short Chinese label used in headers.
    public var chineseName: String {
        switch self {
        case .quantity: "数量"
        case .quality: "质量"
        case .timeliness: "时效"
        case .cost: "成本"
        case .economic: "经济"
        case .social: "社会"
        case .ecological: "生态"
        case .sustainability: "可持续"
        case .satisfaction: "满意度"
        }
    }

    public var englishName: String {
        switch self {
        case .quantity: "Qty"
        case .quality: "Qual"
        case .timeliness: "Time"
        case .cost: "Cost"
        case .economic: "Econ"
        case .social: "Social"
        case .ecological: "Eco"
        case .sustainability: "Sust"
        case .satisfaction: "Satis"
        }
    }

    public var level1: Level1 {
        switch self {
        case .quantity, .quality, .timeliness, .cost: .output
        case .economic, .social, .ecological, .sustainability: .effect
        case .satisfaction: .satisfaction
        }
    }

    /// Whether the category is measured in numbers, so a target without one is a finding.
    public var isQuantitative: Bool { self == .quantity || self == .cost }

    /// Reads a level-2 name as written (数量指标, 社会效益指标, 可持续影响, 满意度指标…), falling back to level 1.
    public static func classify(level1: String, level2: String) -> Category? {
        let keys: [(String, Category)] = [
            ("数量", .quantity), ("质量", .quality), ("时效", .timeliness), ("成本", .cost),
            ("经济", .economic), ("社会", .social), ("生态", .ecological), ("可持续", .sustainability),
            ("满意", .satisfaction),
        ]
        for (key, category) in keys where level2.contains(key) { return category }
        if level1.contains("满意") { return .satisfaction }
        if level1.contains("成本") { return .cost }
        return nil
    }
}
