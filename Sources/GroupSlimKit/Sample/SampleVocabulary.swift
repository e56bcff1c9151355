/// Names of people, places and offices for the sample district.
///
/// The lists follow how a Hebei district is actually organised (区 → 街道办事处 and its 科室 →
/// 社区居委会 and 网格, with 派出所 and 社区卫生服务中心 alongside), so that analysts reading a
/// generated report see groups they would recognise.
enum SampleVocabulary {
    /// Common surnames, most frequent first; draws are skewed toward the front.
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
        "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
        "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "钱", "汤", "尹",
        "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "齐", "阿", "庞", "樊", "兰", "殷", "施", "陶", "洪",
    ]

    static let givenCharacters: [String] = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞",
        "平", "刚", "辉", "玲", "桂", "华", "飞", "鹏", "宇", "浩", "婷", "雪", "琳", "颖", "欣", "晨", "阳", "凯",
        "斌", "海", "波", "红", "梅", "兰", "英", "建", "国", "志", "文", "博", "睿", "思", "佳", "嘉", "慧", "晓",
        "丹", "倩", "萍", "宁", "健", "峰", "亮", "坤", "鑫", "帅", "楠", "蕾", "悦", "彤", "瑶", "昊", "泽", "春",
        "秀", "振", "永", "立", "红", "金", "玉", "凤", "雨", "宏", "莉", "燕", "琴", "蓉", "东", "旭", "铭", "琪",
    ]

    /// The first block is always the district of the source article.
    static let firstDistrict = "海港区"

    static let otherDistricts: [String] = [
        "山海关区", "北戴河区", "抚宁区", "昌黎县", "卢龙县", "路北区", "路南区", "开平区", "丰南区", "古冶区",
        "桥西区", "桥东区", "长安区", "裕华区", "运河区", "竞秀区", "莲池区", "丛台区", "复兴区", "峰峰矿区",
        "双桥区", "双滦区", "宣化区", "下花园区", "安次区", "广阳区", "桃城区", "冀州区", "襄都区", "信都区",
    ]

    /// Street-office stems; the office is "<stem>街道", its police station "<stem>派出所".
    static let streets: [String] = [
        "港城大街", "文化路", "海滨路", "白塔岭", "东环路", "建设大街", "西港路", "北港", "河东", "燕山大街",
        "东港路", "先锋路", "人民路", "迎宾路", "太阳城", "红旗路", "南山", "西山", "东山", "滨河",
        "站前", "新开路", "光明路", "和平大街", "东风路", "北环路", "南新街", "学府路", "金海", "临港",
    ]

    static let communities: [String] = [
        "海港", "建设", "友谊", "和平", "东山", "文化里", "光明", "幸福", "民族", "红旗", "新港", "港城", "北环",
        "南岭", "西园", "秀水", "金海", "滨河", "朝阳", "青年", "迎宾", "天马", "海阳", "碧海", "康乐", "安居",
        "园丁", "铁路", "港务", "河滨", "白塔", "燕山", "先锋", "胜利", "团结", "向阳", "东风", "太平", "兴华",
        "育才", "锦绣", "丽景", "海韵", "世纪", "汇海", "东苑", "西苑", "南苑", "北苑", "紫竹", "翠园", "怡景",
        "盛世", "华府", "桃园", "柳林", "松柏", "福寿", "长青", "永安",
    ]

    /// The 科室 of every street office, in a fixed order that unit lookups rely on.
    static let sections: [String] = [
        "党政办", "党建办", "社区治理科", "城管科", "应急办", "民政科", "综治中心", "经济发展科", "退役军人服务站",
        "社会事务科", "财政所",
    ]

    /// District departments, appended to the district name ("海港区" + "应急管理局").
    static let departments: [String] = [
        "委办公室", "政府办公室", "委组织部", "委政法委", "委网信办", "文明办", "应急管理局", "民政局",
        "城市管理综合行政执法局", "卫生健康局", "住房和城乡建设局", "统计局", "退役军人事务局", "市场监督管理局",
        "政务服务中心", "政协办公室", "人力资源和社会保障局", "总工会",
    ]

    static let companyStems: [String] = [
        "金海", "华润", "恒信", "海韵", "宏达", "鑫源", "安居", "顺达", "诚信", "港湾", "嘉和", "泰和", "德润", "万家",
    ]

    static let gridNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static let bots: [String] = ["值班提醒机器人", "气象预警小助手", "日报提醒机器人"]

    /// A person's name: surname skewed toward the common ones, one or two given characters.
    static func personName(_ rng: inout SeededGenerator) -> String {
        let u = rng.unit()
        let surname = surnames[Int(u * u * Double(surnames.count))]
        let first = rng.pick(givenCharacters)
        if rng.chance(0.3) { return surname + first }
        var second = rng.pick(givenCharacters)
        if second == first, rng.chance(0.7) { second = rng.pick(givenCharacters) }
        return surname + first + second
    }

    static func districtName(block: Int) -> String {
        if block == 0 { return firstDistrict }
        let index = (block - 1) % otherDistricts.count
        let round = (block - 1) / otherDistricts.count
        return round == 0 ? otherDistricts[index] : otherDistricts[index] + "（\(round + 1)）"
    }
}
