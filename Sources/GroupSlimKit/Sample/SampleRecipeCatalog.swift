/// Every group recipe the generator plants, by kind.
///
/// Names and tags of groups that are not phase tasks avoid the words an analysis treats as
/// phase-task markers (专项, 迎检, 普查, 临时, 创文, 活动, 整治, 会议, 筹备 …), and tags that raise the
/// zombie threshold (应急, 防汛, 值班) appear only on the quiet-emergency and protected kinds, so a
/// group's label depends on what was planted and not on an accident of wording.
enum SampleRecipeCatalog {
    typealias R = SampleRecipe

    // Section indices into SampleVocabulary.sections.
    static let partyOffice = 0, partyBuilding = 1, communityAffairs = 2, cityManagement = 3, emergency = 4,
               civilAffairs = 5, stability = 6, economy = 7, veterans = 8, socialAffairs = 9, finance = 10
    // Department indices into SampleVocabulary.departments.
    static let dOrganization = 2, dPolitical = 3, dCyber = 4, dCivilization = 5, dEmergency = 6, dCivil = 7, dCity = 8,
               dHealth = 9, dHousing = 10, dStatistics = 11, dVeterans = 12, dMarket = 13, dGovService = 14,
               dCPPCC = 15, dHumanResources = 16, dUnion = 17

    static let active: [R] = [
        R(name: "{S}党政办工作群", scope: .street, owner: .section(partyOffice), tags: ["综合"],
          audience: [(.section(partyOffice), 4), (.office, 3), (.sections, 2), (.committee, 1)], size: 15...40),
        R(name: "{S}社区书记工作群", scope: .street, owner: .section(communityAffairs), tags: ["社区治理"],
          audience: [(.committee, 4), (.section(communityAffairs), 3), (.office, 1)], size: 12...30),
        R(name: "{S}城管执法协调群", scope: .street, owner: .section(cityManagement), tags: ["城管"],
          audience: [(.section(cityManagement), 3), (.committee, 2), (.grids, 2), (.police, 1), (.companies, 2)], size: 25...70),
        R(name: "{S}安全生产工作群", scope: .street, owner: .section(emergency), tags: ["安全生产"],
          audience: [(.section(emergency), 3), (.companies, 3), (.committee, 2), (.grids, 1)], size: 20...60),
        R(name: "{S}民政工作群", scope: .street, owner: .section(civilAffairs), tags: ["民政"],
          audience: [(.section(civilAffairs), 4), (.committee, 3)], size: 15...40),
        R(name: "{S}综治信息员群", scope: .street, owner: .section(stability), tags: ["综治", "平安"],
          audience: [(.section(stability), 3), (.grids, 3), (.police, 2)], size: 20...50),
        R(name: "{S}党建工作群", scope: .street, owner: .section(partyBuilding), tags: ["党建"],
          audience: [(.section(partyBuilding), 3), (.committee, 3), (.companies, 1)], size: 15...45),
        R(name: "{S}企业服务群", scope: .street, owner: .section(economy), tags: ["经济"],
          audience: [(.section(economy), 3), (.companies, 5), (.residents, 1)], size: 12...40),
        R(name: "{S}退役军人服务站工作群", scope: .street, owner: .section(veterans), tags: ["退役军人"],
          audience: [(.section(veterans), 3), (.committee, 2), (.residents, 2)], size: 12...35),
        R(name: "{C}工作群", scope: .community, owner: .committee, tags: ["社区治理"],
          audience: [(.committee, 4), (.grids, 3), (.buildingHeads, 2)], size: 15...40),
        R(name: "{C}居民议事群", scope: .community, owner: .committee, tags: ["社区治理"],
          audience: [(.residents, 5), (.buildingHeads, 2), (.committee, 1)], size: 25...50),
        R(name: "{S}物业管理联席群", scope: .street, owner: .section(communityAffairs), tags: ["物业"],
          audience: [(.companies, 4), (.committee, 2), (.section(communityAffairs), 2)], size: 12...35),
        R(name: "{P}警民联络群", scope: .street, owner: .police, tags: ["平安"],
          audience: [(.police, 3), (.committee, 2), (.grids, 2), (.residents, 2)], size: 20...60),
        R(name: "{S}社区卫生服务群", scope: .street, owner: .health, tags: ["卫生"],
          audience: [(.health, 3), (.committee, 2), (.residents, 2)], size: 20...60),
        R(name: "{S}社会事务工作群", scope: .street, owner: .section(socialAffairs), tags: ["民政", "养老"],
          audience: [(.section(socialAffairs), 3), (.committee, 2), (.volunteers, 1)], size: 12...35),
        R(name: "{C}楼栋长联络群", scope: .community, owner: .committee, tags: ["社区治理"],
          audience: [(.buildingHeads, 5), (.committee, 2)], size: 12...30),
        R(name: "{D}应急管理工作群", scope: .district, owner: .department(dEmergency), tags: ["安全生产"],
          audience: [(.department(dEmergency), 3), (.section(emergency), 4), (.office, 1)], size: 20...50),
        R(name: "{D}民政系统工作群", scope: .district, owner: .department(dCivil), tags: ["民政"],
          audience: [(.department(dCivil), 3), (.section(civilAffairs), 3), (.committee, 2)], size: 30...80),
        R(name: "{D}城市管理工作群", scope: .district, owner: .department(dCity), tags: ["城管"],
          audience: [(.department(dCity), 3), (.section(cityManagement), 3), (.companies, 1)], size: 25...60),
        R(name: "{D}卫生健康工作群", scope: .district, owner: .department(dHealth), tags: ["卫生"],
          audience: [(.department(dHealth), 3), (.health, 4), (.committee, 1)], size: 25...60),
        R(name: "{D}住建系统物业监管群", scope: .district, owner: .department(dHousing), tags: ["物业"],
          audience: [(.department(dHousing), 3), (.companies, 5)], size: 25...60),
        R(name: "{D}网信工作联络员群", scope: .district, owner: .department(dCyber), tags: ["网信", "宣传"],
          audience: [(.department(dCyber), 3), (.section(partyOffice), 3), (.committee, 1)], size: 20...45),
        R(name: "{D}退役军人事务工作群", scope: .district, owner: .department(dVeterans), tags: ["退役军人"],
          audience: [(.department(dVeterans), 3), (.section(veterans), 4)], size: 15...40),
        R(name: "{D}市场监管联络群", scope: .district, owner: .department(dMarket), tags: ["市场监管"],
          audience: [(.department(dMarket), 3), (.companies, 3), (.section(economy), 2)], size: 20...60),
        R(name: "{D}党建工作联络群", scope: .district, owner: .department(dOrganization), tags: ["党建"],
          audience: [(.department(dOrganization), 3), (.section(partyBuilding), 3), (.committee, 2)], size: 25...70),
    ]

