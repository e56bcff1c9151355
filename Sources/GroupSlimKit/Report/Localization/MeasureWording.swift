/// A verdict's measures as a reader of the report's language reads them. English keeps the
/// analyzer's own `name = value (>= threshold)`, which is also what `explain` and the analysis
/// JSON show; Chinese gets each measure's meaning in words and its unit in Chinese
/// (`距最后一条实质消息 329 天（≥ 90 天）`), because the offices reading the report should not
/// have to decode `days_since_substantive`.
struct MeasureWording {
    let language: ReportLanguage

    func text(_ measure: Measure) -> String {
        guard language == .zh else { return measure.text }
        if ["same_owner_unit", "recreation_mark", "declared_purposes_differ", "audience_from_posters"].contains(measure.name) { return name(measure.name) + "：" + (measure.value != 0 ? "是" : "否") }
        var line = "\(name(measure.name)) \(value(measure.value, unit: measure.unit))"
        if let threshold = measure.threshold, measure.comparison != .info {
            line += "（\(MeasureWording.symbol(measure.comparison)) \(value(threshold, unit: measure.unit))）"
        }
        return line
    }

    /// The measure's name in the report's language; a name this table does not know stays as it is.
    func name(_ name: String) -> String {
        guard language == .zh else { return name }
        if let known = MeasureWording.chinese[name] { return known }
        for (prefix, label) in MeasureWording.chinesePrefixes where name.hasPrefix(prefix) {
            return "\(label)（\(name.dropFirst(prefix.count))）"
        }
        return name
    }

    /// A value with its unit in the report's language (`91 days`, `91 天`, `80.0%`).
    func value(_ value: Double, unit: String) -> String {
        guard language == .zh, unit == "days" else { return Measure.format(value, unit: unit) }
        return Measure.format(value, unit: "") + " 天"
    }

    private static func symbol(_ comparison: Measure.Comparison) -> String {
        switch comparison {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .lessThan: return "<"
        case .info: return ""
        }
    }

    /// Every fixed measure name the analyzer writes (`VerdictEngine`, `VerdictEngine+ActivityReports`).
    static let chinese: [String: String] = [
        "days_since_substantive": "距最后一条实质消息",
        "age": "建群时长",
        "substantive_messages": "实质消息数",
        "recent_substantive_per_30_days": "近期每 30 天实质消息数",
        "peak_substantive_per_30_days": "高峰期每 30 天实质消息数",
        "days_since_declared_task_end": "距任务宣布结束",
        "peak_is_burst": "高峰期每 30 天实质消息数",
        "days_since_peak_window": "距活跃高峰",
        "messages_in_window": "统计期内成员消息数",
        "check_in_share_of_non_acknowledgements": "打卡类消息占比（不计“收到”类回复）",
        "check_ins_roll_calls_scene_photos": "打卡、接龙、现场照片数",
        "acknowledgements": "“收到”类回复数",
        "substantive_and_notices": "实质消息与通知数",
        "days_in_data": "进入数据以来",
        "containment_smaller_in_larger": "小群成员在大群中的占比",
        "shared_members": "共同成员数",
        "name_similarity": "群名用途部分相似度",
        "recreation_mark": "群名带重建标记",
        "members_in_common_recreated": "重建群共同成员占比",
        "declared_purposes_differ": "用途标签互不相同",
        "audience_from_posters": "成员仅由发言人推断",
        "shared_purpose_tags": "共同用途标签数",
        "same_owner_unit": "同一牵头单位",
        "cross_posted_notices": "重复转发的通知数",
        "report_period": "报表统计周期",
        "days_since_last_activity": "距最后一次活动",
        "days_without_activity_at_least": "至少无活动",
    ]

    /// Names that carry group ids or tags after a fixed prefix.
    static let chinesePrefixes: [(String, String)] = [
        ("jaccard_with_", "成员重合度"), ("members_in_common_with_", "共同成员占比"), ("containment_in_", "成员包含度"), ("threshold_from_tags_", "按用途标签设定的阈值"),
    ]
}
