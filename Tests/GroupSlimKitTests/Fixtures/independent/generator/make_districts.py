#!/usr/bin/env python3
"""Independent test-data generator for GroupSlim.

Written from /work/shared/docs/policy-basis.md alone (plus the file-format reference in
/work/shared/docs/export-formats.md sections 1 and 7 and the canonical CSV column list).
None of GroupSlim's analysis or plan code, tests or examples were read while writing it.

It writes, next to this folder:
  zh-district/            a Chinese street office (东湖街道) in the canonical CSV format
                          (groups.csv, members.csv, messages.csv, people.csv) + truth.json
  en-workspace/slack/     an English company (Northwind Labs) as an unzipped Slack export
  en-workspace/discord/   the same workspace as DiscordChatExporter JSON, one file per channel
  en-workspace/truth.json ground truth for the workspace (Slack channel ids + names)

Deterministic: fixed seeds, no set iteration, no wall-clock input.  Running it twice gives
byte-identical files.  Python 3 standard library only.

Usage:  python3 make_districts.py            (writes into the parent folder of this script)
"""

import csv
import datetime as dt
import io
import json
import math
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = 20260320
EN_SCALE = 0.17    # global volume knob for the English chatter threads
CHAT_SCALE = 0.17  # global volume knob for the Chinese chatter threads

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
AS_OF_DAY = dt.date(2026, 3, 20)          # a Friday; the data ends on this day
HISTORY_START = dt.date(2024, 3, 18)      # about two years of history


# ----------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------

def D(y, m, d):
    return dt.date(y, m, d)


def at(day, h, mi, s=0):
    return dt.datetime(day.year, day.month, day.day, h, mi, s, tzinfo=TZ8)


def days(a, b):
    """inclusive range of dates"""
    cur = a
    while cur <= b:
        yield cur
        cur += dt.timedelta(days=1)


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


def work_time(rng, day, late_p=0.06, early=8, late=18):
    """a plausible office-hours time on `day` (sometimes after hours)"""
    if rng.random() < late_p:
        h = rng.choice([19, 19, 20, 20, 21, 22, 7])
    else:
        h = rng.choice(list(range(early, late)) + [9, 10, 10, 14, 15, 16])
    return at(day, h, rng.randrange(60), rng.randrange(60))


def iso8(t):
    return t.astimezone(TZ8).strftime("%Y-%m-%dT%H:%M:%S+08:00")


def weekday(day):
    return day.weekday() < 5


def pick_weighted(rng, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


# ========================================================================================
# PART 1 — the Chinese street office (canonical CSV)
# ========================================================================================

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
            "毛郝龚邵万钱严覃武戴莫孔向汤")
SURNAME_W = [12, 12, 11, 9, 8, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] + [1] * 200
GIVEN1 = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲桂华建国红英文斌浩宇鹏飞慧琳颖婷雪梅晨阳俊峰凯"
GIVEN2 = "子梓欣怡嘉佳思雨晓海志春秋冬德成振永福宏兴晶亚丹蕾倩燕洁琦然萱涵宁波龙云鑫淑兰凤珍秀玉"

CN_COMMUNITIES = ["东湖社区", "桃园社区", "柳岸社区", "新河社区", "锦绣社区", "南湖社区", "滨江社区"]
CN_SECTIONS = ["党政办", "党建办", "平安办", "城管办", "经济发展办", "社会事务办", "应急管理办",
               "规划建设办", "财政所", "退役军人服务站"]
SECTION_SIZE = {"党政办": 22, "党建办": 14, "平安办": 20, "城管办": 40, "经济发展办": 16, "社会事务办": 22,
                "应急管理办": 12, "规划建设办": 14, "财政所": 9, "退役军人服务站": 6}
LEADER_TITLES = ["党工委书记", "办事处主任", "人大工委主任", "党工委副书记", "党工委副书记", "办事处副主任",
                 "办事处副主任", "办事处副主任", "办事处副主任", "纪工委书记", "武装部部长"]
STREETS = ["和平路", "建设路", "湖滨大道", "桃园街", "柳岸路", "新河北路", "锦绣路", "南湖东路", "滨江路",
           "解放路", "文化路", "育才街", "幸福里", "春晖巷", "光明路"]
COMPOUNDS = ["幸福里小区", "桃园新村", "柳岸花园", "新河家园", "锦绣华庭", "南湖佳苑", "滨江一号", "建设路3号院",
             "文化路老旧小区", "光明路宿舍区", "春晖苑", "湖滨公寓"]


class CNWorld:
    def __init__(self):
        self.rng = random.Random(SEED + 1)
        self.people = []            # dicts: id, name, unit, kind, aliases, title
        self.by_unit = {}
        self.names_used = {}
        self.groups = []            # dicts (see add_group)
        self.gidx = {}
        self.msgs = []              # (datetime, seq, gid, sender, kind, text)
        self.seq = 0

    # ---------------- people ----------------
    def new_name(self):
        rng = self.rng
        for _ in range(1000):
            s = pick_weighted(rng, list(SURNAMES), SURNAME_W[:len(SURNAMES)])
            g = rng.choice(GIVEN1) if rng.random() < 0.35 else rng.choice(GIVEN1) + rng.choice(GIVEN2)
            if rng.random() < 0.3:
                g = rng.choice(GIVEN2) + rng.choice(GIVEN1)
            n = s + g
            if n not in self.names_used:
                self.names_used[n] = 1
                return n
        raise RuntimeError("names")

    def add_person(self, unit, kind, title="", name=None):
        pid = "p%04d" % (len(self.people) + 1)
        p = {"id": pid, "name": name or self.new_name(), "unit": unit, "kind": kind, "title": title,
             "aliases": []}
        self.people.append(p)
        self.by_unit.setdefault(unit, []).append(pid)
        return pid

    def name(self, pid):
        return self.pmap[pid]["name"]

    def build_people(self):
        rng = self.rng
        self.leaders = [self.add_person("街道领导班子", "leader", t) for t in LEADER_TITLES]
        self.sec = {}
        for s in CN_SECTIONS:
            self.sec[s] = [self.add_person(s, "staff") for _ in range(SECTION_SIZE[s])]
        self.comm_cadres, self.comm_grid = {}, {}
        for c in CN_COMMUNITIES:
            self.comm_cadres[c] = [self.add_person(c, "cadre") for _ in range(8)]
            self.comm_grid[c] = [self.add_person(c, "grid") for _ in range(14)]
        # one duplicated display name across units (two different people called 张伟)
        self.pmap = {p["id"]: p for p in self.people}
        self.pmap[self.sec["城管办"][7]]["name"] = "张伟"
        self.pmap[self.comm_grid["南湖社区"][3]]["name"] = "张伟"
        # externals
        self.ext_units = []
        self.ext = {"驻街单位": [], "物业": [], "企业": [], "志愿者": [], "其他": []}
        zj = ["区税务所", "东湖派出所", "区市场监管所", "东湖中学", "实验小学", "东湖卫生服务中心", "区供电所",
              "区消防站", "区交警中队", "区司法所", "区自然资源所", "区人社所", "区住建局", "区水务站", "东湖邮政所"]
        for u in zj:
            for _ in range(2):
                self.ext["驻街单位"].append(self.add_person(u, "external"))
        wy = ["幸福里物业", "桃园物业", "柳岸花园物业", "新河物业", "锦绣物业", "南湖物业", "滨江物业", "万家物业",
              "安居物业", "城投物业", "和美物业", "嘉园物业"]
        for u in wy:
            for _ in range(2):
                self.ext["物业"].append(self.add_person(u, "external"))
        qy = ["东湖机械厂", "湖滨商贸", "新河建材", "锦绣酒店", "滨江物流", "桃园食品", "南湖电子", "柳岸医药",
              "华润超市东湖店", "东湖农贸市场", "顺达汽修", "光明印刷", "宏兴建筑", "春晖养老院", "文化路小吃街商户会",
              "湖滨大酒店", "东方家具城", "鑫源加油站", "明德培训学校", "瑞丰纺织"]
        for u in qy:
            for _ in range(3):
                self.ext["企业"].append(self.add_person(u, "external"))
        for _ in range(62):
            self.ext["志愿者"].append(self.add_person("东湖街道志愿者", "volunteer"))
        for u in ["区林场", "港华燃气东湖站", "区应急管理局", "区融媒体中心", "区委组织部", "区民政局"]:
            for _ in range(2):
                self.ext["其他"].append(self.add_person(u, "external"))
        self.pmap = {p["id"]: p for p in self.people}
        # aliases: some people have a second account (QQ number or old WeChat id)
        cand = self.ext["志愿者"][:14] + self.sec["社会事务办"][:4] + self.comm_cadres["东湖社区"][:3]
        for i, pid in enumerate(cand):
            self.pmap[pid]["aliases"].append(str(31870000 + 137 * i + rng.randrange(100)))
        for pid in self.sec["党政办"][:3]:
            self.pmap[pid]["aliases"].append("wxid_old_%s" % pid)
        # section heads & notice forwarders
        self.head = {s: self.sec[s][0] for s in CN_SECTIONS}
        self.comm_sec = {c: self.comm_cadres[c][0] for c in CN_COMMUNITIES}
        self.comm_adm = {c: self.comm_cadres[c][1] for c in CN_COMMUNITIES}
        self.secretary, self.director = self.leaders[0], self.leaders[1]
        self.liaison = self.sec["党政办"][1:4]   # the people who post/forward notices
        # vice leaders and the sections/communities they supervise (分管)
        self.fenguan = {
            self.leaders[3]: ["党建办", "东湖社区", "桃园社区"],
            self.leaders[4]: ["平安办", "柳岸社区", "新河社区"],
            self.leaders[5]: ["城管办", "规划建设办", "锦绣社区"],
            self.leaders[6]: ["经济发展办", "财政所", "南湖社区"],
            self.leaders[7]: ["社会事务办", "退役军人服务站", "滨江社区"],
            self.leaders[8]: ["应急管理办", "平安办", "城管办"],
            self.leaders[9]: ["党政办", "党建办"],
            self.leaders[10]: ["应急管理办", "退役军人服务站"],
        }

    def supervisors(self, unit):
        out = [self.secretary, self.director]
        for l, us in self.fenguan.items():
            if unit in us:
                out.append(l)
        return out

    # ---------------- groups ----------------
    def add_group(self, gid, name, platform, owner_unit, owner, created, tags="", task_end="",
                  protected="", members=(), admins=(), late_join=0.15, late_until=None, truth=None,
                  nick_style=None):
        rng = self.rng
        seen, mem = {}, []
        for pid in [owner] + list(admins) + list(members):
            if pid not in seen:
                seen[pid] = 1
                mem.append(pid)
        created_dt = created if isinstance(created, dt.datetime) else at(created, 9, 12 + rng.randrange(40))
        late_until = late_until or min(created_dt.date() + dt.timedelta(days=300), AS_OF_DAY - dt.timedelta(days=20))
        rows = []
        for i, pid in enumerate(mem):
            role = "owner" if pid == owner else ("admin" if pid in admins else "member")
            if i < 2 or rng.random() >= late_join or late_until <= created_dt.date():
                j = created_dt + dt.timedelta(seconds=30 + i * rng.randrange(2, 9))
            else:
                span = (late_until - created_dt.date()).days
                jd = created_dt.date() + dt.timedelta(days=rng.randrange(1, max(2, span)))
                j = work_time(rng, jd, late_p=0.02)
            rows.append({"pid": pid, "role": role, "joined": j, "left": None})
        g = {"id": gid, "name": name, "platform": platform, "owner_unit": owner_unit, "owner": owner,
             "created": created_dt, "tags": tags, "task_end": task_end, "protected": protected,
             "members": rows, "truth": truth or {}, "nick_style": nick_style}
        self.groups.append(g)
        self.gidx[gid] = g
        return g

    def members_at(self, g, t):
        return [m["pid"] for m in g["members"] if m["joined"] <= t and (m["left"] is None or m["left"] > t)]

    def emit(self, gid, t, sender, kind, text):
        self.seq += 1
        self.msgs.append((t, self.seq, gid, sender, kind, text))


# ---------------- Chinese text pools ----------------

CN_FILL = {
    "材料": ["安全生产检查台账", "信访维稳工作情况表", "意识形态工作总结", "重点项目推进表", "网格事件统计表",
           "低保复核名单", "党员学习教育台账", "消防隐患整改清单", "防汛物资清单", "人口信息核对表",
           "垃圾分类督导记录", "欠薪隐患排查表", "季度工作总结", "年度考核自评表", "民生实事进度表",
           "矛盾纠纷排查台账", "燃气用户入户检查表", "老年人能力评估名单", "重点企业走访记录"],
    "会议": ["街道党工委理论学习中心组学习会", "全体干部大会", "安全生产工作部署会", "平安建设推进会",
           "季度经济形势分析会", "社区工作例会", "城市管理工作调度会", "民生实事项目推进会", "党风廉政建设工作会"],
    "活动": ["燃气安全隐患排查整治", "文明城市创建“大清扫”", "“我为群众办实事”实践活动", "反诈宣传进社区",
           "消防安全“百日攻坚”", "夏季治安巡防", "冬季供暖保障排查", "禁毒宣传月", "电动自行车充电安全整治",
           "无物业小区环境整治", "老年人防诈骗讲座", "文明养犬宣传", "全民国家安全教育日宣传"],
    "工作": ["值班值守", "信访稳定", "意识形态阵地管理", "公文处理", "会风会纪", "食品安全", "节日期间廉洁自律",
           "网格化服务管理", "安全生产", "信息报送"],
    "节日": ["元旦", "春节", "清明", "五一", "端午", "中秋", "国庆"],
}


def cn_notice_text(rng, t, num, liaison_name):
    y = t.year
    kind = rng.randrange(5)
    due = t.date() + dt.timedelta(days=rng.choice([2, 3, 4, 5, 7, 10]))
    dues = "%d月%d日" % (due.month, due.day)
    tel = "8523%04d" % rng.randrange(10000)
    code = "东街办通〔%d〕%d号" % (y, num)
    if kind == 0:
        title = "关于报送%s的通知" % rng.choice(CN_FILL["材料"])
        body = "各科室、各社区：根据区委办要求，请于%s下班前将相关材料报送党政办（电子版发邮箱，纸质版加盖公章）。逾期未报的将在周例会上通报。" % dues
    elif kind == 1:
        mt = rng.choice(CN_FILL["会议"])
        md = t.date() + dt.timedelta(days=rng.choice([1, 2, 3]))
        title = "关于召开%s的通知" % mt
        body = "定于%d月%d日%s在街道三楼会议室召开%s，请各科室负责人、各社区书记准时参加，不得请假，确需请假的向主要领导报告。" % (
            md.month, md.day, rng.choice(["上午9:00", "上午9:30", "下午2:30", "下午3:00"]), mt)
    elif kind == 2:
        act = rng.choice(CN_FILL["活动"])
        title = "关于开展%s的通知" % act
        body = "各科室、各社区：为切实做好%s，经研究，即日起至%s在全街道范围内集中开展，请各单位明确专人负责，每周五前报送工作进展。" % (act, dues)
    elif kind == 3:
        w = rng.choice(CN_FILL["工作"])
        title = "关于进一步加强%s的通知" % w
        body = "各科室、各社区：近期上级检查发现部分单位%s存在薄弱环节。请各单位对照要求开展自查，于%s前将自查情况报党政办。" % (w, dues)
    else:
        f = rng.choice(CN_FILL["节日"])
        title = "关于做好%d年%s期间值班和安全工作的通知" % (y, f)
        body = "各科室、各社区：%s将至，请严格落实24小时值班和领导带班制度，值班表于%s前报党政办，遇重大情况第一时间报告。" % (f, dues)
    return "【通知】%s（%s）\n%s\n联系人：%s，电话：%s" % (title, code, body, liaison_name, tel)


ACKS = ["收到", "收到", "收到", "收到！", "好的", "好的", "已阅", "收到，马上落实", "收到，按要求办理", "👌",
        "1", "[强]", "收到[抱拳]", "好的收到", "明白", "已收到", "收到，谢谢"]

UNIT_TOPICS = {
    "党政办": ["公文流转", "会务安排", "节假日值班表", "公车使用", "督办件", "信息简报", "档案归档", "办公用品采购"],
    "党建办": ["三会一课记录", "党费收缴", "主题党日活动", "发展党员材料", "组织生活会", "党员积分", "支部换届"],
    "平安办": ["矛盾纠纷排查", "信访件", "重点人员稳控", "网格事件", "12345工单", "夜间巡防", "视频监控点位"],
    "城管办": ["占道经营", "违章搭建", "垃圾分类", "门前三包", "渣土车抛洒", "共享单车乱停", "广告牌整治", "夜市管理"],
    "经济发展办": ["企业走访", "招商项目", "统计报表", "规上企业入库", "税源排查", "助企纾困", "楼宇招商"],
    "社会事务办": ["低保复核", "高龄津贴", "残疾人补贴", "医保参保", "养老服务", "临时救助", "困境儿童"],
    "应急管理办": ["安全生产检查", "隐患整改", "消防通道", "有限空间作业", "燃气安全", "应急物资", "应急演练"],
    "规划建设办": ["老旧小区改造", "加装电梯", "施工许可", "违建拆除", "道路维修", "雨污分流", "停车场建设"],
    "财政所": ["报账", "预算执行", "专项经费", "发票审核", "决算报表", "资产清查", "政府采购"],
    "退役军人服务站": ["优抚对象走访", "光荣牌悬挂", "退役军人信息采集", "双拥活动", "就业帮扶"],
    "社区": ["居民诉求", "楼道堆物", "入户走访", "独居老人", "停车纠纷", "楼顶漏水", "物业矛盾", "社区活动",
           "垃圾清运", "电动车充电", "新冠疫苗", "文明创建", "低保入户核查"],
}