    static let busyNotice: [R] = [
        R(name: "{S}工作通知群", scope: .street, owner: .section(partyOffice), tags: ["综合", "通知"],
          audience: [(.committee, 3), (.sections, 3), (.office, 1)], size: 30...80),
        R(name: "{S}各社区联络员群", scope: .street, owner: .section(communityAffairs), tags: ["社区治理", "通知"],
          audience: [(.committee, 4), (.grids, 1)], size: 15...35),
        R(name: "{D}民政业务通知群", scope: .district, owner: .department(dCivil), tags: ["民政", "通知"],
          audience: [(.committee, 3), (.section(civilAffairs), 3)], size: 30...80),
        R(name: "{D}应急管理局工作通知群", scope: .district, owner: .department(dEmergency), tags: ["安全生产", "通知"],
          audience: [(.section(emergency), 3), (.committee, 2), (.companies, 2)], size: 40...100),
        R(name: "{C}网格通知群", scope: .community, owner: .committee, tags: ["网格", "通知"],
          audience: [(.grids, 4), (.buildingHeads, 3), (.committee, 2)], size: 15...40),
        R(name: "{D}统计工作通知群", scope: .district, owner: .department(dStatistics), tags: ["统计", "通知"],
          audience: [(.section(economy), 3), (.committee, 2)], size: 20...50),
    ]

    static let monthly: [R] = [
        R(name: "{S}人大代表联络群", scope: .street, owner: .section(partyOffice), tags: ["人大"],
          audience: [(.residents, 3), (.companies, 2), (.office, 1)], size: 12...30),
        R(name: "{S}离退休干部联络群", scope: .street, owner: .section(partyBuilding), tags: ["老干部"],
          audience: [(.residents, 4), (.section(partyBuilding), 1)], size: 15...40),
        R(name: "{D}政协委员联络群", scope: .district, owner: .department(dCPPCC), tags: ["政协"],
          audience: [(.department(dCPPCC), 2), (.companies, 3), (.residents, 2)], size: 15...35),
        R(name: "{S}统计工作联络群", scope: .street, owner: .section(economy), tags: ["统计"],
          audience: [(.section(economy), 2), (.companies, 3), (.committee, 1)], size: 10...30),
        R(name: "{S}消防安全委员会群", scope: .street, owner: .section(emergency), tags: ["消防"],
          audience: [(.section(emergency), 2), (.companies, 2), (.police, 2), (.committee, 1)], size: 12...30),
    ]

