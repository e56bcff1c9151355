/// Writes the text of one group's messages: notices with dates and contacts, questions and
/// answers, work reports, 接龙 chains, check-in cards and system lines, in the group's own topics,
/// places and people so that two unrelated groups almost never say exactly the same thing (an
/// identical notice in two groups is evidence of cross-posting, which only planted groups show).
struct SampleTextComposer {
    let topics: [String]
    let communities: [String]
    let ownerUnit: String
    let district: String
    let place: String
    let platform: String

    init(tags: [String], communities: [String], ownerUnit: String, district: String, place: String, platform: String) {
        var topics: [String] = []
        for tag in tags {
            for topic in SamplePhrases.topics(forTag: tag) where !topics.contains(topic) { topics.append(topic) }
        }
        if topics.isEmpty { topics = SamplePhrases.topics(forTag: "综合") }
        self.topics = topics
        self.communities = communities.isEmpty ? [ownerUnit] : communities
        self.ownerUnit = ownerUnit
        self.district = district
        self.place = place
        self.platform = platform
    }

    // MARK: - Notices

    /// A substantive notice; `day` is the local day it is posted, `contact` a member's name.
    func notice(_ rng: inout SeededGenerator, day: Int64, contact: String) -> String {
        let topic = rng.pick(topics)
        let due = day + Int64(rng.int(2...7))
        let dueText = SampleCalendar.chineseMonthDay(due)
        switch rng.below(8) {
        case 0:
            return "关于做好\(topic)工作的通知\n各社区、各科室：\n为做好\(topic)工作，现将有关事项通知如下：\n"
                + "1. 请于\(dueText)前报送\(rng.pick(SamplePhrases.materials))；\n2. 各单位明确一名联络员，报\(ownerUnit)备案；\n"
                + "3. 联系人：\(contact)，电话：\(phone(&rng))。\n请高度重视，按时报送。"
        case 1:
            return "@所有人 请各社区于\(dueText)前报送\(topic)\(rng.pick(SamplePhrases.materials))，逾期未报的将在周例会上通报。"
        case 2:
            let weekday = SampleCalendar.chineseWeekdays[SampleCalendar.weekday(ofDay: due)]
            return "【通知】定于\(dueText)（\(weekday)）\(clock(&rng))在\(rng.pick(SamplePhrases.places))召开\(topic)推进会，"
                + "请\(rng.pick(SamplePhrases.attendees))准时参加，不得请假。"
        case 3:
            return "各位同事：接上级通知，\(topic)工作进入关键阶段，请大家\(rng.pick(SamplePhrases.actions))。有问题及时在群里反馈。"
        case 4:
            return "温馨提示：\(dueText)前需完成\(topic)相关工作，请对照附件中的任务清单逐项落实，完成后在群内回复\"已完成\"。"
        case 5:
            return "紧急通知：今天\(clock(&rng))前将\(topic)\(rng.pick(SamplePhrases.materials))报送至\(ownerUnit)，谢谢配合！"
        case 6:
            return "@所有人 \(topic)工作要求：\n1. \(rng.pick(SamplePhrases.actions))；\n2. \(dueText)前完成\(rng.pick(SamplePhrases.materials))报送；\n"
                + "3. 遇到问题及时联系\(contact)。"
        default:
            return "\(ownerUnit)提醒：\(topic)的\(rng.pick(SamplePhrases.materials))请于\(dueText)下班前发到工作邮箱，表格中\"联系人\"一栏必须填写手机号。"
        }
    }

    /// The monthly meeting or notice of a quiet-but-regular group.
    func monthlyNotice(_ rng: inout SeededGenerator, day: Int64) -> String {
        let topic = rng.pick(topics)
        let due = day + Int64(rng.int(3...8))
        let (_, month, _) = SampleCalendar.civil(day)
        if rng.chance(0.5) {
            return "【会议通知】定于\(SampleCalendar.chineseMonthDay(due))\(clock(&rng))在\(rng.pick(SamplePhrases.places))召开\(month)月份\(topic)例会，请各位准时参加。"
        }
        return "各位：\(month)月份\(topic)相关材料已放在群文件，请大家在\(SampleCalendar.chineseMonthDay(due))前查阅并反馈意见。"
    }

    /// A short rule change in a check-in group: the only substantive thing such groups say.
    func checkInRule(_ rng: inout SeededGenerator) -> String {
        let options = [
            "从明天起上班打卡时间改为8:20前，请大家相互转告。", "周末值守人员照常打卡，定位要在网格范围内。",
            "今天起巡查照片要带水印相机的时间地点。", "请大家打卡时写清楚所在网格，方便统计。",
        ]
        return rng.pick(options)
    }