CN_CHAT = [
    "{p}，{topic}这块你牵头，周五前给我一个方案。",
    "{topic}的材料模板已经发群文件了，按新口径填，别用去年的表。",
    "明天上午9点三楼会议室碰一下{topic}，相关同志准时参加。",
    "{c}反映{addr}{topic}的问题，{p}你今天去现场看一下，下班前回复。",
    "已经到现场了，{addr}情况属实，正在协调处理。",
    "{topic}台账我更新到{n}条了，还差两个社区没报。",
    "区里刚打电话催{topic}的进度，今天必须报上去。",
    "{p}，上周那个{topic}的件办结了没有？系统里还显示在办。",
    "办结了，回访群众满意，系统我下午补录。",
    "关于{topic}，区里口径有调整：以常住人口为准，附件二有说明。",
    "下周一区督查组来检查{topic}，请各位把资料整理好放档案盒。",
    "{addr}那边又有人打12345了，{topic}，谁在附近？",
    "我在，马上过去。",
    "今天{topic}一共处理了{n}起，明细见表格。",
    "{topic}的签字材料还缺{n}份，请相关同志明天上午补齐。",
    "这个事情需要{p}那边配合，我已经电话沟通了。",
    "请大家注意，{topic}的数据不要外传，按保密要求处理。",
    "周四下午{topic}现场推进会，地点在{addr}。",
    "{p}：{topic}的照片和签到表发我一份，做简报用。",
    "刚和{c}书记对接完{topic}，他们下周一前能完成。",
    "{topic}这个月进度偏慢，各位抓紧，月底要排名。",
    "有个问题请教：{topic}里面户籍不在本地的算不算？",
    "不算，按去年的文件执行，我把文件发你。",
    "{addr}的{topic}整改完了，前后对比照片已上传系统。",
]


def cn_chat(rng, unit_key, names):
    tpl = rng.choice(CN_CHAT)
    return tpl.format(p=rng.choice(names) if names else "各位", topic=rng.choice(UNIT_TOPICS[unit_key]),
                      c=rng.choice(CN_COMMUNITIES), addr=rng.choice(STREETS) + str(rng.randrange(1, 120)) + "号",
                      n=rng.randrange(3, 60))


