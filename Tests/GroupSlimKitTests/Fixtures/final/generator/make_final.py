#!/usr/bin/env python3
"""Final-score test data generator for GroupSlim.

Written from /work/shared/docs/policy-basis.md alone (verdict meanings), plus the public format
descriptions (README "The canonical import format" and export-formats.md section 2, Telegram
Desktop JSON). No GroupSlim source, tests, examples or other fixtures were read.

Produces, next to this folder:
  zh-county/    a Chinese county government (县直机关 + 乡镇), DingTalk/WeCom heavy, canonical CSV
                (groups.csv, members.csv, messages.csv, people.csv) + truth.json
  en-telegram/  a city food-bank volunteer network as one Telegram Desktop full-account export
                (result.json) + truth.json

Deterministic: fixed seeds, no dependence on the clock, the locale or the system time zone.
Python 3 standard library only.  Run:  python3 make_final.py
"""
import csv
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
FINAL = os.path.dirname(HERE)

ALL_VERDICTS = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "protected", "too-new"]


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L = math.exp(-lam)
    k, p = 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ----------------------------------------------------------------------------------------------
# Shared group model
# ----------------------------------------------------------------------------------------------
class Group:
    def __init__(self, gid, name, **kw):
        self.gid = gid
        self.name = name
        self.platform = kw.get("platform", "dingtalk")
        self.owner_unit = kw.get("owner_unit", "")
        self.owner = kw.get("owner")
        self.created = kw["created"]
        self.tags = kw.get("tags", "")
        self.task_end = kw.get("task_end", "")
        self.protected = kw.get("protected", "")
        self.mem = {}          # pid -> [role, joined, left]
        self.msgs = []         # [t, sender, kind, text, extra]
        self.truth = None
        self.posters = []      # who posts notices
        self.core = []         # who talks most
        self.extra = kw.get("extra", {})
        self.until = None      # zh: nothing is posted after this (a group that died)

    def is_member(self, pid, t):
        m = self.mem.get(pid)
        return m is not None and m[1] <= t and (m[2] is None or t < m[2])

    def active(self, t):
        return [p for p, m in self.mem.items() if m[1] <= t and (m[2] is None or t < m[2])]

    def set_truth(self, kind, must=(), must_not=(), acts=("keep",), into=(), why=""):
        self.truth = dict(kind=kind, must_have=list(must), must_not_have=list(must_not),
                          acceptable_actions=list(acts), merge_into_any_of=list(into), why=why)


# ================================================================================================
# zh-county
# ================================================================================================
TZ8 = dt.timezone(dt.timedelta(hours=8))


def T(y, m, d, h=0, mi=0, s=0):
    return dt.datetime(y, m, d, h, mi, s, tzinfo=TZ8)


ZH_START = T(2024, 3, 18)
ZH_END = T(2026, 3, 20, 17, 42)
WD = "一二三四五六日"

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞斌宇浩凯健俊帆帅旭宁琳晨欣婷雪慧颖"
             "倩玲丹亮林海波辉峰建国志文春燕立新永庆德昌荣斌瑞祥红卫兴利东升")

UNITS = [
    ("县委县政府领导", 10, []),
    ("县委办", 25, ["秘书科", "信息科", "督查室"]),
    ("县政府办", 30, ["秘书股", "综合股", "督查股"]),
    ("县委组织部", 15, ["干部股", "组织股"]),
    ("县应急管理局", 25, ["综合科", "应急指挥中心", "安全生产股"]),
    ("县自然资源局", 40, ["执法监察大队", "不动产登记中心", "规划股", "耕保股"]),
    ("县卫健委", 35, ["疾控科", "医政股", "基层卫生股"]),
    ("县教育局", 40, ["安全股", "基础教育股", "督导室", "人事股"]),
    ("县财政局", 30, ["预算股", "国库股", "综合股"]),
    ("县农业农村局", 30, ["乡村振兴股", "农技站", "畜牧股"]),
    ("县水利局", 22, ["工程股", "水旱灾害防御股", "水资源股"]),
    ("县林业局", 18, ["森林防火股", "造林股"]),
    ("县人社局", 20, ["就业股", "社保股"]),
    ("县住建局", 22, ["物业股", "质安站", "村镇股"]),
    ("县政务服务中心", 10, ["综合股"]),
    ("城关镇", 26, ["应急办", "社会事务办", "网格办"]),
    ("青石镇", 22, ["应急办", "经发办"]),
    ("白水乡", 18, ["应急办", "经发办"]),
    ("龙潭镇", 24, ["网格办", "应急办"]),
    ("柳河乡", 16, ["应急办"]),
]
TOWNS = ["城关镇", "青石镇", "白水乡", "龙潭镇", "柳河乡"]
SCHOOLS = ["县第一中学", "县第二中学", "县职业中学", "城关一小", "城关二小", "青石中学", "青石中心小学",
           "白水中学", "龙潭中学", "龙潭中心小学", "柳河小学", "县实验幼儿园"]
VILLAGES = ["石门村", "枫树坪村", "黄泥塘村", "上坪村", "下湾村", "桃源村", "龙井村", "杨柳村", "大坝村", "新桥村",
            "白沙村", "马鞍山村", "茶园村", "松林村", "河口村", "牛角冲村"]
RESERVOIRS = ["青石", "龙潭", "白水河", "柳溪", "红旗"]


class ZhPerson:
    def __init__(self, pid, name, unit, rank, section):
        self.pid, self.name, self.unit, self.rank, self.section = pid, name, unit, rank, section
        self.alias = ""


def zh_people(rng):
    used = set()

    def newname():
        while True:
            n = rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
            if n not in used:
                used.add(n)
                return n

    total = sum(n for _, n, _ in UNITS) + len(SCHOOLS) * 2
    ids = rng.sample(range(10000, 99999), total)
    people, units = [], {}
    k = 0
    for uname, n, secs in UNITS:
        u = {"all": [], "head": None, "heads": [], "deputies": [], "office": [], "sec": {s: [] for s in secs}}
        town = uname in TOWNS
        for i in range(n):
            if uname == "县委县政府领导":
                rank, sec = "lead", ""
            elif i == 0 or (town and i == 1):
                rank, sec = "head", ""
            elif i <= (4 if town else 3):
                rank, sec = "deputy", ""
            elif i <= (6 if town else 5):
                rank, sec = "office", ("党政办" if town else "办公室")
            else:
                rank = "staff"
                sec = secs[(i - 6) % len(secs)] if secs else ""
            p = ZhPerson("u%05d" % ids[k], newname(), uname, rank, sec)
            k += 1
            people.append(p)
            u["all"].append(p.pid)
            if rank == "head":
                u["heads"].append(p.pid)
                u["head"] = u["head"] or p.pid
            elif rank == "deputy":
                u["deputies"].append(p.pid)
            elif rank == "office":
                u["office"].append(p.pid)
            elif sec:
                u["sec"][sec].append(p.pid)
        if uname == "县委县政府领导":
            u["head"] = u["all"][0]
            u["heads"] = u["all"][:2]
        units[uname] = u
    for s in SCHOOLS:
        u = {"all": [], "heads": [], "head": None, "deputies": [], "office": [], "sec": {}}
        for rank in ("head", "staff"):
            p = ZhPerson("u%05d" % ids[k], newname(), s, rank, "安全专干" if rank == "staff" else "")
            k += 1
            people.append(p)
            u["all"].append(p.pid)
            if rank == "head":
                u["head"] = p.pid
                u["heads"].append(p.pid)
        units[s] = u
    # a few cadres also use a personal WeChat id in social groups: recorded as aliases
    for p in rng.sample([p for p in people if p.unit == "县自然资源局"], 12):
        p.alias = "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
    return people, units


