#!/usr/bin/env python3
"""Generate the "fourth" test district for GroupSlim: 青溪街道办事处 (an invented street office).

Written from /work/shared/docs/policy-basis.md alone (plus the canonical CSV import format in
README.md, section "The canonical import format").  No GroupSlim source, test, example, script or
the README sections on how verdicts / the plan are decided were read while writing it, so the
expectations in truth.json are an independent reading of the policy basis.

Deterministic: one fixed seed, no clock, no environment input.  Python 3 standard library only.

Output (next to this script): district/groups.csv, members.csv, messages.csv, people.csv, truth.json

Like a WeChat export, purpose_tags and protected are left EMPTY for every group: the tool has to
recognise emergency groups, phase tasks and check-in groups from names, rosters and messages.
"""
import csv
import json
import os
import random
from datetime import date, datetime, time, timedelta, timezone

SEED = 20260331
rng = random.Random(SEED)
TZ = timezone(timedelta(hours=8))
START = date(2024, 10, 1)          # ~18 months of messages
END = date(2026, 3, 31)            # as-of day (Tuesday); as_of = latest message time
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "district")

# Chinese statutory holidays in the window (days off) -- rough, good enough for "workday"
HOLIDAYS = set()
for a, b in [((2024, 10, 1), (2024, 10, 7)), ((2025, 1, 1), (2025, 1, 1)),
             ((2025, 1, 28), (2025, 2, 4)), ((2025, 4, 4), (2025, 4, 6)),
             ((2025, 5, 1), (2025, 5, 5)), ((2025, 5, 31), (2025, 6, 2)),
             ((2025, 10, 1), (2025, 10, 8)), ((2026, 1, 1), (2026, 1, 3)),
             ((2026, 2, 15), (2026, 2, 23))]:
    d = date(*a)
    while d <= date(*b):
        HOLIDAYS.add(d)
        d += timedelta(days=1)


def days(a=START, b=END):
    d = a
    while d <= b:
        yield d
        d += timedelta(days=1)


