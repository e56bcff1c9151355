/// The raw material of generated messages: what offices actually write in their work groups.
///
/// Acknowledgements, check-ins and captions are closed lists on purpose: the ground truth says how
/// many of a group's messages are "收到" or "打卡", and a classifier under test can only be held to
/// that if the texts are unambiguous members of their class.
enum SamplePhrases {
    // MARK: - Work topics by purpose tag

    static func topics(forTag tag: String) -> [String] {
        switch tag {
        case "党建", "学习": return ["主题党日", "党员学习教育", "党费收缴", "三会一课", "党员积分管理", "发展党员材料审核", "党组织换届"]
        case "社区治理": return ["居民议事会", "老旧小区改造意见征集", "楼栋长培训", "社区环境提升", "垃圾分类宣传", "小区停车位规划", "社区服务站运行"]
        case "网格": return ["网格巡查", "网格员入户走访", "重点人员排查", "出租房屋登记", "网格事件上报", "网格基础信息核对"]
        case "城管": return ["占道经营治理", "违建巡查", "门前三包", "夜市秩序", "共享单车乱停放清理", "户外广告牌排查"]
        case "安全生产", "消防": return ["燃气安全隐患排查", "消防安全检查", "电动自行车充电隐患排查", "九小场所检查", "有限空间作业检查", "高层建筑消防通道清理"]
        case "民政", "养老": return ["高龄津贴年审", "低保复核", "残疾人两项补贴", "困难群众走访慰问", "养老服务补贴", "老年助餐点运营"]
        case "综治", "平安": return ["矛盾纠纷排查", "反诈宣传", "平安建设问卷", "信访接待", "特殊人群帮扶", "校园周边治安"]
        case "经济", "统计", "市场监管": return ["企业走访", "招商项目推进", "统计报表报送", "个体工商户年报", "食品安全抽查", "规上企业入库"]
        case "退役军人": return ["退役军人信息采集", "光荣牌悬挂", "优抚对象慰问", "退役军人就业推荐"]
        case "物业": return ["物业服务评价", "业委会换届", "小区电梯维保", "物业费收缴纠纷", "小区消防设施检查"]
        case "志愿服务", "文明实践": return ["志愿服务排班", "志愿者招募", "文明实践站点开放", "敬老助残服务", "文明交通志愿岗"]
        case "卫生": return ["老年人体检", "疫苗接种", "爱国卫生运动", "健康讲座", "家庭医生签约", "病媒生物防制"]
        case "应急", "防汛": return ["汛前隐患排查", "防汛物资盘点", "应急演练", "暴雨预警响应", "转移安置点检查", "地下空间防倒灌"]
        case "值班", "值守": return ["节假日值班安排", "值班信息报送", "带班领导在岗", "值班记录填写"]
        case "人大", "政协": return ["代表接待日", "代表建议办理", "委员视察", "履职情况报告"]
        case "老干部": return ["离退休干部走访", "重阳节慰问", "老干部体检", "学习资料发放"]
        case "河长制": return ["河道巡查", "河道保洁", "排污口排查"]
        case "宣传", "网信": return ["政务新媒体运维", "舆情信息报送", "宣传稿件报送", "网络安全检查"]
        case "政务服务": return ["政务服务事项梳理", "一网通办推广", "窗口服务评价"]
        case "交通": return ["文明交通劝导", "路口秩序维护", "非机动车停放"]
        case "后勤": return ["机关食堂就餐", "办公用品领取", "公务用车安排"]
        case "工会": return ["职工体检", "工会会员慰问品发放", "职工疗休养", "职工书屋"]
        case "培训": return ["业务培训", "培训签到", "培训考试"]
        case "创文", "迎检": return ["创文迎检", "测评点位整改", "公益广告张贴", "背街小巷清理", "迎检材料整理"]
        case "普查": return ["普查入户登记", "清查底册核对", "普查数据审核", "普查员培训"]
        case "专项", "临时": return ["专项排查", "隐患整改销号", "每日进度报送", "重点点位值守"]
        case "例会": return ["周例会", "重点工作调度", "会议纪要"]
        case "打卡": return ["每日打卡", "到岗情况"]
        default: return ["周例会", "重点工作调度", "公文处理", "督办事项", "信息报送", "年度目标考核材料"]
        }
    }

    static let materials: [String] = [
        "工作台账", "统计表（附件1）", "自查报告", "影像资料", "人员名单", "排查情况汇总表", "整改清单", "工作总结",
        "签字版报告（加盖公章）", "进度表", "问题清单", "入户记录表", "佐证材料", "信息采集表",
    ]

    static let places: [String] = [
        "办事处三楼会议室", "党群服务中心二楼", "区政府5号楼会议室", "社区活动室", "办事处一楼大厅", "综治中心调度室",
    ]

    static let attendees: [String] = [
        "各社区书记", "各科室负责人", "各社区网格长", "班子成员", "各社区主任和联络员", "相关科室同志",
    ]