    func welcome(_ rng: inout SeededGenerator) -> String {
        fill(rng.pick(SampleTextComposer.welcomes), &rng, name: "")
    }

    // MARK: - Discussion

    func question(_ rng: inout SeededGenerator, name: String) -> String {
        fill(rng.pick(SampleTextComposer.questions), &rng, name: name)
    }

    func answer(_ rng: inout SeededGenerator, name: String) -> String {
        fill(rng.pick(SampleTextComposer.answers), &rng, name: name)
    }

    func report(_ rng: inout SeededGenerator, name: String) -> String {
        fill(rng.pick(SampleTextComposer.reports), &rng, name: name)
    }

    func coordination(_ rng: inout SeededGenerator, name: String) -> String {
        fill(rng.pick(SampleTextComposer.coordinations), &rng, name: name)
    }

    // MARK: - Reflexes and media

    func acknowledgement(_ rng: inout SeededGenerator) -> String {
        rng.pick(SamplePhrases.acknowledgements)
    }

    func checkInText(_ rng: inout SeededGenerator, secondOfDay: Int64) -> String {
        if rng.chance(0.3) {
            let hour = Int(secondOfDay / 3600), minute = Int(secondOfDay % 3600 / 60)
            let label = hour >= 12 ? "下班打卡" : "上班打卡"
            return label + " " + twoDigits(hour) + ":" + twoDigits(minute)
        }
        return rng.pick(SamplePhrases.checkInTexts)
    }

    /// The text of a platform check-in card (kind `checkin`).
    func checkInCard(_ rng: inout SeededGenerator, name: String, secondOfDay: Int64) -> String {
        let hour = Int(secondOfDay / 3600), minute = Int(secondOfDay % 3600 / 60)
        return "\(name) 已打卡 \(twoDigits(hour)):\(twoDigits(minute)) \(place)"
    }

    /// The text of a location share (kind `location`); sometimes empty, as exports often leave it.
    func location(_ rng: inout SeededGenerator) -> String {
        if rng.chance(0.2) { return "" }
        return district + rng.pick(communities) + rng.pick(SamplePhrases.locationSuffixes)
    }

    func caption(_ rng: inout SeededGenerator) -> String {
        rng.chance(0.55) ? "" : rng.pick(SamplePhrases.sceneCaptions)
    }

    func rollCallHeader(_ rng: inout SeededGenerator) -> String {
        "#接龙 " + rng.pick(SamplePhrases.rollCallTitles) + "\n"
    }

    func rollCallLine(_ rng: inout SeededGenerator, index: Int, name: String) -> String {
        let entry = rng.pick(SamplePhrases.rollCallEntries)
        return "\n\(index). \(name)" + (entry.isEmpty ? "" : " " + entry)
    }

    func link(_ rng: inout SeededGenerator) -> String {
        var token = ""
        for _ in 0..<22 { token.unicodeScalars.append(SampleTextComposer.tokenAlphabet[rng.below(64)]) }
        return "【\(rng.pick(SamplePhrases.linkSources))】\(rng.pick(SamplePhrases.linkTitles))\nhttps://mp.weixin.qq.com/s/\(token)"
    }

    func topic(_ rng: inout SeededGenerator) -> String {
        rng.pick(topics)
    }

    func fileName(_ rng: inout SeededGenerator, topic: String) -> String {
        topic + rng.pick(SamplePhrases.fileSuffixes)
    }

    func fileNote(_ rng: inout SeededGenerator, topic: String) -> String {
        "附件是\(topic)的\(rng.pick(SamplePhrases.materials))（共\(rng.int(2...40))页），请查收，有问题随时联系。"
    }

    func bot(_ rng: inout SeededGenerator, botName: String, day: Int64, names: (String, String, String)) -> String {
        switch botName {
        case "气象预警小助手":
            let level = rng.pick(["蓝色", "黄色"])
            let kind = rng.pick(["暴雨", "大风", "高温", "雷电"])
            return "【气象预警】\(SampleCalendar.chineseMonthDay(day))市气象台发布\(kind)\(level)预警信号，请各单位加强值守，做好防范。"
        case "日报提醒机器人":
            return "【日报提醒】请各社区于17:00前提交今日网格事件日报，未提交：\(names.0)、\(names.1)。"
        default:
            return "【值班提醒】今日带班领导：\(names.0)，值班人员：\(names.1)、\(names.2)。请保持通讯畅通。"
        }
    }