def workday(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def at(d, h, m=0, s=0):
    return datetime.combine(d, time(h, m, s), TZ)


def worktime(d, after_hours=0.08):
    if rng.random() < after_hours:
        return at(d, rng.randint(18, 22), rng.randint(0, 59), rng.randint(0, 59))
    h = rng.choice([8, 9, 9, 10, 10, 11, 14, 14, 15, 15, 16, 17])
    return at(d, h, rng.randint(0 if h > 8 else 30, 59), rng.randint(0, 59))


# ----------------------------------------------------------------------------- people
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯欣怡婷雪琳晨阳帆燕海波春梅晓东志军宏林峰亮晶倩琴云莉颖慧")
used_names = set()


def new_name():
    while True:
        n = rng.choice(SURN) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        if n not in used_names:
            used_names.add(n)
            return n


people = []          # dicts: id, name, unit
by_unit = {}


def person(unit):
    pid = "qx%04d" % (len(people) + 1)
    p = {"id": pid, "name": new_name(), "unit": unit}
    people.append(p)
    by_unit.setdefault(unit, []).append(pid)
    return pid


LEAD_UNIT = "街道领导班子"
leaders = [person(LEAD_UNIT) for _ in range(9)]
SEC, DIR, VSEC, RDZ = leaders[0], leaders[1], leaders[2], leaders[3]   # 书记 主任 副书记 人大工委主任
SECTIONS = [("党政办", 14), ("党建办", 10), ("平安办", 12), ("城管科", 20), ("社会事务科", 12),
            ("经济发展办", 12), ("应急办", 6), ("财政所", 8), ("司法所", 5), ("退役军人服务站", 5)]
for u, n in SECTIONS:
    for _ in range(n):
        person(u)
COMMS = ["青溪社区", "柳岸社区", "枫林社区", "石桥社区", "南湖社区", "北岭社区"]
for c in COMMS:
    for _ in range(25):             # 0-6 两委 (0 = 书记), 7-14 社区工作者, 15-24 网格员
        person(c)
staff = [p["id"] for p in people]
NPC = [person("辖区人大代表") for _ in range(15)]
VOL = [person("青溪志愿者协会") for _ in range(18)]
RANGER = [person("北岭护林队") for _ in range(8)]
BOT = "qxbot01"
people.append({"id": BOT, "name": "群助手", "unit": "系统机器人"})
NAME = {p["id"]: p["name"] for p in people}

U = by_unit
head = {u: U[u][0] for u, _ in SECTIONS}
head.update({c: U[c][0] for c in COMMS})
liangwei = {c: U[c][0:7] for c in COMMS}
workers = {c: U[c][7:15] for c in COMMS}
grid = {c: U[c][15:25] for c in COMMS}
# leader in charge (分管领导) of each section, and 挂点 leader of each community
FENGUAN = {"党政办": leaders[1], "党建办": leaders[2], "平安办": leaders[4], "城管科": leaders[5],
           "社会事务科": leaders[6], "经济发展办": leaders[1], "应急办": leaders[5], "财政所": leaders[1],
           "司法所": leaders[4], "退役军人服务站": leaders[7]}
GUADIAN = dict(zip(COMMS, [leaders[2], leaders[4], leaders[5], leaders[6], leaders[7], leaders[8]]))
ECON_NEW_HIRES = U["经济发展办"][10:12]           # only in the re-created group
ECON_LEAVERS = U["经济发展办"][6:10]              # leave the old group after the new one exists

# ----------------------------------------------------------------------------- groups
groups = {}          # gid -> dict
order = []


def group(gid, name, unit, owner, created, members, admins=(), platform="wechat", left=None):
    left = left or {}
    ms = []
    seen = set()
    for m in [owner] + list(members):
        if m in seen:
            continue
        seen.add(m)
        role = "owner" if m == owner else ("admin" if m in admins else "member")
        ms.append((m, role, left.get(m)))
    groups[gid] = {"id": gid, "name": name, "unit": unit, "owner": owner, "platform": platform,
                   "created": created, "members": ms}
    order.append(gid)
    return gid


def mem(gid, when=None):
    """current members (at datetime `when`, if given)"""
    out = []
    for m, _, lft in groups[gid]["members"]:
        if lft is not None and when is not None and when >= lft:
            continue
        out.append(m)
    return out


ALL = "g01"
not_in_all = sorted(rng.sample(grid["南湖社区"][5:] + grid["北岭社区"][5:], 5))   # newest grid workers
group(ALL, "青溪街道全体干部群", "党政办", head["党政办"], at(date(2019, 3, 1), 9),
      [s for s in staff if s not in not_in_all], admins=U["党政办"][1:4])
group("g02", "青溪街道班子群", "党政办", DIR, at(date(2021, 8, 2), 10), leaders + [head["党政办"]],
      admins=[head["党政办"]])
SECT_G = {}
for i, (u, _) in enumerate(SECTIONS):
    gid = "g%02d" % (3 + i)
    SECT_G[u] = gid
    mem_u = [m for m in U[u] if m not in ECON_NEW_HIRES]
    nm = u + "工作群"
    left = {}
    if u == "经济发展办":
        for k, m in enumerate(ECON_LEAVERS):
            left[m] = at(date(2025, 7, 14 + 3 * k), 10, 5 * k)
    group(gid, nm, u, head[u], at(date(2020 + i % 4, 3 + i, 10), 9), mem_u + [FENGUAN[u]],
          admins=U[u][1:2], left=left)
SQUAD = U["城管科"][8:18]
group("g13", "城管科执法中队群", "城管科", SQUAD[0], at(date(2022, 4, 6), 9), SQUAD + [head["城管科"]],
      admins=SQUAD[1:2])
COMM_G = {}
for i, c in enumerate(COMMS):
    gid = "g%02d" % (14 + i)
    COMM_G[c] = gid
    liaison = U[SECTIONS[i % 10][0]][2]
    group(gid, c + "工作群", c, head[c], at(date(2020, 5 + i, 12), 9), U[c] + [GUADIAN[c], liaison],
          admins=liangwei[c][1:3])
group("g20", "社区书记群", "党建办", head["党建办"], at(date(2022, 2, 15), 9),
      [head[c] for c in COMMS] + [SEC, VSEC], admins=[])
group("g21", "社会事务科理论学习群", "社会事务科", U["社会事务科"][2], at(date(2023, 3, 1), 9),
      [m for m, _, _ in groups[SECT_G["社会事务科"]]["members"]])
group("g22", "党建办工会小组群", "党建办", U["党建办"][3], at(date(2022, 9, 1), 9),
      [m for m, _, _ in groups[SECT_G["党建办"]]["members"]])
ECON_OLD, ECON_NEW = SECT_G["经济发展办"], "g23"
ECON_NEW_CREATED = at(date(2025, 7, 10), 9, 12)
group(ECON_NEW, "经济发展办工作群（新）", "经济发展办", head["经济发展办"], ECON_NEW_CREATED,
      U["经济发展办"] + [FENGUAN["经济发展办"]], admins=U["经济发展办"][1:2])
CG_NOTICE = "g24"
group(CG_NOTICE, "城管科通知群", "城管科", head["城管科"], at(date(2023, 6, 5), 9),
      U["城管科"][1:12], admins=[])
YJ = U["应急办"]
group("g25", "青溪街道防汛抗旱指挥部群", "应急办", YJ[0], at(date(2021, 5, 20), 9),
      leaders + YJ[:4] + [head[c] for c in COMMS] + [head["城管科"], head["平安办"]]
      + liangwei["南湖社区"][1:3] + liangwei["柳岸社区"][1:3], admins=YJ[1:2])
group("g26", "应急值守群", "应急办", YJ[1], at(date(2021, 1, 8), 9),
      leaders + YJ[1:5] + U["党政办"][4:8] + [head[u] for u, _ in SECTIONS], admins=[YJ[0]])
group("g27", "森林防火指挥群", "应急办", YJ[2], at(date(2022, 1, 17), 9),
      [leaders[5], leaders[8], DIR] + YJ[2:6] + liangwei["北岭社区"] + liangwei["石桥社区"] + RANGER,
      admins=[YJ[3]])
group("g28", "地质灾害防治群", "应急办", YJ[3], at(date(2022, 5, 9), 9),
      [leaders[5]] + YJ[3:6] + U["城管科"][2:4] + [head["北岭社区"], head["石桥社区"], head["枫林社区"]]
      + grid["北岭社区"][:3] + grid["石桥社区"][:3])
PA = U["平安办"]
ALL_GRID = [g for c in COMMS for g in grid[c]]
group("g29", "网格员报平安群", "平安办", PA[1], at(date(2024, 10, 28), 9), ALL_GRID + [PA[2]],
      admins=[PA[2]])
CHECK_MEM = U["城管科"] + PA + YJ
group("g30", "机关干部每日签到群", "党政办", U["党政办"][5], at(date(2025, 2, 24), 8, 40),
      CHECK_MEM + [leaders[5], U["党政办"][6]], admins=[U["党政办"][6]], platform="dingtalk")
INFO_MEM = U["党建办"][:3] + [U[u][4] for u, _ in SECTIONS] + [workers[c][0] for c in COMMS]
group("g31", "街道宣传信息报送群", "党建办", U["党建办"][1], at(date(2021, 3, 3), 9), INFO_MEM)
VOLG_MEM = U["社会事务科"][5:7] + VOL + [workers[c][1] for c in COMMS]
VOLG_CREATED = at(date(2025, 4, 10), 15, 20)
group("g32", "志愿服务对接群", "社会事务科", U["社会事务科"][5], VOLG_CREATED, VOLG_MEM)
group("g33", "枫林社区两委群", "枫林社区", head["枫林社区"], at(date(2021, 11, 2), 9),
      liangwei["枫林社区"])
CENSUS_MEM = U["经济发展办"][2:5] + U["党政办"][8:10] + [w for c in COMMS for w in workers[c][2:4]]
group("g34", "2025年1%人口抽样调查专项群", "经济发展办", U["经济发展办"][2], at(date(2025, 9, 1), 9, 30),
      CENSUS_MEM, admins=U["经济发展办"][3:4])
CW_MEM = [SEC, DIR, leaders[5]] + [head[u] for u, _ in SECTIONS] + [head[c] for c in COMMS] + U["城管科"][3:8]
group("g35", "2025年创文迎检专项工作群", "党政办", U["党政办"][1], at(date(2025, 3, 28), 16), CW_MEM,
      admins=[head["党政办"]])
SF_MEM = U["社会事务科"][:5] + U["退役军人服务站"][:3] + [liangwei[c][1] for c in COMMS] + [leaders[6]]
group("g36", "2026年春节走访慰问临时群", "社会事务科", U["社会事务科"][1], at(date(2026, 1, 12), 10), SF_MEM)
NEWG_CREATED = at(date(2026, 3, 24), 15, 5)
NEWG_MEM = U["城管科"][4:7] + U["经济发展办"][4:6] + liangwei["青溪社区"][:3] + liangwei["柳岸社区"][:3] + [leaders[5]]
group("g37", "老旧小区改造协调群", "城管科", U["城管科"][4], NEWG_CREATED, NEWG_MEM)
HEZ_MEM = [leaders[5], leaders[8]] + U["城管科"][12:15] + [YJ[4]] + [liangwei[c][2] for c in COMMS]
group("g38", "河长制工作群", "城管科", U["城管科"][12], at(date(2021, 6, 1), 9), HEZ_MEM)
group("g39", "人大代表联络群", "党政办", U["党政办"][10], at(date(2022, 1, 20), 9), NPC + [RDZ])
XF_MEM = PA[:6] + U["司法所"] + [head[c] for c in COMMS] + [leaders[4], VSEC]
group("g40", "信访维稳工作群", "平安办", PA[0], at(date(2021, 9, 9), 9), XF_MEM, admins=[PA[3]])

# ----------------------------------------------------------------------------- messages
msgs = []   # (gid, dt, sender, kind, text)


def post(gid, dt, sender, text, kind="text"):
    msgs.append((gid, dt, sender, kind, text))
    return dt


ACKS = ["收到", "收到", "收到", "好的", "收到！", "已阅", "👍", "1", "好的收到", "收到，马上落实", "收到，按要求办理"]


def acks(gid, dt, n, exclude=(), maxdelay=90):
    pool = [m for m in mem(gid, dt) if m not in exclude]
    for m in rng.sample(pool, min(n, len(pool))):
        post(gid, dt + timedelta(minutes=rng.randint(1, maxdelay), seconds=rng.randint(0, 59)), m,
             rng.choice(ACKS))


def pick(gid, dt, exclude=()):
    return rng.choice([m for m in mem(gid, dt) if m not in exclude])


TOPICS = ["安全生产大检查", "第二季度党建工作考核", "城乡居民医保征缴", "燃气安全隐患排查", "防范电信网络诈骗宣传",
          "人居环境整治", "高龄津贴资格认证", "退役军人信息采集", "文明城市常态化创建", "消防安全专项检查",
          "违法建设排查整治", "低保对象年度复核", "垃圾分类督导", "平安建设满意度测评", "食品安全宣传周",
          "固定资产清查", "网格化管理数据更新", "禁毒宣传月", "防汛物资清点", "信访积案化解",
          "重点人员走访", "自建房安全排查", "电动自行车充电隐患整治", "老年人防诈骗讲座", "征兵宣传",
          "双拥共建", "节前廉政提醒", "公文处理规范", "统计数据质量核查", "秸秆禁烧巡查"]
THINGS = ["工作台账", "排查统计表", "宣传照片及简报", "自查报告", "整改清单", "人员名单", "签字版承诺书", "工作总结"]


def notice_text(d):
    t = rng.choice(TOPICS)
    due = d + timedelta(days=rng.randint(2, 10))
    k = rng.random()
    if k < 0.5:
        return "@所有人 【通知】关于开展%s工作的通知：请各科室、各社区于%d月%d日前报送%s，联系人：%s，电话0335-%07d。" % (
            t, due.month, due.day, rng.choice(THINGS), new_or_existing_name(), rng.randint(1000000, 9999999))
    if k < 0.8:
        return "【会议通知】定于%d月%d日%s在街道三楼会议室召开%s推进会，请各科室负责人、各社区书记准时参加，不得请假。" % (
            due.month, due.day, rng.choice(["上午9:00", "下午2:30", "下午3:00"]), t)
    return "【转发区文件】关于进一步做好%s工作的实施方案（第%d号），请认真学习并抓好落实，%d月%d日前反馈落实情况。" % (
        t, rng.randint(3, 48), due.month, due.day)


def new_or_existing_name():
    return NAME[rng.choice(U["党政办"])]


UNIT_WORK = {
    "党政办": ["下周一区委督查组来街道检查，请各科室准备好档案", "本周公文已全部签收，{n}请核对一下收文登记", "公务用车申请请提前一天在系统里填报",
             "明天上午领导接待日，{n}负责记录", "督办事项第{k}项还没回复，请{n}跟进", "会议室本周四下午已被占用，请调整"],
    "党建办": ["{n}，本月主题党日方案已经发群里了，请各支部参照", "党员发展材料第{k}批已报组织部", "党费收缴情况表请{n}汇总",
             "基层党组织换届材料今天要报区里", "请把学习强国积分排名前十的名单发我"],
    "平安办": ["今天接到{k}起矛盾纠纷，已分派到社区", "综治中心值班表已调整，{n}看一下", "重点人员稳控台账更新到第{k}版",
             "雪亮工程摄像头有{k}个离线，已报修", "平安创建问卷回访名单请{n}核对"],
    "城管科": ["青溪路占道经营反弹，明天上午集中整治", "第{k}批违建拆除名单已确认", "{n}，环卫考核表这个月扣分项发一下",
             "渣土车夜间偷倒的线索已移交执法中队", "户外广告牌排查还剩{k}处没有核实"],
    "社会事务科": ["本月低保新增{k}户，材料已审核", "高龄津贴认证还差{k}人，请各社区督促", "{n}，残疾人两项补贴名单复核一下",
               "养老服务站运营评估下周开始", "临时救助审批表请{n}盖章"],
    "经济发展办": ["规上企业{k}月报表今天截止", "{n}，招商项目洽谈纪要整理好了吗", "个体工商户走访还剩{k}家",
               "统计联网直报系统账号已更新", "楼宇经济入驻率本月{k}%，请核对"],
    "应急办": ["应急物资库盘点完成，缺口{k}项", "{n}，应急预案修订稿请再看一遍", "企业安全生产检查发现隐患{k}处，已下整改通知",
             "消防演练定在下周三，请各社区报名", "危化品企业复查名单已更新"],
    "财政所": ["第{k}季度预算执行进度表已发", "报销单据请{n}补齐签字", "政府采购意向公开已挂网",
             "专项资金使用自查报告今天要交", "{n}，村级财务审计材料准备好了吗"],
    "司法所": ["社区矫正对象本月报到{k}人", "{n}，法律援助案件卷宗请归档", "人民调解员培训名单已确定",
             "普法讲座下周四在南湖社区", "安置帮教人员走访台账更新"],
    "退役军人服务站": ["优抚对象信息核对还剩{k}人", "{n}，光荣牌悬挂情况统计一下", "退役军人就业招聘会名单已报区里",
                 "八一慰问方案初稿请看", "烈属走访记录请及时上传"],
}
COMM_WORK = ["今天下午入户核查{k}户，请网格员做好对接", "{n}，居民反映{k}号楼化粪池堵塞，请物业尽快处理",
             "明天上午社区党员志愿服务，集合地点社区门口", "本周网格巡查发现问题{k}条，已录入平台", "居民议事会定在周四晚上7点",
             "{n}，高龄老人名单请再核一遍", "小区楼道杂物清理还剩{k}栋", "社区活动室周末开放，请安排值班",
             "上级检查组明天到社区，请把台账整理好", "{n}，请把今天走访的情况汇总一下"]
REPLY_WORK = ["好的，我下午去处理", "已经联系了，明天上午过去", "表格已发到邮箱", "这个情况我了解一下再回复", "明白，今天下班前完成",
              "{n}那边还差两份材料", "已完成，照片发群里了", "好的，我来对接"]


def fill(t):
    return t.replace("{n}", rng.choice(list(NAME.values())[:260])).replace("{k}", str(rng.randint(2, 30)))


def thread(gid, dt, starter, starters_pool, n_reply=(1, 3), n_ack=(0, 3), kinds=("text",)):
    post(gid, dt, starter, fill(rng.choice(starters_pool)))
    t = dt
    for _ in range(rng.randint(*n_reply)):
        t = t + timedelta(minutes=rng.randint(2, 50))
        r = pick(gid, t, exclude=[starter])
        k = rng.choice(kinds)
        if k == "text":
            post(gid, t, r, fill(rng.choice(REPLY_WORK)))
        elif k == "image":
            post(gid, t, r, "[图片]", "image")
        else:
            post(gid, t, r, rng.choice(["整改台账.xlsx", "工作方案.docx", "汇总表.xlsx"]), "file")
    acks(gid, dt, rng.randint(*n_ack), exclude=[starter])


# -- all-staff notices, forwarded down -----------------------------------------------------
SECT_GROUPS = [SECT_G[u] for u, _ in SECTIONS]
CG_WORK = SECT_G["城管科"]
forward_log = []


def relay_notice(gid, dt, text):
    """a notice landing in a section group: the 城管科 copy goes to its notice group, the
    经济发展办 old/new pair get the same text"""
    if gid == CG_WORK and rng.random() < 0.92:
        post(CG_NOTICE, dt + timedelta(minutes=rng.randint(1, 9)), head["城管科"], text)
        if rng.random() < 0.15:
            acks(CG_NOTICE, dt + timedelta(minutes=10), 1, exclude=[head["城管科"]])


for d in days():
    if not workday(d) or rng.random() > 0.33:
        continue
    dt = worktime(d, 0.1)
    text = notice_text(d)
    sender = rng.choice(U["党政办"][1:4])
    post(ALL, dt, sender, text)
    acks(ALL, dt, rng.randint(0, 4), exclude=[sender])
    targets = []
    for u, _ in SECTIONS:
        if rng.random() < 0.3:
            targets.append(SECT_G[u])
    for c in COMMS:
        if c == "青溪社区" or rng.random() < 0.45:
            targets.append(COMM_G[c])
    if ECON_OLD in targets and dt >= ECON_NEW_CREATED:
        targets.append(ECON_NEW)
    for tg in targets:
        fdt = dt + timedelta(minutes=rng.randint(4, 200))
        fsender = groups[tg]["owner"] if (tg != ECON_OLD or rng.random() < 0.8) else U["经济发展办"][1]
        post(tg, fdt, fsender, text)
        forward_log.append((tg, fdt))
        share = 0.4 if tg == COMM_G["青溪社区"] else (0.22 if tg in COMM_G.values() else 0.3)
        acks(tg, fdt, int(len(mem(tg, fdt)) * share * rng.uniform(0.6, 1.2)), exclude=[fsender], maxdelay=120)
        relay_notice(tg, fdt, text)

# -- leaders' group -----------------------------------------------------------------------
LEAD_TOPICS = ["明天上午党工委会议题：{k}项，请各位提前看材料", "区里通知下周{k}号召开全区经济工作推进会，{n}同志参加",
               "关于{t}的情况汇报已放到各位桌上，请审阅", "这周末轮到我带班，有事随时联系", "{t}方案同意，按程序推进",
               "区委督查室反馈{t}进度偏慢，请分管领导督促"]
for d in days():
    if workday(d) and rng.random() < 0.3:
        dt = worktime(d, 0.15)
        s = rng.choice(leaders + [head["党政办"]])
        post("g02", dt, s, fill(rng.choice(LEAD_TOPICS)).replace("{t}", rng.choice(TOPICS)))
        t = dt
        for _ in range(rng.randint(0, 3)):
            t += timedelta(minutes=rng.randint(3, 60))
            post("g02", t, pick("g02", t, [s]), rng.choice(["同意", "收到，我来落实", "建议先征求社区意见", "好的", "下午碰一下"]))

# -- section work groups (own work) --------------------------------------------------------
for u, _ in SECTIONS:
    gid = SECT_G[u]
    for d in days():
        if not workday(d) or rng.random() > 0.16:
            continue
        dt = worktime(d)
        if gid == ECON_OLD and dt >= ECON_NEW_CREATED:
            # after the re-creation: real work happens in （新）, the old group gets the same texts
            text = fill(rng.choice(UNIT_WORK[u]))
            post(ECON_NEW, dt, head[u], text)
            if rng.random() < 0.7:
                post(ECON_OLD, dt + timedelta(minutes=rng.randint(0, 4), seconds=rng.randint(5, 59)), head[u], text)
                if rng.random() < 0.3:
                    acks(ECON_OLD, dt, 1, exclude=[head[u]])
            t = dt
            for _ in range(rng.randint(1, 3)):
                t += timedelta(minutes=rng.randint(2, 40))
                post(ECON_NEW, t, pick(ECON_NEW, t, [head[u]]), fill(rng.choice(REPLY_WORK)))
            acks(ECON_NEW, dt, rng.randint(0, 3), exclude=[head[u]])
            continue
        starter = rng.choice(mem(gid, dt)[:4])
        thread(gid, dt, starter, UNIT_WORK[u], kinds=("text", "text", "image", "file"))
post(ECON_NEW, ECON_NEW_CREATED, head["经济发展办"], "原工作群人数和权限有问题，新建此群，请大家以后在新群沟通工作")
post(ECON_OLD, ECON_NEW_CREATED + timedelta(minutes=3), head["经济发展办"],
     "@所有人 已新建“经济发展办工作群（新）”，请大家尽快加入新群，本群暂时保留")
acks(ECON_OLD, ECON_NEW_CREATED + timedelta(minutes=3), 4, exclude=[head["经济发展办"]])
for m in ECON_NEW_HIRES:
    post(ECON_NEW, ECON_NEW_CREATED + timedelta(minutes=1), head["经济发展办"], "“%s”加入了群聊" % NAME[m], "system")
for m in ECON_LEAVERS:
    post(ECON_OLD, dict((x, l) for x, _, l in groups[ECON_OLD]["members"])[m], m, "“%s”退出了群聊" % NAME[m], "system")

# 城管科 own notices (head) also copied into the notice group
CG_OWN = ["@所有人 【科室通知】本周六全员参加{t}集中行动，早上7:30在街道门口集合", "@所有人 【科室通知】请各中队于周五前上报{t}台账",
          "@所有人 【科室通知】月度考核会议定于周一上午9点召开"]
for d in days():
    if workday(d) and rng.random() < 0.08:
        dt = worktime(d)
        text = rng.choice(CG_OWN).replace("{t}", rng.choice(TOPICS))
        post(CG_WORK, dt, head["城管科"], text)
        acks(CG_WORK, dt, rng.randint(3, 9), exclude=[head["城管科"]])
        relay_notice(CG_WORK, dt, text)

# -- 执法中队 sub-team: its own field work ---------------------------------------------------
SQUAD_WORK = ["青溪路菜市场门口流动摊贩{k}处，已劝离", "南湖路工地围挡破损，已拍照取证，立案编号{k}", "夜间渣土车巡查，今晚{n}带队",
              "今天处理市民投诉{k}件，12345工单已回复", "石桥小区违建复查，业主已自行拆除", "明天早上6点联合交警查处沿街晾晒"]
for d in days():
    if rng.random() < (0.35 if workday(d) else 0.1):
        dt = worktime(d, 0.2)
        thread("g13", dt, rng.choice(SQUAD), SQUAD_WORK, n_reply=(0, 3), n_ack=(0, 2), kinds=("text", "image", "image"))

# -- community groups: own work; 青溪社区 is the busy one full of 收到 ---------------------------
for c in COMMS:
    gid = COMM_G[c]
    busy = c == "青溪社区"
    for d in days():
        p = 0.32 if busy else 0.15
        if not (workday(d) and rng.random() < p) and not (busy and rng.random() < 0.05):
            continue
        dt = worktime(d, 0.18 if busy else 0.1)
        starter = rng.choice(liangwei[c][:3])
        if busy and rng.random() < 0.5:
            post(gid, dt, starter, "@所有人 " + fill(rng.choice(COMM_WORK)))
            acks(gid, dt, rng.randint(5, 12), exclude=[starter], maxdelay=150)
            t = dt + timedelta(minutes=rng.randint(10, 60))
            post(gid, t, pick(gid, t, [starter]), fill(rng.choice(REPLY_WORK)))
        else:
            thread(gid, dt, starter, COMM_WORK, n_reply=(1, 3), n_ack=(1, 5) if busy else (0, 2),
                   kinds=("text", "text", "image"))

# -- 社区书记群 / 信访维稳 / 河长制 / 人大代表 ------------------------------------------------------
SJ_WORK = ["各社区本周重点工作请于周五前报党建办", "下周一书记例会，议题是{t}", "{n}书记，你们社区的经验材料写得好，请分享一下",
           "区里要求各社区报一个{t}典型案例", "社区换届后的班子分工表请尽快报送"]
for d in days():
    if workday(d) and rng.random() < 0.25:
        dt = worktime(d)
        post("g20", dt, rng.choice([head["党建办"], SEC, VSEC]), fill(rng.choice(SJ_WORK)).replace("{t}", rng.choice(TOPICS)))
        t = dt
        for _ in range(rng.randint(1, 4)):
            t += timedelta(minutes=rng.randint(5, 90))
            post("g20", t, rng.choice([head[c] for c in COMMS]), rng.choice(["收到", "好的，周五前报", "我们社区已经报了", "材料正在修改，明天发"]))
XF_WORK = ["今天来访群众{k}人次，主要反映物业问题", "{n}，那起邻里纠纷调解协议已签", "重点时段信访维稳值班表已发",
           "区信访局转办件第{k}号，请石桥社区牵头处理", "两会期间请各社区做好重点人员稳控", "这件积案本周组织听证"]
for d in days():
    if workday(d) and rng.random() < 0.3:
        thread("g40", worktime(d), rng.choice(PA[:3] + [leaders[4]]), XF_WORK, n_reply=(1, 3), n_ack=(0, 3))
HZ_WORK = ["{c}河段本周巡河完成，发现水面漂浮物一处，已通知保洁清理", "{c}排口有异味，已联系环保所取样",
           "本月河长巡河记录请在周五前上传系统", "{c}河段护栏破损{k}米，已报城管科维修", "{c}河道清淤方案已报区水务局"]
for d in days():
    if d.weekday() == 4 or (workday(d) and rng.random() < 0.08):
        dt = worktime(d)
        post("g38", dt, rng.choice(HEZ_MEM), fill(rng.choice(HZ_WORK)).replace("{c}", rng.choice(COMMS)))
        if rng.random() < 0.5:
            post("g38", dt + timedelta(minutes=rng.randint(5, 100)), pick("g38", dt), rng.choice(["收到", "好的，已安排", "[图片]"]))
NPC_WORK = ["本月人大代表接待日定于{k}号上午，在党群服务中心", "代表反映的{t}问题已转交相关科室办理", "请各位代表提出年度议案建议",
            "代表之家活动：学习新修订的代表法", "上次反映的路灯问题已修复，谢谢代表们的监督"]
for d in days():
    if rng.random() < 0.12:
        dt = worktime(d)
        s = rng.choice([RDZ, U["党政办"][10]])
        post("g39", dt, s, fill(rng.choice(NPC_WORK)).replace("{t}", rng.choice(TOPICS)))
        t = dt
        for _ in range(rng.randint(0, 4)):
            t += timedelta(minutes=rng.randint(5, 180))
            post("g39", t, rng.choice(NPC), rng.choice(["收到", "好的，我准备一下", "建议把小区停车问题列进去", "谢谢街道", "我们那边居民也反映了这个问题"]))

# -- same members, other purpose: 学习群, 工会群 -------------------------------------------------
STUDY = ["【学习】习近平新时代中国特色社会主义思想专题摘编第{k}讲，请大家认真学习", "学习强国：《基层治理现代化的实践路径》",
         "本月理论学习中心组学习安排：{t}相关文件", "我的学习体会：基层工作要少些形式、多些实效", "推荐一篇文章：如何用好新时代“枫桥经验”"]
for d in days():
    if d.weekday() in (1, 3) and rng.random() < 0.6:
        dt = worktime(d, 0.3)
        s = rng.choice(mem("g21", dt))
        k = "link" if rng.random() < 0.4 else "text"
        post("g21", dt, s, fill(rng.choice(STUDY)).replace("{t}", rng.choice(TOPICS)), k)
        if rng.random() < 0.5:
            t = dt + timedelta(minutes=rng.randint(10, 300))
            post("g21", t, pick("g21", t, [s]), rng.choice(["这篇写得很实在，结合我们低保审核很有启发", "学习了，建议下次集中讨论一下",
                                                          "心得体会已写好，周五交支部", "第三部分讲的问题我们科室也存在"]))
UNION = ["【工会】本月过生日的同志：{n}，蛋糕券已发放，请到工会领取", "【工会】年度体检安排在{k}号，请空腹前往区人民医院",
         "【工会】周六组织羽毛球活动，想参加的回复名字", "【工会】三八节慰问品已到，请女同志到办公室领取", "【工会】职工困难帮扶申报截止本月底"]
for d in days():
    if rng.random() < 0.07:
        dt = worktime(d, 0.3)
        s = U["党建办"][3]
        post("g22", dt, s, fill(rng.choice(UNION)))
        for _ in range(rng.randint(0, 3)):
            t = dt + timedelta(minutes=rng.randint(3, 200))
            post("g22", t, pick("g22", t, [s]), rng.choice(["谢谢工会", "我报名", "好的", "什么时候截止？", "周六我有事，下次参加"]))

# -- emergency / duty groups: quiet by design, busy in season ---------------------------------
FX = ["【气象预警】区气象台发布暴雨橙色预警，未来6小时降雨量将达{k}0毫米，请各社区立即启动应急响应",
      "南湖河水位已接近警戒线，请南湖社区组织沿河低洼住户转移", "柳岸社区{k}户群众已安全转移至安置点",
      "各社区防汛责任人请在岗在位，巡查积水点和地下车库", "应急办已调拨沙袋{k}00条到南湖路", "降雨减弱，解除橙色预警，请各社区继续巡查隐患"]
for d in days(date(2025, 6, 1), date(2025, 9, 15)):
    if rng.random() < 0.28:
        dt = worktime(d, 0.45)
        t = dt
        for i in range(rng.randint(3, 9)):
            post("g25", t, rng.choice(YJ[:4] + [head["南湖社区"], head["柳岸社区"], DIR]), fill(FX[min(i, len(FX) - 1)] if i < 2 else rng.choice(FX)))
            t += timedelta(minutes=rng.randint(5, 80))
        acks("g25", dt, rng.randint(3, 10), exclude=[])
dt = at(date(2025, 4, 22), 10, 12)
post("g25", dt, YJ[0], "@所有人 关于做好2025年汛前准备工作的通知：请各社区5月20日前完成隐患点排查、物资清点和责任人公示")
acks("g25", dt, 12)
dt = at(date(2026, 3, 20), 9, 46)
post("g25", dt, YJ[0], "@所有人 关于做好2026年汛前准备工作的通知：请各社区4月30日前完成防汛责任人调整、物资清点和隐患点排查")
acks("g25", dt, 14)
ZS = ["@所有人 【节日值班】{h}期间值班安排已发，请带班领导和值班人员24小时保持通讯畅通", "{h}值班第一天，辖区平稳，无突发情况",
      "北岭路发生一起电动车起火，消防已处置，无人员伤亡", "燃气公司报告青溪小区一处管道泄漏，已疏散住户，正在抢修",
      "值班期间接区应急局通知，明天有大风降温，请注意防范"]
for name, a in [("国庆", date(2024, 10, 1)), ("元旦", date(2025, 1, 1)), ("春节", date(2025, 1, 28)), ("清明", date(2025, 4, 4)),
                ("五一", date(2025, 5, 1)), ("端午", date(2025, 5, 31)), ("国庆中秋", date(2025, 10, 1)),
                ("元旦", date(2026, 1, 1)), ("春节", date(2026, 2, 15))]:
    dt = at(a - timedelta(days=1), 16, rng.randint(0, 59))
    post("g26", dt, YJ[1], ZS[0].replace("{h}", name))
    acks("g26", dt, rng.randint(6, 14))
    for _ in range(rng.randint(1, 3)):
        dd = a + timedelta(days=rng.randint(0, 4))
        post("g26", worktime(dd, 0.5), rng.choice(YJ[1:5]), rng.choice(ZS[1:]).replace("{h}", name))
    if rng.random() < 0.5:
        post("g26", worktime(a + timedelta(days=2)), rng.choice(leaders), "辛苦了，继续保持")
SL = ["【森林防火】进入森林防火紧要期，严禁野外用火，护林员每天巡山", "清明祭扫期间，北岭、石桥两个卡口24小时值守，劝导文明祭扫",
      "北岭山{k}号卡口劝返携带火种人员{k}人", "发现一处烟点，已核实为农户烧秸秆，已制止并教育", "森林防火物资检查：风力灭火机{k}台，状态良好",
      "今日巡山路线：北岭东坡至石桥水库，{n}带队"]
for d in days():
    season = (d.month in (2, 3, 4)) or (d.month in (10, 11) and d.year == 2024) or (d.month == 11 and d.year == 2025 and d.day < 10)
    if season and rng.random() < 0.3:
        dt = worktime(d, 0.25)
        post("g27", dt, rng.choice(YJ[2:6] + RANGER + [head["北岭社区"]]), fill(rng.choice(SL)))
        if rng.random() < 0.5:
            post("g27", dt + timedelta(minutes=rng.randint(5, 120)), rng.choice(RANGER + liangwei["北岭社区"]),
                 rng.choice(["收到", "[图片]", "已到卡口", "好的"]), "image" if rng.random() < 0.3 else "text")
DZ = [(date(2024, 10, 14), "秋季地质灾害隐患点巡查完成，北岭{k}号点无变化"),
      (date(2025, 5, 8), "@所有人 汛前地质灾害隐患点排查：北岭3处、石桥2处，请监测员每周上报"),
      (date(2025, 7, 16), "强降雨期间北岭2号点出现裂缝，已设警示牌，周边{k}户已撤离"),
      (date(2025, 7, 18), "北岭2号点专家已现场查看，暂无滑坡风险，群众已返回"),
      (date(2025, 8, 5), "主汛期地质灾害巡查情况已汇总报区自然资源分局")]
for d, tx in DZ:
    dt = worktime(d)
    post("g28", dt, rng.choice(YJ[3:6] + [head["北岭社区"]]), fill(tx))
    acks("g28", dt, rng.randint(2, 5))

# -- roll-call / check-in groups ----------------------------------------------------------
for d in days(date(2024, 10, 28), END):
    if rng.random() < 0.6:
        dt = at(d, 17, rng.randint(30, 59))
        post("g29", dt, rng.choice([PA[1], PA[2]]), rng.choice(["@所有人 请各网格员21点前报平安", "@所有人 报平安开始，请按网格顺序接龙",
                                                             "@所有人 还有网格没报平安，请抓紧"]))
    reporters = rng.sample(ALL_GRID, rng.randint(3, 5))
    for r in reporters:
        c = [c for c in COMMS if r in grid[c]][0]
        dt = at(d, rng.randint(18, 21), rng.randint(0, 59), rng.randint(0, 59))
        if d == END:
            dt = min(dt, at(d, 21, 30))
        k = rng.random()
        if k < 0.55:
            post("g29", dt, r, "%s第%d网格报平安，今日巡查无异常" % (c, grid[c].index(r) + 1))
        elif k < 0.75:
            post("g29", dt, r, rng.choice(["值班正常", "无异常", "平安", "网格平安，无异常情况"]))
        elif k < 0.88:
            post("g29", dt, r, "[位置] %s党群服务中心" % c, "location")
        else:
            post("g29", dt, r, "[图片] 今日走访已完成", "image")
    if rng.random() < 0.25:
        post("g29", at(d, 21, rng.randint(35, 59)), PA[1], rng.choice(["收到", "👍", "辛苦了"]))
post("g29", at(END, 21, 48, 12), PA[1], "今日各网格已全部报平安")
for d in days(date(2025, 2, 24), END):
    if not workday(d) and rng.random() < 0.7:
        continue
    if rng.random() < 0.35:
        post("g30", at(d, 8, rng.randint(20, 35)), U["党政办"][6], "@所有人 请大家按时签到，8:40前未签到的按迟到处理")
    for r in rng.sample(CHECK_MEM, rng.randint(4, 8)):
        dt = at(d, 8, rng.randint(5, 45), rng.randint(0, 59))
        k = rng.random()
        if k < 0.5:
            post("g30", dt, r, "签到 %02d:%02d 青溪街道办事处" % (dt.hour, dt.minute), "checkin")
        elif k < 0.7:
            post("g30", dt, r, "已到岗")
        elif k < 0.85:
            post("g30", dt, r, "[位置] 青溪街道办事处（青溪路88号）", "location")
        else:
            post("g30", at(d, rng.randint(15, 17), rng.randint(0, 59)), r, "[图片] 今日走访已完成", "image")
    if rng.random() < 0.2:
        post("g30", at(d, 9, rng.randint(0, 20)), rng.choice(CHECK_MEM), rng.choice(["1", "收到", "好的"]))

# -- zombies ---------------------------------------------------------------------------------
INFO = ["本周信息报送：{c}开展{t}活动，简报已发", "{n}，上周报的信息被区里采用了", "请各单位每周四前报送工作信息", "信息报送统计表（第{k}周）"]
for d in days(START, date(2025, 1, 20)):
    if d.weekday() == 3 or (workday(d) and rng.random() < 0.1):
        dt = worktime(d)
        post("g31", dt, rng.choice(INFO_MEM), fill(rng.choice(INFO)).replace("{c}", rng.choice(COMMS)).replace("{t}", rng.choice(TOPICS)))
        if rng.random() < 0.4:
            acks("g31", dt, 1)
post("g31", at(date(2025, 9, 3), 10, 2), U["党建办"][1], "“%s”加入了群聊" % NAME[U["党建办"][5]], "system")
groups["g31"]["members"].append((U["党建办"][5], "member", None))
groups["g31"].setdefault("late", {})[U["党建办"][5]] = at(date(2025, 9, 3), 10, 2)
d = date(2025, 2, 6)
while d <= END:
    post("g31", at(d, 9, 0), BOT, "【群助手】本周信息报送提醒：请各单位按时报送工作信息", "bot")
    d += timedelta(days=28)
post("g32", VOLG_CREATED, U["社会事务科"][5], "“%s”创建了群聊" % NAME[U["社会事务科"][5]], "system")
for i, m in enumerate(VOLG_MEM):
    if m != U["社会事务科"][5]:
        post("g32", VOLG_CREATED + timedelta(seconds=20 + i), U["社会事务科"][5],
             "“%s”邀请“%s”加入了群聊" % (NAME[U["社会事务科"][5]], NAME[m]), "system")
LW = ["今晚7点两委会，研究{t}", "{n}，党员大会的会议记录整理好了吗", "社区换届筹备工作分工如下，请各位认领", "下周居务公开内容请审核"]
for d in days(START, date(2025, 3, 14)):
    if workday(d) and rng.random() < 0.2:
        thread("g33", worktime(d, 0.3), head["枫林社区"], [x.replace("{t}", rng.choice(TOPICS)) for x in LW], n_reply=(1, 3), n_ack=(0, 2))

# -- finished phase tasks -----------------------------------------------------------------
def burst(gid, a, b, lines, daily_p, lastline, starters):
    for d in days(a, b):
        if rng.random() < daily_p:
            dt = worktime(d, 0.3)
            s = rng.choice(starters)
            post(gid, dt, s, fill(rng.choice(lines)))
            t = dt
            for _ in range(rng.randint(0, 3)):
                t += timedelta(minutes=rng.randint(3, 90))
                post(gid, t, pick(gid, t, [s]), fill(rng.choice(REPLY_WORK)))
            acks(gid, dt, rng.randint(0, 4), exclude=[s])
    dt = worktime(b + timedelta(days=1))
    post(gid, dt, starters[0], lastline)
    acks(gid, dt, rng.randint(3, 6), exclude=[starters[0]])


burst("g34", date(2025, 9, 1), date(2025, 11, 28),
      ["抽样调查入户登记进度：{k}%，请各社区加快", "{n}，石桥社区有{k}户拒访，请社区书记协助", "普查员培训明天上午9点",
       "PAD数据今晚12点前必须上传", "复查发现漏登{k}人，请补录"], 0.75,
      "2025年1%人口抽样调查工作已全面完成，感谢各位的辛苦付出！", U["经济发展办"][2:4])
burst("g35", date(2025, 3, 28), date(2025, 6, 20),
      ["@所有人 迎检倒计时{k}天，请各点位对照测评标准自查", "南湖路{k}处乱贴小广告已清理", "{n}，背街小巷点位还有问题，明早复查",
       "公益广告更换完成{k}处", "明天国家测评组可能暗访，请全员在岗"], 0.7,
      "创文迎检工作圆满结束，感谢大家，后续转入常态化管理。", [U["党政办"][1], head["党政办"], DIR])
burst("g36", date(2026, 1, 12), date(2026, 2, 12),
      ["春节慰问名单第{k}批已审核，请各社区核对", "{n}，困难党员慰问金已到账", "明天走访优抚对象{k}户，请社区陪同",
       "慰问物资（米面油）已分发到各社区", "走访照片及签收表请上传"], 0.8,
      "2026年春节走访慰问工作已结束，台账已归档。", [U["社会事务科"][1], U["退役军人服务站"][0]])

# -- a group made in the last two weeks ----------------------------------------------------
post("g37", NEWG_CREATED, U["城管科"][4], "“%s”创建了群聊" % NAME[U["城管科"][4]], "system")
NEWG_LINES = ["青溪小区、柳岸小区纳入今年老旧小区改造计划，请两个社区摸底居民意愿", "{n}，加装电梯的意向户名单请本周报上来",
              "设计单位下周二到现场踏勘", "居民意见征询表已发，请网格员入户发放", "改造范围：管网、屋面防水、外墙保温、停车位"]
for d in days(NEWG_CREATED.date(), END):
    for _ in range(rng.randint(2, 6)):
        dt = max(worktime(d), NEWG_CREATED + timedelta(minutes=5))
        s = rng.choice(NEWG_MEM)
        post("g37", dt, s, fill(rng.choice(NEWG_LINES)))
        if rng.random() < 0.5:
            post("g37", dt + timedelta(minutes=rng.randint(3, 60)), pick("g37", dt, [s]), fill(rng.choice(REPLY_WORK)))

# ----------------------------------------------------------------------------- sanity + write
msgs = [m for m in msgs if START <= m[1].date() <= END]
msgs.sort(key=lambda m: (m[1], m[0], m[2]))
AS_OF = max(m[1] for m in msgs)
# every sender must be a member when posting (bot aside)
for gid, dt, s, k, tx in msgs:
    if s == BOT:
        continue
    roster = {m: l for m, _, l in groups[gid]["members"]}
    assert s in roster, (gid, s, tx)
    assert roster[s] is None or dt <= roster[s], (gid, s, dt)
# the pair-specific structural claims
g = lambda gid: set(m for m, _, _ in groups[gid]["members"])
assert g("g21") == g(SECT_G["社会事务科"]) and g("g22") == g(SECT_G["党建办"])
assert g("g13") < g(CG_WORK) and g(CG_NOTICE) < g(CG_WORK) and g("g33") < g(COMM_G["枫林社区"])
assert all(g(x) <= g(ALL) for x in ["g02"] + [SECT_G[u] for u, _ in SECTIONS])

os.makedirs(OUT, exist_ok=True)


def iso(dt):
    return dt.isoformat(timespec="seconds")


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


write("groups.csv", ["group_id", "name", "platform", "owner_unit", "owner_id", "created_at", "purpose_tags", "task_end", "protected"],
      [[G["id"], G["name"], G["platform"], G["unit"], G["owner"], iso(G["created"]), "", "", ""] for G in (groups[x] for x in order)])
PUNIT = {p["id"]: p["unit"] for p in people}
mrows = []
for x in order:
    G = groups[x]
    late = G.get("late", {})
    for m, role, lft in G["members"]:
        j = late.get(m, G["created"])
        if x == ALL and m in ECON_NEW_HIRES:
            j = at(date(2025, 7, 1), 9)
        mrows.append([x, m, NAME[m], PUNIT[m], role, iso(j), iso(lft) if lft else ""])
write("members.csv", ["group_id", "member_id", "name", "unit", "role", "joined_at", "left_at"], mrows)
write("messages.csv", ["message_id", "group_id", "sent_at", "sender_id", "kind", "text"],
      [["m%06d" % (i + 1), gid, iso(dt), s, k, tx] for i, (gid, dt, s, k, tx) in enumerate(msgs)])
write("people.csv", ["member_id", "name", "unit", "aliases"], [[p["id"], p["name"], p["unit"], ""] for p in people])

# ----------------------------------------------------------------------------- truth
ALLV = ["zombie", "task-ended", "duplicate", "overlapping", "check-in-only", "too-new"]


def T(gid, kind, why, must=(), mustnot=None, acts=("keep",), into=()):
    if mustnot is None:
        mustnot = [v for v in ALLV if v not in must]
    return {"group_id": gid, "name": groups[gid]["name"], "kind": kind, "must_have": list(must),
            "must_not_have": list(mustnot), "acceptable_actions": list(acts), "merge_into_any_of": list(into), "why": why}


truth = [
    T(ALL, "all-staff", "全体干部群: holds nearly every cadre; notices start here and are forwarded down. The one group that must survive."),
    T("g02", "leaders", "班子群 sits inside the all-staff group (same owner unit 党政办) but does its own decision work; containment alone is not redundancy."),
]
for u, _ in SECTIONS:
    if u == "经济发展办":
        continue
    gid = SECT_G[u]
    extra = ""
    if u == "城管科":
        extra = " It holds a sub-team group (g13, keep) and a notice group (g24, overlapping) inside it."
    if u == "应急办":
        extra = " Its staff also sit in the emergency groups; those serve other audiences."
    T_ = T(gid, "section", "%s's own work group inside the all-staff group; receives forwarded notices (forwarding down is normal) plus its own daily work.%s" % (u, extra))
    truth.append(T_)
truth.append(T("g13", "sub-team", "城管科执法中队: a strict subset of 城管科工作群 (same owner unit) but posts its own field work (patrols, cases, photos), never the section's notices."))
for c in COMMS:
    gid = COMM_G[c]
    if c == "青溪社区":
        truth.append(T(gid, "busy-ack-work", "Busy community work group: every all-staff notice is forwarded here and 10-20 people answer 收到 under each; the notices and tasks are substantive, so NOT check-in-only."))
    else:
        truth.append(T(gid, "community", "%s work group: forwarded notices plus its own community work." % c))
truth.append(T("g20", "cross-unit", "社区书记群: community party secretaries + two leaders; its own coordination work."))
truth.append(T("g21", "same-members-other-purpose", "社会事务科理论学习群 has exactly the members of 社会事务科工作群 but a different purpose (study materials, reflections); shares no notices with it. Not a duplicate.",
               mustnot=["zombie", "task-ended", "duplicate", "check-in-only", "too-new"], acts=("keep", "review")))
truth.append(T("g22", "same-members-other-purpose", "党建办工会小组群 has exactly the members of 党建办工作群 but serves the union (birthdays, check-ups, outings); no shared notices. Not a duplicate.",
               mustnot=["zombie", "task-ended", "duplicate", "check-in-only", "too-new"], acts=("keep", "review")))
truth.append(T(ECON_OLD, "recreated-old", "经济发展办工作群 was re-created as （新） on 2025-07-10: 4 members left for the new group, the head keeps posting the same texts into both (minutes apart) and forwarded notices land in both.",
               must=["duplicate"], mustnot=["check-in-only", "too-new"], acts=("merge", "review", "dissolve"), into=[ECON_NEW]))
truth.append(T(ECON_NEW, "recreated-new", "经济发展办工作群（新）: the surviving copy of the re-created pair; it carries the real work since 2025-07-10 and is the natural merge target.",
               mustnot=["zombie", "task-ended", "check-in-only", "too-new"], acts=("keep", "merge", "review"), into=[ECON_OLD]))
truth.append(T(CG_NOTICE, "notice-subset", "城管科通知群: 12 of the 21 members of 城管科工作群, same owner unit and owner; every message is a copy of a notice the head posted in 城管科工作群 a few minutes earlier. No need to exist apart.",
               must=["overlapping"], mustnot=["zombie", "task-ended", "too-new"], acts=("merge", "review", "dissolve"), into=[CG_WORK]))
EM_NOT = ["task-ended", "duplicate", "overlapping", "check-in-only", "too-new"]
truth.append(T("g25", "emergency", "防汛抗旱指挥部群: busy Jun-Sep 2025 (rainstorm warnings, evacuations), otherwise quiet by design; a 汛前 notice on 2026-03-20. Never dissolve.",
               mustnot=["zombie"] + EM_NOT, acts=("keep", "review")))
truth.append(T("g26", "emergency", "应急值守群: holiday duty rosters and incident reports only around holidays (last: 2026 春节). Quiet by design. Never dissolve.",
               mustnot=EM_NOT, acts=("keep", "review")))
truth.append(T("g27", "emergency", "森林防火指挥群: active each fire season (Feb-Apr, autumn), active in March 2026. Never dissolve.",
               mustnot=["zombie"] + EM_NOT, acts=("keep", "review")))
truth.append(T("g28", "emergency-dormant", "地质灾害防治群: 5 substantive posts, last 2025-08-05 (about 8 months silent). Dormant but an emergency group: review, never dissolve; a zombie verdict is tolerable only if the plan still says keep/review.",
               mustnot=EM_NOT, acts=("keep", "review")))
truth.append(T("g29", "roll-call", "网格员报平安群: every evening grid workers post 报平安 / 无异常 / 值班正常 / locations / 走访 photos after an @所有人 demand; alive to the as-of. Check-in-only, not a zombie.",
               must=["check-in-only"], mustnot=["zombie", "task-ended", "too-new"], acts=("dissolve", "review")))
truth.append(T("g30", "daily-checkin", "机关干部每日签到群 (DingTalk): daily 签到 / 已到岗 / locations / 走访 photos and reminders to sign in, to the as-of. Check-in-only, not a zombie.",
               must=["check-in-only"], mustnot=["zombie", "task-ended", "too-new"], acts=("dissolve", "review")))
truth.append(T("g31", "zombie-dead", "街道宣传信息报送群: last human message 2025-01; since then only one join event (system) and a monthly bot reminder. Neither counts as activity.",
               must=["zombie"], mustnot=["check-in-only", "too-new", "task-ended"], acts=("dissolve", "review")))
truth.append(T("g32", "zombie-never-used", "志愿服务对接群: created 2025-04-10, only system events (creation, invitations), nearly a year old.",
               must=["zombie"], mustnot=["check-in-only", "too-new", "task-ended"], acts=("dissolve", "review")))
truth.append(T("g33", "zombie-inside-unit", "枫林社区两委群: its 7 members all sit in 枫林社区工作群 (same owner unit); no message since 2025-03-14. Dead; merging into the community group is also fine.",
               must=["zombie"], mustnot=["check-in-only", "too-new", "task-ended"], acts=("dissolve", "merge", "review"), into=[COMM_G["枫林社区"]]))
truth.append(T("g34", "task-ended", "2025年1%人口抽样调查专项群: a past-year 专项 task; burst Sep-Nov 2025, closing message early Dec 2025, silent since.",
               must=["task-ended"], mustnot=["check-in-only", "too-new", "duplicate"], acts=("dissolve", "review")))
truth.append(T("g35", "task-ended", "2025年创文迎检专项工作群: 迎检 task Apr-Jun 2025, closing message, silent since.",
               must=["task-ended"], mustnot=["check-in-only", "too-new", "duplicate"], acts=("dissolve", "review")))
truth.append(T("g36", "task-ended", "2026年春节走访慰问临时群: 临时 group, burst 2026-01-12..02-13 then silent (~47 days before the as-of): task over though younger than a zombie threshold of 60-90 days.",
               must=["task-ended"], mustnot=["check-in-only", "too-new", "duplicate"], acts=("dissolve", "review")))
truth.append(T("g37", "too-new", "老旧小区改造协调群: created 2026-03-24, a week before the as-of; too new to judge.",
               must=["too-new"], acts=("keep", "review")))
truth.append(T("g38", "cross-unit", "河长制工作群: weekly river-patrol reports with findings; substantive, not check-in-only."))
truth.append(T("g39", "cross-unit", "人大代表联络群: mostly external deputies (not in the all-staff group); light but regular use."))
truth.append(T("g40", "cross-unit", "信访维稳工作群: petitions and dispute mediation across 平安办, 司法所 and communities."))
truth.sort(key=lambda t: t["group_id"])
assert [t["group_id"] for t in truth] == sorted(order)
with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
    json.dump({"as_of": iso(AS_OF), "groups": truth}, f, ensure_ascii=False, indent=1)
print("groups", len(order), "people", len(people), "members", len(mrows), "messages", len(msgs), "as_of", iso(AS_OF))