    static let actions: [String] = [
        "加快进度，确保按时完成", "对照清单逐项落实", "做好入户记录并留存影像资料", "安排专人负责，每日报送进度",
        "认真核对数据，避免重复报送", "提前做好准备，不得缺项漏项",
    ]

    // MARK: - Reflexes

    /// What the analysis must classify as acknowledgements.
    static let acknowledgements: [String] = [
        "收到", "收到", "收到", "收到！", "收到。", "收到收到", "好的", "好的", "好的！", "好的👌", "好的收到", "已阅",
        "明白", "👌", "👍", "1", "+1", "OK", "ok", "嗯嗯", "收到🙏", "已收到", "收到，谢谢", "收到,谢谢", "收到，辛苦了", "收到👍",
    ]

    /// Text check-ins (kind `text`).
    static let checkInTexts: [String] = [
        "打卡", "签到", "已到岗", "报平安", "今日已到岗", "在岗", "已签到", "到岗打卡", "打卡，在岗", "报到",
    ]

    static let rollCallTitles: [String] = [
        "今日走访", "周末志愿服务报名", "防诈宣传入户情况", "明天培训参加人员", "今日巡查完成情况", "网格巡查签到",
        "垃圾分类督导报名", "夜间巡逻人员",
    ]

    static let rollCallEntries: [String] = ["已完成", "已到", "参加", "完成3户", "完成5户", "已巡查", "在岗", ""]

    static let sceneCaptions: [String] = [
        "今日走访已完成", "现场照片", "巡查中", "已整改", "入户宣传", "现场情况", "已清理完毕", "走访照片", "整改前", "整改后",
    ]

    static let linkSources: [String] = ["学习强国", "秦皇岛发布", "河北新闻网", "人民网", "海港发布", "新华社"]

    static let linkTitles: [String] = [
        "汛期安全知识，这些要点请收好", "全区召开基层减负工作推进会", "一图读懂2026年政府工作报告",
        "关于开展夏季消防安全检查的提示", "社区工作者职业体系建设新要求", "防范电信网络诈骗，这份指南请转给家人",
        "垃圾分类怎么分？看这一篇就够了", "老年人助餐服务扩面提质",
    ]

    static let fileSuffixes: [String] = ["统计表.xlsx", "工作方案.docx", "通知.pdf", "台账模板.xlsx", "汇总表.xlsx"]

    static let locationSuffixes: [String] = ["党群服务中心", "社区办公室", "网格工作站", "小区北门", "办事处"]

    // MARK: - Substantive speech

    // Every template names a topic (%T): groups with different purposes then never utter the same
    // sentence by chance, which an analysis would count as a notice cross-posted between them.

    static let questionTemplates: [String] = [
        "%T的表格是用新模板还是旧模板？", "请问%T的%M需要盖章吗？", "这周的%T谁来对接？%N那边忙不过来", "%T附件里第二张表填不了，谁有可编辑的版本？",
        "%T的截止时间是周五还是下周一？", "%C那边的%T数据报了吗？我这里汇总还差一个社区", "%T要不要附照片？%C这边有%K户还没拍",
    ]

    static let answerTemplates: [String] = [
        "%T用新模板，群文件里有，%N已经上传了", "%T的%M需要盖社区章，扫描件就行", "%T这块我来对接，%H给%N打电话确认细节", "%T我这边已经整理完了，%H发给%N",
        "%N，%T截止到周五下班前，别拖到周一", "%C的%T已经报了，你再刷新一下", "%T要附照片，每户一张就行，共%K户", "%T的事稍等，我问一下区里再回复%N",
    ]

    static let reportTemplates: [String] = [
        "%C今日完成%T入户%K户，发现问题%J处，已现场整改。", "截至今天下午，%T累计完成%P%，剩余部分本周内完成。",
        "%C辖区%K个小区%T已全部完成，未发现重大问题。", "%T情况汇报：本周共走访%K户，收集意见%J条，已分类转办。",
        "%N反映%C有一处路灯不亮，已联系维修，预计明天修好，不影响%T。", "%C今天上午完成%T%K户，现场照片已发，台账晚上补齐。",
        "%C本月%T累计走访%K户,其中独居老人%J户,均已建立台账。",
    ]

    static let coordinationTemplates: [String] = [
        "%H谁有空陪同区里检查%T？%C那边已经约好了", "车辆安排：%H在%C门口集合，去看%T现场", "%T的会改到%H，地点不变",
        "%N，麻烦把上周%T的会议纪要再发一下", "%C的%T材料我已转给%N，请跟进一下", "%H开个短会，碰一下%T的进度，%N主持",
        "各位，%T台账的格式统一一下，用宋体小四，%N汇总", "%N今天请假，%C的%T先找我",
        "%T的会改在办事处%J楼,东侧会议室,别走错了",
    ]

    static let welcomeTemplates: [String] = [
        "欢迎大家加入本群，本群用于%T相关工作沟通，请各位修改群昵称为“单位+姓名”。",
        "各位好，建这个群主要是方便%T的对接，有事直接在群里说。",
    ]
}