    static let brandNew: [R] = [
        R(name: "{C}加装电梯议事群", scope: .community, owner: .committee, tags: ["社区治理"],
          audience: [(.residents, 5), (.buildingHeads, 2), (.committee, 1)], size: 8...20),
        R(name: "{C}充电桩建设协调群", scope: .community, owner: .committee, tags: ["安全生产"],
          audience: [(.residents, 3), (.companies, 2), (.committee, 1)], size: 5...9),
        R(name: "{S}老年助餐点服务群", scope: .street, owner: .section(civilAffairs), tags: ["养老"],
          audience: [(.residents, 3), (.section(civilAffairs), 2), (.volunteers, 2)], size: 8...20),
        R(name: "{C}邻里互助群", scope: .community, owner: .committee, tags: ["社区治理"],
          audience: [(.residents, 4), (.volunteers, 3)], size: 10...25),
    ]

    static let checkInOnly: [R] = [
        R(name: "{C}网格员每日打卡群", scope: .community, owner: .committee, tags: ["网格", "打卡"],
          audience: [(.grids, 5), (.committee, 2), (.buildingHeads, 1)], size: 10...25),
        R(name: "{S}巡河打卡群", scope: .street, owner: .section(cityManagement), tags: ["河长制", "打卡"],
          audience: [(.section(cityManagement), 2), (.grids, 3), (.volunteers, 2)], size: 15...40),
        R(name: "{S}志愿服务晒图群", scope: .street, owner: .section(partyBuilding), tags: ["志愿服务"],
          audience: [(.volunteers, 5), (.committee, 1)], size: 30...70),
        R(name: "{S}安全巡查签到群", scope: .street, owner: .section(emergency), tags: ["安全生产", "打卡"],
          audience: [(.section(emergency), 2), (.grids, 3), (.companies, 2)], size: 15...40),
        R(name: "{C}楼栋长报平安群", scope: .community, owner: .committee, tags: ["社区治理", "打卡"],
          audience: [(.buildingHeads, 5), (.committee, 1)], size: 12...25),
        R(name: "{S}夜间巡逻打卡群", scope: .street, owner: .section(stability), tags: ["平安", "打卡"],
          audience: [(.section(stability), 2), (.volunteers, 3), (.police, 2)], size: 15...40),
    ]

    static let zombie: [R] = [
        R(name: "{C}老年人健康服务群", scope: .community, owner: .health, tags: ["卫生"],
          audience: [(.residents, 4), (.health, 2)], size: 15...45),
        R(name: "{S}楼宇经济企业联络群", scope: .street, owner: .section(economy), tags: ["经济"],
          audience: [(.companies, 4), (.section(economy), 2)], size: 10...30),
        R(name: "{C}物业协调群", scope: .community, owner: .committee, tags: ["物业"],
          audience: [(.companies, 3), (.buildingHeads, 3), (.committee, 1)], size: 10...30),
        R(name: "{S}文明劝导志愿群", scope: .street, owner: .section(partyBuilding), tags: ["志愿服务"],
          audience: [(.volunteers, 5), (.section(partyBuilding), 1)], size: 20...55),
        R(name: "{S}信息宣传员群", scope: .street, owner: .section(partyOffice), tags: ["宣传"],
          audience: [(.committee, 3), (.section(partyOffice), 2)], size: 12...30),
        R(name: "{C}居家养老服务群", scope: .community, owner: .committee, tags: ["养老"],
          audience: [(.residents, 4), (.volunteers, 2), (.committee, 1)], size: 15...40),
        R(name: "{D}食品安全联络群", scope: .district, owner: .department(dMarket), tags: ["市场监管"],
          audience: [(.companies, 4), (.section(economy), 2)], size: 20...50),
    ]

    static let neverUsed: [R] = [
        R(name: "{S}信息报送群", scope: .street, owner: .section(partyOffice), tags: ["综合"],
          audience: [(.committee, 3), (.sections, 2)], size: 10...30),
        R(name: "{C}党员联络群", scope: .community, owner: .committee, tags: ["党建"],
          audience: [(.residents, 4), (.committee, 1)], size: 12...35),
        R(name: "{D}政务服务联络群", scope: .district, owner: .department(dGovService), tags: ["政务服务"],
          audience: [(.section(socialAffairs), 3), (.committee, 2)], size: 15...40),
        R(name: "{S}禁毒宣传群", scope: .street, owner: .section(stability), tags: ["平安"],
          audience: [(.grids, 3), (.volunteers, 2), (.police, 1)], size: 10...30),
    ]