def rid(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def zh_gid(rng, platform):
    if platform == "dingtalk":
        return "cid" + rid(rng, AN, 14) + "=="
    if platform == "wecom":
        return "wr" + rid(rng, AN, 18)
    return "%d@chatroom" % rng.randrange(10 ** 10, 10 ** 11)


# ---------------------------------------------------------------- text pools (zh)
ZH_ACKS = ["收到", "收到", "收到", "收到！", "收到👌", "好的", "好的，收到", "已阅", "已收到", "👍", "1", "收到，马上落实",
           "收到，按要求办理", "明白", "收到，谢谢", "收到[抱拳]", "好的👌", "已读"]
MEETINGS = ["全县安全生产工作会议", "县委理论学习中心组学习会", "全县防汛工作部署会", "全县经济运行调度会", "县政府常务会议",
            "全县乡村振兴推进会", "全县信访维稳工作会议", "全县森林防火工作会议", "全县项目建设现场推进会", "全县作风建设大会",
            "全县统计工作会议", "全县民生实事督办会", "全县耕地保护工作会议", "全县优化营商环境推进会"]
PLACES = ["县行政中心三楼会议室", "县委大院一号会议室", "县应急指挥中心", "县政府五楼视频会议室", "县人民会堂", "各乡镇视频分会场"]
WHO = ["各单位主要负责人", "各乡镇党委书记", "各单位分管领导", "各单位办公室主任", "县直各单位联络员"]
WX = ["强降雨天气，局地大暴雨", "持续高温天气，最高气温38℃以上", "大风降温天气，并伴有冰冻", "雷暴大风及短时强降水", "寒潮天气，最低气温-3℃"]
DOCS = ["上半年工作总结及下半年工作打算", "安全生产隐患排查整治台账", "重点项目推进情况表", "干部在岗情况统计表", "民生实事进展情况表",
        "意识形态工作责任制落实情况报告", "年度目标考核自评报告", "防汛物资储备清单", "信访积案化解情况表", "优化营商环境工作台账",
        "基层减负工作自查报告", "政务公开自查表", "固定资产清查表"]
UPPER = [("省政府办公厅", "省政办发"), ("市委办公室", "市委办发"), ("市政府办公室", "市政办发"), ("市应急管理局", "市应急发"),
         ("市财政局", "市财发"), ("市卫健委", "市卫健发"), ("市教育局", "市教发"), ("市自然资源局", "市自然资发")]
TOPICS = ["进一步加强安全生产工作", "做好今冬明春森林防火工作", "深入整治形式主义为基层减负", "做好汛期地质灾害防治工作",
          "加强节假日期间值班值守", "开展安全生产治本攻坚三年行动", "规范公文处理工作", "开展营商环境突出问题整治",
          "做好秋冬季传染病防控工作", "加强燃气安全管理", "做好高温天气防暑降温工作", "开展防溺水专项行动"]
CHECKS = ["安全生产", "作风纪律", "机关效能", "公文质量", "信访维稳", "森林防火", "人居环境", "耕地保护"]
PROBLEMS = ["台账不完善、整改不到位", "上班时间脱岗", "值班记录缺失", "信息报送不及时", "隐患整改未闭环", "会议纪要不规范"]
ITEMS = ["各乡镇于月底前完成隐患点排查", "县财政局牵头落实项目配套资金", "县住建局加快老旧小区改造进度", "县应急局组织一次综合演练",
         "县自然资源局完成图斑整改销号", "县教育局做好开学安全检查", "县卫健委加强基层医疗机构监管", "县农业农村局做好春耕备耕",
         "县水利局完成水库安全鉴定", "各单位落实领导带班制度", "县委办加强督查督办", "县政务服务中心推进一网通办"]
CAMPAIGNS = ["安全生产大检查", "作风建设专项整治", "耕地保护专项行动", "燃气安全专项整治", "食品安全专项检查", "防溺水专项行动",
             "消防安全隐患排查"]
STUDY = ["二十届三中全会精神专题", "党纪学习教育", "新修订《中国共产党纪律处分条例》", "安全生产法律法规", "保密知识", "习近平文化思想"]
HOLIDAY_BY_MONTH = {1: "春节", 2: "春节", 3: "清明节", 4: "劳动节", 5: "端午节", 6: "端午节", 7: "暑期", 8: "中秋节",
                    9: "国庆节", 10: "国庆节", 11: "元旦", 12: "元旦"}
TOPIC2 = ["人居环境整治", "秋粮收购", "防返贫监测", "矛盾纠纷排查", "集体经济发展", "农村道路安全", "秸秆禁烧", "殡葬改革"]
INCIDENTS = ["一辆货车侧翻，无人员伤亡", "一处民房失火，已扑灭", "一处路面塌陷，已设置警示", "一名群众溺水，已送医", "一处电线断落，已通知供电所",
             "一起山林火情，已扑灭", "一处河道漂浮物堵塞，已清理"]

NOTICE_TPL = [
    "【通知】关于召开{meeting}的通知：定于{md}（周{wd}）{ampm}{hh}:{mm}在{place}召开{meeting}，请{who}准时参加，原则上不得请假。请于{dl}前报送参会人员名单。",
    "【紧急通知】据县气象台预报，{md}至{md2}我县将出现{wx}。请各单位严格落实24小时值班和领导带班制度，加强隐患排查，遇有险情立即报告县应急指挥中心（{phone}）。",
    "【材料报送】请各单位于{dl}前将《{year}年{doc}》报送至{ounit}，逾期未报的将予以通报。联系人：{cname}，电话{phone}。",
    "【转发】{upper}《关于{topic}的通知》（{docno}），请认真学习并抓好贯彻落实，落实情况于{dl}前书面报送。",
    "【通报】{month}月份全县{check}督查情况：{u1}、{u2}存在{problem}问题，请相关单位于{dl}前完成整改并报送整改报告。",
    "【会议纪要】{md0}{meeting}议定事项：\n1.{item1}；\n2.{item2}；\n3.{item3}。\n请各责任单位抓好落实。",
    "【提醒】{md}起开展为期一个月的{campaign}，请各单位提前做好人员安排，期间严格执行请销假制度。",
    "【温馨提示】{holiday}将至，请各单位于{dl}前报送值班表，假期期间严格落实值班值守，严禁脱岗漏岗。",
    "【学习】请各位干部于{dl}前完成{study}学习任务，学习情况纳入年度考核。",
    "@所有人 {md}{ampm}{hh}:{mm}召开{meeting}，请提前十分钟到场，手机调至静音，会议材料会后收回。",
]

DOMAIN = {
    "gov": ["{md}县领导调研{town}的行程已确定，陪同人员名单请{cname}下午报过来。", "今天的县政府常务会议题有调整，第三项延后，请相关单位做好准备。",
            "{u1}报送的材料格式不对，已退回修改。", "督查室本周对{n}项重点工作进行了督办，{m}项已办结。", "明天的会议材料已印好，共{n}份，放在三楼文印室。",
            "信息科今天报送政务信息{n}条，市委办采用{m}条。", "关于{topic}的文件已经上传到OA，请各位查阅。",
            "{cname}，领导讲话稿第二部分再压缩一下，控制在十五分钟内。", "{md}市委督查组来我县督查，迎检材料明天上午汇总。",
            "{u1}的请示件已经呈报县长，等批示。", "建议答复件的格式按新规范调整，模板已发OA。"],
    "emerg": ["{town}{village}反映一处边坡出现裂缝，已安排人员现场查看。", "本周安全生产检查共检查企业{n}家，发现隐患{m}处，已整改{k}处。",
              "应急物资库盘点完成，冲锋舟{k}艘、救生衣{n}件，台账已更新。", "明天上午陪同市局检查组到{town}检查，车辆请办公室协调。",
              "{town}一家加油站的消防器材过期，已下达整改通知书。", "今晚值班{cname}，带班领导{cname2}，请保持通讯畅通。",
              "县应急广播系统本周调试完毕，{n}个村的终端已上线。", "明天召开安委会成员单位联络员会议，请综合科准备材料。",
              "{town}烟花爆竹零售点检查完毕，{m}家需要整改。"],
    "land": ["{town}{village}新增一处违法占地，面积约{n}平方米，已拍照取证。", "今年第{k}批次卫片图斑已下发，共{m}个，请各组认领。",
             "不动产登记中心本周办件{n}件，按时办结率100%。", "{village}的土地整治项目已完成初验，资料请规划股归档。",
             "耕地流出问题整改台账更新到{md0}，还有{m}个图斑未销号。", "国土空间规划公示材料已修改完成，请领导审阅。",
             "{town}{village}的违建今天已拆除，照片已存档。"],
    "health": ["{town}卫生院本周接种疫苗{n}剂次，无异常反应报告。", "基层卫生股下周对{town}卫生院开展绩效考核，请准备材料。",
               "疾控科本周报告流感样病例{m}例，较上周下降。", "县人民医院的胸痛中心迎检材料已经审核完毕。",
               "家庭医生签约服务数据已更新，签约率{pct}%。", "{md}开展义诊活动，需要各科室派{k}名医生。",
               "{town}卫生院的冷链设备温度记录有两天缺失，已通知整改。"],
    "edu": ["{school}反映校门口交通秩序混乱，已联系交警中队。", "下周一开始期中质量检测，试卷已送达各校。",
            "{school}的食堂检查发现留样记录不全，已要求整改。", "今年秋季学期招生计划已上报，共{m}个班。",
            "教师培训名单已汇总，共{n}人，请基础教育股审核。", "校车安全检查完成，{m}辆车均合格。",
            "{school}申请维修教学楼屋面，预算{n}元，请计财审核。"],
    "fin": ["{md0}国库资金支付{n}笔，金额{m}万元。", "{u1}的预算调整申请已审核，请领导签批。", "明年部门预算编制口径已下发，请各股室对照准备。",
            "专项债项目资金拨付进度{pct}%，还需加快。", "三保支出保障情况表已上报市局。", "{u1}的政府采购项目已完成备案。",
            "{u1}的追加预算需要补充说明材料。"],
    "agri": ["{town}今年早稻种植面积{n}亩，已全部完成插秧。", "防返贫监测对象本月新增{k}户，已落实帮扶措施。",
             "农技站下乡指导{k}次，发放技术资料{n}份。", "{village}的高标准农田项目下周开工。", "非洲猪瘟防控物资已配送到各乡镇。",
             "{town}的农产品展销会展位已确定，共{m}个。"],
    "water": ["{res}水库当前水位{lvl}米，低于汛限水位。", "{town}{village}的饮水工程管网已铺设{n}米。", "工程股明天到{town}验收河道治理项目。",
              "{m}座小型水库的安全鉴定报告已收到。", "河长制巡河记录本月完成率{pct}%。", "{town}的山塘清淤工程进度过半。"],
    "forest": ["{town}今年完成造林{n}亩，补植{m}亩。", "护林员巡护APP本月上线率{pct}%。", "{village}发现松材线虫病疑似枯死树{m}株，已取样送检。",
               "森林防火物资检查完成，风力灭火机{m}台。", "林长制公示牌已更新{m}块。"],
    "hr": ["本月新增城镇就业{n}人，完成年度任务{pct}%。", "{md}在人力资源市场举办招聘会，{m}家企业参加。", "社保待遇资格认证完成率{pct}%。",
           "根治欠薪专项检查发现{k}个项目存在问题。"],
    "build": ["{town}农村危房改造{m}户已完成竣工验收。", "质安站本周检查在建工地{m}个，下发整改通知{k}份。", "{md}对全县燃气经营单位开展检查。",
              "老旧小区改造项目{k}个已全部开工。", "物业服务投诉本月{m}件，已办结{k}件。"],
    "town": ["{village}今天上午完成了人居环境整治验收。", "{village}村两委的资料已整理归档。", "今天走访{village}困难群众{m}户，发放慰问金{n}元。",
             "{village}反映的道路破损问题已上报交通局。", "本周网格员上报事件{m}件，已办结{k}件。", "{md}镇党委召开会议，研究{topic2}工作。",
             "{village}的防溺水警示牌已补齐{k}块。", "{village}的秸秆禁烧巡查今天没有发现火点。"],
    "service": ["本周政务服务中心办件{n}件，无差评。", "{m}个窗口的综合受理改革已完成。", "一网通办事项梳理表今天下班前报我。"],
    "leader": ["明天上午县委常委会，议题已发各位，请提前审阅。", "{town}的项目现场推进会改到{md}，请分管领导参加。",
               "市里督查组{md}到我县，请各位分管领导做好准备。", "关于{topic2}，请{cname}同志牵头研究方案，下周常委会汇报。",
               "{u1}的问题要高度重视，限期整改到位。", "今天省里的视频会精神，明天上午碰个头传达一下。"],
    "towns": ["各乡镇{md}前把{topic2}工作进展报县委办。", "{town}的经验做法很好，请各乡镇学习借鉴。", "近期{topic2}问题较多，各乡镇要压实责任。",
              "{md}召开乡镇党委书记座谈会，每人发言不超过五分钟。"],
}
REPLIES = ["好的，我下午去现场看看。", "台账我再核一下，下班前发群里。", "这个数据和上周报的不一致，麻烦再确认一下。", "文件已经发到邮箱了。",
           "明白，明天上午办好。", "这个需要请示一下领导。", "车辆已经安排好了，8点在单位门口集合。", "已经联系对方了，明天回复。",
           "表格第三列的口径是什么？", "按去年的口径填就行。", "我这边已经报了。", "材料放在办公室了，自取。", "会议室已经订好了。",
           "这个事情上次会上定过了，按纪要执行。", "名单里少了两个人，我补一下。"]
FILES = ["{year}年{doc}.xlsx", "关于{topic}的实施方案.docx", "{meeting}材料.pdf", "{doc}（模板）.xlsx", "会议签到表.docx"]


def zh_fill(rng, tpl, t, people_names, units_list):
    d = lambda k: t + dt.timedelta(days=k)
    md_t = d(rng.randint(1, 6))
    v = {
        "md": "%d月%d日" % (md_t.month, md_t.day), "wd": WD[md_t.weekday()],
        "md2": (lambda x: "%d月%d日" % (x.month, x.day))(d(rng.randint(7, 9))),
        "md0": "%d月%d日" % (t.month, t.day),
        "dl": (lambda x: "%d月%d日" % (x.month, x.day))(d(rng.randint(2, 9))),
        "ampm": "", "hh": "",
        "mm": rng.choice(["00", "30"]), "place": rng.choice(PLACES), "who": rng.choice(WHO),
        "meeting": rng.choice(MEETINGS), "wx": rng.choice(WX), "phone": "0%d-%d" % (rng.randint(730, 739), rng.randint(5210000, 5299999)),
        "year": t.year, "doc": rng.choice(DOCS), "ounit": rng.choice(["县委办信息科", "县政府办督查股", "县委组织部干部股", "县应急局综合科"]),
        "cname": rng.choice(people_names), "cname2": rng.choice(people_names), "topic": rng.choice(TOPICS),
        "month": ((t.month - 2) % 12) + 1, "check": rng.choice(CHECKS), "u1": rng.choice(units_list), "u2": rng.choice(units_list),
        "problem": rng.choice(PROBLEMS), "item1": rng.choice(ITEMS), "item2": rng.choice(ITEMS), "item3": rng.choice(ITEMS),
        "campaign": rng.choice(CAMPAIGNS), "holiday": HOLIDAY_BY_MONTH[t.month], "study": rng.choice(STUDY),
        "town": rng.choice(TOWNS), "village": rng.choice(VILLAGES), "school": rng.choice(SCHOOLS),
        "n": rng.randint(12, 980), "m": rng.randint(2, 60), "k": rng.randint(1, 15), "pct": rng.randint(62, 99),
        "res": rng.choice(RESERVOIRS), "lvl": "%.2f" % rng.uniform(180, 260), "topic2": rng.choice(TOPIC2),
        "x": "%.2f" % rng.uniform(0.1, 1.5), "incident": rng.choice(INCIDENTS),
    }
    v["ampm"] = rng.choice(["上午", "下午"])
    v["hh"] = "%d" % (rng.choice([8, 9, 10]) if v["ampm"] == "上午" else rng.choice([14, 15, 16]))
    up = rng.choice(UPPER)
    v["upper"] = up[0]
    v["docno"] = "%s〔%d〕%d号" % (up[1], t.year, rng.randint(3, 160))
    return tpl.format(**v)


class ZhWorld:
    def __init__(self, seed=20260320):
        self.rng = random.Random(seed)
        self.people, self.units = zh_people(self.rng)
        self.by_id = {p.pid: p for p in self.people}
        self.names = [p.name for p in self.people]
        self.unit_names = [u for u, _, _ in UNITS if u != "县委县政府领导"]
        self.groups = []

    # -------------------------------------------------------------- helpers
    def fill(self, tpl, t):
        return zh_fill(self.rng, tpl, t, self.names, self.unit_names)

    def new_group(self, name, platform="dingtalk", **kw):
        g = Group(zh_gid(self.rng, platform), name, platform=platform, **kw)
        self.groups.append(g)
        return g

    def add(self, g, pids, t=None, inviter=None, role="member", system=True):
        """add members at time t (default: group creation). System join messages only inside the window."""
        t = t or g.created
        inviter = inviter or g.owner
        new = [p for p in pids if p not in g.mem]
        for p in new:
            g.mem[p] = [("owner" if p == g.owner else role), t, None]
        if system and t >= ZH_START and new:
            batch = [p for p in new if p != inviter]
            for i in range(0, len(batch), 12):
                chunk = batch[i:i + 12]
                tt = t + dt.timedelta(seconds=17 * i)
                g.msgs.append([tt, inviter, "system",
                               "%s邀请%s加入了群聊" % (self.by_id[inviter].name, "、".join(self.by_id[x].name for x in chunk)), None])
        return new

    def leave(self, g, pid, t):
        g.mem[pid][2] = t
        g.msgs.append([t, pid, "system", "%s退出了群聊" % self.by_id[pid].name, None])

    def admins(self, g, pids):
        for p in pids:
            if p in g.mem and g.mem[p][0] == "member":
                g.mem[p][0] = "admin"

    def say(self, g, t, pid, text, kind="text"):
        if pid is None or t > ZH_END or t < g.created or (g.until is not None and t > g.until):
            return False
        if not g.is_member(pid, t):
            raise RuntimeError("not member %s %s %s" % (g.name, pid, t))
        g.msgs.append([t, pid, kind, text, None])
        return True

    def worktime(self, day, after_hours=0.1):
        r = self.rng.random()
        if r < after_hours:
            h, m = self.rng.choice([19, 20, 21, 22, 7]), self.rng.randint(0, 59)
        else:
            h = self.rng.choice([8, 9, 9, 10, 10, 11, 14, 15, 15, 16, 16, 17])
            m = self.rng.randint(0, 59)
        return day.replace(hour=h, minute=m, second=self.rng.randint(0, 59))

    def pick(self, g, t, pool=None, exclude=()):
        if pool and not (pool is g.core and self.rng.random() < 0.25):
            cand = [p for p in pool if g.is_member(p, t) and p not in exclude]
            if cand:
                return self.rng.choice(cand)
        cand = [p for p in g.active(t) if p not in exclude]
        return self.rng.choice(cand) if cand else None

    def acks(self, g, t, n, exclude=()):
        act = [p for p in g.active(t) if p not in exclude]
        self.rng.shuffle(act)
        tt = t
        for p in act[:n]:
            tt = tt + dt.timedelta(seconds=int(self.rng.expovariate(1 / 240.0)) + 5)
            self.say(g, tt, p, self.rng.choice(ZH_ACKS))
        return tt

    def notice(self, g, t, pid, text, nacks):
        if not self.say(g, t, pid, text):
            return
        self.acks(g, t, nacks, exclude=(pid,))

    def forward(self, text, t0, targets, nacks=(0, 4), delay=(3, 180)):
        """the same notice text re-posted into each target group minutes–hours later"""
        for g in targets:
            t = t0 + dt.timedelta(minutes=self.rng.uniform(*delay))
            if t < g.created or t > ZH_END:
                continue
            who = self.pick(g, t, g.posters)
            if who is None:
                continue
            self.notice(g, t, who, text, self.rng.randint(*nacks))

    def discuss(self, g, t, domain, n_lines):
        tt = t
        for i in range(n_lines):
            who = self.pick(g, tt, g.core)
            if who is None:
                return
            if i == 0 or self.rng.random() < 0.45:
                txt = self.fill(self.rng.choice(DOMAIN[domain]), tt)
            else:
                txt = self.rng.choice(REPLIES)
            kind = "text"
            r = self.rng.random()
            if r < 0.08:
                kind, txt = "image", ""
            elif r < 0.12:
                kind, txt = "file", self.fill(self.rng.choice(FILES), tt)
            elif r < 0.14:
                kind, txt = "voice", ""
            self.say(g, tt, who, txt, kind)
            tt += dt.timedelta(seconds=int(self.rng.expovariate(1 / 420.0)) + 20)
            if self.rng.random() < 0.2 and i > 0:
                other = self.pick(g, tt, exclude=(who,))
                if other:
                    self.say(g, tt, other, self.rng.choice(ZH_ACKS))
                tt += dt.timedelta(seconds=40)

    def days(self, a, b):
        d = a.replace(hour=0, minute=0, second=0)
        while d < b:
            yield d
            d += dt.timedelta(days=1)

    def activity(self, g, a, b, per_week, domain, notice_share=0.25, nacks=(1, 6), weekend=0.12,
                 after_hours=0.08, lines=(2, 6)):
        a = max(a, g.created)
        b = min(b, ZH_END)
        for d in self.days(a, b):
            lam = per_week / 5.0 * (weekend if d.weekday() >= 5 else 1.0)
            for _ in range(poisson(self.rng, lam)):
                t = self.worktime(d, after_hours)
                if t < a or t > b:
                    continue
                if self.rng.random() < notice_share:
                    who = self.pick(g, t, g.posters)
                    self.notice(g, t, who, self.fill(self.rng.choice(NOTICE_TPL), t), self.rng.randint(*nacks))
                else:
                    self.discuss(g, t, domain, self.rng.randint(*lines))

    def ensure_recent(self, g, domain, days=6, texts=None):
        last = max([m[0] for m in g.msgs if m[2] != "system"], default=None)
        if last is None or last < ZH_END - dt.timedelta(days=days):
            d = ZH_END - dt.timedelta(days=self.rng.randint(1, days - 1))
            while d.weekday() >= 5:
                d -= dt.timedelta(days=1)
            t = self.worktime(d.replace(hour=0), 0)
            if texts:
                self.say(g, t, self.pick(g, t, g.core), self.fill(self.rng.choice(texts), t))
            else:
                self.discuss(g, t, domain, 3)


def zh_build(W):
    rng = W.rng
    U = W.units
    P = W.by_id
    leaders = U["县委县政府领导"]["all"]
    county_units = [u for u, _, _ in UNITS if u not in TOWNS and u != "县委县政府领导"]
    town_leads = {t: U[t]["heads"] + U[t]["deputies"][:2] + U[t]["office"][:1] for t in TOWNS}

    def unit_all(u):
        return list(U[u]["all"])

    def office(u):
        return U[u]["office"]

    NEG_ALL = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "too-new", "protected"]

    # ================= hub: all staff ===================================================
    hub = W.new_group("全县机关干部群", "dingtalk", owner_unit="县委组织部", owner=U["县委组织部"]["office"][0],
                      created=T(2021, 4, 12, 10, 3))
    hub_members = leaders + sum((unit_all(u) for u in county_units), []) + sum(town_leads.values(), [])
    hub_members = hub_members[:400]
    W.add(hub, hub_members)
    hub.posters = office("县委办") + office("县政府办") + office("县委组织部")
    W.admins(hub, hub.posters)
    hub.core = hub.posters
    hub.set_truth("all-staff-hub", must_not=NEG_ALL, acts=["keep"],
                  why="The group that holds nearly everyone and from which notices are forwarded down is the normal structure of a county, not a cleanup target.")

    leaders_g = W.new_group("县委县政府领导班子群", "dingtalk", owner_unit="县委办", owner=U["县委办"]["heads"][0],
                            created=T(2021, 5, 6, 8, 40))
    W.add(leaders_g, [U["县委办"]["heads"][0]] + leaders + [U["县政府办"]["heads"][0]])
    leaders_g.posters = [U["县委办"]["heads"][0], U["县政府办"]["heads"][0]]
    leaders_g.core = leaders
    leaders_g.set_truth("leaders-group-nested", must_not=NEG_ALL, acts=["keep"],
                        why="The leaders' group (班子群) sits inside the all-staff group for a good reason; containment alone says same people, not same work.")

    towns_g = W.new_group("全县乡镇党政主要负责人群", "wecom", owner_unit="", owner=U["县委办"]["office"][0],
                          created=T(2022, 2, 21, 15, 10))
    W.add(towns_g, leaders[:3] + [U["县委办"]["heads"][0]] + U["县委办"]["office"][:2] + [U["县委组织部"]["heads"][0]] +
          sum((U[t]["heads"] for t in TOWNS), []))
    towns_g.posters = U["县委办"]["office"][:2]
    towns_g.core = leaders[:3] + sum((U[t]["heads"] for t in TOWNS), [])
    towns_g.set_truth("town-heads-group-nested", must_not=NEG_ALL, acts=["keep"],
                      why="A standing group of township leaders with its own directives; nested in the all-staff group for a good reason.")

    # ================= unit main groups ================================================
    DOM = {"县委办": "gov", "县政府办": "gov", "县委组织部": "gov", "县应急管理局": "emerg", "县自然资源局": "land",
           "县卫健委": "health", "县教育局": "edu", "县财政局": "fin", "县农业农村局": "agri", "县水利局": "water",
           "县林业局": "forest", "县人社局": "hr", "县住建局": "build", "县政务服务中心": "service"}
    for t_ in TOWNS:
        DOM[t_] = "town"
    unit_names = {
        "县委办": ("县委办-全体", "dingtalk", "县委办"), "县政府办": ("县政府办工作群", "dingtalk", "县政府办"),
        "县委组织部": ("组织部机关群", "wecom", ""), "县应急管理局": ("县应急管理局工作群", "dingtalk", "县应急管理局"),
        "县自然资源局": ("县自然资源局 全体干部职工群", "dingtalk", "县自然资源局"), "县卫健委": ("【县卫健委】工作群", "wecom", "县卫健委"),
        "县教育局": ("教育局 机关工作群", "dingtalk", ""), "县财政局": ("县财政局工作群", "wecom", "县财政局"),
        "县农业农村局": ("县农业农村局工作群", "dingtalk", "县农业农村局"), "县水利局": ("水利局全体", "dingtalk", ""),
        "县林业局": ("县林业局工作群", "wecom", "县林业局"), "县人社局": ("县人社局工作群", "dingtalk", ""),
        "县住建局": ("住建局干部职工群", "dingtalk", "县住建局"), "县政务服务中心": ("政务服务中心窗口工作群", "wecom", ""),
        "城关镇": ("城关镇全体干部群", "dingtalk", "城关镇"), "青石镇": ("青石镇-党政办", "dingtalk", "青石镇"),
        "白水乡": ("白水乡干部群", "wecom", ""), "龙潭镇": ("龙潭镇机关干部群", "dingtalk", "龙潭镇"), "柳河乡": ("柳河乡工作群", "wecom", "柳河乡"),
    }
    rates = {"县委办": 1.6, "县政府办": 1.8, "县委组织部": 0.8, "县应急管理局": 1.5, "县自然资源局": 1.3, "县卫健委": 1.3, "县教育局": 1.5,
             "县财政局": 0.8, "县农业农村局": 1.0, "县水利局": 0.8, "县林业局": 0.6, "县人社局": 0.7, "县住建局": 0.8, "县政务服务中心": 0.7,
             "城关镇": 1.3, "青石镇": 1.0, "白水乡": 0.9, "龙潭镇": 1.0, "柳河乡": 0.7}
    main = {}
    for u, (nm, plat, ou) in unit_names.items():
        g = W.new_group(nm, plat, owner_unit=ou, owner=office(u)[0],
                        created=T(2020 + rng.randint(0, 3), rng.randint(1, 12), rng.randint(1, 28), 9, rng.randint(0, 59)))
        W.add(g, unit_all(u))
        g.posters = office(u) + U[u]["heads"][:1]
        g.core = U[u]["all"]
        W.admins(g, office(u))
        main[u] = g
        g.set_truth("unit-work-group-nested", must_not=NEG_ALL, acts=["keep"],
                    why="A unit's own work group inside the all-staff group, with its own substantive work; forwarding down is how offices work.")
    # the school heads are also in the education work group? no: they are in the safety groups only.

    main["县政府办"].truth["kind"] = "busy-work-with-acks"
    main["县政府办"].truth["why"] = ("A busy office work group where most messages are 收到/好的/👍 under real notices: "
                                   "the notices are substantive, so it is not check-in-only.")

    # ================= sub-teams (hard negatives) =======================================
    sub_specs = [("县应急局-综合科", "县应急管理局", "综合科", "县应急局综合科", "emerg"),
                 ("自然资源局-执法监察大队", "县自然资源局", "执法监察大队", "", "land"),
                 ("卫健委疾控科工作群", "县卫健委", "疾控科", "县卫健委疾控科", "health")]
    subs = {}
    for nm, u, sec, ou, dom in sub_specs:
        g = W.new_group(nm, "dingtalk", owner_unit=ou, owner=U[u]["deputies"][0], created=T(2022, rng.randint(1, 12), rng.randint(1, 28), 10))
        mem = [U[u]["deputies"][0]] + U[u]["sec"].get(sec, [])
        if u == "县应急管理局":  # 综合科 staff in this setup = office + section
            mem += office(u)
        W.add(g, mem)
        g.posters = mem[:2]
        g.core = mem
        subs[u] = g
        g.set_truth("sub-team-nested", must_not=NEG_ALL, acts=["keep"],
                    why="A section's team inside its unit's group with its own day-to-day work; containment alone is not overlap.")

    # ================= different purposes, same people ==================================
    study = W.new_group("县卫健委理论学习群", "wecom", owner_unit="县卫健委", owner=office("县卫健委")[1], created=T(2022, 3, 1, 9), tags="学习")
    W.add(study, unit_all("县卫健委"))
    study.posters = office("县卫健委") + U["县卫健委"]["deputies"][:1]
    study.core = study.posters + U["县卫健委"]["all"][6:14]
    study.set_truth("study-group-same-people", must_not=["duplicate", "zombie", "task-ended", "too-new", "protected"],
                    acts=["keep", "review"], why="Same people as the unit work group but a study purpose: different purposes, not duplicates.")
    union = W.new_group("教育局工会群", "dingtalk", owner_unit="", owner=office("县教育局")[1], created=T(2021, 9, 10, 16))
    W.add(union, unit_all("县教育局"))
    union.posters = [office("县教育局")[1]]
    union.core = U["县教育局"]["all"]
    union.set_truth("union-group-same-people", must_not=["duplicate", "zombie", "task-ended", "too-new", "check-in-only", "protected"],
                    acts=["keep", "review"], why="The education bureau's union group has the same members as its work group but a different purpose.")
    canteen = W.new_group("行政中心机关食堂就餐群", "wecom", owner_unit="县政府办", owner=office("县政府办")[1], created=T(2022, 6, 6, 11), tags="食堂")
    can_mem = sorted(set(unit_all("县委办") + unit_all("县政府办") + unit_all("县委组织部") + unit_all("县财政局") +
                         unit_all("县人社局") + leaders[:4]))
    W.add(canteen, can_mem)
    canteen.posters = [office("县政府办")[1]]
    canteen.core = can_mem
    canteen.set_truth("canteen-group-same-people", must_not=["duplicate", "zombie", "task-ended", "too-new", "protected"],
                      acts=["keep", "review"], why="A canteen group of people who all sit in the all-staff group: a different purpose, not a duplicate.")
    badm = W.new_group("自然资源局羽毛球群", "wechat", owner_unit="", owner=U["县自然资源局"]["all"][10], created=T(2023, 4, 2, 20))
    badm_mem = U["县自然资源局"]["all"][3:30]
    alias_of = {p.pid: p.alias for p in W.people if p.alias}
    badm.owner = U["县自然资源局"]["all"][10]
    W.add(badm, badm_mem)
    badm.core = badm_mem
    badm.posters = badm_mem[:3]
    badm.set_truth("social-group-same-people", must_not=["duplicate", "overlapping", "zombie", "task-ended", "too-new", "protected"],
                   acts=["keep", "review"], why="A sports/social group of colleagues: same people, different purpose, not a duplicate.")

    # ================= duplicates ======================================================
    fin = U["县财政局"]
    d1_old = W.new_group("县财政局预算股工作群", "wecom", owner_unit="县财政局", owner=fin["sec"]["预算股"][0], created=T(2021, 3, 8, 9))
    d1_mem = [fin["heads"][0], fin["deputies"][0]] + fin["sec"]["预算股"] + office("县财政局")
    W.add(d1_old, d1_mem)
    d1_old.posters = [fin["sec"]["预算股"][0], fin["deputies"][0]]
    d1_old.core = d1_mem
    d1_new = W.new_group("县财政局预算股工作群（新）", "wecom", owner_unit="县财政局", owner=fin["sec"]["预算股"][0],
                         created=T(2024, 9, 2, 10, 12))
    D1_SWITCH = T(2024, 9, 2, 10, 12)
    D1_DEAD = T(2024, 10, 16, 18)
    d1_old.until = D1_DEAD
    W.add(d1_new, [fin["sec"]["预算股"][0]], system=False)
    W.add(d1_new, [p for p in d1_mem if p != fin["sec"]["预算股"][0]][:-1] + fin["sec"]["国库股"][:2], t=D1_SWITCH + dt.timedelta(minutes=3))
    d1_new.posters = d1_old.posters
    d1_new.core = list(d1_new.mem)
    d1_old.set_truth("duplicate-recreated-old-dead", must=["duplicate", "zombie"], must_not=["too-new", "protected", "check-in-only"],
                     acts=["dissolve", "merge"], into=[d1_new.gid],
                     why="Re-created with （新）: same section, same members and the same notices during the switch, and the old group has been silent since.")
    d1_new.set_truth("duplicate-recreated-survivor", must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                     acts=["keep", "merge"], into=[d1_old.gid],
                     why="The live successor of a re-created group; it is the natural survivor.")

    edu = U["县教育局"]
    school_staff = sum((U[s]["all"] for s in SCHOOLS), [])
    d2_a = W.new_group("教育局 安全工作群", "dingtalk", owner_unit="县教育局", owner=edu["sec"]["安全股"][0], created=T(2021, 8, 26, 15))
    d2_a_mem = [edu["heads"][0], edu["deputies"][0]] + edu["sec"]["安全股"] + school_staff
    W.add(d2_a, d2_a_mem)
    d2_a.posters = edu["sec"]["安全股"][:2]
    d2_a.core = edu["sec"]["安全股"] + school_staff
    D2_NEW = T(2025, 4, 8, 9, 35)
    d2_b = W.new_group("教育局安全工作群2.0", "dingtalk", owner_unit="", owner=edu["sec"]["安全股"][1], created=D2_NEW)
    W.add(d2_b, [edu["sec"]["安全股"][1]], system=False)
    d2_b_mem = [p for p in d2_a_mem if p not in school_staff[-3:] and p != edu["heads"][0]] + [edu["deputies"][1], edu["office"][0]]
    W.add(d2_b, d2_b_mem, t=D2_NEW + dt.timedelta(minutes=2))
    d2_b.posters = edu["sec"]["安全股"][:2]
    d2_b.core = edu["sec"]["安全股"] + school_staff[:-3]
    d2_a.set_truth("duplicate-both-alive", must=["duplicate"], must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                   acts=["merge", "keep"], into=[d2_b.gid],
                   why="A second '2.0' group for the same safety work with nearly the same members; the same notices go into both.")
    d2_b.set_truth("duplicate-both-alive", must=["duplicate"], must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                   acts=["merge", "keep"], into=[d2_a.gid],
                   why="Re-created ('2.0') for the same safety work, same members, same notices as the original group.")

    qs = U["青石镇"]
    d3_main = main["青石镇"]
    D3_NEW = T(2025, 7, 1, 8, 20)
    d3_bak = W.new_group("青石镇党政办(备用)", "wecom", owner_unit="青石镇", owner=qs["office"][0], created=D3_NEW)
    W.add(d3_bak, [qs["office"][0]], system=False)
    W.add(d3_bak, qs["all"][:19], t=D3_NEW + dt.timedelta(minutes=5))
    d3_bak.posters = qs["office"]
    d3_bak.core = qs["all"][:19]
    d3_bak.set_truth("duplicate-backup", must=["duplicate"], must_not=["too-new", "protected", "check-in-only", "task-ended"],
                     acts=["merge", "dissolve"], into=[d3_main.gid],
                     why="A '备用' copy of the township office group: same people, same notices posted into both.")
    d3_main.set_truth("duplicate-backup-survivor", must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                      acts=["keep", "merge"], into=[d3_bak.gid],
                      why="The township's main office group; it has a backup copy that duplicates it and should survive any merge.")

    wa = U["县水利局"]
    d4_old = W.new_group("水利局工程股", "dingtalk", owner_unit="县水利局", owner=wa["sec"]["工程股"][0], created=T(2022, 5, 9, 10))
    d4_mem = [wa["deputies"][0]] + wa["sec"]["工程股"] + office("县水利局")[:1]
    W.add(d4_old, d4_mem)
    d4_old.posters = [wa["sec"]["工程股"][0], office("县水利局")[0]]
    d4_old.core = d4_mem
    D4_NEW = T(2025, 3, 3, 14, 5)
    d4_new = W.new_group("水利局工程股(2)", "dingtalk", owner_unit="县水利局", owner=wa["sec"]["工程股"][1], created=D4_NEW)
    W.add(d4_new, [wa["sec"]["工程股"][1]], system=False)
    W.add(d4_new, d4_mem + wa["sec"]["水资源股"][:2], t=D4_NEW + dt.timedelta(minutes=1))
    d4_new.posters = d4_old.posters
    d4_new.core = list(d4_new.mem)
    d4_old.set_truth("duplicate-numbered", must=["duplicate"], must_not=["too-new", "protected", "check-in-only", "task-ended"],
                     acts=["merge", "dissolve", "keep"], into=[d4_new.gid],
                     why="'(2)' copy of the same section group: nearly the same members and the same notices in both.")
    d4_new.set_truth("duplicate-numbered", must=["duplicate"], must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                     acts=["merge", "keep"], into=[d4_old.gid],
                     why="Re-created '(2)' group for the same section and purpose as the original, with the same notices.")

    # ================= overlapping =====================================================
    ag = U["县农业农村局"]
    o1 = W.new_group("农业农村局-办公室通知群", "dingtalk", owner_unit="县农业农村局", owner=office("县农业农村局")[0], created=T(2023, 2, 14, 9))
    W.add(o1, ag["heads"] + ag["deputies"] + office("县农业农村局") + ag["sec"]["乡村振兴股"][:1])
    o1.posters = office("县农业农村局")
    o1.core = list(o1.mem)
    o1.set_truth("overlapping-repeater", must=["overlapping"], must_not=["too-new", "protected", "check-in-only"],
                 acts=["merge", "dissolve"], into=[main["县农业农村局"].gid],
                 why="A small group of the same unit entirely inside the unit's own main group that only repeats that group's notices.")
    bs = U["白水乡"]
    o2 = W.new_group("白水乡干部通知群", "wecom", owner_unit="", owner=bs["office"][0], created=T(2023, 6, 19, 15))
    W.add(o2, bs["heads"] + bs["deputies"] + bs["office"] + bs["sec"]["应急办"])
    o2.posters = bs["office"]
    o2.core = list(o2.mem)
    o2.set_truth("overlapping-repeater", must=["overlapping"], must_not=["too-new", "protected", "check-in-only"],
                 acts=["merge", "dissolve"], into=[main["白水乡"].gid],
                 why="A township notice group whose members all sit in the township's main group and which only repeats its notices.")

    # ================= emergency / duty (quiet by design) ==============================
    em_core = (leaders[2:5] + U["县应急管理局"]["heads"] + U["县应急管理局"]["sec"]["应急指挥中心"] + wa["heads"] +
               wa["sec"]["水旱灾害防御股"] + U["县自然资源局"]["heads"] + sum((U[t]["heads"] + U[t]["sec"]["应急办"][:1] for t in TOWNS), []))
    e1 = W.new_group("县防汛抗旱指挥部工作群", "dingtalk", owner_unit="县水利局", owner=wa["office"][0], created=T(2020, 5, 20, 9),
                     tags="防汛;应急值守", protected="true")
    W.add(e1, em_core + wa["office"][:1])
    e1.posters = wa["office"][:1] + wa["sec"]["水旱灾害防御股"]
    e1.core = list(e1.mem)
    e1.set_truth("emergency-protected-flood", must=["protected"], must_not=["duplicate", "check-in-only", "task-ended", "too-new"],
                 acts=["keep", "review"], why="Marked protected by the office: flood control is quiet out of season by design and never proposed for dissolution.")
    e2 = W.new_group("县地质灾害防治群", "dingtalk", owner_unit="", owner=U["县自然资源局"]["office"][0], created=T(2021, 4, 28, 10))
    W.add(e2, U["县自然资源局"]["heads"] + U["县自然资源局"]["deputies"][:1] + U["县自然资源局"]["office"][:1] +
          U["县自然资源局"]["sec"]["规划股"][:3] + U["县应急管理局"]["heads"] + sum((U[t]["heads"][:1] + U[t]["sec"]["应急办"][:1] for t in TOWNS), []))
    e2.posters = U["县自然资源局"]["office"][:1]
    e2.core = list(e2.mem)
    e2.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="A geological-hazard group, silent out of the rainy season by design; only its name says so.")
    fo = U["县林业局"]
    e3 = W.new_group("森林防火指挥群", "wecom", owner_unit="县林业局", owner=fo["office"][0], created=T(2021, 10, 30, 9))
    W.add(e3, leaders[5:6] + fo["heads"] + fo["deputies"] + fo["office"][:1] + fo["sec"]["森林防火股"] +
          sum((U[t]["heads"][1:2] for t in TOWNS), []) + U["县应急管理局"]["deputies"][:1])
    e3.posters = fo["office"][:1] + fo["sec"]["森林防火股"][:1]
    e3.core = list(e3.mem)
    e3.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="Forest fire command group: busy in fire season, quiet otherwise; only the name marks it as emergency.")
    e4 = W.new_group("应急值守调度群", "dingtalk", owner_unit="", owner=U["县应急管理局"]["sec"]["应急指挥中心"][0], created=T(2022, 1, 5, 8))
    W.add(e4, U["县应急管理局"]["heads"] + U["县应急管理局"]["sec"]["应急指挥中心"] + U["县应急管理局"]["deputies"] +
          sum((U[t]["sec"]["应急办"][:1] + U[t]["office"][:1] for t in TOWNS), []) + U["县委办"]["sec"]["秘书科"][:1])
    e4.posters = U["县应急管理局"]["sec"]["应急指挥中心"][:2]
    e4.core = list(e4.mem)
    e4.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="Emergency duty dispatch group: used only when incidents happen, silent by design; nothing but its name says so.")
    cg = U["城关镇"]
    e5 = W.new_group("城关镇防汛抢险队", "wecom", owner_unit="", owner=cg["sec"]["应急办"][0], created=T(2021, 6, 2, 17))
    W.add(e5, cg["heads"] + cg["sec"]["应急办"] + cg["sec"]["网格办"][:4])
    e5.posters = cg["sec"]["应急办"][:1]
    e5.core = list(e5.mem)
    e5.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="A township flood rescue team group, quiet since the last flood season by design.")

    # ================= check-in only ===================================================
    c1 = W.new_group("全县值班报平安群", "dingtalk", owner_unit="县应急管理局", owner=U["县应急管理局"]["sec"]["应急指挥中心"][1], created=T(2024, 10, 8, 9))
    duty = {t: U[t]["sec"]["应急办"][:2] + U[t]["office"][:1] for t in TOWNS}
    W.add(c1, U["县应急管理局"]["sec"]["应急指挥中心"] + sum(duty.values(), []), t=T(2024, 10, 8, 9))
    c1.posters = U["县应急管理局"]["sec"]["应急指挥中心"][1:2]
    c1.set_truth("check-in-only-roll-call", must=["check-in-only"], must_not=["zombie", "too-new", "protected", "duplicate", "task-ended"],
                 acts=["dissolve", "review"], why="Nothing but daily 值班正常/无异常 roll-call posts: a check-in group, alive to the as-of date so not a zombie.")
    hw = U["县卫健委"]
    C2_START = T(2025, 6, 3, 8)
    c2 = W.new_group("县卫健委机关每日签到群", "wecom", owner_unit="县卫健委", owner=hw["office"][0], created=C2_START)
    W.add(c2, hw["office"] + hw["sec"]["医政股"] + hw["sec"]["基层卫生股"][:4], t=C2_START)
    c2.posters = hw["office"][:1]
    c2.set_truth("check-in-only-sign-in", must=["check-in-only"], must_not=["zombie", "too-new", "protected", "task-ended"],
                 acts=["dissolve", "review"], why="A daily sign-in (签到/到岗/location) group alive to the as-of date: check-in-only, not a zombie.")
    C3_START = T(2025, 3, 10, 9)
    c3 = W.new_group("教育局家访走访晒图群", "dingtalk", owner_unit="", owner=edu["sec"]["基础教育股"][0], created=C3_START)
    W.add(c3, [edu["sec"]["基础教育股"][0], edu["deputies"][1]] + school_staff, t=C3_START)
    c3.posters = [edu["sec"]["基础教育股"][0]]
    c3.set_truth("check-in-only-photos", must=["check-in-only"], must_not=["too-new", "protected", "task-ended"],
                 acts=["dissolve", "review"], why="Work-scene photos and '今日走访已完成' posts only: a show-the-work group (晒图).")

    # ================= zombies =========================================================
    bu = U["县住建局"]
    z1 = W.new_group("县住建局物业管理交流群", "wecom", owner_unit="县住建局", owner=bu["sec"]["物业股"][0], created=T(2022, 7, 11, 10))
    W.add(z1, bu["sec"]["物业股"] + bu["deputies"][:1] + U["城关镇"]["sec"]["社会事务办"][:3])
    z1.posters = bu["sec"]["物业股"][:1]
    z1.core = list(z1.mem)
    z1.set_truth("zombie-dead", must=["zombie"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                 why="No substantive post for about a year (only a join since): a long-unused zombie group.")
    Z2_T = T(2025, 6, 16, 10, 20)
    z2 = W.new_group("县林业局信息报送群", "dingtalk", owner_unit="", owner=fo["office"][1], created=Z2_T)
    W.add(z2, [fo["office"][1]], system=False)
    W.add(z2, fo["all"][:12], t=Z2_T + dt.timedelta(minutes=1))
    W.add(z2, fo["all"][12:15], t=T(2025, 6, 20, 15, 2))
    z2.set_truth("zombie-never-used", must=["zombie"], must_not=["too-new", "protected", "check-in-only", "task-ended"],
                 acts=["dissolve", "review"], why="Only join events since creation nine months ago: a never-used group, old enough to be a zombie.")
    sv = U["县政务服务中心"]
    z3 = W.new_group("县政务服务数据推送群", "dingtalk", owner_unit="县政务服务中心", owner=sv["office"][0], created=T(2024, 5, 6, 9))
    W.add(z3, sv["all"] + U["县政府办"]["sec"]["督查股"][:2], t=T(2024, 5, 6, 9))
    z3.set_truth("zombie-bot-only", must=["zombie"], must_not=["too-new", "protected", "task-ended"], acts=["dissolve", "review"],
                 why="Only a robot posts here; bot messages are not activity, so no person has used it: zombie.")
    z4 = W.new_group("教育局督导室群", "dingtalk", owner_unit="县教育局", owner=edu["sec"]["督导室"][0], created=T(2022, 9, 1, 10))
    W.add(z4, [edu["deputies"][2]] + edu["sec"]["督导室"])
    z4.posters = edu["sec"]["督导室"][:1]
    z4.core = list(z4.mem)
    z4.set_truth("zombie-nested-dead", must=["zombie"], must_not=["too-new", "protected"], acts=["dissolve"],
                 why="Dead for ten months and all its members sit in the bureau's own work group: nothing to merge, dissolve it.")

    # ================= phase tasks =====================================================
    t1 = W.new_group("2024年防返贫监测集中排查专班", "dingtalk", owner_unit="县农业农村局", owner=ag["sec"]["乡村振兴股"][0],
                     created=T(2024, 7, 29, 9, 30), tags="专项;乡村振兴", task_end="2024-10-31")
    t1_mem = ag["sec"]["乡村振兴股"] + ag["deputies"][:1] + sum((U[t]["deputies"][:1] + U[t]["sec"].get("经发办", U[t]["office"])[:2] for t in TOWNS), [])
    W.add(t1, t1_mem, t=T(2024, 7, 29, 9, 30))
    t1.posters = ag["sec"]["乡村振兴股"][:2]
    t1.core = t1_mem
    t1.set_truth("task-ended-declared", must=["task-ended"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                 why="Declared task end 2024-10-31 has long passed and the burst has died away.")
    t2 = W.new_group("2025年省级文明城市测评迎检群", "wecom", owner_unit="", owner=U["县委办"]["sec"]["督查室"][0], created=T(2025, 3, 28, 16))
    t2_mem = U["县委办"]["sec"]["督查室"] + [office(u)[0] for u in county_units] + [U[t]["office"][0] for t in TOWNS] + leaders[1:2]
    W.add(t2, t2_mem, t=T(2025, 3, 28, 16))
    t2.posters = U["县委办"]["sec"]["督查室"][:2]
    t2.core = t2_mem
    t2.set_truth("task-ended-named", must=["task-ended"], must_not=["too-new", "protected"], acts=["dissolve", "review"],
                 why="Name marks a past-year inspection (迎检) task; its activity burst ended months ago.")
    t3 = W.new_group("县经济普查入户登记临时群", "dingtalk", owner_unit="", owner=U["县政府办"]["sec"]["综合股"][0], created=T(2024, 1, 8, 9))
    t3_mem = U["县政府办"]["sec"]["综合股"] + sum((U[t]["office"][:2] for t in TOWNS), []) + U["县财政局"]["sec"]["综合股"][:2]
    W.add(t3, t3_mem)
    t3.posters = U["县政府办"]["sec"]["综合股"][:2]
    t3.core = t3_mem
    t3.set_truth("task-ended-named", must=["task-ended"], must_not=["too-new", "protected"], acts=["dissolve", "review"],
                 why="A temporary census (普查, 临时) group whose burst ended in spring 2024.")
    la = U["县自然资源局"]
    t4 = W.new_group("县自然资源局2025年卫片执法专项群", "dingtalk", owner_unit="县自然资源局", owner=la["deputies"][0],
                     created=T(2025, 4, 14, 9), task_end="2025-09-30")
    t4_mem = list(subs["县自然资源局"].mem) + la["sec"]["耕保股"][:1]
    W.add(t4, t4_mem, t=T(2025, 4, 14, 9))
    t4.posters = [la["deputies"][0]]
    t4.core = t4_mem
    t4.set_truth("task-ended-same-members", must=["task-ended"], must_not=["too-new", "protected"], acts=["dissolve"],
                 why="A finished special task (end 2025-09-30) whose members nearly equal the enforcement team's group: the task is over, dissolve it.")
    t5 = W.new_group("2024年高考服务保障工作群", "wecom", owner_unit="县教育局", owner=edu["office"][0], created=T(2024, 5, 20, 9), task_end="2024-06-30")
    t5_mem = edu["heads"] + edu["deputies"] + edu["office"] + edu["sec"]["安全股"] + U["县第一中学"]["all"] + U["县第二中学"]["all"] + \
        U["县卫健委"]["sec"]["疾控科"][:2] + U["县应急管理局"]["deputies"][:1] + U["县政府办"]["sec"]["秘书股"][:1]
    W.add(t5, t5_mem, t=T(2024, 5, 20, 9))
    t5.posters = edu["office"]
    t5.core = t5_mem
    t5.set_truth("task-ended-declared", must=["task-ended"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                 why="Exam-support task for 2024 with task_end 2024-06-30; silent since.")

    # ================= long-running 专班 =================================================
    l1 = W.new_group("【县卫健委】疫苗接种专班", "wecom", owner_unit="县卫健委", owner=hw["sec"]["疾控科"][0], created=T(2023, 3, 15, 9))
    l1_mem = hw["sec"]["疾控科"] + hw["sec"]["基层卫生股"] + hw["deputies"][:1] + hw["office"][:1]
    W.add(l1, l1_mem)
    l1.posters = hw["sec"]["疾控科"][:2]
    l1.core = l1_mem
    l1.set_truth("long-running-task-active", must_not=["task-ended", "zombie", "too-new", "check-in-only", "protected"], acts=["keep"],
                 why="A standing '专班' still busy up to the as-of date: a task group whose task has not ended.")
    l2 = W.new_group("县重点项目建设推进专班", "dingtalk", owner_unit="县政府办", owner=U["县政府办"]["sec"]["督查股"][0],
                     created=T(2024, 2, 26, 15), task_end="2026-12-31")
    l2_mem = leaders[3:4] + U["县政府办"]["sec"]["督查股"] + [U[u]["deputies"][0] for u in ["县财政局", "县自然资源局", "县住建局", "县水利局", "县农业农村局"]] + \
        [U[t]["deputies"][0] for t in TOWNS]
    W.add(l2, l2_mem)
    l2.posters = U["县政府办"]["sec"]["督查股"][:2]
    l2.core = l2_mem
    l2.set_truth("long-running-task-active", must_not=["task-ended", "zombie", "too-new", "check-in-only", "protected"], acts=["keep"],
                 why="A project task force with task_end in the future (2026-12-31) and steady activity.")

    # ================= too new =========================================================
    N1_T = T(2026, 3, 6, 10, 15)
    n1 = W.new_group("2026年春季植树造林工作群", "wecom", owner_unit="县林业局", owner=fo["sec"]["造林股"][0], created=N1_T)
    W.add(n1, [fo["sec"]["造林股"][0]], system=False)
    W.add(n1, fo["sec"]["造林股"] + fo["deputies"][:1] + [U[t]["deputies"][1] for t in TOWNS], t=N1_T + dt.timedelta(minutes=2))
    n1.posters = fo["sec"]["造林股"][:1]
    n1.core = list(n1.mem)
    n1.set_truth("too-new", must=["too-new"], must_not=["zombie", "task-ended", "protected"], acts=["keep", "review"],
                 why="Created two weeks before the as-of date: too new to judge.")
    N2_T = T(2026, 3, 2, 16, 40)
    n2 = W.new_group("县教育局2026年春季开学安全检查群", "dingtalk", owner_unit="", owner=edu["sec"]["安全股"][0], created=N2_T)
    W.add(n2, [edu["sec"]["安全股"][0]], system=False)
    W.add(n2, edu["sec"]["安全股"] + [U[s]["head"] for s in SCHOOLS], t=N2_T + dt.timedelta(minutes=3))
    n2.posters = edu["sec"]["安全股"][:1]
    n2.core = list(n2.mem)
    n2.set_truth("too-new", must=["too-new"], must_not=["zombie", "task-ended", "protected"], acts=["keep", "review"],
                 why="Created eighteen days before the as-of date: too new to judge.")
    lt = U["龙潭镇"]
    N3_T = T(2026, 3, 9, 9, 5)
    n3 = W.new_group("龙潭镇网格员工作群", "dingtalk", owner_unit="龙潭镇", owner=lt["sec"]["网格办"][0], created=N3_T)
    W.add(n3, [lt["sec"]["网格办"][0]], system=False)
    W.add(n3, lt["sec"]["网格办"] + lt["deputies"][:1], t=N3_T + dt.timedelta(minutes=1))
    W.add(n3, lt["office"][:1], t=T(2026, 3, 11, 14, 30))
    n3.set_truth("too-new-unused", must=["too-new"], must_not=["zombie", "task-ended", "protected"], acts=["keep", "review"],
                 why="Only joins so far, but created eleven days ago: too new to call a never-used zombie.")

    # =================================================================================
    # ACTIVITY
    # =================================================================================
    # hub notices, forwarded down
    fwd_targets = [main[u] for u in main]
    for d in W.days(ZH_START, ZH_END):
        lam = 1.05 / 5 if d.weekday() < 5 else 0.03
        for _ in range(poisson(rng, lam)):
            t = W.worktime(d, 0.06)
            text = W.fill(rng.choice(NOTICE_TPL), t)
            W.notice(hub, t, W.pick(hub, t, hub.posters), text, rng.randint(2, 9))
            k = rng.randint(3, 7)
            targets = rng.sample(fwd_targets, k)
            if rng.random() < 0.35:
                targets.append(towns_g)
            W.forward(text, t, targets, nacks=(0, 4))
            # the unit office re-posts what reached its main group into its small notice group too
            for mg, sat in ((main["县农业农村局"], o1), (main["白水乡"], o2), (main["青石镇"], d3_bak)):
                if mg in targets and rng.random() < 0.85:
                    W.forward(text, t + dt.timedelta(minutes=185), [sat], nacks=(0, 2), delay=(2, 40))
            # second-level forwarding: into section groups / duplicates
            extra = []
            for g in (d2_a, d2_b, d4_old, d4_new, d1_old, d1_new, d3_bak, subs["县应急管理局"]):
                if rng.random() < 0.15:
                    extra.append(g)
            W.forward(text, t + dt.timedelta(minutes=30), extra, nacks=(0, 4), delay=(2, 60))

    # hub: occasional substantive Q&A
    W.activity(hub, ZH_START, ZH_END, 0.6, "gov", notice_share=0.0, lines=(1, 3))

    # leaders & towns
    W.activity(leaders_g, ZH_START, ZH_END, 1.3, "leader", notice_share=0.1, nacks=(1, 4))
    W.activity(towns_g, ZH_START, ZH_END, 0.7, "towns", notice_share=0.4, nacks=(2, 8))

    # unit main groups, with their own notices echoed into satellite groups
    echo = {"县农业农村局": [(o1, 0.75)], "白水乡": [(o2, 0.8)], "县财政局": [(d1_old, 0.4), (d1_new, 0.4)],
            "青石镇": [(d3_bak, 0.9)], "县水利局": [(d4_old, 0.5), (d4_new, 0.5)], "县教育局": [(d2_a, 0.25), (d2_b, 0.25)]}
    for u, g in main.items():
        busy = (u == "县政府办")
        rate = rates[u] * 0.6
        for d in W.days(ZH_START, ZH_END):
            lam = rate / 5.0 * (0.1 if d.weekday() >= 5 else 1.0)
            for _ in range(poisson(rng, lam)):
                t = W.worktime(d, 0.12 if busy else 0.07)
                if rng.random() < (0.55 if busy else 0.25):
                    text = W.fill(rng.choice(NOTICE_TPL), t)
                    W.notice(g, t, W.pick(g, t, g.posters), text, rng.randint(7, 16) if busy else rng.randint(1, 5))
                    for sat, p in echo.get(u, []):
                        if rng.random() < p:
                            W.forward(text, t, [sat], nacks=(1, 4), delay=(2, 45))
                else:
                    W.discuss(g, t, DOM[u], rng.randint(2, 4))
        W.ensure_recent(g, DOM[u])

    # sub-teams: own work
    for u, g in subs.items():
        W.activity(g, ZH_START, ZH_END, 0.9, {"县应急管理局": "emerg", "县自然资源局": "land", "县卫健委": "health"}[u], notice_share=0.1)
        W.ensure_recent(g, {"县应急管理局": "emerg", "县自然资源局": "land", "县卫健委": "health"}[u])

    # study group
    for d in W.days(ZH_START, ZH_END):
        if d.weekday() in (1, 4) and rng.random() < 0.7:
            t = W.worktime(d, 0.2)
            r = rng.random()
            who = W.pick(study, t, study.core)
            if r < 0.4:
                W.say(study, t, who, "https://mp.weixin.qq.com/s/%s 《%s》" % (rid(rng, AN, 22), rng.choice(
                    ["深刻把握" + rng.choice(STUDY) + "的核心要义", "以案为鉴：违反中央八项规定精神典型问题通报", "健康中国建设的基层实践",
                     "基层医疗卫生机构能力提升的几点思考", "读懂" + rng.choice(STUDY)])), "link")
            elif r < 0.7:
                W.say(study, t, who, "本周理论学习安排：%d月%d日下午3点在四楼会议室集中学习%s，由%s领学，请大家提前阅读材料。" % (
                    (t + dt.timedelta(days=2)).month, (t + dt.timedelta(days=2)).day, rng.choice(STUDY), P[rng.choice(study.core)].name))
                W.acks(study, t, rng.randint(1, 4), (who,))
            else:
                W.say(study, t, who, "学习体会：%s，要把学习成果转化为%s的实际成效。" % (
                    rng.choice(["结合卫健工作实际，重点在基层落实", "学习中感受最深的是坚持人民至上", "纪律规矩要内化于心、外化于行"]),
                    rng.choice(["提升基层服务能力", "改进医疗服务", "疾病防控", "作风建设"])))
                if rng.random() < 0.5:
                    W.say(study, t + dt.timedelta(minutes=9), W.pick(study, t, exclude=(who,)), "写得很实在，学习了。")
    W.ensure_recent(study, "health", texts=["本周理论学习安排：{md}下午3点在四楼会议室集中学习{study}，请大家提前阅读材料。"])

    # union group
    for d in W.days(ZH_START, ZH_END):
        if rng.random() < 0.16:
            t = W.worktime(d, 0.3)
            who = W.pick(union, t, union.posters)
            tpl = rng.choice(["【工会福利】%s福利已到，请到一楼工会活动室领取，领取时请签字。" % HOLIDAY_BY_MONTH[t.month],
                              "工会组织{md}下午羽毛球友谊赛，报名请联系{cname}，截止{dl}。",
                              "本月过生日的同事请到工会领取生日蛋糕券，祝大家生日快乐！🎂",
                              "职工体检安排在{md}，请空腹前往县人民医院体检中心，带上身份证。",
                              "工会读书角新到图书{m}册，欢迎大家借阅。", "县总工会职工疗休养名额{k}个，有意向的同事{dl}前报名。",
                              "{cname}老师家孩子今年考上大学，工会送上慰问金，恭喜！"])
            W.say(union, t, who, W.fill(tpl, t))
            for i in range(rng.randint(0, 4)):
                W.say(union, t + dt.timedelta(minutes=3 + 4 * i), W.pick(union, t, exclude=(who,)),
                      rng.choice(["谢谢工会！", "报名，我和爱人两个人", "什么时候截止？", "👍", "体检能改到下周吗？", "恭喜恭喜🎉", "已领取，谢谢"]))
    W.ensure_recent(union, "edu", texts=["工会组织{md}下午羽毛球友谊赛，报名请联系{cname}，截止{dl}。"])

    # canteen
    dishes = ["红烧肉", "清蒸鱼", "土豆丝", "番茄炒蛋", "回锅肉", "小炒黄牛肉", "青菜", "冬瓜排骨汤", "麻婆豆腐", "酸菜鱼", "辣椒炒肉", "蒸蛋"]
    for d in W.days(ZH_START, ZH_END):
        if d.weekday() < 5 and rng.random() < 0.45:
            t = d.replace(hour=10, minute=rng.randint(0, 50))
            W.say(canteen, t, canteen.posters[0], "今日午餐：%s；晚餐：%s。" % ("、".join(rng.sample(dishes, 4)), "、".join(rng.sample(dishes, 3))))
            if rng.random() < 0.35:
                W.say(canteen, t + dt.timedelta(hours=2, minutes=rng.randint(5, 40)), W.pick(canteen, t),
                      rng.choice(["今天的鱼有点咸，建议少放盐。", "能不能多做点素菜？", "晚餐能不能晚半小时开饭？加班的同事赶不上。",
                                  "饭卡充值现在在哪里办？", "今天的汤很好喝👍", "下周能不能安排一次饺子？"]))
        if rng.random() < 0.02:
            t = W.worktime(d)
            W.say(canteen, t, canteen.posters[0], W.fill("【通知】{md}中午食堂设备检修，暂停供餐一天，请大家提前安排。", t))
    W.ensure_recent(canteen, "gov", texts=["本周食堂菜单已更新，欢迎大家提意见。"])

    # badminton (social, wechat, some people post under their wechat alias ids)
    for d in W.days(ZH_START, ZH_END):
        if d.weekday() in (1, 3, 5) and rng.random() < 0.5:
            t = d.replace(hour=rng.choice([12, 17, 18]), minute=rng.randint(0, 59))
            who = W.pick(badm, t, badm.core)
            W.say(badm, t, who, rng.choice(["今晚7点体育馆老地方，有人吗？", "今晚打球的举手🙋", "周六上午有场地，去的说一声",
                                            "新买的球拍到了，今晚试试", "下周六和教育局打友谊赛，谁上双打？"]))
            for i in range(rng.randint(1, 5)):
                W.say(badm, t + dt.timedelta(minutes=2 + 3 * i), W.pick(badm, t, exclude=(who,)),
                      rng.choice(["我去", "+1", "我带球", "今天加班去不了", "算我一个", "场地订好了，2号和3号场", "[图片]", "7点半到"]),
                      "text")
    W.ensure_recent(badm, "land", texts=["今晚7点体育馆老地方，有人吗？"])

    # duplicates activity
    W.activity(d1_old, ZH_START, D1_DEAD, 1.5, "fin", notice_share=0.25)
    W.activity(d1_new, D1_SWITCH, ZH_END, 1.2, "fin", notice_share=0.25)
    for k in range(8):  # same notices posted into both during the switch
        t = W.worktime(D1_SWITCH + dt.timedelta(days=2 + 5 * k), 0)
        if t > D1_DEAD:
            break
        text = W.fill(rng.choice(NOTICE_TPL[2:4] + ["【预算股】请各股室于{dl}前完成{year}年部门预算一上数据录入，逾期系统将关闭。"]), t)
        W.notice(d1_old, t, d1_old.posters[0], text, rng.randint(1, 3))
        W.notice(d1_new, t + dt.timedelta(minutes=rng.randint(1, 8)), d1_new.posters[0], text, rng.randint(1, 4))
    # members drift away from the old group
    for p in [p for p in list(d1_old.mem) if p != d1_old.owner][:4]:
        W.leave(d1_old, p, T(2024, 11, rng.randint(1, 25), rng.randint(9, 17), rng.randint(0, 59)))
    W.ensure_recent(d1_new, "fin")

    W.activity(d2_a, ZH_START, ZH_END, 1.1, "edu", notice_share=0.35, nacks=(2, 8))
    W.activity(d2_b, D2_NEW, ZH_END, 0.8, "edu", notice_share=0.3, nacks=(2, 8))
    for d in W.days(D2_NEW, ZH_END):
        if d.weekday() < 5 and rng.random() < 0.12:
            t = W.worktime(d, 0.05)
            text = W.fill(rng.choice(["【安全提醒】近期{campaign}，请各校于{dl}前完成校园安全隐患自查并上传台账。",
                                      "【防溺水】{md}起进入防溺水重点时段，请各校落实“六不”要求，班主任每日提醒。",
                                      "【通知】{md}下午对{school}开展校园安全专项督查，请相关学校做好准备。",
                                      "【燃气安全】请各校食堂于{dl}前完成燃气报警器检测，检测报告上传群文件。"] + NOTICE_TPL[:3]), t)
            W.notice(d2_a, t, W.pick(d2_a, t, d2_a.posters), text, rng.randint(2, 8))
            W.notice(d2_b, t + dt.timedelta(minutes=rng.randint(1, 15)), W.pick(d2_b, t, d2_b.posters), text, rng.randint(2, 8))
    W.ensure_recent(d2_a, "edu")
    W.ensure_recent(d2_b, "edu")

    W.activity(d3_bak, D3_NEW, ZH_END, 0.35, "town", notice_share=0.2)
    W.ensure_recent(d3_bak, "town", days=12)

    W.activity(d4_old, ZH_START, ZH_END, 0.9, "water", notice_share=0.2)
    W.activity(d4_new, D4_NEW, ZH_END, 0.8, "water", notice_share=0.2)
    for d in W.days(D4_NEW, ZH_END):
        if d.weekday() < 5 and rng.random() < 0.12:
            t = W.worktime(d, 0.05)
            text = W.fill(rng.choice(["【工程股】{town}河道治理项目{md}上午验收，请参加人员8点在局门口集合。",
                                      "【工程股】请各项目负责人于{dl}前更新在建工程进度表。",
                                      "【提醒】{md}起汛前检查，工程股全员下乡，请提前安排手头工作。"]), t)
            W.notice(d4_old, t, W.pick(d4_old, t, d4_old.posters), text, rng.randint(1, 4))
            W.notice(d4_new, t + dt.timedelta(minutes=rng.randint(1, 10)), W.pick(d4_new, t, d4_new.posters), text, rng.randint(1, 4))
    W.ensure_recent(d4_old, "water")
    W.ensure_recent(d4_new, "water")

    # overlapping o1/o2: (echo from main above) + acks only; nothing else. A recent one too:
    for mg, sat, tt in ((main["县农业农村局"], o1, T(2026, 3, 16, 9, 12)), (main["白水乡"], o2, T(2026, 3, 17, 15, 40))):
        text = W.fill(NOTICE_TPL[2], tt)
        W.notice(mg, tt, mg.posters[0], text, 3)
        W.forward(text, tt, [sat], nacks=(1, 2), delay=(4, 20))
    # emergency
    def burst(g, a, b, per_day, pool, nacks=(0, 3)):
        for d in W.days(a, b):
            for _ in range(poisson(rng, per_day)):
                t = d.replace(hour=rng.randint(0, 23), minute=rng.randint(0, 59), second=rng.randint(0, 59))
                if t < a or t > b:
                    continue
                who = W.pick(g, t, g.core)
                W.say(g, t, who, W.fill(rng.choice(pool), t))
                if rng.random() < 0.5:
                    W.acks(g, t, rng.randint(*nacks), (who,))

    FLOOD = ["【雨情】{hh}时全县平均降雨量{m}毫米，最大{town}{n}毫米，请各乡镇加强巡查。", "{res}水库水位{lvl}米，超汛限{x}米，已按调度令开闸泄洪。",
             "{town}已转移受威胁群众{n}人，无人员伤亡。", "县防指决定启动防汛Ⅳ级应急响应，请各乡镇主要负责人立即到岗到位。",
             "{town}{village}一处山体滑坡阻断道路，抢险队伍已赶赴现场。", "{town}报告：巡查河堤{m}公里，未发现险情。", "降雨趋缓，县防指决定解除Ⅳ级应急响应。",
             "请各乡镇{hh}时前报送本轮强降雨灾情统计。", "[图片]{town}{village}河段水位已漫过漫水桥，已设置警戒。"]
    GEO = ["{town}{village}隐患点监测员报告：裂缝宽度无变化。", "预计未来24小时{town}地质灾害气象风险等级为橙色，请做好避险转移准备。",
           "{town}{village}隐患点已提前转移群众{m}户。", "请各乡镇今晚加密巡查，{hh}时前报告隐患点情况。", "{village}后山出现新裂缝，技术人员明早到现场。",
           "地质灾害气象风险预警解除。"]
    FIRE = ["{town}{village}发现一处烟点，已派扑火队前往。", "火情已扑灭，无人员伤亡，留守人员看守余火。", "清明期间各路口卡点人员全部到位。",
            "今天森林火险等级{k}级，严禁一切野外用火。", "{town}祭祀用火劝导{n}人次，收缴火种{m}份。", "请各乡镇{hh}时前报送护林员在岗情况。"]
    DUTY = ["{hh}:{mm} {town}报告：{incident}。", "县应急指挥中心：请{town}立即核实{incident}的情况并报告。", "{town}已核实，现场已处置完毕。",
            "请各乡镇值班人员保持电话畅通，今晚有强对流天气。", "市应急局通知：{md}起启动节日期间应急值守加强模式。"]
    for y in (2024, 2025):
        burst(e1, T(y, 6, 5), T(y, 8, 28), 1.5, FLOOD, (1, 4))
        burst(e1, T(y, 4, 20), T(y, 5, 10), 0.3, FLOOD)
        burst(e2, T(y, 5, 10), T(y, 9, 12), 0.8, GEO, (1, 3))
        burst(e5, T(y, 6, 10), T(y, 8, 15), 0.7, FLOOD)
    burst(e3, T(2024, 3, 18), T(2024, 4, 20), 1.0, FIRE)
    burst(e3, T(2024, 11, 15), T(2025, 4, 15), 0.45, FIRE)
    burst(e3, T(2025, 11, 20), T(2026, 1, 9), 0.6, FIRE)
    for a, b in [(T(2024, 7, 3), T(2024, 7, 9)), (T(2024, 12, 20), T(2024, 12, 23)), (T(2025, 2, 10), T(2025, 2, 12)),
                 (T(2025, 8, 18), T(2025, 8, 25)), (T(2025, 10, 1), T(2025, 10, 6))]:
        burst(e4, a, b, 3, DUTY, (1, 4))

    # check-in groups
    towns_cycle = list(TOWNS)
    for d in W.days(c1.created, ZH_END):
        for t_ in rng.sample(towns_cycle, 2):
            t = d.replace(hour=rng.choice([7, 8, 8, 17, 21]), minute=rng.randint(0, 59), second=rng.randint(0, 59))
            if t < c1.created:
                continue
            who = rng.choice(duty[t_])
            W.say(c1, t, who, rng.choice(["【%s】%d月%d日值班正常，无异常。" % (t_, t.month, t.day), "%s今日值班正常，无异常情况。" % t_,
                                          "报平安：%s值班人员已到岗，辖区平稳。" % t_, "%s值班正常✅" % t_, "无异常", "%s报平安，一切正常。" % t_]))
        if rng.random() < 0.07:
            t = d.replace(hour=8, minute=5)
            W.say(c1, t, c1.posters[0], rng.choice(["请各乡镇按时报平安。", "收到", "今天城关镇还没报，请抓紧。", "👍"]))
    c2_people = list(c2.mem)
    for d in W.days(C2_START, ZH_END):
        if d.weekday() >= 5:
            continue
        for p in rng.sample(c2_people, rng.randint(3, 6)):
            t = d.replace(hour=8, minute=rng.randint(0, 40), second=rng.randint(0, 59))
            r = rng.random()
            if r < 0.5:
                W.say(c2, t, p, "签到 %02d:%02d" % (t.hour, t.minute), "checkin")
            elif r < 0.75:
                W.say(c2, t, p, "县卫健委机关（人民路58号）", "location")
            else:
                W.say(c2, t, p, rng.choice(["已到岗", "到岗", "签到", "今日下乡，已到{town}卫生院".format(town=rng.choice(TOWNS))]))
        if rng.random() < 0.03:
            W.say(c2, d.replace(hour=8, minute=45), c2.posters[0], rng.choice(["请还没签到的同志抓紧签到。", "收到", "明天起签到时间为8:30前。"]))
    for d in W.days(C3_START, ZH_END):
        if d.weekday() >= 5 or rng.random() < 0.35:
            continue
        for _ in range(rng.randint(1, 3)):
            t = W.worktime(d, 0.3)
            p = W.pick(c3, t, school_staff)
            if p is None:
                continue
            W.say(c3, t, p, "", "image")
            W.say(c3, t + dt.timedelta(seconds=30), p, rng.choice(["今日走访已完成，走访学生家庭%d户。" % rng.randint(2, 8), "今日家访已完成✅",
                                                                   "%s今日走访%d户，已完成。" % (P[p].unit, rng.randint(2, 6)), "已完成", "走访完成，照片如上"]))
            if rng.random() < 0.3:
                W.say(c3, t + dt.timedelta(minutes=5), c3.posters[0], rng.choice(["👍", "辛苦了", "收到"]))

    # zombies
    W.activity(z1, ZH_START, T(2025, 4, 12), 1.0, "build", notice_share=0.2)
    W.add(z1, bu["sec"]["村镇股"][:1], t=T(2025, 10, 21, 10, 4))
    for d in W.days(z3.created, ZH_END):
        if d.weekday() >= 5:
            continue
        t = d.replace(hour=8, minute=30, second=rng.randint(0, 9))
        g_txt = "【政务服务数据日报】%d月%d日 全县办件量%d件，按时办结率%.1f%%，好评率%.2f%%，超期件0件。" % (
            (d - dt.timedelta(days=1)).month, (d - dt.timedelta(days=1)).day, rng.randint(120, 900), rng.uniform(98, 100), rng.uniform(99, 100))
        z3.msgs.append([t, "bot_zwfw_daily", "bot", g_txt, None])
        if d.weekday() == 0:
            z3.msgs.append([t + dt.timedelta(minutes=1), "bot_zwfw_daily", "bot", "【周报】上周好差评数据已生成，点击查看：https://zwfw.example.gov.cn/report/%s" % rid(rng, AN, 10), None])
    W.activity(z4, ZH_START, T(2025, 5, 20), 1.2, "edu", notice_share=0.1)

    # phase tasks
    W.activity(t1, T(2024, 8, 1), T(2024, 10, 31), 8, "agri", notice_share=0.3, nacks=(3, 10), weekend=0.6, after_hours=0.2)
    for tt in (T(2024, 11, 6, 10, 12), T(2024, 11, 20, 15, 30)):
        W.say(t1, tt, t1.posters[0], "集中排查工作已全面结束，相关资料请于本周内归档，感谢大家的辛苦付出！" if tt.day == 6 else "归档资料已全部收齐。")
    W.activity(t2, T(2025, 3, 28, 17), T(2025, 6, 20), 8, "gov", notice_share=0.4, nacks=(4, 12), weekend=0.5, after_hours=0.25)
    W.say(t2, T(2025, 6, 24, 9, 40), t2.posters[0], "本次省级文明城市测评已顺利完成，感谢各单位的支持配合！")
    W.activity(t3, ZH_START, T(2024, 5, 31), 8, "town", notice_share=0.3, nacks=(2, 8), weekend=0.5)
    W.activity(t4, T(2025, 4, 14, 10), T(2025, 9, 30), 4, "land", notice_share=0.2)
    W.say(t4, T(2025, 10, 9, 11, 5), t4.posters[0], "2025年度卫片执法专项工作已结束，整改资料已报市局，谢谢大家。")
    W.activity(t5, T(2024, 5, 20, 10), T(2024, 6, 12), 20, "edu", notice_share=0.35, nacks=(3, 10), weekend=0.9, after_hours=0.3)

    # long-running
    W.activity(l1, ZH_START, ZH_END, 2, "health", notice_share=0.25, nacks=(2, 6))
    W.ensure_recent(l1, "health")
    W.activity(l2, ZH_START, ZH_END, 1.5, "gov", notice_share=0.3, nacks=(2, 6))
    W.ensure_recent(l2, "gov")

    # too new
    W.activity(n1, N1_T + dt.timedelta(minutes=20), ZH_END, 10, "forest", notice_share=0.3, weekend=0.8)
    W.ensure_recent(n1, "forest", days=4)
    W.activity(n2, N2_T + dt.timedelta(minutes=30), ZH_END, 12, "edu", notice_share=0.4, nacks=(3, 8))
    W.ensure_recent(n2, "edu", days=4)

    # final: make sure the as-of message is the hub's last notice
    W.notice(hub, ZH_END - dt.timedelta(minutes=6), hub.posters[0],
             "【温馨提示】清明节将至，请各单位于3月27日前报送值班表，假期期间严格落实值班值守，严禁脱岗漏岗。", 0)
    W.say(hub, ZH_END, hub.posters[1], "收到")
    return alias_of, badm


def zh_write(W, alias_of, badm, outdir):
    os.makedirs(outdir, exist_ok=True)
    fmt = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S+08:00")

    def ident(g, pid):
        # the badminton group is on WeChat: some people appear under their WeChat id (an alias in people.csv)
        if g is badm and pid in alias_of:
            return alias_of[pid]
        return pid

    # drop anything after the end and sort
    for g in W.groups:
        assert g.owner in g.mem, g.name
        g.msgs = [m for m in g.msgs if m[0] <= ZH_END]
        g.msgs.sort(key=lambda m: (m[0], m[2] != "system"))
    as_of = max(m[0] for g in W.groups for m in g.msgs)

    with open(os.path.join(outdir, "groups.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "name", "platform", "owner_unit", "owner_id", "created_at", "purpose_tags", "task_end", "protected"])
        for g in W.groups:
            w.writerow([g.gid, g.name, g.platform, g.owner_unit, ident(g, g.owner), fmt(g.created), g.tags, g.task_end, g.protected])
    with open(os.path.join(outdir, "members.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "member_id", "name", "unit", "role", "joined_at", "left_at"])
        for g in W.groups:
            for pid, (role, j, l) in g.mem.items():
                p = W.by_id[pid]
                w.writerow([g.gid, ident(g, pid), p.name, p.unit, role, fmt(j), fmt(l) if l else ""])
    n_msgs = 0
    with open(os.path.join(outdir, "messages.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "sent_at", "sender_id", "message_id", "kind", "text"])
        seq = 0
        for g in W.groups:
            for t, s, kind, text, _ in g.msgs:
                seq += 1
                w.writerow([g.gid, fmt(t), ident(g, s), "msg%07d" % seq, kind, text])
                n_msgs += 1
    with open(os.path.join(outdir, "people.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["member_id", "name", "unit", "aliases"])
        for p in W.people:
            w.writerow([p.pid, p.name, p.unit, p.alias])
    truth = {"as_of": fmt(as_of), "generator": "final", "groups": []}
    for g in W.groups:
        e = {"group_id": g.gid, "name": g.name}
        e.update(g.truth)
        truth["groups"].append(e)
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return n_msgs, as_of


# ================================================================================================
# en-telegram
# ================================================================================================
def us_central_offset(naive):
    """offset hours for America/Chicago for a local naive datetime (US rules since 2007)"""
    y = naive.year
    march = dt.datetime(y, 3, 1)
    second_sun_march = march + dt.timedelta(days=(6 - march.weekday()) % 7 + 7)
    nov = dt.datetime(y, 11, 1)
    first_sun_nov = nov + dt.timedelta(days=(6 - nov.weekday()) % 7)
    start = second_sun_march.replace(hour=2)
    end = first_sun_nov.replace(hour=2)
    return -5 if start <= naive < end else -6


def L(y, m, d, h=0, mi=0, s=0):
    return dt.datetime(y, m, d, h, mi, s)


TG_START = L(2024, 3, 4, 9)
TG_END = L(2026, 3, 18, 16, 37, 12)

FIRST = ["Maya", "Daniel", "Priya", "Marcus", "Elena", "Tom", "Aisha", "Ben", "Carmen", "Derek", "Fatima", "George", "Hannah", "Ivan",
         "Jasmine", "Kevin", "Laura", "Miguel", "Nora", "Omar", "Paula", "Quinn", "Rosa", "Sam", "Tanya", "Victor", "Wendy", "Xavier",
         "Yusuf", "Zoe", "Alice", "Brian", "Chloe", "David", "Emma", "Frank", "Grace", "Hector", "Irene", "Jack", "Kara", "Leo", "Mona",
         "Nate", "Olivia", "Pete", "Ruth", "Steve", "Tina", "Uma", "Vera", "Will", "Yara", "Zach", "Ada", "Bill", "Cora", "Dylan",
         "Eve", "Felix", "Gina", "Hugo", "Ines", "Joel", "Kim", "Luis", "Megan", "Noah", "Opal", "Ray", "Sofia", "Troy", "Val", "Wes"]
LAST = ["Chen", "Okafor", "Patel", "Johnson", "Garcia", "Nguyen", "Smith", "Kowalski", "Rivera", "Brown", "Haddad", "Miller",
        "Schmidt", "Petrov", "Williams", "O'Brien", "Martinez", "Davis", "Khan", "Lopez", "Anderson", "Walker", "Young", "Hall",
        "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Perez", "Roberts", "Turner", "Phillips",
        "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey"]

TG_ACKS = ["ok", "ok!", "thanks", "thanks!", "👍", "got it", "will do", "noted", "thank you 🙏", "ok thanks", "👍👍", "on it",
           "sounds good", "👌", "Got it, thanks!", "+1"]
SITES = ["Northside Pantry", "Eastgate Depot", "Harbor Kitchen", "Westfield Mobile Pantry"]
ANNOUNCE = [
    "📢 Reminder: all volunteers must complete the updated food-safety module by {date}. Link is in the volunteer portal under Training.",
    "📢 Network meeting on {date} at 6:30pm, St. Mark's hall. Agenda: {topic}. Site leads please bring your monthly numbers.",
    "📢 {donor} is donating {n} cases of {food} this week. Eastgate will receive the pallet on {date}; sites please send pickup times by {date2}.",
    "📢 Weather alert: {weather} expected {date}. Sites decide by 7am whether to open; post your decision in your site chat.",
    "📢 New policy from {date}: every client visit is logged in the tablet app, no more paper sheets. Training sessions next week.",
    "📢 We served {n} households last month across all sites, up {k}% on the same month last year. Thank you all!",
    "📢 Volunteer appreciation night on {date}, 7pm at the Eastgate Depot. Food, music and a raffle. Bring a friend!",
    "📢 Reminder: the county health inspector visits sites during {month}. Please keep fridge temperature logs up to date.",
    "📢 Background check renewals due by {date} for anyone working with the youth lunch program.",
    "📢 Parking at Northside changes from {date}: use the church lot on Elm St, not the street.",
]
TOPICS_EN = ["winter hours", "the new intake app", "volunteer recruitment", "the county grant", "cold storage capacity", "holiday drives"]
DONORS = ["Riverside Grocers", "Hillcrest Farms", "the Rotary Club", "Costway Wholesale", "St. Anne's parish", "Bluebird Bakery"]
FOODS = ["canned beans", "rice", "peanut butter", "apples", "frozen chicken", "pasta", "cereal", "potatoes", "milk", "bread"]
WEATHER = ["a winter storm", "an ice storm", "severe thunderstorms", "a heat advisory", "heavy snow"]
SITE_TALK = [
    "We're short {k} people for Saturday's {slot} shift, can anyone cover?",
    "Fridge 2 was at 44°F this morning, moved everything to fridge 1 and called the repair guy.",
    "Delivery from {donor} arrived: {n} cases of {food}. Shelved in aisle {k}.",
    "Clients asked for more {food}; can we ask Eastgate for extra on the next run?",
    "Tablet app crashed twice today, I logged the rest on paper and will enter it tomorrow.",
    "Great turnout today: {n} households, {k} of them new.",
    "Reminder: {slot} shift starts 15 min earlier this week because of the church service.",
    "Can someone pick up the spare keys from {name} before Friday?",
    "The loading dock door is sticking again, please don't force it.",
    "We ran out of {food} at 11am. Need a bigger allocation next week.",
    "Who has the key to the storage cage? Need the folding tables.",
    "Updated the shift sheet for {month}, please check your slots.",
]
SITE_REPLY = ["I can do the {slot} shift", "I'll ask my neighbour, she's been wanting to help", "Done, thanks for flagging",
              "Repair guy coming Thursday 10am", "I have the keys, will drop them off", "Added to the order list",
              "Can't this week, sorry", "I'll cover from 10 to 12", "Entered the paper sheets into the app", "That's a record!"]


class TgWorld:
    def __init__(self, seed=1847):
        self.rng = random.Random(seed)
        rng = self.rng
        names = set()
        self.people = []   # (uid, name)
        while len(self.people) < 118:
            n = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            if n in names:
                continue
            names.add(n)
            self.people.append(("user%d" % rng.randrange(10 ** 8, 7 * 10 ** 9), n))
        self.name = dict(self.people)
        self.ids = [u for u, _ in self.people]
        self.me = self.ids[0]
        self.groups = []
        self.bot = ("user%d" % rng.randrange(5 * 10 ** 9, 7 * 10 ** 9), "PantryStockBot")
        self.name[self.bot[0]] = self.bot[1]

    def new_group(self, name, ttype, creator, created, **kw):
        cid = self.rng.randrange(1000000000, 4999999999) if ttype != "private_group" else self.rng.randrange(100000000, 999999999)
        g = Group(str(cid), name, platform="telegram", owner=creator, created=created)
        g.ttype = ttype
        g.cid = cid
        g.migrated_at = kw.get("migrated_at")
        self.groups.append(g)
        # creation service message
        if ttype == "public_supergroup":
            g.msgs.append([created, creator, "service", "", {"action": "create_channel", "title": kw.get("title", name)}])
        else:
            g.msgs.append([created, creator, "service", "", {"action": "create_group", "title": kw.get("title", name), "members": []}])
        g.mem[creator] = ["owner", created, None]
        return g

    def invite(self, g, pids, t, by=None, how="invite"):
        by = by or g.owner
        new = [p for p in pids if p not in g.mem or g.mem[p][2] is not None]
        if not new:
            return
        if how == "create":
            g.msgs[0][4]["members"] = [self.name[p] for p in new]
            for p in new:
                g.mem[p] = ["member", t, None]
            return
        if how == "link":
            for i, p in enumerate(new):
                tt = t + dt.timedelta(minutes=self.rng.randint(0, 60 * 24 * 3), seconds=i)
                g.mem[p] = ["member", tt, None]
                g.msgs.append([tt, p, "service", "", {"action": "join_group_by_link", "inviter": self.name[by]}])
            return
        if how == "self":
            for i, p in enumerate(new):
                tt = t + dt.timedelta(minutes=self.rng.randint(0, 60 * 24 * 5), seconds=i)
                g.mem[p] = ["member", tt, None]
                g.msgs.append([tt, p, "service", "", {"action": "invite_members", "members": [self.name[p]]}])
            return
        for i in range(0, len(new), 6):
            chunk = new[i:i + 6]
            tt = t + dt.timedelta(seconds=11 * i)
            for p in chunk:
                g.mem[p] = ["member", tt, None]
            g.msgs.append([tt, by, "service", "", {"action": "invite_members", "members": [self.name[p] for p in chunk]}])

    def remove(self, g, pid, t, by=None):
        by = by or pid
        g.mem[pid][2] = t
        g.msgs.append([t, by, "service", "", {"action": "remove_members", "members": [self.name[pid]]}])

    def say(self, g, t, pid, text, kind="text", extra=None):
        if pid is None or t > TG_END or t < g.created:
            return False
        if pid != self.bot[0] and not g.is_member(pid, t):
            raise RuntimeError("tg not member %s %s %s" % (g.name, self.name[pid], t))
        g.msgs.append([t, pid, kind, text, extra])
        return True

    def fill(self, tpl, t):
        rng = self.rng
        d1 = t + dt.timedelta(days=rng.randint(2, 10))
        d2 = t + dt.timedelta(days=rng.randint(1, 3))
        fd = lambda x: "%s %s %d" % (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[x.weekday()],
                                     ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[x.month - 1], x.day)
        return tpl.format(date=fd(d1), date2=fd(d2), topic=rng.choice(TOPICS_EN),
                          donor=rng.choice(DONORS), n=rng.randint(12, 480), k=rng.randint(2, 9), food=rng.choice(FOODS),
                          weather=rng.choice(WEATHER), month=("January", "February", "March", "April", "May", "June", "July",
                                                              "August", "September", "October", "November", "December")[t.month - 1], slot=rng.choice(["morning", "afternoon", "evening", "sorting"]),
                          name=rng.choice(self.people)[1].split()[0])

    def pick(self, g, t, pool=None, exclude=()):
        cand = [p for p in (pool or []) if g.is_member(p, t) and p not in exclude]
        if not cand:
            cand = [p for p in g.active(t) if p not in exclude]
        return self.rng.choice(cand) if cand else None

    def worktime(self, day, evening=0.3):
        rng = self.rng
        if rng.random() < evening:
            h = rng.choice([18, 19, 20, 21, 22])
        else:
            h = rng.choice([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17])
        return day.replace(hour=h, minute=rng.randint(0, 59), second=rng.randint(0, 59))

    def days(self, a, b):
        d = a.replace(hour=0, minute=0, second=0)
        while d < b:
            yield d
            d += dt.timedelta(days=1)

    def acks(self, g, t, n, exclude=(), reply_to=None):
        act = [p for p in g.active(t) if p not in exclude]
        self.rng.shuffle(act)
        tt = t
        for p in act[:n]:
            tt += dt.timedelta(seconds=int(self.rng.expovariate(1 / 300.0)) + 10)
            r = self.rng.random()
            if r < 0.12:
                self.say(g, tt, p, "", "sticker", {"reply_to": reply_to, "emoji": self.rng.choice(["👍", "👌", "🙏", "❤️"])})
            else:
                self.say(g, tt, p, self.rng.choice(TG_ACKS), "text", {"reply_to": reply_to})

    def post(self, g, t, pid, text, nacks=0, kind="text", extra=None):
        if not self.say(g, t, pid, text, kind, extra):
            return
        g.msgs[-1].append("notice")
        ref = g.msgs[-1]
        if nacks:
            self.acks(g, t, nacks, (pid,), reply_to=ref)

    def chat(self, g, a, b, per_week, pool, replies, nlines=(1, 4), evening=0.3, weekend=1.0, photo=0.08):
        rng = self.rng
        a = max(a, g.created + dt.timedelta(minutes=5))
        b = min(b, TG_END)
        for d in self.days(a, b):
            lam = per_week / 7.0 * (weekend if d.weekday() >= 5 else 1.0)
            for _ in range(poisson(rng, lam)):
                t = self.worktime(d, evening)
                if t < a or t > b:
                    continue
                for i in range(rng.randint(*nlines)):
                    who = self.pick(g, t, g.core)
                    if who is None:
                        break
                    r = rng.random()
                    if r < photo:
                        self.say(g, t, who, rng.choice(["", "", "today's delivery", "shelves restocked"]), "photo")
                    elif i == 0 or r < 0.4:
                        self.say(g, t, who, self.fill(rng.choice(pool), t))
                    else:
                        self.say(g, t, who, self.fill(rng.choice(replies), t))
                    t += dt.timedelta(seconds=int(rng.expovariate(1 / 500.0)) + 15)

    def ensure_recent(self, g, pool, days=7):
        last = max([m[0] for m in g.msgs if m[2] != "service"], default=None)
        if last is None or last < TG_END - dt.timedelta(days=days):
            t = (TG_END - dt.timedelta(days=self.rng.randint(1, days - 1))).replace(hour=11, minute=self.rng.randint(0, 59))
            who = self.pick(g, t, g.core)
            self.say(g, t, who, self.fill(self.rng.choice(pool), t))


def tg_build(W):
    rng = W.rng
    ids = W.ids
    me = W.me
    NEG_ALL = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "too-new", "protected"]
    # roles
    coords = ids[:9]                   # me + 8 coordinators
    site_lead = {"Northside Pantry": ids[1], "Eastgate Depot": ids[2], "Harbor Kitchen": ids[3], "Westfield Mobile Pantry": ids[4]}
    pool = ids[9:]
    rng.shuffle(pool)
    site_people = {"Northside Pantry": pool[0:34], "Eastgate Depot": pool[34:62], "Harbor Kitchen": pool[62:84],
                   "Westfield Mobile Pantry": pool[84:102]}
    others = pool[102:]  # grant writers, web volunteers

    hub = W.new_group("RFBN — All Volunteers", "public_supergroup", me, L(2024, 3, 4, 9, 12))
    W.invite(hub, coords[1:], L(2024, 3, 4, 9, 15))
    W.invite(hub, sum(site_people.values(), [])[:60], L(2024, 3, 5, 10), by=me, how="link")
    W.invite(hub, sum(site_people.values(), [])[60:], L(2024, 3, 8, 10), how="self")
    W.invite(hub, others, L(2024, 4, 2, 10), how="link")
    hub.posters = [me, ids[5]]
    hub.core = coords
    hub.set_truth("all-volunteers-hub", must_not=NEG_ALL, acts=["keep"],
                  why="Holds nearly everyone; announcements are cross-posted from it into site chats, which is the normal structure.")

    coord = W.new_group("RFBN Coordinators", "private_group", me, L(2024, 3, 4, 9, 30))
    W.invite(coord, coords[1:], coord.created, how="create")
    coord.core = coords
    coord.posters = [me]
    coord.set_truth("leaders-group-nested", must_not=NEG_ALL, acts=["keep"],
                    why="The coordinators' (leaders') group sits inside the all-volunteers group for a good reason.")

    site = {}
    site_names = {"Northside Pantry": "Northside Pantry Team", "Eastgate Depot": "Eastgate Depot Crew",
                  "Harbor Kitchen": "Harbor Kitchen Volunteers", "Westfield Mobile Pantry": "Westfield Mobile Pantry"}
    site_types = {"Northside Pantry": "private_supergroup", "Eastgate Depot": "private_supergroup",
                  "Harbor Kitchen": "private_group", "Westfield Mobile Pantry": "private_group"}
    for i, s in enumerate(SITES):
        created = L(2024, 3, 6 + i, 18, 5 + i)
        lead = site_lead[s]
        g = W.new_group(site_names[s], site_types[s], lead, created)
        W.invite(g, [me] + site_people[s][:10], created, by=lead, how="create")
        W.invite(g, site_people[s][10:], created + dt.timedelta(days=2), by=lead, how="link")
        g.posters = [lead]
        g.core = [lead] + site_people[s][:18]
        if site_types[s] == "private_supergroup":
            g.migrated_at = L(2024, 9, 10 + i, 20, 2)
        site[s] = g
        g.set_truth("site-team-nested", must_not=NEG_ALL, acts=["keep"],
                    why="A site's own team chat inside the all-volunteers group with its own substantive work; cross-posting down is normal.")
    site["Northside Pantry"].truth["kind"] = "busy-work-with-acks"
    site["Northside Pantry"].truth["why"] = ("A busy site chat where most replies are ok/thanks/👍 under real shift notices: "
                                             "the notices are substantive, so not check-in-only.")

    ea = site["Eastgate Depot"]
    drivers = site_people["Eastgate Depot"][:8]
    drv = W.new_group("Eastgate Depot – Drivers", "private_group", site_lead["Eastgate Depot"], L(2024, 4, 2, 8, 40))
    W.invite(drv, [me] + drivers, drv.created, by=site_lead["Eastgate Depot"], how="create")
    drv.core = drivers + [site_lead["Eastgate Depot"]]
    drv.posters = [site_lead["Eastgate Depot"]]
    drv.set_truth("sub-team-nested", must_not=NEG_ALL, acts=["keep"],
                  why="The drivers' sub-team inside its depot's chat, with its own route work: containment alone is not overlap.")

    off = W.new_group("Eastgate Crew Off-Duty 🍕", "private_group", site_people["Eastgate Depot"][3], L(2024, 5, 17, 21, 3))
    W.invite(off, [me, site_lead["Eastgate Depot"]] + site_people["Eastgate Depot"][:20], off.created, by=site_people["Eastgate Depot"][3], how="create")
    off.core = list(off.mem)
    off.set_truth("social-group-same-people", must_not=["duplicate", "zombie", "task-ended", "too-new", "protected", "check-in-only"],
                  acts=["keep", "review"], why="The same crew's social chat: same people, different purpose, not a duplicate.")
    pot = W.new_group("Northside Potluck & Book Swap", "private_group", site_people["Northside Pantry"][5], L(2024, 6, 3, 19, 30))
    W.invite(pot, [me, site_lead["Northside Pantry"]] + site_people["Northside Pantry"][:26], pot.created,
             by=site_people["Northside Pantry"][5], how="create")
    pot.core = list(pot.mem)
    pot.set_truth("social-group-same-people", must_not=["duplicate", "zombie", "task-ended", "too-new", "protected"],
                  acts=["keep", "review"], why="Social potluck/book-swap chat of the Northside volunteers: different purpose, not a duplicate.")

    # duplicates: warehouse logistics -old / -new
    wl_mem = [ids[2], ids[6], ids[7]] + site_people["Eastgate Depot"][8:16] + site_people["Northside Pantry"][:2]
    wlo = W.new_group("Warehouse Logistics -old", "private_group", ids[6], L(2024, 3, 12, 10, 0), title="Warehouse Logistics")
    W.invite(wlo, [me] + wl_mem[1:], wlo.created, by=ids[6], how="create")
    wlo.core = wl_mem
    wlo.posters = [ids[6]]
    WL_NEW = L(2025, 1, 6, 9, 14)
    wln = W.new_group("Warehouse Logistics -new", "private_group", ids[7], WL_NEW)
    W.invite(wln, [me, ids[6], ids[2]] + wl_mem[3:] + site_people["Westfield Mobile Pantry"][:2], WL_NEW, by=ids[7], how="create")
    wln.core = list(wln.mem)
    wln.posters = [ids[6]]
    WL_RENAME = L(2025, 1, 7, 8, 2)
    wlo.msgs.append([WL_RENAME, ids[6], "service", "", {"action": "edit_group_title", "title": "Warehouse Logistics -old"}])
    wlo.set_truth("duplicate-recreated-old-dead", must=["duplicate", "zombie"], must_not=["too-new", "protected", "check-in-only"],
                  acts=["dissolve", "merge"], into=[wln.gid],
                  why="Re-created as '-new': same purpose and people, same posts in both during the switch, and the old one is dead since.")
    wln.set_truth("duplicate-recreated-survivor", must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                  acts=["keep", "merge"], into=[wlo.gid], why="The live successor of a re-created group; the natural survivor.")

    gw_mem = [ids[5], ids[8]] + others[:7]
    gw1 = W.new_group("Grant Writing Team", "private_group", ids[5], L(2024, 4, 9, 19, 0))
    W.invite(gw1, [me] + gw_mem[1:], gw1.created, by=ids[5], how="create")
    gw1.core = gw_mem
    gw1.posters = [ids[5]]
    GW2 = L(2025, 6, 17, 20, 11)
    gw2 = W.new_group("Grant Writing Team (2)", "private_group", ids[8], GW2)
    W.invite(gw2, [me, ids[5]] + others[:6] + others[8:10], GW2, by=ids[8], how="create")
    gw2.core = list(gw2.mem)
    gw2.posters = [ids[5], ids[8]]
    gw1.set_truth("duplicate-both-alive", must=["duplicate"], must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                  acts=["merge", "keep"], into=[gw2.gid], why="Two chats for the same grant-writing work with nearly the same people; the same drafts and deadlines go into both.")
    gw2.set_truth("duplicate-both-alive", must=["duplicate"], must_not=["zombie", "too-new", "protected", "check-in-only", "task-ended"],
                  acts=["merge", "keep"], into=[gw1.gid], why="A '(2)' copy of the grant-writing chat: same work, same people, same posts.")

    # overlapping
    hk = site["Harbor Kitchen"]
    shift_leads = [site_lead["Harbor Kitchen"]] + site_people["Harbor Kitchen"][:6]
    hks = W.new_group("Harbor Kitchen – Shift Notices", "private_group", site_lead["Harbor Kitchen"], L(2024, 8, 19, 17, 45))
    W.invite(hks, [me] + shift_leads[1:], hks.created, by=site_lead["Harbor Kitchen"], how="create")
    hks.posters = [site_lead["Harbor Kitchen"]]
    hks.core = shift_leads
    hks.set_truth("overlapping-repeater", must=["overlapping"], must_not=["too-new", "protected", "check-in-only"],
                  acts=["merge", "dissolve"], into=[hk.gid],
                  why="A small chat of the same site entirely inside the site's own chat that only repeats its notices.")

    # emergency / on-call
    cc = W.new_group("Cold Chain Emergency Response", "private_group", ids[2], L(2024, 3, 20, 14, 0))
    W.invite(cc, [me, ids[1], ids[3], ids[6]] + site_people["Eastgate Depot"][8:12] + site_people["Harbor Kitchen"][:2], cc.created, by=ids[2], how="create")
    cc.core = list(cc.mem)
    cc.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="Refrigeration-failure response chat: silent unless something breaks; only its name says it is an emergency group.")
    dr = W.new_group("Disaster Relief On-Call", "private_supergroup", me, L(2024, 3, 25, 11, 30))
    W.invite(dr, coords[1:] + site_people["Westfield Mobile Pantry"][:6] + site_people["Eastgate Depot"][:4], dr.created, how="create")
    dr.core = list(dr.mem)
    dr.migrated_at = L(2024, 4, 1, 10, 0)
    dr.set_truth("emergency-name-only", must_not=["duplicate", "check-in-only", "task-ended", "too-new"], acts=["keep", "review"],
                 why="On-call disaster relief chat, busy only when storms hit; quiet by design, nothing but the name says so.")

    # check-in only
    night = site_people["Eastgate Depot"][16:24]
    ns = W.new_group("Depot Night Shift Check-in", "private_group", site_lead["Eastgate Depot"], L(2024, 9, 2, 21, 0))
    W.invite(ns, [me] + night, ns.created, by=site_lead["Eastgate Depot"], how="create")
    ns.core = night
    ns.set_truth("check-in-only-roll-call", must=["check-in-only"], must_not=["zombie", "too-new", "protected", "task-ended", "duplicate"],
                 acts=["dissolve", "review"], why="Nothing but nightly 'all good at the depot' / 'shift done, nothing to report' posts, alive to the as-of date.")
    DS = L(2025, 5, 5, 7, 0)
    ds = W.new_group("Drivers Daily Sign-in", "private_group", site_lead["Westfield Mobile Pantry"], DS)
    ds_mem = drivers[:5] + site_people["Westfield Mobile Pantry"][6:11]
    W.invite(ds, [me, site_lead["Eastgate Depot"]] + ds_mem, DS, by=site_lead["Westfield Mobile Pantry"], how="create")
    ds.core = ds_mem
    ds.set_truth("check-in-only-sign-in", must=["check-in-only"], must_not=["zombie", "too-new", "protected", "task-ended"],
                 acts=["dissolve", "review"], why="Daily sign-ins, 'on the road' and location shares only, alive to the as-of date.")

    # zombies
    web = W.new_group("Website Redesign Volunteers", "private_group", ids[5], L(2024, 4, 15, 19, 0))
    W.invite(web, [me] + others[7:12] + site_people["Northside Pantry"][30:33], web.created, by=ids[5], how="create")
    web.core = list(web.mem)
    web.set_truth("zombie-dead", must=["zombie"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                  why="Last human post over a year ago: a long-unused zombie chat.")
    BUD = L(2025, 5, 12, 18, 30)
    bud = W.new_group("Volunteer Buddies Program", "private_group", ids[7], BUD)
    W.invite(bud, [me, ids[8]] + site_people["Northside Pantry"][20:26], BUD, by=ids[7], how="create")
    W.invite(bud, site_people["Harbor Kitchen"][10:16], L(2025, 5, 13, 10), by=ids[7], how="link")
    W.invite(bud, site_people["Westfield Mobile Pantry"][12:14], L(2025, 5, 20, 12), by=ids[7])
    bud.set_truth("zombie-never-used", must=["zombie"], must_not=["too-new", "protected", "check-in-only", "task-ended"],
                  acts=["dissolve", "review"], why="Only creation and join events in ten months: a never-used chat, old enough to be a zombie.")
    bot = W.new_group("PantryStock Alerts", "private_group", ids[6], L(2024, 10, 1, 9, 0))
    W.invite(bot, [me, ids[1], ids[2], ids[3]], bot.created, by=ids[6], how="create")
    bot.msgs.append([bot.created + dt.timedelta(minutes=1), ids[6], "service", "", {"action": "invite_members", "members": [W.bot[1]]}])
    bot.set_truth("bot-only", must_not=["too-new", "protected", "task-ended"], acts=["dissolve", "review"],
                  why="Only an inventory bot posts; policy says bot posts are not activity, so the chat has no human use (zombie-like).")
    sat_mem = [site_lead["Eastgate Depot"]] + site_people["Eastgate Depot"][20:28]
    sat = W.new_group("Eastgate Saturday Sorters", "private_group", site_people["Eastgate Depot"][20], L(2024, 4, 20, 8, 0))
    W.invite(sat, [me] + sat_mem, sat.created, by=site_people["Eastgate Depot"][20], how="create")
    sat.core = sat_mem
    sat.set_truth("zombie-nested-dead", must=["zombie"], must_not=["too-new", "protected"], acts=["dissolve"],
                  why="Dead for eight months and every member is in the depot's own crew chat: dissolve.")

    # phase tasks
    WD_T = L(2024, 10, 28, 19, 0)
    wdr = W.new_group("Winter Drive 2024", "private_group", ids[4], WD_T)
    W.invite(wdr, [me, ids[1], ids[2]] + site_people["Northside Pantry"][:8] + site_people["Westfield Mobile Pantry"][:6] + others[:3], WD_T,
             by=ids[4], how="create")
    wdr.core = list(wdr.mem)
    wdr.posters = [ids[4]]
    wdr.set_truth("task-ended-named", must=["task-ended"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                  why="A dated drive (past year in the name) whose burst ended in January 2025.")
    TK = L(2025, 10, 13, 18, 0)
    tky = W.new_group("Thanksgiving Turkey Drive 2025", "private_group", ids[1], TK)
    W.invite(tky, [me, ids[3]] + site_people["Northside Pantry"][8:20] + site_people["Harbor Kitchen"][:5], TK, by=ids[1], how="create")
    tky.core = list(tky.mem)
    tky.posters = [ids[1]]
    tky.set_truth("task-ended-named", must=["task-ended"], must_not=["too-new", "protected", "check-in-only"], acts=["dissolve", "review"],
                  why="Thanksgiving 2025 drive: burst in Oct–Nov 2025, silent for over three months since.")
    wf = site["Westfield Mobile Pantry"]
    TOY = L(2024, 11, 12, 19, 20)
    toy = W.new_group("Holiday Toy Drive 2024", "private_group", site_lead["Westfield Mobile Pantry"], TOY)
    W.invite(toy, [me] + site_people["Westfield Mobile Pantry"] + [ids[7]], TOY, by=site_lead["Westfield Mobile Pantry"], how="create")
    toy.core = list(toy.mem)
    toy.posters = [site_lead["Westfield Mobile Pantry"]]
    toy.set_truth("task-ended-same-members", must=["task-ended"], must_not=["too-new", "protected"], acts=["dissolve"],
                  why="A finished 2024 holiday drive whose members nearly equal the Westfield site chat: the task is over, dissolve it.")

    hv = W.new_group("Project Harvest Share", "private_supergroup", ids[8], L(2024, 5, 6, 12, 0))
    W.invite(hv, [me, ids[2], ids[4]] + site_people["Westfield Mobile Pantry"][:10] + others[12:16], hv.created, by=ids[8], how="create")
    hv.core = list(hv.mem)
    hv.migrated_at = L(2024, 6, 14, 19, 30)
    hv.posters = [ids[8]]
    hv.set_truth("long-running-project-active", must_not=["task-ended", "zombie", "too-new", "check-in-only", "protected"], acts=["keep"],
                 why="A standing project (farm gleaning partnership) still busy to the as-of date: its task has not ended.")

    SP = L(2026, 3, 4, 18, 30)
    spr = W.new_group("Spring Food Drive 2026", "private_group", ids[4], SP)
    W.invite(spr, [me, ids[1], ids[3]] + site_people["Westfield Mobile Pantry"][:8] + site_people["Northside Pantry"][:6], SP, by=ids[4], how="create")
    spr.core = list(spr.mem)
    spr.posters = [ids[4]]
    spr.set_truth("too-new", must=["too-new"], must_not=["zombie", "task-ended", "protected"], acts=["keep", "review"],
                  why="Created two weeks before the as-of date: too new to judge.")
    OR = L(2026, 3, 9, 17, 0)
    ori = W.new_group("March Orientation Cohort", "private_group", ids[7], OR)
    newbies = others[16:] + site_people["Northside Pantry"][33:34]
    W.invite(ori, [me] + newbies, OR, by=ids[7], how="create")
    ori.core = list(ori.mem)
    ori.posters = [ids[7]]
    ori.set_truth("too-new", must=["too-new"], must_not=["zombie", "task-ended", "protected"], acts=["keep", "review"],
                  why="Created nine days before the as-of date: too new to judge.")

    # a few people leave/are removed over time
    for g in (hub, site["Northside Pantry"], site["Westfield Mobile Pantry"]):
        for p in rng.sample([p for p in g.mem if p not in coords], 3):
            t = L(2025, rng.randint(2, 11), rng.randint(1, 28), rng.randint(9, 20), rng.randint(0, 59))
            if g.is_member(p, t):
                W.remove(g, p, t, by=(p if rng.random() < 0.6 else g.owner))
    # --------------------------------------------------------------- activity
    site_groups = list(site.values())
    for d in W.days(TG_START, TG_END):
        if poisson(rng, 0.7 / 7) == 0:
            continue
        t = W.worktime(d, 0.35)
        text = W.fill(rng.choice(ANNOUNCE), t)
        W.post(hub, t, W.pick(hub, t, hub.posters), text, rng.randint(2, 8))
        for g in rng.sample(site_groups, rng.randint(2, 3)):
            tt = t + dt.timedelta(minutes=rng.uniform(4, 200))
            W.post(g, tt, g.posters[0], text, rng.randint(3, 9) if g is site["Northside Pantry"] else rng.randint(1, 4))
            if g is hk and rng.random() < 0.7:
                W.post(hks, tt + dt.timedelta(minutes=rng.uniform(2, 40)), hks.posters[0], text, rng.randint(0, 3))
        if rng.random() < 0.15:
            W.post(drv, t + dt.timedelta(minutes=rng.uniform(30, 300)), drv.posters[0], text, rng.randint(0, 3))
    W.chat(hub, TG_START, TG_END, 0.4, SITE_TALK, SITE_REPLY, nlines=(1, 3))

    COORD = ["Budget check: we're at {k}0% of the quarterly food budget.", "Can we move Thursday's call to 7pm?",
             "The county grant report is due {date}; I'll draft, please review.", "Need a decision on the new cold room quote ({n}k).",
             "Volunteer numbers are down at Harbor, let's discuss recruitment.", "Minutes from tonight's call are in the shared drive."]
    W.chat(coord, TG_START, TG_END, 0.7, COORD, SITE_REPLY, nlines=(2, 5), evening=0.6)
    W.ensure_recent(coord, COORD)

    SHIFT = ["🗓 Shift plan for {date}: morning {k} people, afternoon {k} people. Reply if you can't make it.",
             "Reminder: {slot} shift tomorrow, doors open 9am, sign in at the desk.",
             "Delivery from {donor} expected {date2} around 10. Need 4 people to unload.",
             "Please log every client visit in the tablet app today, the paper sheets are gone.",
             "Closing early on {date} for the floor cleaning. Tell your regulars."]
    for s, g in site.items():
        busy = s == "Northside Pantry"
        for d in W.days(g.created + dt.timedelta(days=2), TG_END):
            if poisson(rng, (1.2 if busy else 0.6) / 7) == 0:
                continue
            t = W.worktime(d, 0.4)
            text = W.fill(rng.choice(SHIFT), t)
            W.post(g, t, g.posters[0], text, rng.randint(3, 9) if busy else rng.randint(1, 4))
            if g is hk and rng.random() < 0.8:
                W.post(hks, t + dt.timedelta(minutes=rng.uniform(1, 25)), hks.posters[0], text, rng.randint(0, 3))
        W.chat(g, g.created, TG_END, 0.5 if busy else 0.4, SITE_TALK, SITE_REPLY)
        W.ensure_recent(g, SITE_TALK)

    ROUTES = ["Route B today: Westfield, then the senior center on 5th. Van 2 has the lift.", "Van 1 tire pressure light is on, taking it to the shop.",
              "Who can swap Tuesday's run with me? Doctor's appointment.", "Senior center asked us to come 30 min later from next week.",
              "Fuel card limit reached, {name} please call the bank.", "New stop added on Route A: {n} Maple Ave, apartment complex office."]
    W.chat(drv, drv.created, TG_END, 1.2, ROUTES, SITE_REPLY, nlines=(1, 4))
    W.ensure_recent(drv, ROUTES)
    SOCIAL = ["Pizza after Saturday's shift? 🍕", "Who's watching the game tonight?", "Happy birthday {name}!! 🎂", "Bowling on Friday, anyone?",
              "Look at this dog I met on the route 😂", "Tacos at Lupe's, 7pm"]
    SOCIAL_R = ["I'm in", "lol", "😂😂", "count me in", "can't, sorry", "🎉🎉", "same", "haha yes"]
    W.chat(off, off.created, TG_END, 0.7, SOCIAL, SOCIAL_R, nlines=(2, 5), evening=0.8, photo=0.15)
    W.ensure_recent(off, SOCIAL)
    POT = ["Potluck this Sunday at {name}'s, bring a dish!", "Book swap shelf is full again, take something 📚",
           "Recipe for the lentil soup someone asked about: lentils, carrots, cumin, lots of garlic.", "Next book: 'The Overstory'. Who's reading?"]
    W.chat(pot, pot.created, TG_END, 0.7, POT, SOCIAL_R, nlines=(1, 5), evening=0.7, photo=0.1)
    W.ensure_recent(pot, POT, days=10)

    WH = ["Pallet count for {date2}: {n} cases in, {k} pallets out to sites.", "Forklift battery needs replacing, quote attached.",
          "Moving the dry goods to bay {k} to free space for the {donor} delivery.", "Inventory spreadsheet updated, please check your site's allocation.",
          "Need two people Saturday to reorganise the freezer.", "Truck from {donor} delayed to {date2}."]
    W.chat(wlo, wlo.created, WL_NEW, 1.6, WH, SITE_REPLY, nlines=(1, 4))
    W.chat(wln, WL_NEW, TG_END, 1.0, WH, SITE_REPLY, nlines=(1, 4))
    for k in range(6):
        t = W.worktime(WL_NEW + dt.timedelta(days=1 + 3 * k), 0.2)
        text = W.fill(rng.choice(["📦 Allocation for next week: Northside {n} cases, Harbor {k}0 cases, Westfield {k}5 cases.",
                                  "📦 Reminder: pallets must be wrapped before they leave the dock, no exceptions.",
                                  "📦 {donor} delivery {date2}, need 3 people at the dock 8am."]), t)
        W.post(wlo, t, ids[6], text, rng.randint(0, 3))
        W.post(wln, t + dt.timedelta(minutes=rng.randint(1, 6)), ids[6], text, rng.randint(1, 4))
    W.say(wlo, L(2025, 1, 27, 9, 5), ids[6], "Please use the -new chat from now on, this one will go quiet.")
    W.ensure_recent(wln, WH)

    GW = ["Draft of the {donor} foundation proposal is up, comments by {date}.", "Budget narrative needs the volunteer hours figure: {n}.",
          "Deadline for the county community grant: {date}.", "Letters of support from two partner churches received.",
          "We got the {donor} grant! ${n}00 for cold storage 🎉"]
    W.chat(gw1, gw1.created, TG_END, 0.8, GW, SITE_REPLY, nlines=(1, 4), evening=0.6)
    W.chat(gw2, GW2, TG_END, 0.5, GW, SITE_REPLY, nlines=(1, 3), evening=0.6)
    for d in W.days(GW2, TG_END):
        if rng.random() < 0.06:
            t = W.worktime(d, 0.6)
            text = W.fill(rng.choice(GW[:3]), t)
            W.post(gw1, t, ids[5], text, rng.randint(0, 3))
            W.post(gw2, t + dt.timedelta(minutes=rng.randint(1, 12)), ids[5], text, rng.randint(0, 3))
    W.ensure_recent(gw1, GW)
    W.ensure_recent(gw2, GW)

    COLD = ["🚨 Walk-in freezer at {site} reading 20°F and rising. Who can get there now?", "Compressor tripped, reset it, temp coming back down.",
            "Moved {n} lbs of frozen chicken to the depot freezer in two car trips.", "Repair tech on site, it's the fan motor.",
            "All product saved, logging the loss sheet tomorrow.", "Backup generator test failed, calling the vendor."]
    for a, b in [(L(2024, 7, 19, 6), L(2024, 7, 20, 23)), (L(2025, 2, 3, 5), L(2025, 2, 4, 22)), (L(2025, 8, 22, 14), L(2025, 8, 23, 20))]:
        t = a
        while t < b:
            who = W.pick(cc, t, cc.core)
            W.say(cc, t, who, rng.choice(COLD).format(site=rng.choice(SITES), n=rng.randint(40, 600)))
            if rng.random() < 0.3:
                W.acks(cc, t, rng.randint(1, 3), (who,))
            t += dt.timedelta(minutes=rng.randint(5, 160))
    DIS = ["Tornado warning for the south side until 9pm. Westfield van stays at the depot.", "Red Cross shelter at Lincoln High needs {n} meals tonight.",
           "Who can drive a van to the shelter at 6? Need two drivers.", "Sandbag distribution at Harbor tomorrow 8am, volunteers welcome.",
           "Power out at Northside, fridges on generator.", "Shelter closed, thanks everyone who helped this week."]
    for a, b in [(L(2024, 5, 6, 15), L(2024, 5, 12, 22)), (L(2024, 7, 8, 6), L(2024, 7, 10, 20)), (L(2025, 4, 2, 12), L(2025, 4, 9, 22)),
                 (L(2025, 5, 16, 18), L(2025, 5, 19, 12))]:
        t = a
        while t < b:
            who = W.pick(dr, t, dr.core)
            W.say(dr, t, who, rng.choice(DIS).format(n=rng.randint(40, 300)))
            if rng.random() < 0.4:
                W.acks(dr, t, rng.randint(1, 4), (who,))
            t += dt.timedelta(minutes=rng.randint(20, 400))

    for d in W.days(ns.created, TG_END):
        if rng.random() < 0.55:
            who = rng.choice(night)
            t = d.replace(hour=rng.choice([22, 23, 23]), minute=rng.randint(0, 59), second=rng.randint(0, 59))
            W.say(ns, t, who, rng.choice(["all good at the depot", "all good at the depot ✅", "shift done, nothing to report",
                                          "locked up, alarm set, all quiet", "checked freezers, all in range. all good",
                                          "shift done 👍", "nothing to report", "all quiet tonight"]))
            if rng.random() < 0.1:
                W.say(ns, t + dt.timedelta(minutes=3), site_lead["Eastgate Depot"] if rng.random() < 0.5 else me, rng.choice(["thanks!", "👍", "👌"]))
    for d in W.days(DS, TG_END):
        if d.weekday() >= 5 or rng.random() < 0.25:
            continue
        for p in rng.sample(ds_mem, rng.randint(1, 3)):
            t = d.replace(hour=7, minute=rng.randint(0, 59), second=rng.randint(0, 59))
            r = rng.random()
            if r < 0.35:
                W.say(ds, t, p, rng.choice(["signed in", "signed in ✅", "here", "on the road 🚚", "van 2, signed in"]))
            elif r < 0.6:
                W.say(ds, t, p, "", "location", {"lat": 41.8 + rng.uniform(-0.05, 0.05), "lon": -87.7 + rng.uniform(-0.05, 0.05)})
            else:
                W.say(ds, t, p, "signed in")
                W.say(ds, t + dt.timedelta(hours=rng.randint(3, 6)), p, rng.choice(["back at depot", "done for today", "route done ✅"]))

    WEB = ["Mockups for the new volunteer signup page are in Figma.", "Can we get the logo in SVG?", "Hosting renewal is {date}, who has the login?",
           "Donate button now goes to the new payment page.", "Accessibility check done, {k} issues to fix."]
    W.chat(web, web.created, L(2025, 2, 14), 1.2, WEB, SITE_REPLY, nlines=(1, 4), evening=0.7)
    for d in W.days(bot.created + dt.timedelta(days=1), TG_END):
        if d.weekday() >= 5:
            continue
        t = d.replace(hour=6, minute=0, second=rng.randint(0, 30))
        low = rng.sample(FOODS, rng.randint(1, 3))
        W.say(bot, t, W.bot[0], "⚠️ Low stock report: " + ", ".join("%s (%d cases)" % (f, rng.randint(0, 9)) for f in low))
    W.chat(sat, sat.created, L(2025, 7, 12), 0.8, ["Saturday sort starts 8am, {k} people confirmed.", "We sorted {n} lbs today!",
                                                   "Need more boxes for Saturday.", "Who's bringing coffee?"], SITE_REPLY, nlines=(1, 4), weekend=2.5)

    DRIVE = ["Collection boxes dropped at {k} schools.", "{donor} will match donations up to ${n}00!", "Sorting night {date}, 6–9pm at Eastgate.",
             "We're at {n} coats/cans so far, goal is 2000.", "Thank-you cards to donors: who can help write them?", "Final tally going out tomorrow."]
    W.chat(wdr, WD_T, L(2024, 12, 23), 9, DRIVE, SITE_REPLY, nlines=(1, 5), evening=0.6)
    W.say(wdr, L(2025, 1, 8, 19, 2), ids[4], "Final numbers: 2,340 coats and 11,200 cans. Thank you all, this chat can rest now ❤️")
    W.chat(tky, TK, L(2025, 11, 30), 8, DRIVE + ["Turkey pickup slots for {date} are full.", "{n} turkeys in the depot freezer."], SITE_REPLY,
           nlines=(1, 5), evening=0.6)
    W.say(tky, L(2025, 12, 5, 18, 40), ids[1], "We gave out 612 turkeys. Thank you everyone! 🦃")
    W.chat(toy, TOY, L(2024, 12, 22), 8, DRIVE + ["Toy wrapping party {date}, bring tape!", "{n} toys collected so far."], SITE_REPLY,
           nlines=(1, 5), evening=0.6)
    HV = ["Gleaning at Hillcrest Farms on {date}: {k} volunteers needed.", "Picked {n} lbs of apples today 🍎", "Farmers market leftovers pickup {date2}.",
          "Harvest Share numbers for {month}: {n} lbs rescued.", "New partner farm signed: Oak Hollow Orchard."]
    W.chat(hv, hv.created, TG_END, 1.0, HV, SITE_REPLY, nlines=(1, 4), photo=0.15)
    W.ensure_recent(hv, HV)
    SPR = ["Kick-off: collection bins go out {date}.", "Schools signed up so far: {k}.", "Flyer draft attached, feedback please.", "Goal this year: {n}00 lbs."]
    W.chat(spr, SP + dt.timedelta(minutes=30), TG_END, 9, SPR, SITE_REPLY, nlines=(1, 4))
    W.ensure_recent(spr, SPR, days=3)
    ORI = ["Welcome everyone! Orientation is {date} at 10am at Northside.", "Please bring ID for the background check form.",
           "Where do we park?", "Is there a dress code? Closed-toe shoes only."]
    W.chat(ori, OR + dt.timedelta(minutes=20), TG_END, 8, ORI, SITE_REPLY, nlines=(1, 3))
    W.ensure_recent(ori, ORI, days=4)
    # the very last message
    W.post(hub, TG_END - dt.timedelta(minutes=3), me, "📢 Spring Food Drive kicks off this weekend! Sign up in the Spring Food Drive 2026 chat or reply here.", 0)
    W.say(hub, TG_END, ids[1], "👍")


def tg_write(W, outdir):
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(99)
    SKIP = "(File not included. Change data exporting settings to download.)"

    def stamp(naive):
        off = us_central_offset(naive)
        unix = int((naive - dt.timedelta(hours=off) - dt.datetime(1970, 1, 1)).total_seconds())
        return naive.strftime("%Y-%m-%dT%H:%M:%S"), str(unix)

    chats = []
    as_of = None
    n_msgs = 0
    for g in W.groups:
        g.msgs = [m for m in g.msgs if m[0] <= TG_END]
        g.msgs.sort(key=lambda m: (m[0], m[2] != "service"))
        # migrated supergroups: early history keeps the old basic group's ids, shifted by -1e9
        mig = getattr(g, "migrated_at", None)
        out = []
        obj_of = {}
        if mig:
            old = [m for m in g.msgs if m[0] < mig]
            new = [m for m in g.msgs if m[0] >= mig]
            rows = [(m, -1000000000 + i + 1) for i, m in enumerate(old)]
            rows.append(([mig, g.owner, "service", "", {"action": "migrate_to_supergroup"}], -1000000000 + len(old) + 1))
            rows.append(([mig + dt.timedelta(seconds=1), g.owner, "service", "", {"action": "migrate_from_group", "title": g.name}], 1))
            rows += [(m, i + 2) for i, m in enumerate(new)]
        else:
            rows = [(m, i + 1) for i, m in enumerate(g.msgs)]
        for m, mid in rows:
            t, s, kind, text, extra = m[0], m[1], m[2], m[3], m[4]
            date, unix = stamp(t)
            if as_of is None or t > as_of:
                as_of = t
            o = {"id": mid, "type": "service" if kind == "service" else "message", "date": date, "date_unixtime": unix}
            obj_of[id(m)] = o
            if kind == "service":
                o["actor"] = W.name[s]
                o["actor_id"] = s
                o.update({k: v for k, v in extra.items()})
                o["text"] = ""
                o["text_entities"] = []
            else:
                o["from"] = W.name[s]
                o["from_id"] = s
                if extra and extra.get("reply_to") is not None:
                    ref = obj_of.get(id(extra["reply_to"]))
                    if ref is not None:
                        o["reply_to_message_id"] = ref["id"]
                if kind == "photo":
                    o["photo"] = SKIP
                    o["photo_file_size"] = rng.randint(60000, 400000)
                    o["width"], o["height"] = 1280, 960
                elif kind == "sticker":
                    o["file"] = SKIP
                    o["file_name"] = "sticker.webp"
                    o["file_size"] = rng.randint(8000, 40000)
                    o["thumbnail"] = SKIP
                    o["media_type"] = "sticker"
                    o["sticker_emoji"] = extra["emoji"]
                    o["mime_type"] = "image/webp"
                    o["width"], o["height"] = 512, 512
                elif kind == "location":
                    o["location_information"] = {"latitude": round(extra["lat"], 6), "longitude": round(extra["lon"], 6)}
                if "portal" in text or "https://" in text:
                    parts = text.split("volunteer portal")
                    if len(parts) == 2:
                        o["text"] = [parts[0], {"type": "text_link", "text": "volunteer portal", "href": "https://rfbn.example.org/portal"}, parts[1]]
                        o["text_entities"] = [{"type": "plain", "text": parts[0]},
                                              {"type": "text_link", "text": "volunteer portal", "href": "https://rfbn.example.org/portal"},
                                              {"type": "plain", "text": parts[1]}]
                    else:
                        o["text"] = text
                        o["text_entities"] = [{"type": "plain", "text": text}]
                else:
                    o["text"] = text
                    o["text_entities"] = [{"type": "plain", "text": text}] if text else []
            out.append(o)
        n_msgs += len(out)
        chats.append({"name": g.name, "type": g.ttype, "id": g.cid, "messages": out})
    # personal chats (must be ignored by a group audit)
    pers = []
    for uid in (W.ids[1], W.ids[20], W.ids[55]):
        msgs = []
        t = L(2025, rng.randint(1, 12), rng.randint(1, 28), 18, 0)
        for i in range(rng.randint(6, 20)):
            who = W.me if i % 2 == 0 else uid
            t += dt.timedelta(minutes=rng.randint(1, 600))
            if t > TG_END:
                break
            date, unix = stamp(t)
            txt = rng.choice(["hey, can you cover Saturday?", "sure, what time?", "9 to 12", "ok see you there", "thanks so much!",
                              "did the van get fixed?", "yes, all good now", "👍"])
            msgs.append({"id": 50000 + i, "type": "message", "date": date, "date_unixtime": unix, "from": W.name[who], "from_id": who,
                         "text": txt, "text_entities": [{"type": "plain", "text": txt}]})
        pers.append({"name": W.name[uid], "type": "personal_chat", "id": int(uid[4:]), "messages": msgs})
    all_chats = [chats[0], pers[0]] + chats[1:10] + [pers[1]] + chats[10:] + [pers[2]]
    me_first, me_last = W.name[W.me].split(" ", 1)
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, and it doesn't use your data for advertising or any other commercial purpose.",
        "personal_information": {"user_id": int(W.me[4:]), "first_name": me_first, "last_name": me_last,
                                 "phone_number": "+1 312 555 0147", "username": "@" + me_first.lower() + "_rfbn",
                                 "bio": "Volunteer coordinator, Riverside Food Bank Network"},
        "chats": {"about": "This page lists all chats from this export.", "list": all_chats},
    }
    with open(os.path.join(outdir, "result.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    off = us_central_offset(as_of)
    truth = {"as_of": as_of.strftime("%Y-%m-%dT%H:%M:%S") + "%+03d:00" % off, "generator": "final", "groups": []}
    for g in W.groups:
        e = {"group_id": g.gid, "name": g.name}
        e.update(g.truth)
        truth["groups"].append(e)
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return n_msgs, as_of


def main():
    zw = ZhWorld()
    alias_of, badm = zh_build(zw)
    n, as_of = zh_write(zw, alias_of, badm, os.path.join(FINAL, "zh-county"))
    print("zh-county: %d groups, %d people, %d messages, as_of %s" % (len(zw.groups), len(zw.people), n, as_of.isoformat()))
    tw = TgWorld()
    tg_build(tw)
    n, as_of = tg_write(tw, os.path.join(FINAL, "en-telegram"))
    print("en-telegram: %d group chats, %d people, %d messages, as_of %s" % (len(tw.groups), len(tw.people), n, as_of.isoformat()))


if __name__ == "__main__":
    main()
