// The built-in rule table: data only. The format is documented on `ContentRules`; export it with
// `ContentRules.standard.jsonData()` to start an office's own file.

extension ContentRules {
    /// The built-in table, written for Chinese government office groups (WeChat, QQ, DingTalk,
    /// WeCom) and English Slack/Telegram/WhatsApp workspaces.
    public static let standard = ContentRules(
        kinds: [
            .text: .text,
            .image: .caption,
            .video: .caption,
            .voice: .fixed(.media),
            .file: .fixed(.media),
            .link: .fixed(.link),
            .location: .fixed(.checkIn),
            .sticker: .fixed(.media),
            .system: .fixed(.system),
            .checkin: .fixed(.checkIn),
            .bot: .fixed(.bot),
        ],
        emptyText: .media,
        placeholders: [
            "[图片]": .scenePhoto, "[照片]": .scenePhoto, "[视频]": .scenePhoto, "[小视频]": .scenePhoto,
            "[语音]": .media, "[文件]": .media, "[动画表情]": .media, "[表情]": .media, "[红包]": .media,
            "[转账]": .media, "[聊天记录]": .media, "[名片]": .media, "[音乐]": .media, "[视频号]": .link,
            "[链接]": .link, "[小程序]": .link, "[位置]": .checkIn, "[共享实时位置]": .checkIn,
            "[Photo]": .scenePhoto, "[Image]": .scenePhoto, "[Video]": .scenePhoto, "[Voice]": .media,
            "[File]": .media, "[Sticker]": .media, "[Link]": .link, "[Location]": .checkIn,
            "<Media omitted>": .media, "image omitted": .scenePhoto, "video omitted": .scenePhoto,
            "audio omitted": .media, "sticker omitted": .media, "document omitted": .media, "GIF omitted": .media,
            "This message was deleted": .system, "You deleted this message": .system,
        ],
        system: System(
            phrases: [
                "撤回了一条消息", "加入了群聊", "加入群聊", "移出了群聊", "退出了群聊", "修改群名为", "已成为新群主",
                "拍了拍", "开启了群聊邀请确认", "以上是打招呼的内容", "现在可以开始聊天了", "已被移出群聊",
                "has joined the channel", "has left the channel", "joined the group", "left the group",
                "set the channel topic", "renamed the channel", "was added to", "was removed from",
                "pinned a message", "changed the group name",
            ],
            maxLength: 40
        ),
        mentions: Mentions(everyone: [
            "所有人", "全体成员", "全体人员", "全体同志", "全员", "全体", "all", "channel", "everyone", "here",
        ]),
        link: Link(urlPrefixes: ["http://", "https://", "www."], maxOtherCharacters: 4),
        reply: Reply(
            maxLength: 40,
            maxLines: 2,
            fillers: [
                "的", "了", "啦", "呀", "啊", "哟", "呢", "吧", "嘛", "哒", "滴", "哈", "嗷", "咯",
                "我", "我们", "本人", "已经", "去", "报告", "报告领导", "我这边", "这边", "已", "都", "也", "就", "再", "您", "你", "你们", "们",
                "大家", "各位", "领导", "老师", "主任", "书记", "同志", "同事", "亲", "科长", "局长", "部长",
                "站长", "队长", "组长", "主席", "姐", "哥", "一下", "非常", "很", "多", "太", "真", "一起", "全部",
                "all", "everyone", "team", "guys", "folks", "i", "im", "ill", "will", "so", "much", "very", "a",
                "the", "it", "you", "we", "again", "hi", "hello", "boss", "sir",
            ],
            vetoes: [
                "请", "务必", "必须", "需要", "要求", "通知", "会议", "开会", "参会", "报送", "提交", "上报", "材料",
                "台账", "数据", "统计", "表格", "报表", "整改", "问题", "隐患", "发现", "情况", "检查", "督查",
                "明天", "明日", "后天", "下周", "计划", "准备", "安排", "负责", "处理", "协调", "联系", "汇报",
                "截图", "发一下", "发下", "漏水", "故障", "坏了", "损坏", "停电", "停水", "投诉", "纠纷", "事故",
                "please", "need", "must", "meeting", "submit", "report", "deadline", "tomorrow", "issue",
                "problem", "bug", "fix",
            ],
            discussion: [
                "觉得", "认为", "建议", "应该", "为什么", "为啥", "为何", "怎么", "怎样", "如何", "是否", "能否",
                "可否", "能不能", "要不要", "是不是", "有没有", "行不行", "可不可以", "没必要", "不必", "不用",
                "不要", "取消", "改成", "改为", "麻烦", "形式主义", "规定", "制度", "政策", "系统", "软件",
                "打不上", "打不了", "失败", "谁", "什么", "哪", "吗", "不", "别", "没", "但", "但是", "不过",
                "可是", "还没", "意见", "讨论", "其实", "感觉", "累", "每天都", "都要",
                "why", "how", "what", "who", "when", "where", "think", "should", "policy", "cancel", "stop",
                "dont", "not", "but", "cant", "wont", "didnt", "isnt",
            ],
            questionVetoes: true
        ),
        acknowledgement: Acknowledgement(
            phrases: [
                "收到", "收", "已收到", "收悉", "已收悉", "好的", "好", "好滴", "好哒", "好嘞", "好勒", "好咧", "好吧",
                "行", "可以", "没问题", "已阅", "阅", "已读", "已看", "明白", "了解", "知道了", "知道", "懂了",
                "知悉", "已知悉", "知晓", "已知晓", "清楚", "是", "是的", "对", "对的", "嗯", "恩", "噢", "哦", "喔",
                "谢谢", "谢", "感谢", "多谢", "辛苦", "不辛苦", "不客气", "别客气", "客气", "赞", "点赞", "强",
                "棒", "厉害", "给力", "威武", "不错", "太好了", "很好", "支持", "同意", "赞同", "附议", "加", "加一",
                "加油", "哈哈", "呵呵", "嘿嘿",
                "马上办", "马上落实", "马上处理", "马上安排", "马上去", "马上", "立即办理", "立即落实", "立即执行",
                "立即", "立刻", "尽快", "照办", "遵命", "坚决落实", "坚决完成", "坚决执行", "保证完成", "一定完成",
                "抓紧落实", "抓紧办理", "抓紧", "按要求落实", "按要求执行", "已安排", "已落实", "已转发", "已通知",
                "已联系", "已发", "已报", "已报送", "已上报", "已提交", "已完成", "已处理", "已办结", "已办",
                "已执行", "完成", "发了", "已经发了", "已发送", "落实", "对接", "跟进", "马上对接", "马上整改",
                "立即整改", "抓紧整改", "照做", "去办", "配合", "谢谢配合", "感谢配合", "放心", "请放心", "没意见", "已通知到位", "通知到位", "已落实到人", "落实到人", "遵照执行", "拥护",
                "坚决拥护", "已转", "应该的", "没事", "没关系", "平安夜快乐", "圣诞快乐",
                // Courtesies: greetings, festival wishes and congratulations are as reflexive as a 收到.
                "早上好", "早安", "早", "上午好", "下午好", "晚上好", "晚安", "大家好", "新年快乐", "节日快乐",
                "春节快乐", "中秋快乐", "国庆快乐", "元旦快乐", "生日快乐", "祝贺", "恭喜", "欢迎", "欢迎欢迎",
                "抱拳", "握手", "拳头", "鼓掌", "玫瑰", "爱心", "微笑", "胜利", "合十", "祈祷",
                "ok", "okay", "okk", "kk", "received", "noted", "got it", "thanks", "thank you", "thx", "ty",
                "tysm", "ack", "roger", "roger that", "copy", "copy that", "will do", "sure", "yes", "yep", "yeah", "yup",
                "cool", "great", "perfect", "awesome", "nice", "done", "sounds good", "lgtm", "np", "no problem",
                "on it", "approved", "looks good", "looks good to me", "good morning", "morning", "good night",
                "happy new year", "congrats", "congratulations", "welcome",
                // Slack shortcodes, once the colons and underscores are gone.
                "thumbsup", "ok_hand", "pray", "raised_hands", "clap", "white_check_mark", "heavy_check_mark", "wave",
            ],
            symbols: [
                "👍", "👌", "🙏", "🤝", "✊", "💪", "👏", "✅", "✔", "☑", "🆗", "🌹", "❤", "😊", "🙂", "☺",
                "😄", "😀", "🫡", "💯", "🌺", "💐",
            ],
            symbolOnly: true,
            maxSignatureLength: 4
        ),
        checkIn: CheckIn(
            phrases: [
                "打卡", "打卡成功", "上班打卡", "下班打卡", "签到", "签到成功", "签退", "报到", "到岗", "准时到岗",
                "在岗", "在岗在位", "上岗", "到位", "就位", "报平安", "报个平安", "一切平安", "巡查", "巡查中",
                "巡查完毕", "巡逻", "巡逻中", "巡河", "巡山", "巡林", "巡街", "走访", "入户", "值守", "值班中",
                "正在值班", "交班", "接班", "到达", "在位", "在现场", "抵达",
                "check in", "checked in", "clock in", "clocked in", "clock out", "clocked out", "sign in",
                "signed in", "on site", "on duty", "arrived", "back online", "in the office", "at my desk",
                "checking in", "in office", "in-office", "wfh", "working from home", "remote today", "working remotely",
                "at the office", "onsite", "on-site", "logged in", "logging in", "值班正常", "已完成今日",
                // Duty roll-calls: "东坪村今日平安，无异常", "【报平安】1月15日 值班张三，无异常情况。",
                // "Quiet night, nothing to report", "On shift. No issues."; attendance: "OOO pm".
                "无异常", "无异常情况", "情况正常", "一切情况正常", "今日平安", "一切正常", "平安无事",
                "nothing to report", "no incidents", "no issues", "all quiet", "all green", "all clear", "no pages",
                "on shift", "quiet night", "ooo", "out of office", "all good", "done for today", "shift done", "route done",
                "on the road", "signing off", "signing in", "clocking off", "locked up",
                "今日走访已完成", "今日巡查已完成",
            ],
            leadPhrases: [
                "已打卡", "已签到", "已签退", "已报到", "已到岗", "已上岗", "已到位", "已就位", "已巡查", "已巡河",
                "已走访", "已入户", "已到达", "已抵达", "已出发", "已交班", "已接班",
            ],
            standalonePhrases: [
                "平安", "到", "已到", "到了", "到齐", "on my way", "在", "在的", "安全", "正常", "出发",
                "here", "present", "safe", "online", "remote", "office", "in",
            ],
            context: [
                "今日", "今天", "今早", "今晚", "今夜", "昨晚", "夜里", "早上", "上午", "中午", "下午", "傍晚", "晚上", "夜间", "凌晨", "年", "月",
                "日", "号", "点", "分", "时", "半", "上班", "下班", "准时",
                "结束", "完毕", "值班", "am", "pm", "at", "today", "this morning", "tonight", "overnight", "night", "handover",
                "on-call", "shift",
            ],
            maxLength: 32,
            maxResidue: 10
        ),
        rollCall: RollCall(
            keywords: ["接龙", "jielong"],
            minItems: 2,
            maxItemLength: 16,
            minItemShare: 0.6,
            maxHeaderLength: 30,
            nameInitials: """
                王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈\
                姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔\
                向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕\
                单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚\
                娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池\
                查麻苑迟邝
                """,
            minNameShare: 0.5,
            noticeVeto: 3
        ),
        notice: Notice(
            cues: [
                // Headings: what a notice opens with.
                Notice.Cue("通知", 3, atStart: true), Notice.Cue("紧急通知", 3), Notice.Cue("重要通知", 3),
                Notice.Cue("公告", 3, atStart: true), Notice.Cue("通告", 3, atStart: true),
                Notice.Cue("温馨提示", 3, atStart: true), Notice.Cue("关于", 2, atStart: true),
                Notice.Cue("各位", 2, atStart: true), Notice.Cue("提醒", 2, atStart: true),
                Notice.Cue("提示", 2, atStart: true), Notice.Cue("注意", 2, atStart: true),
                Notice.Cue("重要", 2, atStart: true), Notice.Cue("紧急", 2, atStart: true),
                // Addressees: who must act.
                Notice.Cue("请各", 3), Notice.Cue("请各位", 1), Notice.Cue("请大家", 3), Notice.Cue("各社区", 2),
                Notice.Cue("各单位", 2), Notice.Cue("各网格", 2), Notice.Cue("各科室", 2), Notice.Cue("各部门", 2),
                Notice.Cue("各村", 2), Notice.Cue("各站所", 2), Notice.Cue("各股室", 2), Notice.Cue("各小组", 2),
                Notice.Cue("各居委会", 2), Notice.Cue("各乡镇", 2), Notice.Cue("各街道", 2),
                // Formulas of official notices.
                Notice.Cue("的通知", 3), Notice.Cue("特此通知", 3), Notice.Cue("接上级通知", 3), Notice.Cue("接到通知", 2),
                Notice.Cue("工作要求", 2), Notice.Cue("注意事项", 2), Notice.Cue("相关事项", 2), Notice.Cue("具体如下", 2),
                Notice.Cue("如下", 1), Notice.Cue("附件", 1), Notice.Cue("要求", 1), Notice.Cue("根据", 1),
                Notice.Cue("落实", 1), Notice.Cue("部署", 1), Notice.Cue("收到请回复", 2), Notice.Cue("收到回复", 2),
                Notice.Cue("互相转告", 2), Notice.Cue("周知", 2), Notice.Cue("不得", 2), Notice.Cue("严禁", 2),
                Notice.Cue("一律", 2), Notice.Cue("即日起", 2), Notice.Cue("放假", 2), Notice.Cue("补班", 2), Notice.Cue("调休", 2),
                Notice.Cue("停电", 1), Notice.Cue("停水", 1), Notice.Cue("安排", 1), Notice.Cue("值班表", 2),
                Notice.Cue("值班安排", 2), Notice.Cue("抓紧", 1), Notice.Cue("请查收", 2), Notice.Cue("查收", 1), Notice.Cue("取消", 1),
                Notice.Cue("大家注意", 2), Notice.Cue("检查组", 1),
                // Courtesies that borrow a notice's words ("以后请大家多多指教").
                Notice.Cue("多多指教", -3), Notice.Cue("请多指教", -3), Notice.Cue("请提前", 2), Notice.Cue("暂停", 1), Notice.Cue("迎检", 2), Notice.Cue("填报", 2),
                // Deadlines and meetings.
                Notice.Cue("请于", 2), Notice.Cue("务必", 2), Notice.Cue("准时", 1), Notice.Cue("按时", 1),
                Notice.Cue("截止", 2), Notice.Cue("前报送", 2), Notice.Cue("前上报", 2), Notice.Cue("前提交", 2),
                Notice.Cue("前完成", 2), Notice.Cue("点前", 2), Notice.Cue("号前", 2), Notice.Cue("日前", 1), Notice.Cue("报送", 1), Notice.Cue("上报", 1), Notice.Cue("会议", 1),
                Notice.Cue("召开", 2), Notice.Cue("参会", 2), Notice.Cue("参加", 1), Notice.Cue("开会", 1),
                Notice.Cue("议程", 2), Notice.Cue("地点", 1), Notice.Cue("时间", 1),
                // English.
                Notice.Cue("notice", 3, atStart: true), Notice.Cue("reminder", 3, atStart: true),
                Notice.Cue("announcement", 3), Notice.Cue("heads up", 2, atStart: true),
                Notice.Cue("attention", 2, atStart: true), Notice.Cue("important", 2, atStart: true),
                Notice.Cue("urgent", 2, atStart: true), Notice.Cue("fyi", 1, atStart: true),
                Notice.Cue("hi all", 1, atStart: true), Notice.Cue("hi everyone", 1, atStart: true),
                Notice.Cue("hello all", 1, atStart: true), Notice.Cue("hello everyone", 1, atStart: true),
                Notice.Cue("dear all", 2, atStart: true), Notice.Cue("dear colleagues", 2, atStart: true),
                Notice.Cue("team", 1, atStart: true), Notice.Cue("please submit", 2), Notice.Cue("please complete", 2),
                Notice.Cue("please make sure", 2), Notice.Cue("please note", 2), Notice.Cue("please ensure", 2),
                Notice.Cue("please remember", 2), Notice.Cue("please review", 1), Notice.Cue("dont forget", 2),
                Notice.Cue("deadline", 2), Notice.Cue("due by", 2), Notice.Cue("due", 1), Notice.Cue("by monday", 2),
                Notice.Cue("by tuesday", 2), Notice.Cue("by wednesday", 2), Notice.Cue("by thursday", 2),
                Notice.Cue("by friday", 2), Notice.Cue("by saturday", 2), Notice.Cue("by sunday", 2),
                Notice.Cue("by eod", 2), Notice.Cue("by end of day", 2), Notice.Cue("by tomorrow", 2),
                Notice.Cue("by noon", 2), Notice.Cue("by today", 2), Notice.Cue("meeting", 1), Notice.Cue("all hands", 2),
                Notice.Cue("agenda", 2), Notice.Cue("all staff", 2), Notice.Cue("mandatory", 2),
                Notice.Cue("required", 1), Notice.Cue("effective", 1),
                Notice.Cue("will be closed", 2), Notice.Cue("closed", 1), Notice.Cue("office closed", 2),
                Notice.Cue("new policy", 2, atStart: true), Notice.Cue("must", 1),
            ],
            threshold: 3,
            minLength: 4,
            shortQuestionLength: 20,
            everyoneMentionWeight: 2,
            numberedItemsMin: 2,
            numberedItemsWeight: 2,
            multiLineMin: 3,
            multiLineWeight: 1,
            lengthWeights: [Notice.LengthWeight(atLeast: 60, weight: 1), Notice.LengthWeight(atLeast: 120, weight: 1)]
        ),
        scenePhoto: ScenePhoto(maxCaptionLength: 20),
        numbering: Numbering(delimiters: [".", "、", ")", ","], chineseNumerals: "一二三四五六七八九十",
                             enclosedNumbers: true)
    )
}