    /// Phase tasks with a declared end date.
    static let taskEnded: [R] = [
        R(name: "{S}{Y}年创文迎检工作群", scope: .street, owner: .section(partyBuilding), tags: ["创文", "迎检"],
          audience: [(.committee, 3), (.sections, 2), (.volunteers, 2)], size: 25...60),
        R(name: "{S}经济普查入户工作群", scope: .street, owner: .section(economy), tags: ["普查"],
          audience: [(.section(economy), 2), (.grids, 3), (.committee, 2)], size: 15...45),
        R(name: "{S}燃气安全专项排查群", scope: .street, owner: .section(emergency), tags: ["安全生产", "专项"],
          audience: [(.section(emergency), 2), (.committee, 2), (.grids, 2), (.companies, 2)], size: 20...50),
        R(name: "{S}国庆临时值守群", scope: .street, owner: .section(partyOffice), tags: ["值守", "临时"],
          audience: [(.sections, 3), (.committee, 2)], size: 15...40),
        R(name: "{C}人口普查入户群", scope: .community, owner: .committee, tags: ["普查"],
          audience: [(.grids, 3), (.committee, 2), (.buildingHeads, 2)], size: 12...30),
        R(name: "{S}创卫迎检工作群", scope: .street, owner: .health, tags: ["迎检"],
          audience: [(.health, 2), (.committee, 3), (.companies, 1)], size: 15...45),
        R(name: "{S}电动自行车专项排查群", scope: .street, owner: .section(cityManagement), tags: ["安全生产", "专项"],
          audience: [(.section(cityManagement), 2), (.grids, 3), (.buildingHeads, 2)], size: 15...45),
    ]

    /// The phase task without a declared end: a past year and phase words in the name.
    static let taskEndedUndeclared = R(
        name: "{S}{Y}年度创文迎检攻坚群", scope: .street, owner: .section(partyBuilding), tags: ["创文", "迎检"],
        audience: [(.committee, 3), (.grids, 2), (.volunteers, 2)], size: 20...50)

    static let quietEmergency: [R] = [
        R(name: "{S}防汛抢险队", scope: .street, owner: .section(emergency), tags: ["防汛"],
          audience: [(.section(emergency), 2), (.grids, 2), (.volunteers, 2), (.office, 1)], size: 15...40),
        R(name: "{D}应急救援联络群", scope: .district, owner: .department(dEmergency), tags: ["应急"],
          audience: [(.department(dEmergency), 2), (.section(emergency), 3), (.police, 1)], size: 15...40),
        R(name: "{S}应急物资保障群", scope: .street, owner: .section(emergency), tags: ["应急"],
          audience: [(.section(emergency), 2), (.companies, 3), (.section(finance), 2)], size: 10...30),
        R(name: "{C}防汛转移安置群", scope: .community, owner: .committee, tags: ["防汛"],
          audience: [(.committee, 2), (.buildingHeads, 3), (.volunteers, 2)], size: 12...35),
    ]

    static let protectedQuiet: [R] = [
        R(name: "{D}防汛抗旱指挥部值班群", scope: .district, owner: .department(dEmergency), tags: ["防汛", "值班"],
          audience: [(.department(dEmergency), 2), (.office, 2), (.section(emergency), 3)], size: 15...40),
        R(name: "{S}防汛值班群", scope: .street, owner: .section(emergency), tags: ["防汛", "值班"],
          audience: [(.section(emergency), 2), (.office, 2), (.committee, 2)], size: 10...30),
        R(name: "{S}应急值守群", scope: .street, owner: .section(emergency), tags: ["值班", "应急"],
          audience: [(.office, 2), (.sections, 2)], size: 10...25),
    ]