def cn_media(rng, unit_key):
    r = rng.random()
    topic = rng.choice(UNIT_TOPICS[unit_key])
    if r < 0.45:
        return "image", "[图片]"
    if r < 0.7:
        return "file", "%s%s.%s" % (topic, rng.choice(["汇总表", "台账", "工作方案", "情况说明", "明细"]),
                                    rng.choice(["xlsx", "docx", "docx", "pdf"]))
    if r < 0.8:
        return "link", "https://mp.weixin.qq.com/s/%s 东湖街道：%s工作扎实推进" % (
            "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(22)), topic)
    if r < 0.92:
        return "voice", "[语音] %d\"" % rng.randrange(3, 58)
    return "sticker", "[动画表情]"


STUDY_TEXTS = [
    "本周学习内容：《习近平谈治国理政》第五卷相关篇目，请大家利用业余时间学习，周五前在群里交流学习体会。",
    "学习强国今日推荐：{x}，大家有空看一看。",
    "分享一篇学习材料：https://www.xuexi.cn/lgpage/detail/index.html?id={n} 基层治理的实践与思考",
    "第{n}期理论学习：深入学习贯彻党的二十届三中全会精神，请在月底前完成学习笔记。",
    "我的学习体会：{x}让我对做好基层群众工作有了新的认识，要多到群众中去。",
    "读书分享会改到周四下午，地点在三楼阅览室，欢迎大家参加。",
    "学习笔记检查：请还没交的同志本周交到{p}处。",
    "本月主题读书：《之江新语》，每人选一篇写300字心得。",
    "今天学习的这篇关于“枫桥经验”的文章很有启发，推荐大家读一读。",
    "学习强国积分本周排名已发，大家继续保持。",
]
UNION_TEXTS = [
    "工会通知：{m}月生日会定在本周五下午4点，寿星请提前到。",
    "端午节福利（粽子、咸鸭蛋）已到，请到一楼工会活动室签字领取。",
    "本周六上午羽毛球活动，体育馆3号场，报名接龙的同志请准时到。",
    "工会会员体检安排：{m}月{n}日起分批进行，请看附件名单。",
    "中秋慰问品已发放，未领取的同志请找{p}。",
    "工会职工之家新添了跑步机和书架，欢迎大家使用。",
    "困难职工帮扶申请截止到本月底，有需要的同志私聊我。",
    "拔河比赛报名开始了，每个科室出8人，请在群里报名。",
    "工会经费报销单据请本周内交到财务。",
]
VOLUNTEER_TEXTS = [
    "本周六上午志愿服务：{addr}环境清理，需要10名志愿者，集合地点社区门口。",
    "“敬老助老”志愿活动：周三下午为独居老人理发，请报名。",
    "本月志愿服务时长已录入系统，请大家登录查看。",
    "今天参加垃圾分类督导的志愿者辛苦了，活动照片已上传。",
    "下周一“文明交通”劝导，早高峰7:30-8:30，{addr}路口。",
    "义诊活动需要3名志愿者维持秩序，有空的请回复。",
    "志愿者马甲已到，请到社区服务站领取。",
    "感谢大家本月的付出，我们社区志愿服务时长排名全街道第二！",
]
CANTEEN_TEXTS = [
    "今日午餐：红烧肉、清炒西兰花、番茄炒蛋、紫菜汤，米饭馒头。",
    "明天食堂检修，午餐改为盒饭，需要的在群里报份数。",
    "本周菜单已发，意见建议可以在群里提。",
    "周五晚上加班的同志需要晚餐的请17点前报名。",
    "饭卡充值改到每周二、周四下午办理。",
    "今日午餐：宫保鸡丁、麻婆豆腐、炒青菜、冬瓜排骨汤。",
    "今日午餐：清蒸鱼、土豆丝、木须肉、酸辣汤，另有饺子。",
]


PURPOSE_TEXTS = {"cn071": STUDY_TEXTS, "cn072": UNION_TEXTS, "cn073": VOLUNTEER_TEXTS, "cn074": STUDY_TEXTS,
                 "cn141": VOLUNTEER_TEXTS, "cn152": CANTEEN_TEXTS, "cn157": VOLUNTEER_TEXTS}


def fill_simple(rng, tpl, names):
    return tpl.format(x=rng.choice(["《在基层治理中践行群众路线》", "《新时代“枫桥经验”的实践》",
                                    "《以党建引领基层治理》", "《把群众的事当成自己的事》"]),
                      n=rng.randrange(2, 9999), p=rng.choice(names), m=rng.randrange(1, 13),
                      addr=rng.choice(STREETS), c=rng.choice(CN_COMMUNITIES))


def build_cn():
    W = CNWorld()
    rng = W.rng
    W.build_people()
    L, S, CC, CG, E = W.leaders, W.sec, W.comm_cadres, W.comm_grid, W.ext
    P = W.pmap

    staff_all = L + [p for s in CN_SECTIONS for p in S[s]] + [p for c in CN_COMMUNITIES for p in CC[c] + CG[c]]
    # ------------------------------------------------------------------ groups
    T = {}   # truth shorthand

    def truth(kind, must=(), mustnot=(), actions=("keep",), into=(), why=""):
        return {"kind": kind, "must_have": list(must), "must_not_have": list(mustnot),
                "acceptable_actions": list(actions), "merge_into_any_of": list(into), "why": why}

    ACTIVE_NEG = ["zombie", "task-ended", "check-in-only"]

    # core -------------------------------------------------------------
    never_joined = staff_all[-7:-4] + [S["城管办"][-1]]
    allstaff = [p for p in staff_all if p not in never_joined]
    W.add_group("cn001", "东湖街道全体干部群", "wechat", "党政办", W.liaison[0], D(2021, 6, 1),
                tags="全体;通知;工作", members=allstaff, admins=[S["党政办"][0], W.liaison[1], W.liaison[2]],
                late_join=0.12,
                truth=truth("all-staff", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep"], [],
                            "The all-staff group holds nearly everyone; notices forwarded down from it are how offices work."))
    notice_members = (L + [S[s][0] for s in CN_SECTIONS] + [S[s][1] for s in CN_SECTIONS] + W.liaison
                      + [p for c in CN_COMMUNITIES for p in CC[c][:3]]
                      + E["驻街单位"] + E["物业"] + E["企业"][::1][:50] + E["其他"])
    W.add_group("cn002", "东湖街道通知发布群", "wechat", "党政办", W.liaison[0], D(2022, 3, 1),
                tags="通知发布", members=notice_members, admins=W.liaison[1:], late_join=0.2,
                truth=truth("notice-release", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep", "review"], [],
                            "A notice group with broad cross-unit membership is the normal origin of forwarded notices, not a redundant group."))
    W.add_group("cn003", "街道班子群", "wechat", "党政办", L[0], D(2021, 9, 3), tags="领导班子",
                members=L + [S["党政办"][0]], late_join=0.0,
                truth=truth("leaders", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep"], [],
                            "The leaders' group sits inside the all-staff group for a good reason: containment alone says same people, not same work."))

    # sections ---------------------------------------------------------
    sec_gid = {}
    sec_names = {"党政办": "党政办工作群", "党建办": "党建办工作群", "平安办": "平安办（综治中心）工作群（新）",
                 "城管办": "城市管理办公室工作群", "经济发展办": "经济发展办工作群", "社会事务办": "社会事务办工作群",
                 "应急管理办": "应急管理办工作群", "规划建设办": "规划建设办工作群", "财政所": "财政所工作群",
                 "退役军人服务站": "退役军人服务站工作群"}
    created = {"党政办": D(2021, 6, 3), "党建办": D(2022, 1, 10), "平安办": D(2025, 5, 12), "城管办": D(2020, 11, 5),
               "经济发展办": D(2022, 4, 18), "社会事务办": D(2021, 8, 9), "应急管理办": D(2023, 2, 20),
               "规划建设办": D(2022, 7, 1), "财政所": D(2021, 12, 1), "退役军人服务站": D(2022, 9, 15)}
    n = 10
    for s in CN_SECTIONS:
        n += 1
        gid = "cn%03d" % n
        sec_gid[s] = gid
        mem = S[s] + W.supervisors(s) + W.liaison[:2]
        if s == "城管办":
            mem = [p for p in mem if p != S["城管办"][-1]]
        plat = "dingtalk" if s in ("财政所", "规划建设办") else "wechat"
        kind = "section-work"
        why = "A section's own work group inside the all-staff group is normal structure; containment alone is not overlap."
        tr = truth(kind, [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep"], [], why)
        if s == "平安办":
            tr = truth("recreated-new-survivor", [], ACTIVE_NEG + ["overlapping"], ["keep"], [],
                       "The re-created group members moved into is the live one and the right merge survivor.")
        if s == "规划建设办":
            tr = truth("duplicate-pair-a", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"],
                       [], "Re-created for the same work: near-identical members, same purpose, same notices posted into both.")
        W.add_group(gid, sec_names[s], plat, s, S[s][0], created[s], tags="工作;" + s, members=mem,
                    admins=[S[s][1]], late_join=0.2, truth=tr)

    # communities ------------------------------------------------------
    comm_names = {"东湖社区": "东湖社区工作群", "桃园社区": "桃园社区居委会", "柳岸社区": "柳岸社区干部群（新）",
                  "新河社区": "新河社区办公群", "锦绣社区": "锦绣社区工作交流群", "南湖社区": "南湖社区两委工作群",
                  "滨江社区": "滨江社区网格工作群"}
    comm_gid = {}
    n = 30
    for c in CN_COMMUNITIES:
        n += 1
        gid = "cn%03d" % n
        comm_gid[c] = gid
        mem = CC[c] + CG[c] + W.supervisors(c) + W.liaison[:2]
        tr = truth("community-work", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep"], [],
                   "A community's own work group; forwarded notices from the office are normal, not redundancy.")
        cr = D(2021, 5, 10) + dt.timedelta(days=37 * n % 400)
        if c == "柳岸社区":
            cr = D(2025, 7, 1)
            tr = truth("recreated-new-survivor", ["duplicate"], ACTIVE_NEG + ["overlapping"], ["keep"], [],
                       "The re-created group holds the live discussion; it is the survivor of the duplicate pair.")
        if c == "新河社区":
            tr = truth("duplicate-pair-a", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"],
                       [], "Re-created for the same work (备用): near-identical members, same notices posted into both.")
        if c == "锦绣社区":
            tr = truth("ack-heavy-work", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep"], [],
                       "An ordinary work group collects many 收到/好的/已阅 under real notices; the notices are substantive, so not check-in-only.")
        W.add_group(gid, comm_names[c], "wechat", c, W.comm_sec[c], cr, tags="社区;工作", members=mem,
                    admins=[W.comm_adm[c]], late_join=0.25, truth=tr, nick_style=c)

    G = W.gidx
    # duplicates -------------------------------------------------------
    # D1 平安办 old group: members moved to the new one in May 2025, old one died
    old_pa = W.add_group("cn051", "平安办（综治中心）工作群", "wechat", "平安办", S["平安办"][0], D(2021, 10, 8),
                         tags="工作;平安办", members=S["平安办"] + W.supervisors("平安办"), admins=[S["平安办"][1]],
                         late_join=0.1,
                         truth=truth("recreated-old-dead", ["zombie"], ["check-in-only"], ["dissolve", "merge"],
                                     [sec_gid["平安办"]],
                                     "Old copy of a re-created group: members moved to the new one and it has been silent for 9+ months."))
    move_day = D(2025, 5, 12)
    for m in old_pa["members"]:
        if rng.random() < 0.7 and m["role"] != "owner":
            m["left"] = work_time(rng, move_day + dt.timedelta(days=rng.randrange(0, 20)), late_p=0)
    # D2 规划建设办（2）: both live
    W.add_group("cn052", "规划建设办工作群（2）", "wechat", "规划建设办", S["规划建设办"][1], D(2024, 9, 2),
                tags="工作;规划建设办", members=S["规划建设办"] + W.supervisors("规划建设办"), admins=[S["规划建设办"][0]],
                late_join=0.1,
                truth=truth("duplicate-pair-b", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"],
                            [sec_gid["规划建设办"]],
                            "Re-created for the same work: near-identical members, same purpose, same notices posted into both."))
    G[sec_gid["规划建设办"]]["truth"]["merge_into_any_of"] = ["cn052"]
    # D3 新河社区办公群备用
    xh = CC["新河社区"] + CG["新河社区"] + W.supervisors("新河社区")
    W.add_group("cn053", "新河社区办公群备用", "wechat", "新河社区", W.comm_adm["新河社区"], D(2025, 2, 10),
                tags="社区;工作", members=[p for p in xh if p != CG["新河社区"][-1]], admins=[W.comm_sec["新河社区"]],
                late_join=0.05, nick_style="新河社区",
                truth=truth("duplicate-pair-b", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"],
                            [comm_gid["新河社区"]],
                            "A 备用 copy of the same community's work group: same members, same notices posted into both."))
    G[comm_gid["新河社区"]]["truth"]["merge_into_any_of"] = ["cn053"]
    # D4 柳岸社区干部群（旧）: still receives the same notices but discussion moved to （新）
    la = CC["柳岸社区"] + CG["柳岸社区"] + W.supervisors("柳岸社区") + W.liaison[:1]
    W.add_group("cn054", "柳岸社区干部群（旧）", "wechat", "柳岸社区", W.comm_sec["柳岸社区"], D(2020, 4, 20),
                tags="社区;工作", members=la + [P[x]["id"] for x in E["物业"][4:6]], admins=[W.comm_adm["柳岸社区"]],
                late_join=0.1, nick_style="柳岸社区",
                truth=truth("recreated-old-live", ["duplicate"], ["check-in-only"], ["merge", "dissolve"],
                            [comm_gid["柳岸社区"]],
                            "Old copy of a re-created group: same unit and purpose, same notices still posted into both."))

    # teams inside sections --------------------------------------------
    team_tr = lambda why: truth("team-inside-section", [], ACTIVE_NEG + ["duplicate", "overlapping"], ["keep", "review"], [], why)
    W.add_group("cn061", "城管执法一中队", "wechat", "城管办", S["城管办"][2], D(2022, 3, 15), tags="执法;巡查",
                members=S["城管办"][2:14], late_join=0.1,
                truth=team_tr("A team of a section inside the section's own group, with its own distinct daily work."))
    W.add_group("cn062", "社会事务办低保核查小组", "wechat", "社会事务办", S["社会事务办"][1], D(2023, 3, 1),
                tags="低保核查", members=S["社会事务办"][1:6], late_join=0.0,
                truth=team_tr("A small team inside the section's group doing distinct casework (低保入户核查)."))
    W.add_group("cn063", "桃园社区网格员群", "wechat", "桃园社区", W.comm_adm["桃园社区"], D(2022, 5, 6),
                tags="网格", members=CG["桃园社区"] + CC["桃园社区"][1:3], late_join=0.15, nick_style="桃园社区",
                truth=team_tr("The grid team inside the community group handles its own grid cases, not the same work."))
    W.add_group("cn064", "滨江社区楼栋长群", "wechat", "滨江社区", W.comm_adm["滨江社区"], D(2023, 6, 12),
                tags="楼栋长", members=CC["滨江社区"][1:5] + E["志愿者"][40:52], late_join=0.2,
                truth=truth("community-subgroup", [], ACTIVE_NEG + ["duplicate"], ["keep", "review"], [],
                            "A community's building-leader group with its own audience and work."))

    # same people, different purposes ------------------------------------
    sp_tr = lambda why: truth("same-people-other-purpose", [], ["duplicate", "overlapping", "zombie", "task-ended"],
                              ["keep", "review"], [], why)
    W.add_group("cn071", "社会事务办理论学习群", "wechat", "社会事务办", S["社会事务办"][2], D(2023, 9, 1),
                tags="学习;理论学习", members=S["社会事务办"], late_join=0.05,
                truth=sp_tr("Same people as the section's work group but a study purpose: different purposes, not duplicates."))
    W.add_group("cn072", "城管办工会小组", "wechat", "城管办", S["城管办"][3], D(2022, 10, 10),
                tags="工会;福利", members=[p for p in S["城管办"] if p != S["城管办"][-1]], late_join=0.05,
                truth=sp_tr("Same people as the section's work group but a union purpose: not a duplicate."))
    W.add_group("cn073", "东湖社区志愿服务队", "wechat", "东湖社区", CC["东湖社区"][2], D(2023, 3, 5),
                tags="志愿服务", members=CC["东湖社区"] + CG["东湖社区"] + E["志愿者"][:6], late_join=0.1,
                truth=sp_tr("Nearly the same people as the community's work group, but a volunteer purpose."))
    W.add_group("cn074", "经济发展办学习交流群", "wechat", "经济发展办", S["经济发展办"][2], D(2024, 1, 8),
                tags="学习", members=S["经济发展办"], late_join=0.05,
                truth=sp_tr("Same people as the section's work group, declared study purpose: not a duplicate."))

    # overlapping --------------------------------------------------------
    W.add_group("cn081", "经济发展办通知群", "wechat", "经济发展办", S["经济发展办"][0], D(2023, 5, 9),
                tags="通知", members=S["经济发展办"][:13] + [W.supervisors("经济发展办")[2]], late_join=0.05,
                truth=truth("overlapping-notice", ["overlapping"], ["check-in-only", "zombie", "task-ended"], ["merge"],
                            [sec_gid["经济发展办"]],
                            "Same unit, audience inside the section's work group, only repeats the notices that group already gets."))
    W.add_group("cn082", "党建办党务通知群", "wechat", "党建办", S["党建办"][1], D(2023, 8, 21),
                tags="通知;党务", members=S["党建办"][:12], late_join=0.05,
                truth=truth("overlapping-notice", ["overlapping"], ["check-in-only", "zombie", "task-ended"], ["merge"],
                            [sec_gid["党建办"]],
                            "Same unit, audience inside the section's work group, function crosses it (repeats the same notices)."))

    # emergency ----------------------------------------------------------
    em_tr = lambda kind, must, why: truth(kind, must, ["duplicate", "overlapping", "task-ended", "check-in-only"],
                                          ["keep", "review"], [], why)
    W.add_group("cn091", "东湖街道防汛指挥群", "wechat", "应急管理办", S["应急管理办"][0], D(2022, 5, 20),
                tags="防汛;应急", protected="true",
                members=L + S["应急管理办"] + S["城管办"][:6] + [W.comm_sec[c] for c in CN_COMMUNITIES] + E["其他"][4:6],
                late_join=0.1,
                truth=em_tr("emergency-protected", ["protected"], "Flood-control group marked protected: silent by design out of season."))
    W.add_group("cn092", "应急值守群", "wechat", "党政办", S["党政办"][0], D(2022, 1, 5),
                tags="应急值守;值班", protected="true", members=L + S["党政办"][:12] + S["应急管理办"][:4],
                late_join=0.1,
                truth=em_tr("emergency-protected", ["protected"], "Emergency duty group marked protected: quiet by design."))
    W.add_group("cn093", "森林防火工作群", "wechat", "应急管理办", S["应急管理办"][1], D(2023, 3, 1),
                members=[L[8], L[10]] + S["应急管理办"][:6] + CC["滨江社区"][:4] + CC["南湖社区"][:4] + E["其他"][:2]
                + CG["滨江社区"][:6], late_join=0.1,
                truth=em_tr("emergency-untagged", [], "Forest fire-prevention group, quiet for months by design; no tags, recognisable from the name only."))
    W.add_group("cn094", "抢险救灾突击队", "qq", "城管办", S["城管办"][1], D(2023, 7, 3),
                members=[L[5], L[10]] + S["城管办"][10:30] + S["退役军人服务站"][:3] + CG["东湖社区"][:5], late_join=0.1,
                truth=em_tr("emergency-untagged", [], "Rescue/disaster-relief team, quiet for months by design; untagged, recognisable from the name."))
    W.add_group("cn095", "燃气安全应急处置群", "wechat", "应急管理办", S["应急管理办"][2], D(2024, 5, 8),
                members=[L[8]] + S["应急管理办"][2:8] + S["规划建设办"][:3] + E["其他"][2:4] + E["物业"][:6], late_join=0.1,
                truth=em_tr("emergency-untagged", [], "Gas-emergency disposal group, quiet by design; untagged, recognisable from the name."))

    # roll-call ----------------------------------------------------------
    duty = [p for c in CN_COMMUNITIES for p in CC[c][:3]] + S["平安办"][:3]
    W.add_group("cn101", "社区每日报平安群", "wechat", "平安办", S["平安办"][0], D(2024, 12, 28),
                members=duty, late_join=0.05,
                truth=truth("rollcall-duty", ["check-in-only"], ["zombie", "protected"], ["dissolve", "review"], [],
                            "Almost every message is a 报平安/值班正常/无异常 roll-call: a check-in-only group."))
    grid_all = [p for c in CN_COMMUNITIES for p in CG[c]]
    W.add_group("cn102", "网格员每日签到群", "dingtalk", "平安办", S["平安办"][2], D(2025, 3, 1),
                tags="签到", members=grid_all + S["平安办"][2:5], late_join=0.05,
                truth=truth("signin-alive", ["check-in-only"], ["zombie", "too-new", "protected"], ["dissolve", "review"], [],
                            "Daily 签到/到岗/打卡, location shares, scene photos and 接龙 chains up to today: check-in-only, but alive (not zombie)."))

    # zombies ------------------------------------------------------------
    W.add_group("cn111", "街道宣传信息报送群", "wechat", "党政办", S["党政办"][5], D(2022, 2, 14),
                members=S["党政办"][4:10] + [CC[c][4] for c in CN_COMMUNITIES] + [S[s][3] for s in CN_SECTIONS if len(S[s]) > 3],
                late_join=0.1,
                truth=truth("zombie-dead", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [],
                            "No substantive message for 10 months."))
    W.add_group("cn112", "东湖街道老干部联络群", "wechat", "党建办", S["党建办"][4], D(2024, 6, 17),
                members=S["党建办"][3:8] + E["志愿者"][50:62], late_join=0.3,
                truth=truth("zombie-never-used", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [],
                            "Never used: only join events since it was created 21 months ago."))
    W.add_group("cn113", "规划建设办资料共享群", "dingtalk", "规划建设办", S["规划建设办"][2], D(2024, 9, 23),
                members=S["规划建设办"][:9] + E["物业"][10:14], late_join=0.2,
                truth=truth("zombie-never-used", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [],
                            "Never used: only join events, created about 18 months ago."))
    W.add_group("cn114", "财政所报账群", "wechat", "财政所", S["财政所"][1], D(2023, 1, 9),
                members=S["财政所"][:7], late_join=0.05,
                truth=truth("zombie-dead-overlapping", ["zombie"], ["too-new"], ["dissolve"], [],
                            "Dead for 11 months and inside the unit's own work group: a dead overlapping group is dissolved, not merged."))
    W.add_group("cn115", "智慧平台告警推送群", "dingtalk", "平安办", S["平安办"][4], D(2023, 11, 2),
                members=S["平安办"][3:9] + [S["党政办"][6]], late_join=0.05,
                truth=truth("zombie-bot-only", ["zombie"], ["too-new"], ["dissolve", "review"], [],
                            "Only bot posts for 8+ months; bots are not activity."))
    W.add_group("cn116", "综合执法协调群", "wechat", "城管办", S["城管办"][4], D(2023, 4, 11),
                members=S["城管办"][4:12] + E["驻街单位"][6:12] + [L[5]], late_join=0.1,
                truth=truth("zombie-acks-only", ["zombie"], ["too-new"], ["dissolve"], [],
                            "Last substantive message more than 8 months ago; since then only acknowledgements and system events."))

    # phase tasks --------------------------------------------------------
    task_tr = lambda kind, why, acts=("dissolve",): truth(kind, ["task-ended"], ["too-new", "protected"], list(acts), [], why)
    W.add_group("cn121", "2024年经济普查工作群", "wechat", "经济发展办", S["经济发展办"][1], D(2024, 3, 25),
                tags="经济普查;专项", task_end="2024-12-31",
                members=S["经济发展办"] + [CC[c][5] for c in CN_COMMUNITIES] + CG["东湖社区"][:8] + CG["锦绣社区"][:8] + [L[6]],
                late_join=0.1,
                truth=task_tr("task-ended-dated", "Phase task (普查) whose declared end date passed 15 months ago; activity died away."))
    W.add_group("cn122", "创卫迎检专项群", "wechat", "城管办", S["城管办"][0], D(2025, 3, 24), tags="创卫;迎检",
                members=S["城管办"][:20] + [CC[c][0] for c in CN_COMMUNITIES] + [CC[c][6] for c in CN_COMMUNITIES] + L[:2] + [L[5]],
                late_join=0.1,
                truth=task_tr("task-ended-undated", "迎检/专项 phase task, no end date: burst in spring 2025, silent since August 2025."))
    W.add_group("cn123", "2025国庆安保临时工作群", "wechat", "平安办", S["平安办"][1], D(2025, 9, 18),
                members=S["平安办"][:10] + [CC[c][1] for c in CN_COMMUNITIES] + E["驻街单位"][2:4] + [L[4]],
                late_join=0.05,
                truth=task_tr("task-ended-temporary", "临时 task group for the 2025 National Day security period; over since October."))
    nh = CC["南湖社区"] + CG["南湖社区"] + W.supervisors("南湖社区")
    W.add_group("cn124", "南湖社区2025年人口抽样调查群", "wechat", "南湖社区", W.comm_sec["南湖社区"], D(2025, 10, 8),
                tags="人口抽样调查;专项", task_end="2025-11-30",
                members=[p for p in nh if p != CG["南湖社区"][-1]] + W.liaison[:1], late_join=0.0, nick_style="南湖社区",
                truth=task_tr("task-ended-lookalike-duplicate",
                              "Finished phase task whose members nearly equal the community group's: the right action is dissolve, not merge."))
    W.add_group("cn125", "2025年秋季征兵工作群", "wechat", "退役军人服务站", S["退役军人服务站"][0], D(2025, 7, 28),
                tags="征兵", task_end="2025-09-30",
                members=S["退役军人服务站"] + [L[10]] + [CC[c][7] for c in CN_COMMUNITIES] + E["驻街单位"][8:10],
                late_join=0.05,
                truth=task_tr("task-ended-dated", "Conscription task group whose end date (2025-09-30) has passed."))

    # hard negatives for task-ended ---------------------------------------
    W.add_group("cn131", "老旧小区改造项目推进群", "wechat", "规划建设办", S["规划建设办"][0], D(2024, 8, 5),
                tags="老旧小区改造;项目", members=S["规划建设办"][:8] + E["物业"][:8] + [CC[c][0] for c in CN_COMMUNITIES[:4]]
                + [L[5]] + E["其他"][6:8], late_join=0.15,
                truth=truth("long-running-project", [], ACTIVE_NEG + ["duplicate"], ["keep"], [],
                            "A long-running project still active: 项目 alone is not a phase marker."))
    W.add_group("cn132", "2026年一季度安全生产大检查专项群", "wechat", "应急管理办", S["应急管理办"][0], D(2026, 1, 5),
                tags="安全生产;专项", task_end="2026-03-31",
                members=S["应急管理办"] + [CC[c][2] for c in CN_COMMUNITIES] + [L[8]] + E["企业"][:10], late_join=0.05,
                truth=truth("task-running", [], ["task-ended", "zombie", "check-in-only"], ["keep"], [],
                            "A special-task group whose declared end date is still ahead and which is busy now."))

    # too new ------------------------------------------------------------
    W.add_group("cn141", "2026年春季植树活动筹备群", "wechat", "党建办", S["党建办"][2],
                at(D(2026, 3, 9), 10, 4), tags="植树;志愿服务",
                members=S["党建办"][2:8] + E["志愿者"][10:24] + [CC[c][3] for c in CN_COMMUNITIES[:3]], late_join=0.0,
                truth=truth("too-new", ["too-new"], ["zombie", "task-ended", "duplicate"], ["keep", "review"], [],
                            "Created 11 days before the as-of date: too new to judge."))
    W.add_group("cn142", "东湖街道信访维稳专班", "wechat", "平安办", S["平安办"][0], at(D(2026, 3, 13), 16, 20),
                tags="信访维稳", members=S["平安办"][:6] + L[3:5] + [L[0]], late_join=0.0,
                truth=truth("too-new-silent", ["too-new"], ["zombie", "task-ended", "duplicate", "overlapping"],
                            ["keep", "review"], [],
                            "Created a week before the as-of date, only join events so far: too new, not a zombie."))

    # ordinary others ----------------------------------------------------
    ord_tr = lambda kind, why, extra=(): truth(kind, [], ACTIVE_NEG + list(extra), ["keep", "review"], [], why)
    W.add_group("cn151", "社区书记工作群", "wechat", "党建办", S["党建办"][0], D(2021, 7, 1),
                members=[W.comm_sec[c] for c in CN_COMMUNITIES] + L[:4] + S["党建办"][:2], late_join=0.05,
                truth=ord_tr("ordinary", "Community secretaries' coordination group, active.", ["duplicate"]))
    W.add_group("cn152", "机关食堂就餐群", "wechat", "党政办", S["党政办"][8], D(2022, 8, 29), tags="食堂",
                members=L + [p for s in CN_SECTIONS for p in S[s]][:150], late_join=0.3,
                truth=ord_tr("canteen", "Canteen group: a different purpose from the work groups.", ["duplicate"]))
    W.add_group("cn153", "驻街单位联络群", "wechat", "党政办", S["党政办"][0], D(2021, 3, 18),
                members=E["驻街单位"] + L[:3] + S["党政办"][:3] + S["平安办"][:2], late_join=0.2,
                truth=ord_tr("ordinary", "Liaison group with stationed units, active.", ["duplicate"]))
    W.add_group("cn154", "物业企业联络群", "wechat", "规划建设办", S["规划建设办"][3], D(2022, 6, 20),
                members=E["物业"] + S["规划建设办"][3:7] + [W.comm_adm[c] for c in CN_COMMUNITIES] + S["城管办"][:2],
                late_join=0.2, truth=ord_tr("ordinary", "Property-management liaison group, active.", ["duplicate"]))
    W.add_group("cn155", "辖区企业服务群", "wechat", "经济发展办", S["经济发展办"][3], D(2021, 11, 11),
                members=E["企业"] + S["经济发展办"][:6] + [L[6]], late_join=0.25,
                truth=ord_tr("ordinary", "Enterprise service group, active.", ["duplicate"]))
    W.add_group("cn156", "12345热线工单处置群", "dingtalk", "平安办", S["平安办"][5], D(2022, 12, 1),
                members=S["平安办"][3:12] + [W.comm_adm[c] for c in CN_COMMUNITIES] + S["城管办"][3:6] + S["社会事务办"][6:8],
                late_join=0.1, truth=ord_tr("ordinary-with-bot", "Hotline work-order group with a bot and real human case handling.",
                                            ["duplicate"]))
    W.add_group("cn157", "东湖街道志愿者服务总队", "qq", "党建办", S["党建办"][5], D(2020, 9, 1),
                members=E["志愿者"] + S["党建办"][5:9] + [CC[c][3] for c in CN_COMMUNITIES], late_join=0.35,
                truth=ord_tr("ordinary", "Street-wide volunteer corps group, active.", ["duplicate"]))
    W.add_group("cn158", "妇联执委群", "wechat", "党建办", S["党建办"][6], D(2022, 3, 8),
                members=[CC[c][4] for c in CN_COMMUNITIES] + [CC[c][5] for c in CN_COMMUNITIES] + S["党建办"][6:9]
                + E["驻街单位"][12:16], late_join=0.1,
                truth=ord_tr("ordinary", "Women's federation committee group, active.", ["duplicate"]))
    W.add_group("cn159", "垃圾分类督导群", "wechat", "城管办", S["城管办"][14], D(2023, 5, 15),
                members=S["城管办"][14:22] + [CC[c][6] for c in CN_COMMUNITIES] + E["物业"][12:20] + E["志愿者"][24:34],
                late_join=0.15, truth=ord_tr("ordinary", "Waste-sorting supervision group, active.", ["duplicate"]))
    W.add_group("cn160", "退役军人之家", "qq", "退役军人服务站", S["退役军人服务站"][1], D(2023, 8, 1),
                members=S["退役军人服务站"] + E["志愿者"][34:40] + [CG[c][13] for c in CN_COMMUNITIES], late_join=0.2,
                truth=ord_tr("ordinary", "Veterans' home group, a different audience and purpose, active.", ["duplicate"]))

    return W, sec_gid, comm_gid


# ---------------------------------------------------------------------------------------
# Chinese messages
# ---------------------------------------------------------------------------------------

def unit_key_of(g):
    u = g["owner_unit"]
    return "社区" if u.endswith("社区") else (u if u in UNIT_TOPICS else "党政办")


def cn_activity(W, sec_gid, comm_gid):
    rng = W.rng
    G = W.gidx
    P = W.pmap
    S, CC, CG, E, L = W.sec, W.comm_cadres, W.comm_grid, W.ext, W.leaders

    # -- join events (system) ------------------------------------------------------------
    for g in W.groups:
        owner_name = P[g["owner"]]["name"]
        for m in g["members"]:
            nm = P[m["pid"]]["name"]
            if m["pid"] == g["owner"]:
                W.emit(g["id"], m["joined"], m["pid"], "system", "%s创建了群聊“%s”" % (nm, g["name"]))
            else:
                inv = owner_name if rng.random() < 0.8 else "“%s”" % owner_name
                W.emit(g["id"], m["joined"], m["pid"], "system", "%s邀请%s加入了群聊" % (inv.strip("“”"), nm))
            if m["left"] is not None:
                W.emit(g["id"], m["left"], m["pid"], "system", "%s退出了群聊" % nm)

    def present(g, t, pool=None):
        mem = W.members_at(g, t)
        if pool is not None:
            mem = [p for p in mem if p in pool]
        return mem

    def chatter(gid, start, end, rate, ukey=None, speakers=None, weekend=0.12, reply_p=0.55, ack_p=0.25,
                media_p=0.12, texts=None, late_p=0.06):
        """threads of substantive talk: a post, then replies/acks minutes later"""
        g = G[gid]
        ukey = ukey or unit_key_of(g)
        start = max(start, g["created"].date() + dt.timedelta(days=1))
        for day in days(start, end):
            lam = (rate if weekday(day) else rate * weekend) * CHAT_SCALE
            for _ in range(poisson(rng, lam)):
                t = work_time(rng, day, late_p=late_p)
                mem = present(g, t, speakers)
                if not mem:
                    continue
                names = [P[p]["name"] for p in mem[:40]]
                s = rng.choice(mem[:max(3, len(mem) // 2)] if rng.random() < 0.6 else mem)
                if texts is not None:
                    W.emit(gid, t, s, "text", fill_simple(rng, rng.choice(texts), names))
                elif rng.random() < media_p:
                    k, tx = cn_media(rng, ukey)
                    W.emit(gid, t, s, k, tx)
                else:
                    W.emit(gid, t, s, "text", cn_chat(rng, ukey, names))
                tt = t
                while rng.random() < reply_p:
                    tt = tt + dt.timedelta(seconds=rng.randrange(40, 1500))
                    r = rng.choice(mem)
                    if rng.random() < 0.5:
                        if texts is not None:
                            W.emit(gid, tt, r, "text", fill_simple(rng, rng.choice(texts), names))
                        else:
                            W.emit(gid, tt, r, "text", cn_chat(rng, ukey, names))
                    elif rng.random() < 0.3:
                        k, tx = cn_media(rng, ukey)
                        W.emit(gid, tt, r, k, tx)
                    else:
                        W.emit(gid, tt, r, "text", rng.choice(ACKS))
                if rng.random() < ack_p:
                    for _ in range(rng.randrange(1, 4)):
                        tt = tt + dt.timedelta(seconds=rng.randrange(20, 600))
                        W.emit(gid, tt, rng.choice(mem), "text", rng.choice(ACKS))

    def acks(gid, t, k, exclude=None):
        g = G[gid]
        mem = present(g, t)
        mem = [p for p in mem if p != exclude]
        tt = t
        for p in rng.sample(mem, min(k, len(mem))):
            tt = tt + dt.timedelta(seconds=rng.randrange(15, 900))
            W.emit(gid, tt, p, "text", rng.choice(ACKS))

    END = AS_OF_DAY
    # -- notices: posted in 通知发布群, forwarded down -----------------------------------
    # receivers: gid -> (forwarder, window start, window end, share, ack mean)
    recv = {}

    def R(gid, fwd, a=None, b=END, share=0.85, ackm=3, mirror=None):
        recv[gid] = dict(fwd=fwd, a=a or G[gid]["created"].date() + dt.timedelta(days=2), b=b, share=share,
                         ackm=ackm, mirror=mirror)

    R("cn001", W.liaison[1], share=0.95, ackm=4)
    for s, gid in sec_gid.items():
        R(gid, S[s][1], share=0.35 if s not in ("党政办",) else 0.6, ackm=2)
    for c, gid in comm_gid.items():
        R(gid, W.comm_adm[c], share=0.5, ackm=6 if c == "锦绣社区" else 2)
    R("cn051", S["平安办"][1], b=D(2025, 5, 20), share=0.6, ackm=3)          # old 平安办 until the move
    R("cn052", S["规划建设办"][1], share=1.0, ackm=3, mirror=sec_gid["规划建设办"])
    R("cn053", W.comm_sec["新河社区"], share=0.95, ackm=3, mirror=comm_gid["新河社区"])
    R("cn054", W.comm_adm["柳岸社区"], share=0.95, ackm=2, mirror=comm_gid["柳岸社区"])
    R("cn081", S["经济发展办"][0], share=1.0, ackm=1.5, mirror=sec_gid["经济发展办"])
    R("cn082", S["党建办"][1], share=1.0, ackm=1.5, mirror=sec_gid["党建办"])
    R("cn122", S["城管办"][0], a=D(2025, 3, 26), b=D(2025, 7, 31), share=0.4, ackm=4)
    R("cn111", S["党政办"][5], b=D(2025, 5, 15), share=0.2, ackm=2)
    R("cn151", S["党建办"][0], share=0.3, ackm=3)
    # D4: before the re-creation the old 柳岸 group was the main one
    recv["cn054"]["pre"] = True
    notice_days = []
    for day in days(HISTORY_START, END - dt.timedelta(days=1)):
        if weekday(day) and rng.random() < 0.13:
            notice_days.append(day)
    num = 0
    for day in notice_days:
        num += 1
        t0 = at(day, rng.choice([8, 9, 9, 10, 10, 11, 14, 15, 16, 17]), rng.randrange(60), rng.randrange(60))
        poster = rng.choice(W.liaison)
        text = cn_notice_text(rng, t0, num % 180 + 1, P[poster]["name"])
        W.emit("cn002", t0, poster, "text", text)
        withfile = rng.random() < 0.35
        fname = None
        if withfile:
            fname = text.split("\n")[0].replace("【通知】", "")[:40] + ".docx"
            W.emit("cn002", t0 + dt.timedelta(seconds=20), poster, "file", fname)
        acks("cn002", t0 + dt.timedelta(seconds=30), rng.randrange(2, 8), exclude=poster)
        got = {}
        for gid, r in recv.items():
            if not (r["a"] <= day <= r["b"]):
                continue
            if r["mirror"] is not None:
                continue
            if gid == "cn054" and day >= D(2025, 7, 1):
                continue
            if gid == comm_gid["柳岸社区"] and day < D(2025, 7, 2):
                # before the re-creation the notices went into the old group
                continue
            if rng.random() < r["share"]:
                got[gid] = 1
        if "cn054" not in got and D(2025, 7, 2) <= day and comm_gid["柳岸社区"] in got:
            if rng.random() < recv["cn054"]["share"]:
                got["cn054"] = 1
        if day < D(2025, 7, 1) and recv["cn054"]["a"] <= day and rng.random() < 0.7:
            got["cn054"] = 1
        for gid, r in recv.items():
            if r["mirror"] is not None and r["mirror"] in got and r["a"] <= day <= r["b"] and rng.random() < r["share"]:
                got[gid] = 1
        for gid in got:
            r = recv[gid]
            g = G[gid]
            delay = rng.randrange(60, 1200) if gid == "cn001" else rng.randrange(180, 3 * 3600)
            t1 = t0 + dt.timedelta(seconds=delay)
            fwd = r["fwd"] if r["fwd"] in W.members_at(g, t1) else g["owner"]
            W.emit(gid, t1, fwd, "text", text)
            if fname:
                W.emit(gid, t1 + dt.timedelta(seconds=15), fwd, "file", fname)
            if gid in comm_gid.values() and rng.random() < 0.3:
                W.emit(gid, t1 + dt.timedelta(seconds=40), fwd, "text", "@所有人 请按通知要求落实，按时报送。")
            acks(gid, t1 + dt.timedelta(seconds=30), max(0, poisson(rng, r["ackm"])), exclude=fwd)

    # -- all-staff & notice-group own chatter --------------------------------------------
    chatter("cn001", HISTORY_START, END, 1.6, ukey="党政办", reply_p=0.4, ack_p=0.4)
    chatter("cn002", HISTORY_START, END, 0.15, ukey="党政办", reply_p=0.3, ack_p=0.2)
    chatter("cn003", HISTORY_START, END, 0.9, ukey="党政办", reply_p=0.6, ack_p=0.3, late_p=0.15)
    # sections
    for s, gid in sec_gid.items():
        rate = {"城管办": 1.8, "平安办": 1.3, "社会事务办": 1.3, "党政办": 1.2}.get(s, 0.8)
        if s == "平安办":
            chatter(gid, D(2025, 5, 13), END, rate)
        else:
            chatter(gid, HISTORY_START, END, rate)
    for c, gid in comm_gid.items():
        if c == "柳岸社区":
            chatter(gid, D(2025, 7, 2), END, 1.2)
        else:
            chatter(gid, HISTORY_START, END, 1.0 if c != "锦绣社区" else 2.4, ack_p=0.6 if c == "锦绣社区" else 0.25)
    # 锦绣社区: the ack-heavy work group, tasks with many 收到
    for day in days(HISTORY_START, END):
        if weekday(day) and rng.random() < 0.2:
            g = G[comm_gid["锦绣社区"]]
            t = work_time(rng, day, late_p=0.1)
            task = cn_chat(rng, "社区", [P[p]["name"] for p in W.members_at(g, t)[:20]])
            W.emit(g["id"], t, W.comm_sec["锦绣社区"], "text", "@所有人 " + task)
            acks(g["id"], t, rng.randrange(4, 10), exclude=W.comm_sec["锦绣社区"])
    # D1 old 平安办: active until the move, then a last straggler message and silence
    chatter("cn051", HISTORY_START, D(2025, 5, 18), 1.2, ukey="平安办")
    W.emit("cn051", at(D(2025, 5, 21), 10, 3, 11), S["平安办"][0], "text",
           "各位：以后工作消息统一发到新群“平安办（综治中心）工作群（新）”，本群不再使用。")
    acks("cn051", at(D(2025, 5, 21), 10, 4), 3)
    # D2 规划建设办（2）: both live, similar chatter
    chatter("cn052", D(2024, 9, 3), END, 0.6, ukey="规划建设办")
    # D3 新河备用
    chatter("cn053", D(2025, 2, 11), END, 0.5, ukey="社区")
    # D4 柳岸 old: main group before July 2025, then only notices + rare talk
    chatter("cn054", HISTORY_START, D(2025, 6, 30), 1.2, ukey="社区")
    chatter("cn054", D(2025, 7, 1), END, 0.05, ukey="社区", reply_p=0.2)
    W.emit("cn054", at(D(2025, 7, 1), 9, 30, 5), W.comm_sec["柳岸社区"], "text",
           "新建了“柳岸社区干部群（新）”，大家的工作交流请转到新群，这个群先保留着。")
    # teams
    chatter("cn061", HISTORY_START, END, 1.6, ukey="城管办", media_p=0.3)
    chatter("cn062", HISTORY_START, END, 0.7, ukey="社会事务办")
    chatter("cn063", HISTORY_START, END, 1.1, ukey="社区", media_p=0.25)
    chatter("cn064", HISTORY_START, END, 0.5, ukey="社区")
    # same people, other purposes
    chatter("cn071", HISTORY_START, END, 0.35, texts=STUDY_TEXTS, reply_p=0.4, ack_p=0.3)
    chatter("cn072", HISTORY_START, END, 0.3, texts=UNION_TEXTS, reply_p=0.35, ack_p=0.4)
    chatter("cn073", HISTORY_START, END, 0.45, texts=VOLUNTEER_TEXTS, reply_p=0.45, ack_p=0.4, weekend=0.6)
    chatter("cn074", HISTORY_START, END, 0.3, texts=STUDY_TEXTS, reply_p=0.4, ack_p=0.3)
    # overlapping groups: nothing but the forwarded notices (done above) and a rare line
    chatter("cn081", HISTORY_START, END, 0.01, ukey="经济发展办", reply_p=0.1)
    chatter("cn082", HISTORY_START, END, 0.01, ukey="党建办", reply_p=0.1)

    # emergency groups: busy in season, quiet by design
    FLOOD = ["雨情通报：今日{n}时起降雨加强，请各社区落实值守，重点关注{addr}低洼地段。",
             "{addr}地下通道积水约{n}厘米，已安排抽水泵，交警已临时封闭。",
             "河道水位{n}.{n}米，距警戒水位还有0.{n}米，巡堤人员加密巡查。",
             "防汛物资仓库已清点：沙袋{n}00只，救生衣{n}件，抽水泵6台。",
             "{c}已转移危旧房住户{n}户，安置在社区服务中心。",
             "收到区防指通知：今晚启动防汛Ⅳ级应急响应，请各单位主要负责同志在岗。",
             "雨停了，各社区报一下灾情，没有的报“无”。"]
    FIRE = ["今日森林火险等级{n}级，请各卡口加强进山人员登记。",
            "清明期间严禁野外用火，请滨江、南湖社区安排人员在山脚路口值守。",
            "巡山发现{addr}附近有焚烧秸秆痕迹，已处置，无明火。",
            "区林场通知：明天上午开展扑火演练，各队伍8点集合。",
            "防火检查站今日登记进山人员{n}人，收缴火种{n}件。"]
    RESCUE = ["突击队集合：{addr}有树木倒伏压住车辆，请就近队员带电锯过去。",
              "{addr}围墙倒塌，现场已拉警戒线，请抢险组20分钟内到位。",
              "今天的抢险任务完成，参与队员辛苦了，照片发群里留档。",
              "台风预警，今晚突击队全员待命，手机保持畅通。",
              "物资清单：铁锹{n}把，雨衣{n}套，发电机2台，请核对。"]
    GAS = ["{addr}居民报告燃气泄漏气味，燃气公司抢修车已出发。",
           "燃气公司反馈：{addr}泄漏点已处置，恢复供气。",
           "本月燃气安全入户检查发现隐患{n}处，已整改{n}处。",
           "{addr}饭店燃气报警器未安装，已下达整改通知。"]
    DUTY = ["今晚带班领导：{p}，值班人员：{p}，电话已报区值班室。",
            "区应急办通报：今日辖区无重大突发事件。",
            "春节值班期间请保持手机畅通，遇情况第一时间报告。",
            "{addr}发生一起电动车起火，已扑灭，无人员伤亡，情况已报区值班室。",
            "国庆期间每日18点前报送当日值班情况。",
            "值班表有调整，请看附件。"]

    def season(gid, ranges, texts, rate, **kw):
        for a, b in ranges:
            chatter(gid, a, b, rate, texts=texts, **kw)

    season("cn091", [(D(2024, 6, 1), D(2024, 9, 10)), (D(2025, 5, 25), D(2025, 9, 12))], FLOOD, 1.6,
           weekend=0.9, reply_p=0.5, ack_p=0.5, late_p=0.3)
    season("cn092", [(D(2024, 9, 28), D(2024, 10, 8)), (D(2025, 1, 24), D(2025, 2, 6)), (D(2025, 4, 30), D(2025, 5, 5)),
                     (D(2025, 9, 28), D(2025, 10, 9))], DUTY, 2.5, weekend=1.0, reply_p=0.4, ack_p=0.5, late_p=0.3)
    season("cn093", [(D(2024, 3, 20), D(2024, 5, 10)), (D(2024, 10, 15), D(2024, 11, 30)), (D(2025, 3, 15), D(2025, 5, 10)),
                     (D(2025, 10, 15), D(2025, 11, 12))], FIRE, 0.9, weekend=0.8, reply_p=0.4, ack_p=0.4)
    season("cn094", [(D(2024, 7, 8), D(2024, 8, 20)), (D(2025, 7, 20), D(2025, 8, 18))], RESCUE, 1.2, weekend=1.0,
           reply_p=0.5, ack_p=0.5, late_p=0.3)
    season("cn095", [(D(2024, 5, 9), D(2024, 6, 30)), (D(2024, 11, 20), D(2024, 12, 20)), (D(2025, 5, 10), D(2025, 6, 10))],
           GAS, 0.6, weekend=0.5, reply_p=0.4, ack_p=0.3)

    # roll-call duty group: 报平安 every evening
    BAOPINGAN = ["{c}报平安：今日值班正常，辖区无异常。", "{c}：值班正常，一切正常。", "{c}报平安，无异常。",
                 "{c}今日平安，无异常情况。", "{c}值班人员已到岗，一切正常。", "{c}：平安。", "{c}：无异常，报平安！",
                 "{c} 报平安 ✅"]
    g101 = G["cn101"]
    for day in days(D(2025, 1, 2), END - dt.timedelta(days=1)):
        t = at(day, 18, rng.randrange(0, 20), rng.randrange(60))
        if day < D(2025, 5, 6) and rng.random() < 0.5:
            continue
        if rng.random() < 0.25:
            W.emit("cn101", t, S["平安办"][0], "text", rng.choice(["请各社区19点前报平安。", "各社区请按时报平安，未报的抓紧。",
                                                                   "今天还有社区没报平安，请抓紧。"]))
        for c in CN_COMMUNITIES:
            if rng.random() < 0.75:
                tt = t + dt.timedelta(seconds=rng.randrange(60, 4000))
                p = rng.choice(CC[c][:3])
                if rng.random() < 0.08:
                    W.emit("cn101", tt, p, "image", "[图片]")
                W.emit("cn101", tt + dt.timedelta(seconds=5), p, "text", rng.choice(BAOPINGAN).format(c=c))
        if rng.random() < 0.2:
            W.emit("cn101", t + dt.timedelta(seconds=4200), S["平安办"][1], "text", rng.choice(["收到", "好的", "👍"]))

    # daily sign-in group (alive to the very last day)
    SIGN = ["签到", "已签到", "到岗", "已到岗", "打卡", "打卡✅", "到", "已到岗，开始巡查", "早上好，已到岗", "签到 8:{mm}"]
    SCENE = ["今日走访已完成，走访独居老人{n}户，无异常。", "今日走访已完成，入户{n}户，收集诉求2条已上报。",
             "今日巡查完成，{addr}发现乱堆物1处，已督促清理。", "网格巡查已完成，无异常。",
             "今日走访已完成（{addr}），已录入系统。", "今日入户核查{n}户，照片已上传。"]
    for day in days(D(2025, 3, 3), END):
        t = at(day, 7, rng.randrange(30, 55), rng.randrange(60))
        if rng.random() < 0.5:
            W.emit("cn102", t, S["平安办"][2], "text", rng.choice(["请各位网格员8:30前完成签到。", "今天按时签到，定位要打开。",
                                                                   "@所有人 签到", "早上好，请大家签到并共享位置。"]))
        present_grid = [p for p in W.members_at(G["cn102"], t) if P[p]["kind"] == "grid"]
        k = rng.randrange(3, 6) if weekday(day) else rng.randrange(2, 4)
        signers = rng.sample(present_grid, k)
        tt = t
        chain = None
        if rng.random() < 0.3:
            chain = "#接龙\n%d月%d日网格员到岗签到\n" % (day.month, day.day)
        for i, p in enumerate(signers):
            tt = tt + dt.timedelta(seconds=rng.randrange(30, 700))
            if chain is not None:
                chain += "\n%d. %s 已到岗" % (i + 1, P[p]["name"])
                W.emit("cn102", tt, p, "text", chain)
            else:
                r = rng.random()
                if r < 0.35:
                    W.emit("cn102", tt, p, "checkin", "打卡 %s 东湖街道%s" % (tt.strftime("%H:%M"), P[p]["unit"]))
                elif r < 0.55:
                    W.emit("cn102", tt, p, "location", "%s%s%d号（%s网格）" % (P[p]["unit"], rng.choice(STREETS),
                                                                             rng.randrange(1, 99), rng.choice("一二三四五")))
                else:
                    W.emit("cn102", tt, p, "text", rng.choice(SIGN).format(mm=rng.randrange(10, 30)))
        for p in rng.sample(present_grid, rng.randrange(1, 4)):
            t2 = at(day, rng.choice([16, 17, 17, 18]), rng.randrange(60), rng.randrange(60))
            W.emit("cn102", t2, p, "image", "[图片]")
            W.emit("cn102", t2 + dt.timedelta(seconds=8), p, "text", rng.choice(SCENE).format(
                n=rng.randrange(2, 9), addr=rng.choice(COMPOUNDS)))
        if rng.random() < 0.08:
            W.emit("cn102", at(day, 12, rng.randrange(60)), S["平安办"][3], "text", rng.choice(ACKS))

    # zombies ---------------------------------------------------------------------------
    chatter("cn111", HISTORY_START, D(2025, 5, 15), 0.5, ukey="党政办")
    W.emit("cn111", at(D(2025, 6, 3), 9, 11), S["党政办"][5], "text", "收到")
    W.emit("cn111", at(D(2025, 11, 20), 15, 2), S["党政办"][7], "system", "%s修改群名为“街道宣传信息报送群”" % P[S["党政办"][7]]["name"])
    chatter("cn114", HISTORY_START, D(2025, 4, 10), 0.4, ukey="财政所")
    BOT = ["【告警】{addr}视频点位离线，持续{n}分钟。", "【事件推送】网格事件#{n}已派单至{c}，请及时处置。",
           "【告警】{addr}烟感设备报警，已自动通知物业。", "【日报】昨日平台接收事件{n}件，已办结{n}件。"]
    chatter("cn115", D(2023, 11, 3), D(2025, 6, 30), 0.25, ukey="平安办", reply_p=0.4)
    for day in days(D(2024, 9, 1), END - dt.timedelta(days=2)):
        if rng.random() < 0.5:
            t = work_time(rng, day, late_p=0.3)
            W.emit("cn115", t, "bot_zhpt", "bot", BOT[rng.randrange(len(BOT))].format(
                addr=rng.choice(STREETS), n=rng.randrange(5, 300), c=rng.choice(CN_COMMUNITIES)))
    chatter("cn116", D(2023, 4, 12), D(2025, 7, 10), 0.5, ukey="城管办")
    for dd in (D(2025, 10, 9), D(2025, 12, 1)):
        for p in S["城管办"][4:7]:
            W.emit("cn116", at(dd, 10, rng.randrange(60), rng.randrange(60)), p, "text", rng.choice(["收到", "好的", "👍"]))
    W.emit("cn116", at(D(2026, 1, 6), 9, 1), S["城管办"][4], "system", "%s修改群名为“综合执法协调群”" % P[S["城管办"][4]]["name"])
    # the 12345 group has its own bot besides real people
    for day in days(HISTORY_START, END):
        if weekday(day) and rng.random() < 0.4:
            W.emit("cn156", work_time(rng, day), "bot_12345", "bot",
                   "【新工单】编号%d：%s反映%s，请%s在24小时内处置。" % (rng.randrange(10**8, 10**9), rng.choice(STREETS),
                                                               rng.choice(UNIT_TOPICS["社区"]), rng.choice(CN_COMMUNITIES)))

    # tasks -----------------------------------------------------------------------------
    chatter("cn121", D(2024, 3, 26), D(2024, 11, 15), 2.2, ukey="经济发展办", weekend=0.3)
    W.emit("cn121", at(D(2024, 12, 20), 16, 5), S["经济发展办"][1], "text", "经济普查工作已全部完成，感谢大家！群暂时保留。")
    acks("cn121", at(D(2024, 12, 20), 16, 6), 6)
    chatter("cn122", D(2025, 3, 25), D(2025, 7, 25), 3.0, ukey="城管办", weekend=0.7, media_p=0.3)
    W.emit("cn122", at(D(2025, 8, 4), 11, 15), S["城管办"][0], "text", "创卫迎检已通过验收，辛苦大家！")
    acks("cn122", at(D(2025, 8, 4), 11, 16), 8)
    chatter("cn123", D(2025, 9, 19), D(2025, 10, 8), 4.0, ukey="平安办", weekend=1.0, late_p=0.3)
    chatter("cn124", D(2025, 10, 9), D(2025, 11, 28), 2.5, ukey="社区", weekend=0.5)
    W.emit("cn124", at(D(2025, 11, 28), 17, 40), W.comm_sec["南湖社区"], "text", "人口抽样调查入户登记全部完成，数据已上报区统计局。")
    acks("cn124", at(D(2025, 11, 28), 17, 41), 7)
    chatter("cn125", D(2025, 7, 29), D(2025, 9, 26), 1.5, ukey="退役军人服务站", weekend=0.3)
    # project + running special task
    chatter("cn131", D(2024, 8, 6), END, 1.0, ukey="规划建设办", media_p=0.25)
    chatter("cn132", D(2026, 1, 6), END, 2.5, ukey="应急管理办", media_p=0.3)
    # too new
    chatter("cn141", D(2026, 3, 10), END, 3.0, ukey="党建办", texts=VOLUNTEER_TEXTS, weekend=0.8)
    W.emit("cn142", at(D(2026, 3, 13), 16, 30), S["平安办"][0], "text", "专班成立，明天上午9点第一次碰头会。")
    # ordinary
    chatter("cn151", HISTORY_START, END, 0.7, ukey="党建办")
    chatter("cn152", HISTORY_START, END, 0.8, texts=CANTEEN_TEXTS, reply_p=0.3, ack_p=0.1)
    chatter("cn153", HISTORY_START, END, 0.4, ukey="平安办")
    chatter("cn154", HISTORY_START, END, 0.5, ukey="规划建设办")
    chatter("cn155", HISTORY_START, END, 0.6, ukey="经济发展办")
    chatter("cn156", HISTORY_START, END, 1.2, ukey="平安办")
    chatter("cn157", HISTORY_START, END, 0.6, texts=VOLUNTEER_TEXTS, weekend=0.8)
    chatter("cn158", HISTORY_START, END, 0.3, ukey="党建办")
    chatter("cn159", HISTORY_START, END, 0.6, ukey="城管办", media_p=0.35)
    chatter("cn160", HISTORY_START, END, 0.25, ukey="退役军人服务站")

    # every group the truth calls alive gets a substantive post in the last ten days
    last = {}
    for (t, _, gid, snd, kind, text) in W.msgs:
        if kind not in ("system", "bot") and text not in ACKS:
            if gid not in last or t > last[gid]:
                last[gid] = t
    for g in W.groups:
        tr = g["truth"]
        if "zombie" not in tr["must_not_have"] or g["id"] in ("cn142",):
            continue
        if g["id"] in last and last[g["id"]].date() >= END - dt.timedelta(days=10):
            continue
        day = END - dt.timedelta(days=rng.randrange(1, 8))
        while not weekday(day):
            day -= dt.timedelta(days=1)
        t = work_time(rng, day, late_p=0)
        mem = W.members_at(g, t)
        s = g["owner"] if g["owner"] in mem else mem[0]
        names = [P[p]["name"] for p in mem[:30]]
        if g["id"] in PURPOSE_TEXTS:
            W.emit(g["id"], t, s, "text", fill_simple(rng, rng.choice(PURPOSE_TEXTS[g["id"]]), names))
        else:
            W.emit(g["id"], t, s, "text", cn_chat(rng, unit_key_of(g), names))
        acks(g["id"], t, rng.randrange(1, 4), exclude=s)


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def write_json(path, obj, indent=2, slash=False):
    if indent is None:   # compact (keeps the fixtures under the size budget)
        s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        s = json.dumps(obj, ensure_ascii=False, indent=indent)
    if slash:
        s = s.replace("/", "\\/")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(s)
        f.write("\n")


def emit_cn():
    W, sec_gid, comm_gid = build_cn()
    cn_activity(W, sec_gid, comm_gid)
    out = os.path.join(ROOT, "zh-district")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    P = W.pmap
    # drop anything after the as-of day's end, keep deterministic order
    cutoff = at(AS_OF_DAY, 23, 59, 59)
    msgs = sorted([m for m in W.msgs if m[0] <= cutoff], key=lambda m: (m[0], m[1]))
    # bots are not people: they get member rows only through their posts (kind=bot)
    rows = []
    for i, (t, _, gid, snd, kind, text) in enumerate(msgs):
        rows.append([gid, iso8(t), snd, "m%07d" % (i + 1), kind, text])
    write_csv(os.path.join(out, "messages.csv"), ["group_id", "sent_at", "sender_id", "message_id", "kind", "text"], rows)
    grows, mrows = [], []
    for g in W.groups:
        grows.append([g["id"], g["name"], g["platform"], g["owner_unit"], g["owner"], iso8(g["created"]),
                      g["tags"], g["task_end"], g["protected"]])
        for m in g["members"]:
            p = P[m["pid"]]
            nm = p["name"]
            if g["nick_style"] and (hash_int(g["id"] + m["pid"]) % 10) < 3:
                nm = "%s-%s" % (p["unit"].replace("社区", ""), nm)
            mrows.append([g["id"], m["pid"], nm, p["unit"], m["role"], iso8(m["joined"]),
                          iso8(m["left"]) if m["left"] else ""])
    write_csv(os.path.join(out, "groups.csv"), ["group_id", "name", "platform", "owner_unit", "owner_id", "created_at",
                                                 "purpose_tags", "task_end", "protected"], grows)
    write_csv(os.path.join(out, "members.csv"), ["group_id", "member_id", "name", "unit", "role", "joined_at", "left_at"],
              mrows)
    prow = [[p["id"], p["name"], p["unit"], ";".join(p["aliases"])] for p in W.people]
    write_csv(os.path.join(out, "people.csv"), ["member_id", "name", "unit", "aliases"], prow)
    as_of = iso8(msgs[-1][0])
    tgroups = []
    for g in W.groups:
        t = dict(g["truth"])
        tgroups.append({"group_id": g["id"], "name": g["name"], "kind": t["kind"], "must_have": t["must_have"],
                        "must_not_have": t["must_not_have"], "acceptable_actions": t["acceptable_actions"],
                        "merge_into_any_of": t["merge_into_any_of"], "why": t["why"]})
    truth = {"as_of": as_of, "generator": "independent",
             "dataset": "zh-district (东湖街道, canonical CSV)",
             "notes": ["Bot senders (bot_zhpt, bot_12345) post with kind=bot and are not people.",
                       "Some members.csv names are group nicknames such as 城管办-李强; member ids are authoritative.",
                       "Two different people share the display name 张伟 (p-ids differ)."],
             "groups": tgroups}
    write_json(os.path.join(out, "truth.json"), truth)
    return W, msgs, as_of


def hash_int(s):
    """stable small hash (Python's hash() is salted per process)"""
    h = 2166136261
    for ch in s.encode("utf-8"):
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h


# ========================================================================================
# PART 2 — the English workspace (Slack export folder + DiscordChatExporter JSON)
# ========================================================================================

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
         "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley", "Steven",
         "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kevin", "Carol", "Brian", "Amanda", "George", "Melissa",
         "Wei", "Mei", "Arjun", "Ananya", "Hiro", "Yuki", "Siti", "Farid", "Nur", "Rahul", "Divya", "Ming",
         "Jia", "Kai", "Zara", "Omar", "Leila", "Mateo", "Sofia", "Noah", "Chloe", "Ethan", "Grace", "Lucas", "Ivy"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
        "Tan", "Lim", "Ng", "Wong", "Chen", "Goh", "Koh", "Teo", "Ong", "Chua", "Nair", "Pillai", "Menon", "Singh",
        "Kumar", "Rahman", "Ismail", "Sato", "Suzuki", "Nguyen", "Tran", "Park", "Kim", "Walker", "Hall", "Young",
        "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Perez", "Roberts"]

EN_TEAMS = [("platform", 18), ("mobile", 14), ("web", 16), ("data", 12), ("design", 10), ("sales", 20),
            ("support", 18), ("marketing", 12), ("peopleops", 8)]
SVCS = ["billing-api", "auth-service", "search", "notifications", "ledger", "gateway", "scheduler", "ingest"]
COMPANIES = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Retail", "Hooli",
             "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne", "Wonka Ltd", "Pied Piper",
             "Oceanic Air", "Monarch Bank", "Gringotts Finance"]
EN_FILL = {
    "svc": SVCS, "company": COMPANIES,
    "feature": ["onboarding", "checkout", "team invites", "dark mode", "usage reports", "SSO", "audit log", "search filters"],
    "model": ["fct_orders", "dim_customers", "fct_sessions", "mart_revenue", "stg_events"],
    "tool": ["Figma", "Datadog", "the AWS console", "Snowflake", "Salesforce", "Zendesk", "1Password", "GitHub org"],
    "meeting": ["standup", "sprint review", "retro", "1:1s", "planning", "the demo", "the design crit"],
    "time": ["2pm", "3:30pm", "10am", "tomorrow 11am", "Thursday 4pm"],
    "place": ["the hawker centre", "Maxwell", "the ramen place", "Lau Pa Sat", "the salad bar downstairs"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"],
}
EN_TEAM_TEXT = {
    "platform": ["Deploying {svc} v2.{n} to prod, watch the dashboards", "p99 latency on {svc} is up to {n}ms since the last release, anyone looking?",
                 "PR #{n} ready for review: retry budget for {svc}", "Rolling back {svc}, error rate spiked after the deploy",
                 "Postgres failover test scheduled Thursday 10:00, expect a blip", "k8s node pool upgrade done, no impact",
                 "Can someone pair on the flaky {svc} integration test?", "RFC: move {svc} queues to SQS, comments by Friday",
                 "Terraform plan for the new VPC is in PR #{n}", "Disk on {svc}-db-2 at {n}%, resizing tonight"],
    "mobile": ["iOS 5.{n} build is on TestFlight", "Crash-free sessions at 99.{n}% this week", "Android release blocked on Play review",
               "Who owns the deep-link bug #{n}?", "Handoff for {feature} v{n} is in Figma", "App Store rejected the build again, metadata issue",
               "Push notification opt-in is down {n}% after the prompt change", "Kotlin upgrade branch is green, merging after lunch"],
    "web": ["Storybook updated with the new buttons", "Lighthouse score on /pricing dropped to {n}", "PR #{n}: {feature} empty states",
            "Next.js upgrade branch is green", "CSS regression on Safari 17 in the {feature} modal", "Bundle size down {n}KB after the lodash cleanup",
            "E2E suite is flaky on the {feature} spec again"],
    "data": ["dbt run failed on {model}, fixing now", "Weekly KPI dashboard refreshed", "Can someone sanity-check churn for {month}?",
             "Snowflake credits at {n}% of the monthly budget", "New table {model} is live, docs in the catalog",
             "Backfill for {model} will take ~{n} minutes", "The {feature} funnel numbers look off since Tuesday"],
    "design": ["Crit notes from today are in the doc", "Updated icons in the library, please re-sync", "Usability test recordings for {feature} uploaded",
               "Feedback on the {feature} flows by Wednesday please", "Spacing tokens v{n} published", "Who has the {feature} illustration source?"],
    "sales": ["Closed {company}, {n}k ARR 🎉", "Demo with {company} moved to Thursday", "Pipeline review at 4pm today",
              "Need a security questionnaire answered for {company}", "Pricing exception request for {company} in the deal desk",
              "{company} wants SSO before signing, who can join the call?", "Q{q} forecast updated in Salesforce"],
    "support": ["Ticket #{n}: {company} can't log in after the SSO change", "Queue is at {n} open tickets, all hands please",
                "Macro for refund requests updated", "Escalating #{n} to platform, looks like a {svc} bug",
                "{company} reports duplicate invoices for {month}", "CSAT this week: 9{n}%"],
    "marketing": ["Blog post on {feature} goes live tomorrow", "Webinar signups so far: {n}", "Newsletter draft ready for review",
                  "Campaign budget for Q{q} approved", "Case study with {company} needs legal sign-off", "Landing page A/B test: variant B +{n}%"],
    "peopleops": ["Payroll cut-off is the 25th", "New joiner {name} starts Monday, laptop is ready", "Benefits renewal docs are in Drive",
                  "Interview loop for the {feature} PM role on Thursday", "Office lease renewal call at {time}"],
    "generic": ["Reminder: {meeting} at {time}", "Notes from {meeting} are in the doc", "Can we push {meeting} to {time}?",
                "Anyone seen the {feature} spec? The link is dead", "Heads up: I'm out Friday, {name} covers for me",
                "Quick poll: move {meeting} to async updates?", "Thanks {name} for the help yesterday 🙏"],
    "random": ["Anyone up for lunch at {place}?", "Coffee machine on 3F is fixed ☕", "Happy Friday!", "Who left an umbrella at reception?",
               "Photos from the weekend hike 🏞️", "Book recommendations for a long flight?", "Cake in the pantry, {name}'s birthday 🎂",
               "The aircon on 4F is freezing again", "Who's watching the match tonight?"],
}
EN_ACKS = ["ok", "noted", "thanks", "+1", "👍", "thanks!", "got it", "👌", "ty", "on it", "ok thanks", "noted 👍", ":+1:"]


def en_fill(rng, tpl, names):
    return tpl.format(n=rng.randrange(2, 99), q=rng.randrange(1, 5), name=rng.choice(names),
                      **{k: rng.choice(v) for k, v in EN_FILL.items()})


def slack_escape(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ENWorld:
    def __init__(self):
        self.rng = random.Random(SEED + 2)
        self.users = []          # dict id, handle, real, team, bot, deleted, restricted, bot_id
        self.umap = {}
        self.chans = []
        self.cidx = {}
        self.msgs = []           # (t, seq, cid, dict(kind=..., user=..., text=..., bot_id=...))
        self.seq = 0
        self.used_ids = {}

    def new_uid(self, prefix="U0"):
        while True:
            u = prefix + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
            if u not in self.used_ids:
                self.used_ids[u] = 1
                return u

    def add_user(self, team, real=None, bot=False, deleted=False, restricted=False, handle=None, start=None):
        rng = self.rng
        if real is None:
            while True:
                real = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
                if not any(u["real"] == real for u in self.users):
                    break
        uid = self.new_uid()
        h = handle or real.lower().replace(" ", ".")
        start = start or (D(2019, 5, 2) + dt.timedelta(days=rng.randrange(0, 2000)))
        if start > D(2025, 12, 1):
            start = D(2025, 12, 1) - dt.timedelta(days=rng.randrange(0, 300))
        u = {"id": uid, "handle": h, "real": real, "team": team, "bot": bot, "deleted": deleted,
             "restricted": restricted, "bot_id": None, "start": start}
        if bot:
            u["bot_id"] = "B0" + uid[2:]
        self.users.append(u)
        self.umap[uid] = u
        return uid

    def add_chan(self, cid, name, created, purpose, topic, members, creator, truth, private=False, category="Company",
                 join_spread=0.2, is_general=False):
        rng = self.rng
        seen, mem = {}, []
        if not private and getattr(self, "loud", None):
            members = list(members) + self.loud
        for u in [creator] + list(members):
            if u not in seen and not self.umap[u]["bot"]:
                seen[u] = 1
                mem.append(u)
        created_dt = created if isinstance(created, dt.datetime) else at(created, 10, rng.randrange(60), rng.randrange(60))
        rows = []
        for i, u in enumerate(mem):
            j = created_dt + dt.timedelta(seconds=20 + 7 * i)
            ustart = at(self.umap[u]["start"], 9, 30)
            if ustart > j:
                j = ustart + dt.timedelta(minutes=rng.randrange(5, 600))
            elif i > 1 and rng.random() < join_spread:
                span = max(2, (min(AS_OF_DAY - dt.timedelta(days=40), created_dt.date() + dt.timedelta(days=400))
                               - created_dt.date()).days)
                j = work_time(rng, created_dt.date() + dt.timedelta(days=rng.randrange(1, span)), late_p=0)
            rows.append({"uid": u, "joined": j, "left": None})
        c = {"id": cid, "name": name, "created": created_dt, "purpose": purpose, "topic": topic, "members": rows,
             "creator": creator, "truth": truth, "private": private, "category": category, "is_general": is_general}
        self.chans.append(c)
        self.cidx[cid] = c
        return c

    def members_at(self, c, t):
        return [m["uid"] for m in c["members"] if m["joined"] <= t and (m["left"] is None or m["left"] > t)]

    def emit(self, cid, t, kind, user=None, text="", **extra):
        self.seq += 1
        d = {"kind": kind, "user": user, "text": text}
        d.update(extra)
        self.msgs.append((t, self.seq, cid, d))


def build_en():
    W = ENWorld()
    rng = W.rng
    # people ------------------------------------------------------------------------
    execs = [W.add_user("exec", r, start=D(2019, 5, 2)) for r in
             ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Tom Becker", "Lena Kowalski", "Ahmed Saleh"]]
    team = {}
    for tname, n in EN_TEAMS:
        team[tname] = [W.add_user(tname) for _ in range(n)]
    guests = [W.add_user("contractor", restricted=True, start=D(2025, 4, 1) + dt.timedelta(days=rng.randrange(200)))
              for _ in range(6)]
    gone = [W.add_user(rng.choice(["sales", "support"]), deleted=True, start=D(2020, 1, 6)) for _ in range(2)]
    bots = {
        "ci": W.add_user("bot", "CI Bot", bot=True, handle="ci-bot", start=D(2020, 3, 1)),
        "github": W.add_user("bot", "GitHub", bot=True, handle="github", start=D(2019, 6, 1)),
        "jira": W.add_user("bot", "Jira Cloud", bot=True, handle="jira", start=D(2019, 6, 1)),
        "pd": W.add_user("bot", "PagerDuty", bot=True, handle="pagerduty", start=D(2020, 1, 1)),
        "cal": W.add_user("bot", "Google Calendar", bot=True, handle="google_calendar", start=D(2021, 2, 1)),
    }
    W.execs, W.team, W.bots = execs, team, bots
    humans = [u["id"] for u in W.users if not u["bot"] and not u["restricted"]]
    leads = {t: team[t][0] for t in team}
    # a few people who post everywhere (as in every real workspace)
    loud = [execs[0], execs[1], team["peopleops"][0], team["platform"][2], team["web"][3], team["design"][0]]
    W.loud = loud
    W.guests = guests
    W.leads = leads
    L = lambda *xs: [u for x in xs for u in (x if isinstance(x, list) else [x])]

    def T(kind, must=(), mustnot=(), actions=("keep",), into=(), why=""):
        return {"kind": kind, "must_have": list(must), "must_not_have": list(mustnot),
                "acceptable_actions": list(actions), "merge_into_any_of": list(into), "why": why}
    ACT = ["zombie", "task-ended", "check-in-only"]
    A = W.add_chan
    A("C0001", "general", D(2019, 5, 2), "Company-wide chatter and questions. Everyone is here.", "", humans, execs[0],
      T("all-staff", [], ACT + ["duplicate", "overlapping"], ["keep"], [], "#general holds everyone; it is the survivor, never a redundant group."),
      is_general=True, join_spread=0.0)
    ann_mem = [u for u in humans if rng.random() < 0.85] + execs + list(leads.values())
    A("C0002", "announcements", D(2019, 5, 3), "Official company announcements. Leadership posts only.", "Read me first",
      ann_mem, execs[0],
      T("announcements", [], ACT + ["duplicate"], ["keep", "review"], [],
        "Announcements are cross-posted down into team channels; that is how offices work, not redundancy."), join_spread=0.05)
    A("C0003", "random", D(2019, 5, 3), "Non-work banter and water-cooler conversation", "", [u for u in humans if rng.random() < 0.8],
      execs[0], T("social", [], ["zombie", "task-ended", "duplicate"], ["keep", "review"], [],
                  "Same people as #general, a different purpose (social)."))
    n = 3
    team_cid = {}
    for tname, _ in EN_TEAMS[:8]:
        n += 1
        cid = "C%04d" % n
        team_cid[tname] = cid
        A(cid, "team-" + tname, D(2019, 9, 1) + dt.timedelta(days=23 * n), "Work channel for the %s team" % tname,
          "Sprint %d" % (40 + n), team[tname] + [execs[1] if tname in ("platform", "mobile", "web", "data") else execs[2]] + loud,
          leads[tname], T("team-channel", [], ACT + ["duplicate", "overlapping"], ["keep"], [],
                          "A team channel inside #general is normal structure: containment says same people, not same work."))
    A("C0012", "team-platform-random", D(2021, 2, 10), "Off-topic for the platform team: memes, lunch, links", "",
      team["platform"] + [execs[1]], team["platform"][1],
      T("team-random", [], ["duplicate", "overlapping", "zombie", "task-ended"], ["keep", "review"], [],
        "#team-x and #team-x-random share members but not purpose: not duplicates."))
    A("C0013", "team-mobile-random", D(2022, 5, 16), "Mobile team banter", "", team["mobile"] + [loud[0]], team["mobile"][2],
      T("team-random", [], ["duplicate", "overlapping", "zombie", "task-ended"], ["keep", "review"], [],
        "#team-x and #team-x-random share members but not purpose: not duplicates."))
    dr_mem = team["design"] + team["web"][:5] + team["mobile"][:3] + [execs[2]]
    A("C0014", "design-review", D(2022, 1, 11), "Weekly design critique: post work for review", "Crit every Wednesday",
      dr_mem, team["design"][0],
      T("recreated-old-dead", ["zombie"], ["check-in-only", "too-new"], ["dissolve", "merge"], ["C0015"],
        "Old copy of a re-created channel: people moved to #design-review-new and it has been silent for 6+ months."))
    A("C0015", "design-review-new", at(D(2025, 9, 1), 9, 40), "Weekly design critique (new home)", "Crit every Wednesday",
      dr_mem, team["design"][0], T("recreated-new-survivor", [], ACT, ["keep"], [],
                                   "The re-created channel everyone moved to: the survivor."), join_spread=0.0)
    esc = team["support"][:12] + team["platform"][:4] + [leads["support"]]
    A("C0016", "support-escalations", D(2021, 8, 2), "Escalate customer issues to engineering", "", esc, leads["support"],
      T("duplicate-pair", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"], ["C0017"],
        "Re-created for the same work: near-identical members, same escalations posted into both."))
    A("C0017", "support-escalations-2", D(2025, 6, 9), "Escalations to engineering", "", esc[:-1] + [team["support"][12]],
      team["support"][3], T("duplicate-pair", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"], ["C0016"],
                            "Re-created for the same work (-2): same members, same escalations posted into both."), join_spread=0.02)
    sl = team["sales"] + team["marketing"][:3] + [execs[3]]
    A("C0018", "sales-leads", D(2020, 10, 5), "Inbound leads and qualification", "", sl, leads["sales"],
      T("duplicate-pair", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"], ["C0019"],
        "Same work in two channels: near-identical members, same lead posts in both."))
    A("C0019", "sales-leads-copy", D(2024, 11, 18), "Inbound leads and qualification", "", sl[:-2], team["sales"][4],
      T("duplicate-pair", ["duplicate"], ["zombie", "check-in-only", "task-ended"], ["merge", "keep"], ["C0018"],
        "A copy of #sales-leads: same members, same purpose, same lead posts."), join_spread=0.02)
    oc_tr = lambda kind, why: T(kind, [], ["task-ended", "duplicate", "overlapping", "check-in-only"], ["keep", "review"], [], why)
    A("C0020", "oncall-platform", D(2021, 3, 1), "Pager rotation and escalations — DO NOT ARCHIVE", "Primary: see PagerDuty",
      team["platform"][:10] + team["web"][:3] + [execs[1], execs[4]], team["platform"][0],
      oc_tr("oncall-purpose", "On-call channel quiet by design; its purpose says so. Never dissolve or merge."), category="On-call")
    A("C0021", "incident-response", D(2020, 7, 14), "Sev1/Sev2 incident bridge. Quiet by design — DO NOT ARCHIVE", "",
      execs + list(leads.values()) + team["platform"][:6] + team["support"][:3], execs[1],
      oc_tr("incident-purpose", "Incident bridge quiet by design (purpose says DO NOT ARCHIVE)."), category="On-call")
    A("C0022", "oncall-sre", D(2024, 6, 3), "", "", team["platform"][8:16] + team["data"][:3] + [execs[4]], team["platform"][8],
      oc_tr("oncall-untagged", "On-call channel with no purpose text: recognisable from its name only; quiet by design."),
      category="On-call")
    A("G0001", "security-incidents", D(2022, 2, 21), "", "", [execs[1], execs[2], execs[5]] + team["platform"][:3]
      + team["peopleops"][5:8], execs[1],
      oc_tr("security-untagged", "Private security-incident channel, no purpose text, quiet by design."), private=True,
      category="On-call")
    hyb = [u for u in humans if rng.random() < 0.45]
    A("C0023", "office-checkin", D(2025, 1, 13), "Daily check-in: say hi when you start", "", hyb, team["peopleops"][0],
      T("checkin-alive", ["check-in-only"], ["zombie", "too-new"], ["dissolve", "review"], [],
        "Almost every post is 'here' / 'WFH today' / 'in office' / 'done ✅': check-in-only, and alive to the last day."))
    A("C0024", "ops-requests", D(2020, 2, 3), "Ask the ops team: access, laptops, expenses, office", "",
      [u for u in humans if rng.random() < 0.7] + team["peopleops"], team["peopleops"][1],
      T("ack-heavy", [], ACT + ["duplicate"], ["keep"], [],
        "A busy request channel with many 'ok' / 'thanks' / '+1' under real requests: the requests are substantive."))
    ph = lambda why: T("task-ended", ["task-ended"], ["too-new", "protected"], ["dissolve"], [], why)
    A("C0025", "launch-2025", D(2025, 3, 31), "Coordinating the 2025 product launch", "Launch day: June 10",
      team["marketing"] + team["web"][:8] + team["mobile"][:5] + team["sales"][:6] + execs[:3] + loud, team["marketing"][0],
      ph("A past-year launch channel: burst in spring 2025, silent since June."), category="Projects")
    A("C0026", "incident-2025-03-12", at(D(2025, 3, 12), 3, 41), "War room for the 2025-03-12 billing outage", "",
      team["platform"][:9] + team["support"][:4] + [execs[1], execs[4]] + loud[:2], team["platform"][0],
      ph("A dated incident channel: a one-off task that ended a year ago (not an always-on incident bridge)."), category="On-call")
    A("C0027", "offsite-2025", D(2025, 8, 4), "Planning the October 2025 team offsite in Bintan", "",
      team["peopleops"] + list(leads.values()) + execs + loud, team["peopleops"][0],
      ph("An offsite-planning channel for a past event; silent since October 2025."), category="Projects")
    A("C0028", "hackathon-2025", D(2025, 5, 19), "Hackathon 2025: teams, ideas, demos", "Demo day June 6",
      [u for u in humans if rng.random() < 0.35], team["platform"][2],
      ph("A past-year hackathon channel; silent since June 2025."), category="Projects")
    A("C0029", "q3-2025-planning", D(2025, 6, 2), "Q3 2025 OKR planning", "", execs + list(leads.values()), execs[2],
      ph("A planning channel for a past quarter; silent since July 2025."), category="Projects")
    A("C0030", "project-atlas", D(2024, 9, 9), "Project Atlas: the new data platform", "Milestone 4 in progress",
      team["data"] + team["platform"][4:10] + [execs[1]] + loud + guests[:3], team["data"][0],
      T("long-running-project", [], ACT + ["duplicate"], ["keep"], [],
        "A long-running project still active: 'project' alone is not a phase marker."), category="Projects")
    A("C0031", "book-club", D(2022, 4, 1), "Monthly book club", "", [u for u in humans if rng.random() < 0.15], team["design"][3],
      T("zombie-dead", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [], "No post for more than a year."))
    A("C0032", "ideas-box", D(2023, 2, 6), "Drop product ideas here", "", [u for u in humans if rng.random() < 0.25], execs[2],
      T("zombie-dead", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [],
        "Last post July 2025; since then only channel_join events, which are not activity."))
    A("C0033", "wellness", D(2024, 9, 16), "Wellness tips, yoga sessions, mental health resources", "",
      [u for u in humans if rng.random() < 0.2], team["peopleops"][2],
      T("zombie-never-used", ["zombie"], ["too-new", "check-in-only"], ["dissolve"], [],
        "Never used: only channel_join events since September 2024."), join_spread=0.5)
    A("C0034", "ci-builds", D(2022, 6, 20), "Build notifications from CI", "", team["platform"][:5] + team["web"][:3],
      team["platform"][1], T("zombie-bot-only", ["zombie"], ["too-new", "check-in-only"], ["dissolve", "review"], [],
                             "Only bot_message posts: bots are not activity, so the channel is a zombie."), category="On-call")
    A("C0035", "team-growth", at(D(2026, 3, 9), 10, 5), "New growth team", "", team["marketing"][4:9] + team["data"][6:9] + [execs[2]],
      execs[2], T("too-new", ["too-new"], ["zombie", "task-ended", "duplicate"], ["keep", "review"], [],
                  "Created 11 days before the as-of date: too new to judge."), join_spread=0.0)
    A("C0036", "project-orion", at(D(2026, 3, 16), 14, 22), "Project Orion kickoff", "", team["platform"][10:15] + [execs[4]],
      execs[4], T("too-new-silent", ["too-new"], ["zombie", "task-ended", "duplicate"], ["keep", "review"], [],
                  "Created four days before the as-of date, only joins and one post: too new, not a zombie."),
      join_spread=0.0, category="Projects")
    A("G0002", "leadership", D(2020, 1, 6), "Leadership team (private)", "", execs + [leads["platform"], leads["sales"]], execs[0],
      T("leaders", [], ACT + ["duplicate", "overlapping"], ["keep"], [],
        "The leadership channel inside #general is normal structure."), private=True, category="Leadership")
    # categories
    for c in W.chans:
        if c["name"].startswith(("team-", "design-review", "support-esc", "sales-leads")) and c["category"] == "Company":
            c["category"] = "Teams"
    return W, team_cid


def en_activity(W, team_cid):
    rng = W.rng
    C = W.cidx
    U = W.umap
    team, execs, bots, leads, loud = W.team, W.execs, W.bots, W.leads, W.loud
    END = AS_OF_DAY
    names_of = lambda us: [U[u]["real"].split()[0] for u in us]

    # joins (and leaves)
    for c in W.chans:
        for m in c["members"]:
            W.emit(c["id"], m["joined"], "join", m["uid"], "<@%s> has joined the channel" % m["uid"],
                   inviter=c["creator"] if m["uid"] != c["creator"] and rng.random() < 0.5 else None)

    def chatter(cid, start, end, rate, pool, speakers=None, weekend=0.08, reply_p=0.5, ack_p=0.2, late_p=0.05,
                loud_p=0.18):
        c = C[cid]
        start = max(start, c["created"].date() + dt.timedelta(days=1))
        for day in days(start, end):
            lam = (rate if weekday(day) else rate * weekend) * EN_SCALE
            for _ in range(poisson(rng, lam)):
                t = work_time(rng, day, late_p=late_p, early=9, late=19)
                mem = W.members_at(c, t)
                if speakers:
                    mem = [u for u in mem if u in speakers] or mem
                if not mem:
                    continue
                lm = [u for u in loud if u in W.members_at(c, t)]
                s = rng.choice(lm) if lm and rng.random() < loud_p else rng.choice(mem)
                nm = names_of(mem[:30])
                W.emit(cid, t, "msg", s, en_fill(rng, rng.choice(EN_TEAM_TEXT[pool]), nm))
                tt = t
                while rng.random() < reply_p:
                    tt += dt.timedelta(seconds=rng.randrange(30, 1500))
                    r = rng.choice(lm) if lm and rng.random() < loud_p else rng.choice(mem)
                    if rng.random() < 0.6:
                        W.emit(cid, tt, "msg", r, en_fill(rng, rng.choice(EN_TEAM_TEXT[pool] + EN_TEAM_TEXT["generic"]), nm))
                    else:
                        W.emit(cid, tt, "msg", r, rng.choice(EN_ACKS))
                if rng.random() < ack_p:
                    for _ in range(rng.randrange(1, 4)):
                        tt += dt.timedelta(seconds=rng.randrange(20, 600))
                        W.emit(cid, tt, "msg", rng.choice(mem), rng.choice(EN_ACKS))

    def acks(cid, t, k, exclude=None):
        mem = [u for u in W.members_at(C[cid], t) if u != exclude]
        tt = t
        for u in rng.sample(mem, min(k, len(mem))):
            tt += dt.timedelta(seconds=rng.randrange(15, 900))
            W.emit(cid, tt, "msg", u, rng.choice(EN_ACKS))

    # announcements, cross-posted into team channels minutes later -------------------
    ann = ["All-hands for Q{q} is on {d} at 10:00 in the big room and on Zoom. Agenda in Notion.",
           "The office will be closed on {d} for the public holiday.",
           "New expense policy takes effect on {d}. Receipts over SGD 50 need a photo in Expensify.",
           "Please welcome our {n} new joiners this month! Say hi in #general.",
           "Annual security awareness training is due by {d} for everyone. Link in your inbox.",
           "Benefits enrolment opens on {d}. HR office hours Tuesday and Thursday 3-4pm.",
           "Performance review cycle starts {d}. Self-reviews due two weeks later.",
           "Reminder: update your emergency contacts in the HR system by {d}.",
           "We are moving to the new SSO provider on {d}. Expect one forced re-login.",
           "Fire drill on {d} at 15:00. Please leave by the nearest stairwell, not the lifts.",
           "Quarterly results: revenue up {n}% quarter on quarter. Thank you all. Details at the all-hands on {d}."]
    k = 0
    for day in days(HISTORY_START, END - dt.timedelta(days=1)):
        if not weekday(day) or rng.random() > 0.2:
            continue
        k += 1
        t0 = at(day, rng.choice([9, 10, 11, 14, 16]), rng.randrange(60), rng.randrange(60))
        dd = day + dt.timedelta(days=rng.randrange(3, 21))
        text = rng.choice(ann).format(q=(dd.month - 1) // 3 + 1, d=dd.strftime("%A %d %B"), n=rng.randrange(3, 19))
        text = "%s (ref #%d)" % (text, 100 + k) if rng.random() < 0.3 else text
        poster = rng.choice(execs[:3] + [team["peopleops"][0]])
        W.emit("C0002", t0, "msg", poster, text, reactions=[("tada", rng.randrange(3, 25))] if rng.random() < 0.4 else None)
        for tname, cid in team_cid.items():
            if rng.random() < 0.55:
                t1 = t0 + dt.timedelta(seconds=rng.randrange(120, 5400))
                W.emit(cid, t1, "msg", leads[tname], text)
                acks(cid, t1, poisson(rng, 1.2), exclude=leads[tname])

    # channel chatter ------------------------------------------------------------------
    chatter("C0001", HISTORY_START, END, 1.6, "generic", reply_p=0.4, ack_p=0.15, loud_p=0.35)
    chatter("C0003", HISTORY_START, END, 1.0, "random", weekend=0.3, loud_p=0.3)
    rates = {"platform": 1.6, "mobile": 1.1, "web": 1.2, "data": 0.9, "design": 0.8, "sales": 1.3, "support": 1.4,
             "marketing": 0.8}
    for tname, cid in team_cid.items():
        chatter(cid, HISTORY_START, END, rates[tname], tname)
    chatter("C0012", HISTORY_START, END, 0.6, "random", weekend=0.2)
    chatter("C0013", HISTORY_START, END, 0.45, "random", weekend=0.2)
    # re-created design-review: move on 2025-09-01
    chatter("C0014", HISTORY_START, D(2025, 8, 29), 0.6, "design")
    W.emit("C0014", at(D(2025, 9, 1), 9, 45, 3), "msg", team["design"][0],
           "We are moving crit to <#C0015|design-review-new> from this week. Please join there, this channel will go quiet.")
    for m in C["C0014"]["members"]:
        if m["uid"] != team["design"][0] and rng.random() < 0.75:
            m["left"] = work_time(rng, D(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 14)), late_p=0)
            W.emit("C0014", m["left"], "leave", m["uid"], "<@%s> has left the channel" % m["uid"])
    chatter("C0015", D(2025, 9, 2), END, 0.8, "design")
    # duplicates: escalations posted into both
    for day in days(D(2025, 6, 10), END):
        if weekday(day) and rng.random() < 0.15:
            t = work_time(rng, day, early=9, late=19)
            s = rng.choice(team["support"][:12])
            text = en_fill(rng, rng.choice(EN_TEAM_TEXT["support"]), names_of(team["support"]))
            for cid in ("C0016", "C0017"):
                tt = t + dt.timedelta(seconds=rng.randrange(30, 900))
                W.emit(cid, tt, "msg", s, text)
                acks(cid, tt, poisson(rng, 1.0), exclude=s)
    chatter("C0016", HISTORY_START, END, 0.5, "support", speakers=team["support"] + team["platform"][:4])
    chatter("C0017", D(2025, 6, 10), END, 0.35, "support", speakers=team["support"] + team["platform"][:4])
    for day in days(D(2024, 11, 19), END):
        if weekday(day) and rng.random() < 0.12:
            t = work_time(rng, day, early=9, late=19)
            s = rng.choice(team["sales"])
            text = "New inbound lead: %s (%s, %d seats), source: %s" % (
                rng.choice(COMPANIES), rng.choice(["SG", "MY", "ID", "AU", "JP", "IN"]), rng.randrange(10, 900),
                rng.choice(["webinar", "website form", "partner referral", "G2", "event booth"]))
            for cid in ("C0018", "C0019"):
                tt = t + dt.timedelta(seconds=rng.randrange(30, 1800))
                W.emit(cid, tt, "msg", s, text)
                acks(cid, tt, poisson(rng, 0.8), exclude=s)
    chatter("C0018", HISTORY_START, END, 0.5, "sales")
    chatter("C0019", D(2024, 11, 19), END, 0.3, "sales")
    # on-call: quiet by design
    OC = ["PagerDuty test page, please ignore", "Handing the pager to {name} for the holiday week",
          "Sev2: {svc} 5xx spike, investigating", "Mitigated: {svc} rolled back. RCA to follow", "Rotation for {month} is in the schedule",
          "Reminder: ack pages within 5 minutes"]
    for cid, spans in [("C0020", [(D(2024, 4, 1), D(2024, 4, 20)), (D(2024, 12, 20), D(2025, 1, 3)), (D(2025, 10, 6), D(2025, 10, 14))]),
                       ("C0021", [(D(2024, 7, 2), D(2024, 7, 4)), (D(2025, 3, 12), D(2025, 3, 14)), (D(2025, 8, 21), D(2025, 8, 22))]),
                       ("C0022", [(D(2024, 6, 4), D(2024, 6, 28)), (D(2025, 9, 8), D(2025, 9, 12))]),
                       ("G0001", [(D(2024, 5, 13), D(2024, 5, 15)), (D(2025, 7, 28), D(2025, 7, 30))])]:
        for a, b in spans:
            for day in days(a, b):
                for _ in range(poisson(rng, 2.5)):
                    t = work_time(rng, day, late_p=0.3)
                    mem = W.members_at(C[cid], t)
                    if mem:
                        s = rng.choice(mem)
                        W.emit(cid, t, "msg", s, en_fill(rng, rng.choice(OC), names_of(mem)))
                        if rng.random() < 0.5:
                            W.emit(cid, t + dt.timedelta(seconds=rng.randrange(40, 400)), "msg", rng.choice(mem),
                                   en_fill(rng, rng.choice(EN_TEAM_TEXT["platform"]), names_of(mem)))
            if cid in ("C0020", "C0021"):
                W.emit(cid, at(a, 2, rng.randrange(60)), "bot", None, "Triggered: %s high error rate (P%d)" % (
                    rng.choice(SVCS), rng.randrange(1, 3)), bot=bots["pd"])
    # check-in channel: alive every working day up to the as-of day
    CHK = ["here", "present", "online", "in office", "WFH today", "on site", "checking in", "done ✅", "here 👋",
           "in office today (3F)", "WFH 🏠", "online ✅", "on site at client", "checking in from the SG office", "in",
           "here, in office", "WFH, online"]
    c23 = C["C0023"]
    for day in days(D(2025, 1, 14), END):
        if not weekday(day) or (day < D(2025, 9, 1) and rng.random() < 0.5):
            continue
        t = at(day, 8, rng.randrange(40, 59), rng.randrange(60))
        if rng.random() < 0.3:
            W.emit("C0023", t, "msg", team["peopleops"][0], rng.choice(["Morning! Please check in 👇", "Check in here please",
                                                                      "Good morning, check-in thread 👇"]))
        mem = W.members_at(c23, t)
        tt = t
        for u in rng.sample(mem, rng.randrange(2, 6)):
            tt += dt.timedelta(seconds=rng.randrange(30, 900))
            W.emit("C0023", tt, "msg", u, rng.choice(CHK))
        for u in rng.sample(mem, rng.randrange(0, 2)):
            W.emit("C0023", at(day, rng.choice([17, 18]), rng.randrange(60), rng.randrange(60)), "msg", u,
                   rng.choice(["done ✅", "logging off", "done for today ✅", "signing off 👋"]))
    # the busy channel with real requests and many acks
    REQ = ["Can I get access to {tool}?", "My laptop battery is swelling, need a replacement",
           "Expense report for the {company} visit submitted, who approves?", "Badge not working at the back door",
           "Need a monitor for the new joiner starting Monday", "The printer on 4F is jammed again",
           "Can someone book the big room for {meeting} on Thursday?", "VPN keeps dropping since the update",
           "Requesting a second {tool} seat for the contractor"]
    RESP = ["Done, access granted", "Ordered, arriving Thursday", "Fixed, try again", "Approved in Expensify",
            "Booked", "Ticket opened with the vendor, will update here"]
    for day in days(HISTORY_START, END):
        if not weekday(day):
            continue
        for _ in range(poisson(rng, 0.22)):
            t = work_time(rng, day, early=9, late=18)
            mem = W.members_at(C["C0024"], t)
            s = rng.choice(mem)
            W.emit("C0024", t, "msg", s, en_fill(rng, rng.choice(REQ), names_of(mem[:20])))
            o = rng.choice(team["peopleops"][:4])
            t2 = t + dt.timedelta(seconds=rng.randrange(120, 3600))
            W.emit("C0024", t2, "msg", o, rng.choice(RESP))
            tt = t2
            for _ in range(rng.randrange(1, 5)):
                tt += dt.timedelta(seconds=rng.randrange(20, 600))
                W.emit("C0024", tt, "msg", rng.choice([s, s, rng.choice(mem)]), rng.choice(EN_ACKS))
    # phase tasks
    chatter("C0025", D(2025, 4, 1), D(2025, 6, 13), 4.0, "marketing", weekend=0.3)
    W.emit("C0025", at(D(2025, 6, 16), 10, 2), "msg", team["marketing"][0], "We launched! Thank you everyone 🚀 Retro notes in Notion.")
    chatter("C0026", D(2025, 3, 12), D(2025, 3, 19), 12.0, "platform", weekend=1.0, late_p=0.3)
    W.emit("C0026", at(D(2025, 3, 26), 11, 0), "msg", team["platform"][0], "Postmortem published, action items tracked in Jira. Closing this war room.")
    chatter("C0027", D(2025, 8, 5), D(2025, 10, 3), 1.5, "peopleops", weekend=0.2)
    W.emit("C0027", at(D(2025, 10, 6), 9, 30), "msg", team["peopleops"][0], "Thanks all for a great offsite! Photos are in the shared album 📸")
    chatter("C0028", D(2025, 5, 20), D(2025, 6, 6), 6.0, "generic", weekend=1.0, late_p=0.3)
    chatter("C0029", D(2025, 6, 3), D(2025, 7, 15), 2.0, "generic")
    # the first day of the incident war room
    for i in range(14):
        t = at(D(2025, 3, 12), 3, 45) + dt.timedelta(minutes=6 * i)
        mem = W.members_at(C["C0026"], t)
        W.emit("C0026", t, "msg", rng.choice(mem), rng.choice(["billing-api returning 502 for all EU customers",
                                                            "Rolling back to 2.41", "DB connections saturated",
                                                            "Status page updated", "Error rate back under 1%",
                                                            "Still seeing retries from the queue"]))
    chatter("C0030", D(2024, 9, 10), END, 1.3, "data")
    # zombies
    chatter("C0031", HISTORY_START, D(2025, 6, 20), 0.15, "random", weekend=0.5)
    chatter("C0032", HISTORY_START, D(2025, 7, 10), 0.25, "generic")
    for i in range(6):
        u = rng.choice([x for x in W.umap if not U[x]["bot"] and not U[x]["restricted"]])
        if u not in [m["uid"] for m in C["C0032"]["members"]]:
            t = work_time(rng, D(2025, 9, 1) + dt.timedelta(days=25 * i), late_p=0)
            C["C0032"]["members"].append({"uid": u, "joined": t, "left": None})
            W.emit("C0032", t, "join", u, "<@%s> has joined the channel" % u)
    for day in days(D(2022, 6, 21), END - dt.timedelta(days=1)):
        if day < HISTORY_START:
            continue
        for _ in range(poisson(rng, 0.35 if weekday(day) else 0.1)):
            t = work_time(rng, day, late_p=0.2)
            ok = rng.random() < 0.85
            W.emit("C0034", t, "bot", None, "%s: build #%d on `main` %s (%dm%02ds)" % (
                rng.choice(["api", "web", "mobile", "infra"]), rng.randrange(1000, 99999), "passed ✅" if ok else "failed ❌",
                rng.randrange(2, 30), rng.randrange(60)), bot=bots["ci"])
    # bots elsewhere (not activity, but realistic)
    for day in days(HISTORY_START, END):
        if weekday(day) and rng.random() < 0.1:
            W.emit(team_cid["platform"], work_time(rng, day), "bot", None,
                   "[northwind/%s] Pull request merged: #%d" % (rng.choice(SVCS), rng.randrange(100, 9999)), bot=bots["github"],
                   as_user=True)
        if weekday(day) and rng.random() < 0.07:
            W.emit(team_cid["support"], work_time(rng, day), "bot", None,
                   "SUP-%d created: %s" % (rng.randrange(1000, 9999), rng.choice(["Login loop", "Invoice mismatch", "Export stuck", "SSO error"])),
                   bot=bots["jira"], as_user=True)
    # too new
    chatter("C0035", D(2026, 3, 10), END, 4.0, "marketing")
    W.emit("C0036", at(D(2026, 3, 16), 14, 30), "msg", execs[4], "Kickoff doc is pinned. First sync Monday.")
    # leadership
    chatter("G0002", HISTORY_START, END, 0.7, "generic", loud_p=0.0)

    # every channel the truth calls alive gets a real post in the last ten days
    last = {}
    for (t, _, cid, d) in W.msgs:
        if d["kind"] == "msg" and d["text"] not in EN_ACKS:
            if cid not in last or t > last[cid]:
                last[cid] = t
    for c in W.chans:
        if "zombie" not in c["truth"]["must_not_have"] or c["id"] == "C0036":
            continue
        if c["id"] in last and last[c["id"]].date() >= END - dt.timedelta(days=10):
            continue
        day = END - dt.timedelta(days=rng.randrange(1, 6))
        while not weekday(day):
            day -= dt.timedelta(days=1)
        t = work_time(rng, day, late_p=0, early=9, late=18)
        mem = W.members_at(c, t)
        W.emit(c["id"], t, "msg", c["creator"] if c["creator"] in mem else mem[0],
               en_fill(rng, rng.choice(EN_TEAM_TEXT["generic"]), names_of(mem[:20])))


# ---------------- writers ----------------

DISCORD_EPOCH_MS = 1420070400000


def snowflake(t, n):
    ms = int(t.timestamp() * 1000)
    return str(((ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (n & 0xFFFF))


def pacific_date(t):
    """America/Los_Angeles calendar date of an instant (US DST rules since 2007)"""
    u = t.astimezone(UTC)
    y = u.year
    mar1 = dt.date(y, 3, 1)
    second_sun_mar = mar1 + dt.timedelta(days=(6 - mar1.weekday()) % 7 + 7)
    nov1 = dt.date(y, 11, 1)
    first_sun_nov = nov1 + dt.timedelta(days=(6 - nov1.weekday()) % 7)
    start = dt.datetime(y, 3, second_sun_mar.day, 10, 0, tzinfo=UTC)
    end = dt.datetime(y, 11, first_sun_nov.day, 9, 0, tzinfo=UTC)
    off = -7 if start <= u < end else -8
    return (u + dt.timedelta(hours=off)).date()


def emit_en():
    W, team_cid = build_en()
    en_activity(W, team_cid)
    U = W.umap
    rng = random.Random(SEED + 3)
    out = os.path.join(ROOT, "en-workspace")
    if os.path.isdir(out):
        shutil.rmtree(out)
    sl = os.path.join(out, "slack")
    dc = os.path.join(out, "discord")
    os.makedirs(sl)
    os.makedirs(dc)
    cutoff = at(AS_OF_DAY, 23, 59, 59)
    msgs = sorted([m for m in W.msgs if m[0] <= cutoff], key=lambda m: (m[0], m[1]))
    TEAM_ID = "T01NWLABS"

    # ---- Slack: users.json
    users = []
    for u in W.users:
        first, _, last = u["real"].partition(" ")
        o = {"id": u["id"], "team_id": TEAM_ID, "name": u["handle"], "deleted": u["deleted"], "color": "9f69e7",
             "real_name": u["real"], "tz": "Asia/Singapore", "tz_label": "Singapore Standard Time", "tz_offset": 28800,
             "profile": {"title": "" if u["bot"] else u["team"].replace("peopleops", "people ops"),
                         "real_name": u["real"], "real_name_normalized": u["real"],
                         "display_name": "" if u["bot"] else first, "display_name_normalized": "" if u["bot"] else first,
                         "first_name": first, "last_name": last,
                         "image_72": "https://avatars.slack-edge.com/2021-01-01/%s_72.png" % u["id"].lower(),
                         "team": TEAM_ID},
             "is_admin": u["id"] in W.execs[:2], "is_owner": u["id"] == W.execs[0], "is_primary_owner": u["id"] == W.execs[0],
             "is_restricted": u["restricted"], "is_ultra_restricted": False, "is_bot": u["bot"],
             "is_app_user": False, "updated": int(at(u["start"], 9, 0).timestamp())}
        if u["bot"]:
            o["profile"]["bot_id"] = u["bot_id"]
            o["profile"]["always_active"] = True
        users.append(o)
    write_json(os.path.join(sl, "users.json"), users, indent=4, slash=True)

    # ---- Slack: channels.json / groups.json
    def chobj(c):
        roster = [m["uid"] for m in c["members"] if m["left"] is None and not U[m["uid"]]["deleted"]]
        created = int(c["created"].timestamp())
        o = {"id": c["id"], "name": c["name"], "created": created, "creator": c["creator"], "is_archived": False,
             "is_general": c["is_general"], "members": roster,
             "topic": {"value": c["topic"], "creator": c["creator"] if c["topic"] else "", "last_set": created if c["topic"] else 0},
             "purpose": {"value": c["purpose"], "creator": c["creator"] if c["purpose"] else "",
                         "last_set": created if c["purpose"] else 0}}
        if c["private"]:
            o["is_private"] = True
        return o
    write_json(os.path.join(sl, "channels.json"), [chobj(c) for c in W.chans if not c["private"]], indent=4, slash=True)
    write_json(os.path.join(sl, "groups.json"), [chobj(c) for c in W.chans if c["private"]], indent=4, slash=True)
    write_json(os.path.join(sl, "integration_logs.json"), {"logs": [
        {"user_id": W.team["platform"][1], "user_name": U[W.team["platform"][1]]["handle"], "bot_id": U[b]["bot_id"],
         "date": str(int(at(U[b]["start"], 11, 0).timestamp())), "change_type": "added", "reason": "",
         "channel": "ci-builds" if k == "ci" else "", "service_type": U[b]["real"], "scope": "incoming-webhook"}
        for k, b in W.bots.items()]}, indent=4, slash=True)

    # ---- Slack: day files
    per_chan = {}
    used_ts = {}
    slack_ts = {}
    for (t, seq, cid, d) in msgs:
        sec = int(t.timestamp())
        key = (cid, sec)
        k = used_ts.get(key, 0) + 1
        used_ts[key] = k
        ts = "%d.%06d" % (sec, 100 * k + (seq % 100))
        slack_ts[seq] = ts
        if d["kind"] == "join":
            priv = W.cidx[cid]["private"]
            o = {"type": "message", "subtype": "channel_join" if not priv else "group_join",
                 "ts": ts, "user": d["user"], "text": d["text"] if not priv else d["text"].replace("channel", "group")}
            if d.get("inviter"):
                o["inviter"] = d["inviter"]
        elif d["kind"] == "leave":
            priv = W.cidx[cid]["private"]
            o = {"type": "message", "subtype": "channel_leave" if not priv else "group_leave",
                 "ts": ts, "user": d["user"], "text": d["text"] if not priv else d["text"].replace("channel", "group")}
        elif d["kind"] == "bot":
            b = U[d["bot"]]
            o = {"type": "message", "subtype": "bot_message", "text": slack_escape(d["text"]), "ts": ts,
                 "username": b["real"], "bot_id": b["bot_id"]}
            if d.get("as_user"):
                o["user"] = b["id"]
        else:
            text = d["text"]
            text = slack_escape(text) if "<#C" not in text else text
            o = {"type": "message", "text": text, "user": d["user"], "ts": ts, "team": TEAM_ID}
            if d.get("reactions"):
                name, cnt = d["reactions"][0]
                pool = [m["uid"] for m in W.cidx[cid]["members"]]
                us = pool[:cnt]
                o["reactions"] = [{"name": name, "users": us, "count": len(us)}]
        c = W.cidx[cid]
        per_chan.setdefault(c["name"], {}).setdefault(pacific_date(t).isoformat(), []).append(o)
    for c in W.chans:
        folder = os.path.join(sl, c["name"])
        os.makedirs(folder)
        for day, arr in sorted(per_chan.get(c["name"], {}).items()):
            write_json(os.path.join(folder, day + ".json"), arr, indent=None, slash=True)

    # ---- Discord: one DiscordChatExporter JSON per channel
    guild = {"id": "1012345678901234567", "name": "Northwind Labs",
             "iconUrl": "https://cdn.discordapp.com/icons/1012345678901234567/a1b2c3d4e5f6.png?size=512"}
    dusers = {}
    for i, u in enumerate(W.users):
        dusers[u["id"]] = {"id": snowflake(at(D(2017, 1, 1) + dt.timedelta(days=hash_int(u["id"]) % 2200), 12, 0), i),
                           "name": u["handle"].replace(".", "_") if not u["bot"] else u["handle"],
                           "discriminator": "0000" if not u["bot"] else "%04d" % (1000 + i),
                           "nickname": u["real"], "color": None, "isBot": u["bot"], "roles": [],
                           "avatarUrl": "https://cdn.discordapp.com/embed/avatars/%d.png" % (hash_int(u["id"]) % 6)}
    cats = {}
    dchan_id = {}
    for i, c in enumerate(W.chans):
        dchan_id[c["id"]] = snowflake(c["created"], 4000 + i)
        if c["category"] not in cats:
            cats[c["category"]] = snowflake(at(D(2019, 5, 2), 10, len(cats)), 3000 + len(cats))

    def dc_text(text):
        for uid in W.umap:
            if "<@" + uid in text:
                text = text.replace("<@%s>" % uid, "@" + W.umap[uid]["real"])
        text = text.replace("<#C0015|design-review-new>", "#design-review-new")
        return text

    per_dc = {c["id"]: [] for c in W.chans}
    n = 0
    for (t, seq, cid, d) in msgs:
        n += 1
        if d["kind"] == "leave":
            continue
        if d["kind"] == "join":
            if not W.cidx[cid]["is_general"]:
                continue           # Discord has no per-channel joins; server joins land in the system channel
            typ, content, author = "GuildMemberJoin", "Joined the server.", dusers[d["user"]]
        elif d["kind"] == "bot":
            typ, content, author = "Default", d["text"], dusers[d["bot"]]
        else:
            typ, content, author = "Default", dc_text(d["text"]), dusers[d["user"]]
        o = {"id": snowflake(t, n), "type": typ,
             "timestamp": t.astimezone(TZ8).strftime("%Y-%m-%dT%H:%M:%S.000+08:00"),   # same instant as the snowflake
             "timestampEdited": None, "callEndedTimestamp": None, "isPinned": False, "content": content,
             "author": author, "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": []}
        if d.get("reactions"):
            name, cnt = d["reactions"][0]
            o["reactions"] = [{"emoji": {"id": "", "name": "🎉", "code": "tada", "isAnimated": False,
                                         "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/1f389.svg"},
                               "count": cnt}]
        per_dc[cid].append(o)
    exported = at(AS_OF_DAY, 23, 30, 12)
    for c in W.chans:
        arr = per_dc[c["id"]]
        doc = {"guild": guild,
               "channel": {"id": dchan_id[c["id"]], "type": "GuildTextChat", "categoryId": cats[c["category"]],
                           "category": c["category"], "name": c["name"], "topic": c["purpose"] or None},
               "dateRange": {"after": None, "before": None},
               "exportedAt": exported.strftime("%Y-%m-%dT%H:%M:%S.512+08:00"),
               "messages": arr, "messageCount": len(arr)}
        fn = "%s - %s - %s [%s].json" % (guild["name"], c["category"], c["name"], dchan_id[c["id"]])
        write_json(os.path.join(dc, fn), doc, indent=None)

    as_of = iso8(msgs[-1][0])
    tg = []
    for c in W.chans:
        t = c["truth"]
        tg.append({"group_id": c["id"], "name": c["name"], "discord_channel_id": dchan_id[c["id"]], "kind": t["kind"],
                   "must_have": t["must_have"], "must_not_have": t["must_not_have"],
                   "acceptable_actions": t["acceptable_actions"], "merge_into_any_of": t["merge_into_any_of"],
                   "why": t["why"]})
    truth = {"as_of": as_of, "generator": "independent",
             "dataset": "en-workspace (Northwind Labs): slack/ (unzipped export) and discord/ (DiscordChatExporter JSON)",
             "notes": ["group_id is the Slack channel id (C… public, G… private); match Discord files by channel name "
                       "or by discord_channel_id.",
                       "Discord has no rosters: audience is unknown there, and a handful of loud posters write in almost "
                       "every channel, so poster overlap is not audience overlap. Verdicts that need a roster "
                       "(overlapping) can only be checked on the Slack copy; must_not_have holds for both.",
                       "Discord has no per-channel joins: Slack channel_join events appear only in #general as "
                       "GuildMemberJoin. #wellness therefore has no messages in the Discord copy (its creation time is in "
                       "its snowflake id).",
                       "Bots (CI Bot, GitHub, Jira Cloud, PagerDuty) are not activity."],
             "groups": tg}
    write_json(os.path.join(out, "truth.json"), truth)
    return W, msgs, as_of


def self_check():
    """parse everything back: every JSON loads, every CSV row has the header's column count,
    truth covers every group and as_of equals the latest message time"""
    import glob
    total, nfiles = 0, 0
    for dirpath, _, files in os.walk(ROOT):
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            total += os.path.getsize(path)
            nfiles += 1
            if fn.endswith(".json"):
                with open(path, encoding="utf-8") as f:
                    json.load(f)
            elif fn.endswith(".csv"):
                with open(path, encoding="utf-8", newline="") as f:
                    rows = list(csv.reader(f))
                bad = [i for i, r in enumerate(rows) if len(r) != len(rows[0])]
                assert not bad, (path, bad[:5])
    z = os.path.join(ROOT, "zh-district")
    with open(os.path.join(z, "truth.json"), encoding="utf-8") as f:
        zt = json.load(f)
    with open(os.path.join(z, "messages.csv"), encoding="utf-8", newline="") as f:
        ms = list(csv.reader(f))[1:]
    with open(os.path.join(z, "groups.csv"), encoding="utf-8", newline="") as f:
        gids = sorted(r[0] for r in list(csv.reader(f))[1:])
    assert max(r[1] for r in ms) == zt["as_of"]
    assert sorted(g["group_id"] for g in zt["groups"]) == gids
    assert len(set(r[3] for r in ms)) == len(ms)
    e = os.path.join(ROOT, "en-workspace")
    with open(os.path.join(e, "truth.json"), encoding="utf-8") as f:
        et = json.load(f)
    chans = []
    for fn in ("channels.json", "groups.json"):
        with open(os.path.join(e, "slack", fn), encoding="utf-8") as f:
            chans += json.load(f)
    assert sorted(c["id"] for c in chans) == sorted(g["group_id"] for g in et["groups"])
    maxts = 0.0
    for c in chans:
        for path in glob.glob(os.path.join(e, "slack", c["name"], "*.json")):
            with open(path, encoding="utf-8") as f:
                for m in json.load(f):
                    maxts = max(maxts, float(m["ts"]))
    assert int(maxts) == int(dt.datetime.fromisoformat(et["as_of"]).timestamp())
    names = sorted(c["name"] for c in chans)
    dnames = []
    for path in glob.glob(os.path.join(e, "discord", "*.json")):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        assert d["messageCount"] == len(d["messages"])
        dnames.append(d["channel"]["name"])
    assert sorted(dnames) == names
    print("self-check ok: %d files, %d bytes" % (nfiles, total))


if __name__ == "__main__":
    W, msgs, as_of = emit_cn()
    print("zh:", len(W.groups), "groups", len(W.people), "people", len(msgs), "messages; as_of", as_of)
    E, emsgs, eas_of = emit_en()
    print("en:", len(E.chans), "channels", len(E.users), "users", len(emsgs), "messages; as_of", eas_of)
    self_check()
