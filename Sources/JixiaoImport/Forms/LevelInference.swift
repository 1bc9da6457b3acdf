import JixiaoCore

/// An indicator row that names only one of its two levels gets the other from the form's own
/// convention (数量/质量/时效/成本 are 产出指标; 经济/社会/生态效益 and 可持续影响 are 效益指标; 满意度 is
/// 满意度指标), with a note; a row with neither is kept under 未注明, with a warning.
enum LevelInference {
    static func fill(_ indicator: inout Indicator, place: String, file: String, notes: inout [ImportNote]) {
        if indicator.level1.isEmpty {
            let category = Category.classify(level1: "", level2: indicator.level2)
            if let category {
                indicator.level1 = "\(category.level1.chineseName)指标"
                notes.append(ImportNote(.info, place: place, file: file, field: "level1",
                                        "一级指标 blank: 「\(indicator.level1)」 from its 二级指标 「\(indicator.level2)」"))
            } else {
                indicator.level1 = "未注明"
                notes.append(ImportNote(.warning, place: place, file: file, field: "level1",
                                        "the row has no 一级指标 and its 二级指标 does not say one: kept as 未注明; correct it in the draft"))
            }
        }
        if indicator.level2.isEmpty {
            indicator.level2 = indicator.level1
            notes.append(ImportNote(.info, place: place, file: file, field: "level2",
                                    "二级指标 blank: the 一级指标 「\(indicator.level1)」 stands for it"))
        }
    }
}