    static let duplicateBases: [R] = [
        R(name: "{C}网格员工作群", scope: .community, owner: .committee, tags: ["网格"],
          audience: [(.grids, 5), (.committee, 3), (.buildingHeads, 1)], size: 12...30,
          siblingNames: ["{C}网格员群（新）", "{C}网格员工作群2"]),
        R(name: "{S}安全生产信息群", scope: .street, owner: .section(emergency), tags: ["安全生产"],
          audience: [(.section(emergency), 3), (.committee, 2), (.companies, 2)], size: 20...50,
          siblingNames: ["{S}安全生产信息群（新）", "{S}安全生产信息报送群"]),
        R(name: "{S}民政业务交流群", scope: .street, owner: .section(civilAffairs), tags: ["民政"],
          audience: [(.section(civilAffairs), 3), (.committee, 3)], size: 12...35,
          siblingNames: ["{S}民政业务交流群2", "{S}民政业务群（备用）"]),
        R(name: "{D}城管系统信息报送群", scope: .district, owner: .department(dCity), tags: ["城管"],
          audience: [(.department(dCity), 2), (.section(cityManagement), 4)], size: 15...40,
          siblingNames: ["{D}城管系统信息报送群-新", "{D}城管系统报送群"]),
    ]

    /// A big unit-wide group with the sub-groups planted inside it: `overlaps` share its owner and
    /// a tag (overlapping); `subsets` are other offices' groups for other purposes (hard negatives).
    struct BigTemplate: Sendable {
        var big: R
        var overlaps: [R]
        var subsets: [R]
    }

    static let bigs: [BigTemplate] = [
        BigTemplate(
            big: R(name: "{S}全体干部职工群", scope: .street, owner: .section(partyOffice), tags: ["综合"],
                   audience: [(.office, 3), (.sections, 4), (.committee, 3)], size: 60...90),
            overlaps: [
                R(name: "{S}党政办内部群", scope: .street, owner: .section(partyOffice), tags: ["综合"],
                  audience: [(.section(partyOffice), 5), (.office, 3)], size: 5...10),
                R(name: "{S}党政办公文流转群", scope: .street, owner: .section(partyOffice), tags: ["综合"],
                  audience: [(.section(partyOffice), 4), (.sections, 2)], size: 6...14),
                R(name: "{S}机关周例会群", scope: .street, owner: .section(partyOffice), tags: ["例会", "综合"],
                  audience: [(.office, 2), (.sections, 3)], size: 10...20),
            ],
            subsets: [
                R(name: "{S}机关党员学习群", scope: .street, owner: .section(partyBuilding), tags: ["党建", "学习"],
                  audience: [(.sections, 3), (.committee, 2)], size: 15...35),
                R(name: "{S}职工健康体检通知群", scope: .street, owner: .health, tags: ["卫生"],
                  audience: [(.sections, 3), (.committee, 3)], size: 15...35),
                R(name: "{S}机关食堂就餐群", scope: .street, owner: .section(finance), tags: ["后勤"],
                  audience: [(.sections, 4), (.office, 1)], size: 15...30),
            ]),
        BigTemplate(
            big: R(name: "{D}网格化服务管理群", scope: .district, owner: .department(dPolitical), tags: ["网格", "综治"],
                   audience: [(.grids, 5), (.committee, 2), (.section(stability), 1)], size: 100...160),
            overlaps: [
                R(name: "{D}网格长工作群", scope: .district, owner: .department(dPolitical), tags: ["网格"],
                  audience: [(.grids, 5)], size: 8...20),
                R(name: "{D}网格化平台操作员群", scope: .district, owner: .department(dPolitical), tags: ["网格", "综治"],
                  audience: [(.section(stability), 3), (.grids, 2)], size: 8...16),
            ],
            subsets: [
                R(name: "{D}网格员业务培训群", scope: .district, owner: .department(dHumanResources), tags: ["培训"],
                  audience: [(.grids, 5)], size: 20...45),
                R(name: "{D}网格员工会会员群", scope: .district, owner: .department(dUnion), tags: ["工会"],
                  audience: [(.grids, 5)], size: 20...40),
            ]),
        BigTemplate(
            big: R(name: "{D}志愿者服务总群", scope: .district, owner: .department(dCivilization), tags: ["志愿服务", "文明实践"],
                   audience: [(.volunteers, 6), (.buildingHeads, 1)], size: 240...300),
            overlaps: [
                R(name: "{D}志愿服务队长群", scope: .district, owner: .department(dCivilization), tags: ["志愿服务"],
                  audience: [(.volunteers, 5)], size: 8...20),
            ],
            subsets: [
                R(name: "{D}文明交通劝导队", scope: .district, owner: .department(dCity), tags: ["交通"],
                  audience: [(.volunteers, 5)], size: 20...45),
                R(name: "{D}爱心助老志愿队", scope: .district, owner: .department(dCivil), tags: ["养老"],
                  audience: [(.volunteers, 5)], size: 20...45),
            ]),
    ]
}