    // MARK: - System lines

    func invitation(inviter: String, invitees: [String], total: Int) -> String {
        if platform == "wechat" {
            var text = "\"\(inviter)\"邀请"
            for (index, name) in invitees.enumerated() {
                if index > 0 { text += "、" }
                text += "\"\(name)\""
            }
            if total > invitees.count { text += "等\(total)人" }
            return text + "加入了群聊"
        }
        var text = inviter + "邀请" + invitees.joined(separator: "、")
        if total > invitees.count { text += "等\(total)人" }
        return text + "加入群聊"
    }

    func scanJoin(inviter: String, joiner: String) -> String {
        platform == "wechat" ? "\"\(joiner)\"通过扫描\"\(inviter)\"分享的二维码加入群聊" : "\(joiner)通过\(inviter)分享的二维码加入群聊"
    }

    func departure(name: String) -> String {
        platform == "wechat" ? "\"\(name)\"退出了群聊" : "\(name)已退出群聊"
    }

    func rename(by name: String, to groupName: String) -> String {
        platform == "wechat" ? "\"\(name)\"修改群名为“\(groupName)”" : "群名称已修改为\(groupName)"
    }

    func recall(name: String) -> String {
        platform == "wechat" ? "\"\(name)\"撤回了一条消息" : "\(name)撤回了一条消息"
    }

    // MARK: - Helpers

    private static let tokenAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-".unicodeScalars)

    /// A template split once into literal runs and placeholders, so filling it is a few appends.
    struct Template: Sendable {
        /// Placeholder letter (as an ASCII byte, 0 for none) followed by the literal text after it.
        var pieces: [(slot: UInt8, literal: String)]

        init(_ text: String) {
            var pieces: [(slot: UInt8, literal: String)] = []
            for (index, part) in text.split(separator: "%", omittingEmptySubsequences: false).enumerated() {
                if index == 0 { pieces.append((0, String(part))); continue }
                guard let first = part.unicodeScalars.first, first.isASCII, first.properties.isUppercase else {
                    pieces.append((0, "%" + part))
                    continue
                }
                pieces.append((UInt8(first.value), String(part.unicodeScalars.dropFirst())))
            }
            self.pieces = pieces
        }
    }

    private static let questions = SamplePhrases.questionTemplates.map(Template.init)
    private static let answers = SamplePhrases.answerTemplates.map(Template.init)
    private static let reports = SamplePhrases.reportTemplates.map(Template.init)
    private static let coordinations = SamplePhrases.coordinationTemplates.map(Template.init)
    private static let welcomes = SamplePhrases.welcomeTemplates.map(Template.init)

    private static let moments = [
        "明早8点", "明早8点半", "上午9点", "上午10点半", "下午2点", "下午3点半", "下午4点", "明天上午9点", "明天下午2点半", "后天上午",
    ]

    /// Fills %T (topic), %M (material), %C (community), %N (a colleague), %K/%J (counts), %P (a
    /// percentage) and %H (a moment) of a template. Every template carries at least one of these,
    /// so two unrelated groups rarely post the very same sentence on the same day (which an
    /// analysis would read as a cross-posted notice).
    private func fill(_ template: Template, _ rng: inout SeededGenerator, name: String) -> String {
        var result = ""
        result.reserveCapacity(96)
        for piece in template.pieces {
            switch piece.slot {
            case UInt8(ascii: "T"): result += rng.pick(topics)
            case UInt8(ascii: "M"): result += rng.pick(SamplePhrases.materials)
            case UInt8(ascii: "C"): result += rng.pick(communities)
            case UInt8(ascii: "N"): result += name.isEmpty ? "联络员" : name
            case UInt8(ascii: "K"): result += String(rng.int(3...60))
            case UInt8(ascii: "J"): result += String(rng.int(1...9))
            case UInt8(ascii: "P"): result += String(rng.int(35...98))
            case UInt8(ascii: "H"): result += rng.pick(SampleTextComposer.moments)
            default: break
            }
            result += piece.literal
        }
        return result
    }

    private func phone(_ rng: inout SeededGenerator) -> String {
        if rng.chance(0.4) { return "0335-" + String(rng.int(3_000_000...3_999_999)) }
        return "1" + String(rng.pick([3, 5, 8])) + String(rng.int(100_000_000...999_999_999))
    }

    private func clock(_ rng: inout SeededGenerator) -> String {
        rng.pick(["上午9:00", "上午9:30", "上午10:00", "下午2:30", "下午3:00", "下午4:00", "16:30"])
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
