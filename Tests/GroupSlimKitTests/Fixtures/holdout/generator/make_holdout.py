#!/usr/bin/env python3
"""Holdout test-data generator for GroupSlim.

Written from /work/shared/docs/policy-basis.md alone (plus the public format descriptions:
README "The canonical import format" and export-formats.md section 9, Mattermost bulk export).
The author did not read GroupSlim's code, tests, examples or other fixtures.

Produces, next to this generator folder:
  zh-township/    a Chinese township (乡镇) government in the canonical CSV format
                  (groups.csv, members.csv, messages.csv, people.csv, truth.json)
  en-mattermost/  a university IT department as one Mattermost bulk export (export.jsonl)
                  plus truth.json

Deterministic: fixed seed, no set iteration, no clock reads; two runs give byte-identical files.
Python 3 standard library only.  Usage:  python3 make_holdout.py
"""
import csv
import json
import math
import os
import random
from datetime import datetime, timedelta, date

SEED = 20260415
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


def d(s):
    """'2024-03-01' or '2024-03-01 08:30' -> naive local datetime"""
    if len(s) == 10:
        return datetime.strptime(s, "%Y-%m-%d")
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


# ----------------------------------------------------------------------------------------------
# Generic simulation engine (both datasets)
# ----------------------------------------------------------------------------------------------
class Group:
    def __init__(self, key, name, created, **kw):
        self.key = key
        self.name = name
        self.created = created
        self.members = {}      # pid -> [joined, left, role]
        self.msgs = []         # dicts: t, sender, kind, text, parent, sys
        self.notices = []      # (t, text, sender)  own + forwarded notices
        self.kw = kw
        self.gid = None
        self.truth = None


class Sim:
    def __init__(self, rng, lang, win_start, asof, people, factor=1.0):
        self.factor = factor   # volume scale for long phases (short bursts keep their rates)
        self.rng = rng
        self.lang = lang
        self.win_start = win_start
        self.asof = asof
        self.people = people   # pid -> dict(name, unit, tag)
        self.groups = {}
        self.order = []

    # --- membership ---------------------------------------------------------------------------
    def add_group(self, g):
        self.groups[g.key] = g
        self.order.append(g.key)
        return g

    def join(self, g, pid, t, role="member", inviter=None, sysmsg=True):
        if pid in g.members:
            return
        g.members[pid] = [t, None, role]
        if sysmsg and t >= self.win_start:
            inv = inviter or g.kw.get("owner")
            if self.lang == "zh":
                if inv == pid:
                    txt = "%s创建了群聊" % self.people[pid]["name"]
                else:
                    txt = "\"%s\"邀请\"%s\"加入了群聊" % (self.people[inv]["name"], self.people[pid]["name"])
                self.post(g, t, pid, "system", txt, sys=True)
            else:
                self.post(g, t, pid, "system_join_channel", "%s joined the channel." % pid, sys=True)

    def leave(self, g, pid, t):
        if pid not in g.members or g.members[pid][1] is not None:
            return
        g.members[pid][1] = t
        if t >= self.win_start:
            if self.lang == "zh":
                self.post(g, t, pid, "system", "\"%s\"退出了群聊" % self.people[pid]["name"], sys=True)
            else:
                self.post(g, t, pid, "system_leave_channel", "%s left the channel." % pid, sys=True)

    def populate(self, g, pids, owner=None, admins=(), spread_days=2):
        """initial members at creation; joins before the window carry no system message"""
        owner = owner or g.kw.get("owner")
        rng = self.rng
        seen = []
        for p in ([owner] if owner else []) + list(pids):
            if p not in seen:
                seen.append(p)
        for i, p in enumerate(seen):
            if p == owner:
                t = g.created
            else:
                t = g.created + timedelta(minutes=rng.randint(1, 60 * 24 * spread_days))
                if g.created < self.win_start <= t:
                    t = g.created + timedelta(minutes=rng.randint(1, 600))
            role = "owner" if p == owner else ("admin" if p in admins else "member")
            self.join(g, p, t, role=role, inviter=owner)

    def at(self, g, t):
        return [p for p, (j, l, r) in g.members.items() if j <= t and (l is None or t < l)]

    # --- posting ------------------------------------------------------------------------------
    def post(self, g, t, sender, kind, text, parent=None, sys=False):
        if t > self.asof:
            return None
        g.msgs.append(dict(t=t, sender=sender, kind=kind, text=text, parent=parent, sys=sys))
        return len(g.msgs) - 1

    def acks(self, g, t, exclude, lo, hi, parent=None):
        rng = self.rng
        n = rng.randint(lo, hi) if hi > 0 else 0
        mem = [p for p in self.at(g, t) if p != exclude]
        rng.shuffle(mem)
        tt = t
        for p in mem[:n]:
            tt = tt + timedelta(seconds=int(rng.expovariate(1 / 240.0)) + 15)
            if self.lang == "zh":
                if rng.random() < 0.08:
                    self.post(g, tt, p, "sticker", "[动画表情]", parent)
                else:
                    self.post(g, tt, p, "text", rng.choice(ZH_ACKS), parent)
            else:
                self.post(g, tt, p, "text", rng.choice(EN_ACKS), parent)

    def rand_time(self, day, after=0.12):
        rng = self.rng
        if rng.random() < after:
            h = rng.choice([6, 7, 7, 19, 20, 20, 21, 21, 22, 23])
        else:
            h = rng.choice([8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 14, 14, 15, 15, 15, 16, 16, 17])
        return datetime(day.year, day.month, day.day, h, rng.randint(0, 59), rng.randint(0, 59))

    def days(self, a, b):
        a = max(a, self.win_start)
        b = min(b, self.asof)
        cur = datetime(a.year, a.month, a.day)
        while cur <= b:
            yield cur
            cur += timedelta(days=1)

    def in_phase(self, g, t):
        for ph in g.kw.get("phases", []):
            if ph[0] <= t <= ph[1]:
                return True
        return False

    # --- content ------------------------------------------------------------------------------
    def run(self, g):
        kw = g.kw
        rng = self.rng
        pool = POOLS[kw.get("pool", "generic")]
        after = kw.get("after", 0.12)
        ack_lo, ack_hi = kw.get("acks", (1, 4))
        rep_lo, rep_hi = kw.get("reps", (1, 4))
        nsend = kw.get("nsend") or [kw.get("owner")]
        for (a, b, nrate, trate, crate) in kw.get("phases", []):
            a = max(a, g.created)
            if (b - a).days > 60:
                f = kw.get("factor", self.factor)
                nrate, trate, crate = nrate * f, trate * f, crate * f
            for day in self.days(a, b):
                w = 1.0 if day.weekday() < 5 else 0.25
                for _ in range(poisson(rng, nrate * w / 5.5)):
                    t = self.rand_time(day, after)
                    if not (a <= t <= b):
                        continue
                    s = rng.choice([p for p in nsend if p in self.at(g, t)] or [kw.get("owner")])
                    txt = fill(rng, rng.choice(pool["notice"]), t, self, g)
                    i = self.post(g, t, s, "text", txt)
                    if i is None:
                        continue
                    g.notices.append((t, txt, s))
                    self.acks(g, t, s, ack_lo, ack_hi, parent=i)
                for _ in range(poisson(rng, trate * w / 5.5)):
                    t = self.rand_time(day, after)
                    if not (a <= t <= b):
                        continue
                    self.thread(g, t, pool, rep_lo, rep_hi)
                for _ in range(poisson(rng, crate * w / 5.5)):
                    t = self.rand_time(day, after * 2)
                    if not (a <= t <= b):
                        continue
                    mem = self.at(g, t)
                    if mem:
                        self.chat(g, t, rng.choice(mem), pool)
        for (src, p, dmin, dmax) in kw.get("fwd", []):
            srcg = self.groups[src]
            for (t, txt, s) in list(srcg.notices):
                if rng.random() >= p:
                    continue
                t2 = t + timedelta(minutes=rng.randint(dmin, dmax))
                if t2 < g.created or t2 > self.asof or not self.in_phase(g, t2):
                    continue
                fw = kw.get("forwarder") or [kw.get("owner")]
                cands = [x for x in fw if x in self.at(g, t2)]
                if not cands:
                    continue
                f = rng.choice(cands)
                i = self.post(g, t2, f, "text", txt)
                g.notices.append((t2, txt, f))
                self.acks(g, t2, f, ack_lo, ack_hi, parent=i)
        for (t, txt, s) in kw.get("extra", []):
            self.post(g, t, s, "text", txt)

    def freshen(self, g, days=9):
        """an active group the truth calls not-a-zombie gets a substantive thread in its last days if random
        sampling left it quiet for too long"""
        acks = set(ZH_ACKS + EN_ACKS)
        last = max([m["t"] for m in g.msgs if not m["sys"] and m["kind"] in ("text", "image", "file", "voice", "link")
                    and m["text"] not in acks] or [g.created])
        if last >= self.asof - timedelta(days=days):
            return
        day = self.asof - timedelta(days=self.rng.randint(1, days - 1))
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        t = self.rand_time(day, 0.0)
        if t > self.asof:
            t = self.asof - timedelta(hours=2)
        kw = g.kw
        self.thread(g, t, POOLS[kw.get("pool", "generic")], *kw.get("reps", (1, 3)))

    def thread(self, g, t, pool, lo, hi):
        rng = self.rng
        mem = self.at(g, t)
        if not mem:
            return
        kw = g.kw
        lead = [p for p in (kw.get("nsend") or []) if p in mem]
        s = rng.choice(lead) if lead and rng.random() < 0.35 else rng.choice(mem)
        kind, txt = self.media(pool, t, g)
        i = self.post(g, t, s, kind, txt)
        if i is None:
            return
        tt = t
        others = [p for p in mem if p != s] or [s]
        for _ in range(rng.randint(lo, hi)):
            tt = tt + timedelta(seconds=int(rng.expovariate(1 / 900.0)) + 20)
            r = rng.choice(others if rng.random() < 0.8 else [s])
            x = rng.random()
            if x < 0.22:
                self.post(g, tt, r, "text", rng.choice(ZH_ACKS if self.lang == "zh" else EN_ACKS), i)
            elif x < 0.30 and self.lang == "zh":
                if rng.random() < 0.6:
                    self.post(g, tt, r, "image", "[图片]", i)
                else:
                    self.post(g, tt, r, "voice", "[语音]%d\"" % rng.randint(3, 58), i)
            else:
                self.post(g, tt, r, "text", fill(rng, rng.choice(pool["reply"] + GENERIC_REPLY[self.lang]), tt, self, g), i)

    def media(self, pool, t, g):
        rng = self.rng
        x = rng.random()
        if self.lang == "zh":
            if x < 0.08:
                return "image", "[图片]"
            if x < 0.13 and pool.get("file"):
                return "file", fill(rng, rng.choice(pool["file"]), t, self, g)
            if x < 0.16:
                return "voice", "[语音]%d\"" % rng.randint(4, 59)
            if x < 0.18:
                return "link", fill(rng, rng.choice(ZH_LINKS), t, self, g)
        else:
            if x < 0.05 and pool.get("file"):
                return "text", fill(rng, rng.choice(pool["file"]), t, self, g)
        return "text", fill(rng, rng.choice(pool["start"]), t, self, g)

    def chat(self, g, t, p, pool):
        rng = self.rng
        src = pool.get("chat") or CHAT[self.lang]
        self.post(g, t, p, "text", fill(rng, rng.choice(src), t, self, g))


# ----------------------------------------------------------------------------------------------
# text pools
# ----------------------------------------------------------------------------------------------
ZH_ACKS = ["收到", "收到", "收到", "收到！", "好的", "好的", "好的，收到", "收到，马上落实", "已阅", "👍",
           "1", "收到，谢谢", "明白", "收到[抱拳]", "好的领导", "收到，按要求办理", "收到👌", "[OK]", "嗯嗯收到", "已收到"]
EN_ACKS = ["ok", "ok", "thanks", "thanks!", "Thanks", "👍", "ack", "noted", "got it", "will do", "+1",
           ":thumbsup:", "ty", "ok thanks", "Noted, thanks", "on it"]

VILLAGES = ["东坪村", "西河村", "石门村", "柳湾村", "杨家庄村", "马鞍山村", "红旗村", "新民村"]
ZH_ITEMS = ["防返贫动态监测信息", "城乡居民医保征缴进度", "城乡居民养老保险参保情况", "高标准农田建设台账",
            "农村人居环境整治自查表", "矛盾纠纷排查化解台账", "耕地“非农化”排查情况", "森林防火隐患排查表",
            "安全生产大检查台账", "农村危房改造信息", "村级财务公开资料", "退役军人信息采集表", "征兵宣传情况",
            "党员发展计划", "季度工作总结", "年度考核材料", "秸秆综合利用情况", "防溺水安全教育情况",
            "自建房安全排查情况", "燃气安全检查台账", "低保边缘户排查表", "乡村振兴项目库", "村集体经济收入统计表",
            "脱贫人口务工就业台账", "消防安全检查记录", "“三资”清理台账", "网格走访记录", "信访积案化解进度"]
ZH_MEET = ["党委会", "乡长办公会", "全乡干部大会", "安全生产工作会", "乡村振兴工作推进会", "防汛工作部署会",
           "秸秆禁烧工作会", "党风廉政建设工作会", "人居环境整治现场推进会", "季度工作调度会", "信访维稳工作会"]
ZH_LINKS = ["【链接】{item}填报系统操作指南", "【链接】学习强国：{item}相关政策解读", "【链接】县政府网：关于做好{item}工作的通知",
            "【小程序】{item}在线填报"]
EN_SYS = ["Canvas", "Banner", "eduroam", "the VPN", "Okta", "Jamf", "Intune", "ServiceNow", "Confluence",
          "Exchange Online", "the Palo Alto firewalls", "the Cisco WLCs", "Zoom Rooms", "Panopto", "vCenter",
          "the Ceph cluster", "Slurm", "the print servers", "Duo MFA", "SharePoint", "Teams Rooms", "the SIS"]
EN_DEPT = ["Library", "Chemistry", "Registry", "Estates", "Law School", "Engineering", "Finance", "HR",
           "Admissions", "Physics", "Nursing", "Business School", "Student Union", "History", "Music"]
EN_BLD = ["Hamilton Building", "the Arts Block", "Kinsella Hall", "the Science Gateway", "Main Library",
          "the Sports Centre", "North Campus", "Lloyd Institute"]


def fill(rng, tpl, t, sim, g):
    if "{" not in tpl:
        return tpl
    later = t + timedelta(days=rng.randint(1, 7))
    mem = sim.at(g, t) if g is not None else []
    pname = sim.people[rng.choice(mem)]["name"] if mem else ""
    vals = {
        "v": rng.choice(VILLAGES), "v2": rng.choice(VILLAGES), "n": rng.randint(2, 19),
        "n2": rng.randint(20, 300), "pct": rng.randint(62, 99),
        "item": rng.choice(ZH_ITEMS), "meet": rng.choice(ZH_MEET), "p": pname,
        "d": "%d月%d日" % (later.month, later.day), "hm": rng.choice(["上午9:00", "上午8:30", "下午2:30", "下午3:00", "晚上7:30"]),
        "sys": rng.choice(EN_SYS), "sys2": rng.choice(EN_SYS), "dept": rng.choice(EN_DEPT), "bld": rng.choice(EN_BLD),
        "day": later.strftime("%A %d %B").replace(" 0", " "), "time": rng.choice(["07:00", "18:00", "19:30", "22:00", "06:30"]),
        "tk": "INC%07d" % rng.randint(100000, 999999), "chg": "CHG%07d" % rng.randint(10000, 99999),
        "wk": str(t.isocalendar()[1]), "y": str(t.year), "m": str(t.month),
    }
    try:
        return tpl.format(**vals)
    except (KeyError, IndexError):
        return tpl


GENERIC_REPLY = {
    "zh": ["这个情况我了解一下再回复", "材料已经发邮箱了，请查收", "还差两户没签字，明天补齐", "好的，我下午过去看看",
           "我这边已经对接好了", "需要盖章的今天下午送过去", "有问题随时联系我", "明天上午碰个头吧", "按这个办",
           "表格里第{n}列填什么？", "已经报上去了", "我让{p}跟一下", "今天下雨，改到后天吧", "我在县里开会，回去再说",
           "系统一直登不上，等会再试", "上次那个问题解决了没有？", "数据我再核一遍", "这个要分管领导签字"],
    "en": ["I'll take a look after lunch", "Done, ticket updated", "Can you share the link?", "Let's discuss at standup",
           "I've pinged the vendor", "Looks like a DNS thing to me", "Rolling back now", "Agreed", "Not on my side, checked twice",
           "Logged as {tk}", "Can we push this to next week?", "I'll write it up in Confluence", "Confirmed fixed on my end",
           "Who owns this one?", "Adding it to the CAB agenda", "That's expected until the patch lands"],
}
CHAT = {
    "zh": ["今天食堂有饺子", "下雨了路上慢点", "[捂脸]", "哈哈哈", "谁有充电宝借我用下", "晚上一起吃个饭？", "周末加班吗"],
    "en": ["coffee anyone?", "lol", "happy friday!", "cake in the kitchen", "anyone going to the quiz tonight?", "😂", "nice"],
}


def P(notice=(), start=(), reply=(), file=(), chat=()):
    return {"notice": list(notice) or ["【通知】请于{d}前报送{item}。"], "start": list(start) or ["关于{item}，大家抓紧落实。"],
            "reply": list(reply), "file": list(file), "chat": list(chat)}


POOLS = {}
POOLS["generic"] = P()
POOLS["hub"] = P(
    notice=["【通知】请各村、各站所于{d}前报送{item}，电子版发党政办邮箱，纸质版加盖公章报送。",
            "各位同志：定于{d}{hm}在乡政府三楼会议室召开{meet}，请班子成员、各站所负责人、各村书记准时参加，不得请假。",
            "【紧急通知】县里{d}督查{item}，请各村今晚前完成自查，问题清单报党政办。",
            "转发县委办《关于做好{item}工作的通知》，请认真学习并抓好落实，{d}前报送进展情况。",
            "【提醒】近期电信诈骗高发，请各位干部职工提醒家人，不要点击陌生链接，不要向陌生账户转账。",
            "各村各站所：{item}目前全乡完成{pct}%，排名靠后的村请抓紧，{d}下午进行调度。",
            "【通知】\n根据县委统一安排，{d}{hm}召开{meet}，\n1.各村书记参加；\n2.各站所一把手参加；\n3.会前请签到。",
            "【值班安排】{d}（周末）乡政府值班：带班领导{p}，值班人员按值班表执行，请保持通讯畅通。",
            "请各位同志注意：本月考勤统计已公布，请到党政办核对，有异议{d}前反馈。",
            "【转发】县应急局提醒：近期气温骤降，请各村做好独居老人、五保户走访，防止煤气中毒。"],
    start=["{item}县里又要了，这次格式变了，大家注意看附件", "请问{item}是报纸质的还是电子的？",
           "{v}的材料今天已经送到党政办了", "县里的会改到{d}了"],
    reply=["按最新的格式来", "纸质电子都要", "好的，已经改了"],
    file=["关于做好{item}工作的通知.docx", "{item}模板.xlsx", "{meet}会议材料.pdf"])
POOLS["notice"] = P(notice=POOLS["hub"]["notice"] + [
    "【乡通知】各村：{d}前将{item}报乡社会事务办，逾期未报的村将在{meet}上通报。",
    "【乡通知】请各村网格员、村民小组长{d}前完成{item}入户核实，发现问题及时上报。",
    "【乡通知】{v}、{v2}等村{item}进度滞后，请包村干部督促，{d}前完成。"])
POOLS["leaders"] = P(
    notice=["{d}{hm}开党委会，议题：1.{item}；2.人事事项；3.其他。请各位提前准备。"],
    start=["书记，{item}县里今天又催了，我们排在第{n}位，建议周一专题调度", "{v}的信访户今天又去县里了，我下午过去做工作",
           "乡长：{item}资金已经下达，明天研究一下使用方案", "县委组织部{d}来考察，材料让党建办准备",
           "{v}有户村民反映宅基地纠纷，镇里要不要出面？", "这个月的重点：{item}、防火、信访，请分管领导盯紧",
           "市里暗访组在隔壁乡，大家近期注意卫生和值班", "{v}的项目验收有问题，施工方要整改"],
    reply=["同意，周一上午碰一下", "我来牵头", "这个要先跟县里沟通", "不行就请纪委提前介入", "材料我已经看过了，可以",
           "先稳住，别激化矛盾", "费用从哪里出要先明确", "我周三去县里汇报"])
POOLS["office"] = P(
    notice=["【办内】{d}前把{item}汇总给我，我统一报县里。", "办里{d}值班表已发，请各自查看。"],
    start=["{item}的台账我放共享盘了，大家看下有没有漏的", "{v}的材料还差盖章", "县里要的{item}口径改了，按新口径重新算",
           "下午谁跟我去{v}核一下{item}？", "{p}，你把上周的会议纪要发我一下", "公文系统里有个急件，{d}前要回复",
           "{v}报上来的数据跟上次对不上，差{n}户", "明天领导要看{item}的汇报材料，今晚能出初稿吗"],
    reply=["我去", "已经发了", "数据我来核", "今晚出", "盖好章了", "好的，我看一下", "口径是按户还是按人？"],
    file=["{item}汇总表.xlsx", "会议纪要（{m}月）.docx", "{item}工作方案（征求意见稿）.docx"])
POOLS["village"] = P(
    notice=["【村通知】今晚{hm}村委会开两委会，议题：{item}，请全体两委成员参加。",
            "各位两委：乡里要求{d}前完成{item}，按组分工，各组组长负责本组。"],
    start=["{n}组那户的医保还没交，我明天再去一趟", "村部厕所改造今天开工了", "低保复核还有{n}户没上门",
           "{n}组有两户因为地界吵起来了，我去调解一下", "今天乡里包村干部来检查{item}，发现两个问题，已整改",
           "村集体那块地的租金到账了，{n2}00元", "防返贫监测新增一户，因病，资料今天整理", "明天上午村务公开栏更新，谁负责拍照",
           "村小路灯坏了三盏，已报乡里", "{n}组垃圾清运车这周没来", "养老保险还有{n}人没缴，名单发群里了",
           "今年的党员冬训安排在{d}", "户厕问题户的回访表填好了", "村里的广场舞队要借音响"],
    reply=["我去", "明天上午我跟你一起", "已经联系好了", "名单我核过了", "这个要上会研究", "先拍照留资料",
           "跟包村干部说一声", "钱已经交到会计那了", "我打电话问问"],
    file=["{v}两委会议记录.docx", "{n}组入户名单.xlsx"])
POOLS["grid"] = P(
    notice=["各位网格员：{d}前完成本网格{item}入户登记，有问题群里说。", "【提醒】本周网格走访重点：独居老人、留守儿童、重点人员。"],
    start=["我网格{n}号户家里老人住院了，已报村里", "{n}组新搬来一户外地人，已登记", "我这边{item}登记完了，一共{n2}户",
           "有户人家拒绝登记，怎么处理", "网格里发现一处电线私拉乱接，已让整改", "系统更新后走访记录上传不了"],
    reply=["先做工作，实在不行报村里", "重启一下试试", "好的，已登记", "明天我陪你去", "报综治办"])
POOLS["baocun"] = P(
    notice=["【包村干部】请各包村干部{d}前到所包村督导{item}，并将进度报党政办。",
            "各位包村领导、包村干部：{item}全乡进度{pct}%，{v}、{v2}排名靠后，请加快进度。",
            "【通知】{d}{hm}召开包村干部调度会，汇报所包村{item}情况，请提前准备。",
            "【周调度】本周重点工作：1.{item}；2.森林防火/防汛值守；3.信访稳控。请各包村干部按分工落实。",
            "请包村干部本周内走访所包村全部脱贫户、监测户，{d}前上交走访记录。"],
    start=["{v}的{item}已经完成，照片和台账已上传", "{v}还差{n}户没完成，这户人家常年在外，电话联系不上",
           "请问监测户的走访表用新版还是旧版？", "{v}书记这周在县里培训，我跟主任对接"],
    reply=["用新版", "抓紧", "这种情况让村里出个说明", "好的，我明天再去"])
POOLS["agri"] = P(
    notice=["【农服中心】{d}前各村报送{item}，冬小麦苗情调查表同步上报。", "农服中心全体：{d}{hm}开会部署{item}。"],
    start=["今年玉米种子补贴的名单下来了，{n2}户", "{v}的高标准农田项目沟渠有塌方，需要施工方回来修",
           "农机补贴申请系统今天开放，提醒大户", "病虫害监测点数据：{v}的虫口密度偏高", "明天县农业农村局来抽查农药经营店",
           "土壤采样还差{n}个点", "{v}的家庭农场申报材料退回来了，要补营业执照"],
    reply=["明天我去看", "已经通知施工方了", "采样袋不够了", "我跟县局对接一下", "材料我让他们补"],
    file=["{item}统计表.xlsx", "农机购置补贴公示名单.pdf"])
POOLS["finance"] = P(
    notice=["【财政所】各位：本月{d}结账，报账单据请{d}前交齐。"],
    start=["{v}的报账单缺发票，退回去了", "惠农补贴一卡通第{n}批已发放", "预算执行进度要求到{pct}%，我们还差一点",
           "村级三资平台有{n}笔未审核", "县财政局要{item}的支出明细", "下周审计进驻，凭证先整理好"],
    reply=["我来整理", "已经补了", "这笔要领导签字", "系统里已经推送", "明天上午弄完"])
POOLS["police"] = P(
    notice=["【所务】{d}起开展{item}专项行动，各警组按分工落实。", "今晚{hm}全所点名，不得缺席。"],
    start=["{v}有人报警说羊被偷了，二组去一下", "今天接警{n}起，均已处置", "反诈宣传进村，{v}还没去",
           "{v}路口有酒驾嫌疑，交警已通知", "户籍窗口明天上午暂停，系统升级", "{v}家庭纠纷，已调解，双方签了协议",
           "巡逻车保养到期了", "上级督导组{d}来检查执法记录仪使用情况"],
    reply=["二组出警", "收到，马上到", "笔录已做", "已经录入系统", "明天去", "记录仪都充好电了"])
POOLS["police_shift"] = P(
    notice=["下周辅警排班表已出，有调班的{d}前找教导员。"],
    start=["{d}我家里有事，能不能跟{p}换个班", "夜班巡逻路线调整，加{v}一段", "节假日排班：{d}我和{p}", "备勤室空调坏了，报修了"],
    reply=["可以换", "我没问题", "已经调好了", "报后勤了"])
POOLS["health"] = P(
    notice=["【院办】{d}起开展{item}，各科室按方案执行。", "全院职工：{d}{hm}开展院感培训，不得缺席。"],
    start=["今天门诊{n2}人次", "{v}有个疑似手足口的孩子，已上报", "药房盘点发现{n}种药品近效期", "120转运车今天送县医院两次",
           "老年人体检还差{n2}人", "医保飞检{d}进驻，病历先自查", "慢病随访系统卡住了"],
    reply=["已处理", "我去看看", "联系信息科", "病历我下午整理", "已经上报疾控"])
POOLS["family_doc"] = P(
    notice=["【签约团队】{d}前完成{v}重点人群签约随访，数据上传公卫系统。"],
    start=["{v}高血压患者{n}人随访完了", "村医反映血糖仪试纸不够", "{v}一户独居老人行动不便，需上门", "签约率本月{pct}%"],
    reply=["下周补试纸", "我周三上门", "已录入", "好的"])
POOLS["school"] = P(
    notice=["【教务处】{d}进行期中考试，请各年级组做好准备。", "全体教师：{d}{hm}在多功能厅开教职工大会。",
            "【安全】防溺水安全教育，各班主任今天放学前再强调一次，并在家长群提醒。", "【通知】{d}前上交教案和听课记录。"],
    start=["三年级{n}班有学生发烧，已通知家长", "食堂今天的菜单已公示", "课后服务排班表出来了", "学校围墙有一段松动，报总务了",
           "教研活动改到{d}", "营养餐数据已上报", "{v}教学点今天停水"],
    reply=["好的", "已通知家长", "我跟总务说了", "收到，按时交"])
POOLS["school_lead"] = P(
    start=["绩效方案初稿出来了，大家提意见", "县教体局要的{item}谁牵头？", "新学期教师调配方案，{v}教学点缺数学老师",
           "家长投诉食堂的事，我来处理", "校车合同下月到期"],
    reply=["我牵头", "同意", "再开个会", "先跟教体局沟通"])
POOLS["social"] = P(
    notice=["【社事办】{d}前完成{item}，各村民政协理员报送。"],
    start=["临时救助申请{n}份，明天上会", "{v}一户低保户孩子上大学了，要调整", "残疾人两项补贴新增{n}人",
           "养老院入住率{pct}%", "高龄津贴名单已更新", "医疗救助一站式结算有问题户"],
    reply=["明天上会", "已经调整", "材料退回补充", "好的，我核一下"])
POOLS["dibao"] = P(
    start=["{v}张某某户：家庭收入核对结果超标，建议停保，请大家审议", "本月低保复核{n}户，入户照片和核对报告已上传",
           "{v}新申请一户，因病致贫，家庭财产核对已发起", "信息核对平台反馈{n}户有车辆，需逐户核实",
           "评议会记录请{p}补签字", "{v}那户的公示期满，无异议"],
    reply=["同意停保", "再核实一下车辆是不是已过户", "建议纳入", "已补签", "按程序上报县民政局"])
POOLS["zongzhi"] = P(
    notice=["【综治】{d}前报送本月矛盾纠纷排查台账，零报告也要报。"],
    start=["{v}土地纠纷调解成功", "重点人员{p}最近情况稳定", "{v}有群众反映噪音扰民", "平安建设问卷调查开始了"],
    reply=["继续关注", "我联系派出所", "已登记"])
POOLS["yingji"] = P(
    notice=["【应急办】{d}前完成{item}，各村安全员负责。"],
    start=["{v}自建房排查发现{n}处隐患", "加油站检查完毕", "烟花爆竹销售点{n}个，已检查", "应急物资库盘点：编织袋不足"],
    reply=["已整改", "下周复查", "申请补充物资"])
POOLS["ranger"] = P(
    notice=["【护林员】进入防火期，每日巡山，发现火情立即上报。"],
    start=["{v}后山发现有人上坟烧纸，已劝离", "{v}林区有一处枯枝堆，需清理", "巡山发现松材线虫病疑似点，已拍照",
           "{v}护林员巡护终端坏了", "防火宣传牌被风刮倒"],
    reply=["好的，明天清理", "报林业站", "我去换", "已处置"])
POOLS["canteen"] = P(
    notice=["【食堂】本周菜谱：周一红烧肉、周二鸡腿、周三饺子、周四鱼、周五面条。", "【食堂】{d}中午包饺子，欢迎大家。",
            "【食堂】下月起早餐时间调整为7:00-8:00。"],
    start=["今天的菜有点咸", "能不能多加点青菜", "周末加班的同志中午有饭吗", "饭卡充值找谁"],
    reply=["有的", "找党政办小王", "下次注意", "好的，跟厨师说了"])
POOLS["union"] = P(
    notice=["【工会】{d}组织职工健步走活动，请报名。", "【工会】中秋慰问品已到，请到工会办公室领取。",
            "【工会】职工体检{d}开始，请按科室顺序参加。"],
    start=["工会会员信息核对表发下来了", "三八节活动方案征求意见", "困难职工帮扶申请{d}截止"],
    reply=["好的", "参加", "我们科室{n}人"])
POOLS["study"] = P(
    notice=["【学习】本周学习内容：{item}相关政策文件，请大家自学并在学习强国打卡。",
            "【三会一课】{d}{hm}召开支部党员大会，主题党日活动。"],
    start=["分享一篇文章：基层减负相关论述摘编", "心得体会{d}前交", "专题学习研讨发言提纲已发"],
    reply=["已学习", "好的", "收到，按时交"],
    file=["{m}月主题党日学习材料.pdf"])
POOLS["sports"] = P(start=["今晚羽毛球有人吗", "周六打比赛，谁报名", "场地订好了，7点", "新买的球到了"],
                    reply=["我去", "+1", "算我一个", "今天加班去不了"],
                    chat=["[强]", "哈哈", "明天继续", "腰疼了"])
POOLS["volunteer"] = P(
    notice=["【志愿服务】{d}在{v}开展{item}宣传志愿活动，请报名。"],
    start=["本月志愿服务活动计划已发", "{v}的敬老院慰问需要{n}名志愿者", "志愿服务时长系统录入截止{d}"],
    reply=["报名", "我带两个人", "已录入"])
POOLS["culture"] = P(
    start=["{v}广场舞比赛报名开始了", "文化下乡演出{d}在{v}", "农家书屋图书更新", "春节联欢晚会节目征集"],
    reply=["我们村报两个节目", "好的", "场地已经联系好"])
POOLS["zhucun"] = P(
    notice=["【驻村】{d}前报送驻村工作月报和考勤，第一书记签字。"],
    start=["{v}的产业项目选址定了", "帮扶单位{d}来村调研", "驻村工作日志系统更新了", "消费帮扶农产品销售{n2}00元"],
    reply=["好的", "我们村也报", "已上传"])
POOLS["zhenxing"] = P(
    notice=["【工作专班】本周专班例会{d}{hm}，各组汇报示范片区建设进度。"],
    start=["示范片区道路工程完成{pct}%", "{v}民宿改造设计方案已出", "片区污水管网施工遇到坟地，需协调", "县里来调度专班进度",
           "{v}产业园招商对接了一家企业", "专班简报第{n}期已编发"],
    reply=["明天现场协调", "方案再优化一下", "好的", "我来写简报"],
    file=["示范片区建设进度表（第{wk}周）.xlsx"])
POOLS["renju"] = P(
    notice=["【人居环境】本周暗访发现问题清单：{v}{n}处垃圾堆、{v2}{n}处乱堆乱放，{d}前整改并反馈。"],
    start=["{v}问题已整改，整改前后对比照片已上传台账", "{v}的垃圾中转站满了", "保洁员工资{d}发放", "{v}还有一处柴草堆没清"],
    reply=["今天清理", "已反馈", "明天复查"])
POOLS["renju_2025"] = P(
    notice=["【攻坚】迎国检倒计时，请各村{d}前完成主干道沿线清理，包村干部现场督导。",
            "【攻坚】国检组可能随机抽查{v}、{v2}，务必全面排查。"],
    start=["{v}主干道清理完成", "{v}还有{n}处乱搭乱建", "今晚加班整改{v}", "国检组今天到了邻县"],
    reply=["马上整改", "已完成", "我在现场"])
POOLS["census"] = P(
    notice=["【经普】请各普查员{d}前完成清查底册核对，PAD数据每日上传。", "【经普】单位清查进度{pct}%，请加快入户。"],
    start=["{v}有{n}家个体户找不到人", "PAD同步失败", "普查小区图已更新", "{v}一家企业拒绝填报"],
    reply=["我协助", "重新登录试试", "报经发办"])
POOLS["straw"] = P(
    notice=["【禁烧】进入禁烧关键期，各村实行网格化巡查，发现火点立即处置上报。"],
    start=["{v}发现一处火点，已扑灭", "卫星火点通报：{v}附近", "{v}秸秆打捆离田完成{pct}%", "夜间巡查发现{v}有人点火，已制止"],
    reply=["已处置", "马上去", "加强巡查"])
POOLS["nonliang"] = P(
    notice=["【排查】请各村{d}前完成耕地“非粮化”图斑核查，填报核查表。"],
    start=["{v}图斑核查完成{n}个", "有{n}个图斑是大棚，怎么认定", "核查表模板更新了"],
    reply=["按设施农业认定", "已更新", "好的"])
POOLS["flood"] = P(
    notice=["【防汛】气象台发布暴雨黄色预警，请各村{d}前转移危险区域群众，值班人员24小时在岗。",
            "【防汛】入汛后实行24小时值班和领导带班制度，各村每日向防汛办报告雨情水情。"],
    start=["{v}河道水位上涨，已安排人员值守", "{v}山塘水库水位正常", "防汛物资已下发各村", "{v}转移群众{n}户"],
    reply=["收到，已部署", "值班人员在岗", "继续监测"])
POOLS["dizai"] = P(
    notice=["【地灾】强降雨期间，各隐患点监测员每日巡查并报告。"],
    start=["{v}隐患点巡查正常", "{v}后山有裂缝扩大迹象，已疏散", "地灾监测员培训{d}"],
    reply=["继续监测", "已疏散", "好的"])
POOLS["fire"] = P(
    notice=["【森林防火】清明期间严禁野外用火，各村在主要路口设卡，护林员全员上岗。",
            "【森林防火】今日森林火险等级四级，高火险，请各村加强巡查。"],
    start=["{v}卡点今天劝返{n}人", "{v}发现一处烟点，核实为农户烧荒，已扑灭", "扑火队装备检查完毕", "{v}林区巡查正常"],
    reply=["已处置", "继续值守", "好的"])
POOLS["yingji_duty"] = P(
    notice=["【应急值守】{v}发生交通事故，请派出所、卫生院立即到场，应急办跟进。", "【应急值守】停电抢修：{v}线路故障。"],
    start=["现场已处置完毕", "伤员已送县医院", "电力公司已到场"], reply=["收到", "好的"])
POOLS["xunqi"] = P(
    notice=["【汛期值班】今日带班领导{p}，值班电话保持畅通。", "【汛期值班】今晚有强降雨，值班人员不得离岗。"],
    start=["{v}雨量站今日降雨{n}毫米", "夜间巡查完毕，无险情", "{v}路段积水已疏通"], reply=["好的", "收到"])
POOLS["new_spring"] = P(
    notice=["【春耕】{d}前各村摸清春播面积和农资需求，报农服中心。"],
    start=["{v}化肥到货了", "春播面积统计{v}已报", "种子质量投诉一起，已转市场监管所", "农机手培训{d}"],
    reply=["好的", "已报", "我去看看"])
POOLS["new_tourism"] = P(start=["合作社章程草案发群里了，大家看看", "民宿改造需要多少钱，先摸个底", "下周去邻村考察"],
                         reply=["好的", "我可以出两间房", "同意"])
POOLS["jw"] = P(start=["{v}村务监督委员会反映一个问题", "廉政谈话安排在{d}", "县纪委来督查作风建设", "案件材料请{p}整理"],
                reply=["好的", "我去核实", "已整理"])
POOLS["jf"] = P(notice=["【经发办】{d}前报送{item}。"],
                start=["规上企业统计报表本月已报", "{v}招商项目签约了", "固定资产投资入库{n}个项目", "小微企业走访完成"],
                reply=["好的", "我核一下", "已报"])
POOLS["dj"] = P(notice=["【党建】各村党支部{d}前报送{item}，三会一课记录同步上传。"],
                start=["{v}党支部发展党员材料退回来了", "党费收缴本季度完成", "支部书记培训{d}", "{v}的主题党日照片已上传"],
                reply=["好的", "我来改", "已上传"])
POOLS["tuiyi"] = P(notice=["【退役军人服务站】{d}前完成{item}。"],
                   start=["优抚对象走访完成{n}户", "光荣牌悬挂情况统计", "{v}一名退役军人申请困难帮扶", "八一慰问名单确定"],
                   reply=["好的", "已核实", "我去走访"])
POOLS["czs_bz"] = P(notice=["【报账】各村报账员：{d}前把本月票据交到财政所，逾期下月再报。"],
                    start=["{v}的报账单审核通过", "村干部工资表格式改了", "{v}有一张发票抬头错了", "三资平台合同录入要求"],
                    reply=["好的", "我重开", "已录入"])

# English pools
POOLS["en_general"] = P(
    notice=["All-staff update from the CIO: {sys} will be upgraded on {day}, {time}-{time2}. Expect a short outage; comms to students go out tomorrow.",
            "Reminder: mandatory phishing-awareness training closes on {day}. Completion is at {pct}%.",
            "Heads up: the campus network core maintenance window is {day} from {time}. Service desk will have extra cover.",
            "Please welcome our new starters this week! Say hi in #off-topic.",
            "Town hall: {day} at 11:00 in {bld} and on Teams. Topics: budget, the ERP programme, hybrid working.",
            "Security notice: we are seeing a credential-phishing campaign impersonating {sys}. Do not enter passwords from email links.",
            "Change freeze for exams starts {day}. Only emergency changes via the CAB chair.",
            "IT Services annual survey is open until {day} - please share with your teams."],
    start=["Is anyone else seeing slowness on {sys} this morning?", "Where do we log requests for {dept} AV kit?",
           "Fire alarm test in {bld} at 10:00", "Parking at North Campus is closed {day}"],
    reply=["Yes, looks like it's recovering", "ServiceNow, AV catalogue item", "Thanks for the heads up"],
    file=["Slides from the town hall: https://intranet.example.edu/its/townhall-{m}.pdf"])
POOLS["en_leadership"] = P(
    start=["Budget line for {sys} renewal is 12% over - options paper by {day}?", "Can we agree the on-call allowance proposal before HR meets?",
           "Staffing: two vacancies on the service desk, I'd like to backfill one as a contractor",
           "ERP programme board moved to {day}", "Draft risk register attached, please comment", "Audit finding on {sys} access reviews - who owns?"],
    reply=["Agree, let's do it", "I'll take that one", "Need to see numbers first", "Let's discuss 1:1", "Fine by me"])
POOLS["en_servicedesk"] = P(
    notice=["Queue update: {n2} open tickets, {n} P2s. Priority today is the {dept} lab rebuilds.",
            "Reminder: new knowledge article for {sys} password resets is live, please use it.",
            "Rota for next week is published. Swap requests to the team lead by Thursday.",
            "Known issue: {sys} login loop for some students - workaround in KB0012{n}. Link the tickets to {tk}.",
            "Walk-up desk in {bld} closes early {day}."],
    start=["Anyone know why {dept} can't print to the colour MFD?", "Got a user whose {sys} account is locked again, third time this week",
           "{tk} - lecturer can't project in {bld}, can someone nearby go?", "Is the {sys} outage resolved? phones are ringing",
           "New laptop builds for {dept} are on the bench", "Escalating {tk} to infrastructure, looks server-side"],
    reply=["On my way", "Check the print queue on the server", "I'll take it", "Unlocked, told them to enrol MFA again"])
POOLS["en_sd_random"] = P(start=["who's in for pizza friday", "the coffee machine is broken AGAIN", "fantasy football league table updated",
                                  "anyone want the last donut", "new meme just dropped", "lunch walk at 1?"],
                          reply=["me", "lol", "😂", "yes pls", "count me in"], chat=["😂", "lol", "same", "🍕"])
POOLS["en_nightshift"] = P(
    notice=["Night shift handover template updated - please use it from tonight."],
    start=["Handover: two tickets pending callback, {tk} waiting on {dept}", "Swapping my Tuesday night with Sam if OK",
           "Building access fob for {bld} not working after 22:00", "Overnight: patching finished early, nothing outstanding for day team"],
    reply=["Thanks, picked up", "Fine by me", "Reported to estates"])
POOLS["en_networks"] = P(
    notice=["Networks: maintenance on the core switches {day} {time}. Change {chg} approved.",
            "Reminder: all firewall rule requests through the form from now on.",
            "eduroam RADIUS certificate renews on {day}; expect a few devices to prompt."],
    start=["AP in {bld} room 2.14 flapping again", "BGP session to HEAnet dropped for 40s at 03:12", "Need a VLAN for the {dept} lab",
           "Switch stack in {bld} needs firmware", "DHCP scope for halls is at {pct}%"],
    reply=["On it", "Raised with vendor", "I'll extend the scope", "Approved, go ahead"])
POOLS["en_infra"] = P(
    notice=["Patch Tuesday plan: pilot ring {day}, broad ring the week after. Change {chg}.",
            "Backups: restore test for {sys} scheduled {day}."],
    start=["vCenter alarm on host esx-{n}: memory ballooning", "Disk on the {sys} DB server at {pct}%", "Terraform plan for the new {sys} VMs is up for review",
           "Certificate for {sys} expires in 14 days", "Ceph OSD {n} down, rebalancing"],
    reply=["Extending the volume now", "Looks good, approved", "Renewal ticket raised", "Replaced the disk"])
POOLS["en_iam"] = P(
    notice=["IAM: Okta MFA enforcement for staff moves to phase {n} on {day}.",
            "Joiner/mover/leaver sync from HR will run hourly from {day}."],
    start=["Leaver accounts from {dept} still active - HR feed lag?", "SAML cert rollover for {sys} next week", "Group-based licensing for {sys} - draft rules in the doc",
           "Service account review: {n} accounts without owners"],
    reply=["Checking the feed", "I'll coordinate with the vendor", "Let's disable after 30 days"])
POOLS["en_security"] = P(
    start=["Possible compromised account in {dept} - impossible travel alert. Starting IR playbook.", "Containment done, password reset and sessions revoked",
           "Timeline doc shared, please add your notes", "Post-incident review scheduled {day}"],
    reply=["Joining the bridge", "Logs pulled", "Confirmed, no data exfil seen"])
POOLS["en_incident"] = P(
    start=["MAJOR INCIDENT: {sys} down for all users. Bridge open, incident manager on call.", "Update: root cause looks like storage latency",
           "Service restored, monitoring for 30 min", "PIR booked for {day}"],
    reply=["Joined", "Comms sent to users", "Confirmed working from {bld}"])
POOLS["en_escalation"] = P(start=["Escalating {tk} out of hours - {sys} unreachable", "Paged the infra on-call, no answer after 15 min, trying secondary",
                                  "On-call contact list updated for next quarter"], reply=["Got it, looking", "Answered, sorry - was driving"])
POOLS["en_dr"] = P(start=["DR failover drill plan for {sys}: {day}", "Drill complete, RTO 42 min against target 60", "Runbook updated after drill"],
                   reply=["Good result", "I'll update the BIA"])
POOLS["en_cab"] = P(
    notice=["CAB agenda for {day}: {n} normal changes, 1 emergency change retrospective."],
    start=["{chg}: upgrade {sys} - risk medium, rollback tested", "Emergency change last night on {sys}, retrospective needed",
           "Please add implementation plans before Tuesday", "{chg} approved with conditions"],
    reply=["Approved", "Needs a rollback plan", "Deferred to next week", "OK from networks"])
POOLS["en_erp"] = P(
    notice=["ERP programme weekly: data migration dry run {n} on {day}. Status amber.",
            "ERP: integration testing window {day} - {sys} interfaces frozen."],
    start=["Finance signed off the chart of accounts mapping", "Interface to {sys} failing on date formats", "Vendor wants another sprint for payroll",
           "Cutover rehearsal plan is in the shared drive", "Data quality: {n2} supplier records with missing VAT numbers"],
    reply=["I'll fix the mapping", "Escalate to programme board", "Agreed", "Cleansing script running"])
POOLS["en_av"] = P(start=["Projector in {bld} LT1 needs a lamp", "Panopto recorder offline in {bld}", "Lectern PC won't boot"],
                   reply=["Going now", "Replaced"])
POOLS["en_wiki"] = P(start=["Tidied the {sys} space, archived 40 stale pages", "Anyone own the old VPN docs?", "Template for runbooks proposal"],
                     reply=["Thanks!", "I'll take those"])
POOLS["en_emailmig"] = P(
    notice=["Migration wave {n}: {dept} mailboxes move {day} overnight."],
    start=["Wave {n} done, {n2} mailboxes, 3 failures", "Shared mailbox permissions not carried over for {dept}", "Outlook profile reset script updated",
           "Cutover of MX records scheduled"],
    reply=["Fixing permissions now", "Great work", "Noted"])
POOLS["en_win11"] = P(
    notice=["Windows 11 rollout: ring {n} ({dept}) starts {day}."],
    start=["{dept} labs upgraded, {n} machines failed TPM check", "Driver issue with the {dept} plotters on 24H2", "Compat testing for {sys} done"],
    reply=["Replacing those", "Rolled back the driver", "Good"])
POOLS["en_orientation"] = P(
    notice=["Orientation week rota: IT pop-up stand in {bld}, {day} 09:00-16:00."],
    start=["Stand in {bld} is swamped - eduroam setup queue", "Run out of leaflets", "{n2} students helped today", "Wrap-up: thanks all"],
    reply=["Sending two more people", "Printing more now", "Great job"])
POOLS["en_gpu"] = P(
    notice=["GPU cluster upgrade: nodes gpu{n}-gpu{n2} drained from {day}."],
    start=["A100 nodes racked", "Slurm partition config for the new nodes in review", "Burn-in tests passed", "Users migrated to new partition"],
    reply=["Nice", "Approved", "Announcing to users"])
POOLS["en_hpc"] = P(
    notice=["HPC maintenance: Slurm upgrade {day}, queues drain from {time}."],
    start=["Scratch at {pct}% - purge policy reminder due", "Node c{n} has ECC errors", "Module for the new CUDA toolkit built",
           "User from {dept} hitting the job array limit"], reply=["Drained it", "Thanks", "Raised the limit for them"])
POOLS["en_hpc_support"] = P(start=["My job is stuck in PD state for 2 days", "How do I request GPUs?", "Conda env won't activate in batch jobs",
                                   "Can I get more scratch quota?"],
                            reply=["Check the docs page on GPU partitions", "Add module load to the script", "Quota raised", "Cluster is busy, should start tonight"])
POOLS["en_rcs_general"] = P(notice=["RCS team: quarterly user survey goes out {day}.", "Reminder: research storage pricing changes on {day}."],
                            start=["Anyone at the research software meetup?", "Grant deadline support requests coming in"], reply=["I'll be there", "ok"])
POOLS["en_study"] = P(start=["Anyone doing the AZ-104 exam this quarter?", "Shared my notes for CCNA ch. {n}", "Study group Thursday lunchtime?",
                             "Free voucher code from the training budget - ask your manager"], reply=["Me!", "Thanks, super useful", "I'm in"])
POOLS["en_running"] = P(start=["5k round the park at 12:30", "Who's doing the charity 10k?", "Results from Saturday parkrun"],
                        reply=["in", "not today, meetings", "🏃"], chat=["🏃", "nice time!", "legs are dead"])
POOLS["en_offtopic"] = P(start=["Anyone know a good mechanic near campus?", "Bake sale for charity on {day}", "Lost: blue umbrella in {bld}",
                                "Recommendations for a podcast?", "Baby news from the service desk 🎉"],
                         reply=["Congrats!!", "Try the one on Main St", "Found it at reception"], chat=["😂", "congrats!", "lol", "🎉"])
POOLS["en_ai"] = P(
    notice=["AI assistant pilot: {n} pilot users onboarded, feedback form in the channel header."],
    start=["Copilot is summarising Teams meetings well but misses action items", "Data protection impact assessment draft is ready", "Pilot licences assigned to {dept}",
           "Can we exclude the HR SharePoint from indexing?"],
    reply=["Agree", "Checking with the DPO", "Done"])
POOLS["en_netrefresh"] = P(start=["Kick-off on {day} - agenda in the doc"], reply=["👍"])
POOLS["en_iam_new"] = POOLS["en_iam"]


# ----------------------------------------------------------------------------------------------
# helpers shared by both datasets
# ----------------------------------------------------------------------------------------------
def seasons(years, m_from, d_from, m_to, d_to, n, t, c=0.0):
    out = []
    for y in years:
        out.append((datetime(y, m_from, d_from), datetime(y, m_to, d_to, 23, 59), n, t, c))
    return out


def truth(kind, why, must_have=(), must_not_have=(), actions=("keep",), merge_into=()):
    return dict(kind=kind, must_have=list(must_have), must_not_have=list(must_not_have),
                acceptable_actions=list(actions), merge_into_any_of=list(merge_into), why=why)


ACTIVE_NEG = ["zombie", "task-ended", "check-in-only", "too-new"]


# ----------------------------------------------------------------------------------------------
# zh-township
# ----------------------------------------------------------------------------------------------
SURN = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
        "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰春海林峰志斌宇浩凯鹏飞波辉丹萍晶婷雪琳亮成龙健坤亚晓文"


def build_zh(rng):
    people = {}
    used = set()
    seq = [0]

    def name():
        while True:
            nm = rng.choice(SURN) + "".join(rng.choice(GIVN) for _ in range(rng.choice([1, 2, 2, 2])))
            if nm not in used:
                used.add(nm)
                return nm

    def mk(unit, n, tag):
        out = []
        for _ in range(n):
            seq[0] += 1
            pid = "qs%05d" % (10000 + seq[0] * 3)
            people[pid] = dict(name=name(), unit=unit, tag=tag, aliases=[])
            out.append(pid)
        return out

    U = {}
    U["lead"] = mk("乡领导班子", 9, "lead")            # 0 书记 1 乡长 2 副书记 3 纪委书记 4 组织委员 5 宣传委员 6 武装部长 7-8 副乡长
    for u, n in [("党政办", 8), ("党建办", 5), ("纪委", 3), ("经发办", 6), ("社会事务办", 8), ("综治办", 5),
                 ("自然资源和生态环境办", 6), ("应急管理办", 4), ("乡村振兴办", 5), ("退役军人服务站", 3),
                 ("文化站", 3), ("机关后勤", 3)]:
        U[u] = mk(u, n, "cadre")
    for u, n in [("农业服务中心", 14), ("财政所", 8), ("派出所", 16), ("卫生院", 45), ("中心学校", 72)]:
        U[u] = mk(u, n, "station")
    V = {}
    for v in VILLAGES:
        V[v] = dict(lw=mk(v, rng.randint(6, 8), "lw"), grid=mk(v, rng.randint(4, 6), "grid"), doc=mk(v, 1, "doc"),
                    ranger=mk(v, 2, "ranger"), zz=mk(v, 3, "zuzhang"))
    ZC = {}
    for v, unit in [("石门村", "县农业农村局驻石门村工作队"), ("红旗村", "县交通运输局驻红旗村工作队"), ("新民村", "县供电公司驻新民村工作队")]:
        ZC[v] = mk(unit, 3, "zhucun")
    COUNTY = mk("县应急管理局", 2, "county") + mk("县农业农村局", 2, "county")
    BOT = "bot_xxjf"
    people[BOT] = dict(name="学习积分小助手", unit="系统机器人", tag="bot", aliases=[])
    for p, al in [(U["党政办"][2], "wxid_k3m9q2hx7a"), (U["lead"][5], "wxid_p0a8s7dj2k"), (V["东坪村"]["lw"][0], "wxid_dp83hs01"),
                  (U["经发办"][1], "dd_jfb_liu"), (U["卫生院"][3], "wxid_wsy03xq"), (V["红旗村"]["lw"][1], "wxid_hq1a5v")]:
        people[p]["aliases"].append(al)
        people[al] = dict(name=people[p]["name"], unit=people[p]["unit"], tag="alias", aliases=[], alias_of=p)

    def alias(p):
        return people[p]["aliases"][0] if people[p]["aliases"] else p

    jiguan = [p for u in ["lead", "党政办", "党建办", "纪委", "经发办", "社会事务办", "综治办", "自然资源和生态环境办",
                          "应急管理办", "乡村振兴办", "退役军人服务站", "文化站", "机关后勤"] for p in U[u]]
    L = U["lead"]
    dzb = U["党政办"]
    WIN = datetime(2024, 3, 1)
    ASOF = datetime(2026, 4, 15, 17, 36)
    sim = Sim(rng, "zh", WIN, ASOF, people, factor=0.34)
    ALL = (WIN, ASOF)
    secs = [V[v]["lw"][0] for v in VILLAGES]
    dirs = [V[v]["lw"][1] for v in VILLAGES]
    lw_all = [p for v in VILLAGES for p in V[v]["lw"]]
    grid_all = [p for v in VILLAGES for p in V[v]["grid"]]
    zc_all = [p for v in ZC for p in ZC[v]]
    stations_heads = [U[u][0] for u in ["农业服务中心", "财政所", "派出所", "卫生院", "中心学校"]]
    # 包村: leader + 2 cadres per village
    cadre_pool = [p for u in ["党政办", "党建办", "经发办", "社会事务办", "综治办", "自然资源和生态环境办", "应急管理办", "乡村振兴办"]
                  for p in U[u][1:]]
    rng.shuffle(cadre_pool)
    BAOCUN = {}
    for i, v in enumerate(VILLAGES):
        BAOCUN[v] = [L[1 + i % 8], cadre_pool[2 * i], cadre_pool[2 * i + 1]]
    baocun_all = []
    for v in VILLAGES:
        for p in BAOCUN[v]:
            if p not in baocun_all:
                baocun_all.append(p)

    def G(key, name, platform, unit, owner, created, tags="", task_end="", prot="", **kw):
        c = d(created)
        if len(created) == 10:
            c += timedelta(hours=rng.randint(8, 21), minutes=rng.randint(0, 59))
        g = Group(key, name, c, owner=owner, **kw)
        g.platform, g.unit, g.tags, g.task_end, g.prot = platform, unit, tags, task_end, prot
        return sim.add_group(g)

    # ---------------- hubs
    school_in_all = U["中心学校"][:34]
    all_members = jiguan + U["农业服务中心"] + U["财政所"] + U["派出所"] + U["卫生院"] + school_in_all + lw_all + grid_all + zc_all
    g = G("all", "青石乡全体干部职工群", "wechat", "党政办", dzb[0], "2019-05-20", tags="全体;通知",
          phases=[(WIN, ASOF, 3.2, 0.4, 0.15)], pool="hub", acks=(2, 11), reps=(1, 3), nsend=dzb[:3] + [L[0], L[1]])
    sim.populate(g, all_members, admins=dzb[:3])
    g.truth = truth("all-staff-hub", "The all-staff group holds nearly everyone and is where notices start; policy-basis says this is how a township works, not redundancy.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    notice_members = jiguan + stations_heads + lw_all + zc_all + [p for v in VILLAGES for p in V[v]["zz"] + V[v]["ranger"] + V[v]["doc"]]
    g = G("notice", "青石乡通知群", "dingtalk", "党政办", dzb[1], "2021-02-01", tags="通知",
          phases=[(WIN, ASOF, 2.4, 0.0, 0.0)], pool="notice", acks=(3, 14), nsend=dzb[:3])
    sim.populate(g, notice_members, admins=dzb[:3])
    g.truth = truth("notice-hub", "A township notice group reaching village group leaders, rangers and village doctors who are not in the all-staff group; forwarding from it is normal.",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep", "review"])

    # ---------------- leaders & offices
    g = G("leaders", "乡党委班子群", "wechat", "乡党委", L[0], "2021-10-08", phases=[(WIN, ASOF, 0.3, 3.5, 0.1)],
          pool="leaders", acks=(1, 4), reps=(2, 6), nsend=[L[0], L[1]], fwd=[("all", 0.04, 2, 60)])
    sim.populate(g, L + [dzb[0]])
    g.truth = truth("leaders-nested", "The leaders' group (班子群) sits inside the all-staff group for good reason: same people, different work.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])

    def office(key, name, unit, pool, extra=(), rate=2.5, platform="wechat", created="2020-03-16", fwd_p=0.12, tags="", kind="unit-nested", notes=None):
        members = U[unit] + list(extra)
        g = G(key, name, platform, unit, U[unit][0], created, tags=tags, phases=[(WIN, ASOF, 0.6, rate, 0.1)], pool=pool,
              acks=(1, 4), reps=(1, 5), nsend=U[unit][:2], forwarder=U[unit][:2], fwd=[("all", fwd_p, 5, 240), ("notice", fwd_p, 5, 240)])
        sim.populate(g, members, admins=U[unit][1:2])
        g.truth = truth(kind, notes or "A section's own work group inside the all-staff group; containment alone says same people, not same work.",
                        must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
        return g

    office("dzb", "党政办工作群", "党政办", "office", extra=[L[1]], rate=3.0, created="2019-06-03")
    office("djb", "党建办（组织）工作群", "党建办", "dj", extra=[L[4]] + secs, rate=1.6, tags="党建")
    g = G("study", "青石乡机关党支部 学习群", "wechat", "党建办", U["党建办"][0], "2020-07-01", tags="学习",
          phases=[(WIN, ASOF, 0.9, 0.6, 0.05)], pool="study", acks=(3, 12), reps=(1, 3), nsend=U["党建办"][:2])
    sim.populate(g, [p for p in jiguan if rng.random() < 0.78])
    g.truth = truth("different-purpose", "A study group of the same cadres as their work groups: different purpose, not a duplicate.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    office("jwb", "乡纪委工作群", "纪委", "jw", extra=[L[3]], rate=0.9, created="2022-03-01")
    office("jfb", "经发办 工作群", "经发办", "jf", extra=[L[7]], rate=1.8)
    office("shsw", "社会事务办工作群", "社会事务办", "social", extra=[L[8]], rate=2.2)
    g = G("dibao", "低保核查小组", "wechat", "社会事务办", U["社会事务办"][1], "2023-04-11",
          phases=[(WIN, ASOF, 0.1, 1.6, 0.0)], pool="dibao", acks=(0, 2), reps=(2, 4))
    sim.populate(g, U["社会事务办"][1:4] + [L[8]])
    g.truth = truth("subteam-nested", "A sub-team inside its section's group doing distinct case review work; containment alone is not overlap.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    office("zzb", "综治办【平安建设】工作群", "综治办", "zongzhi", extra=[L[2], U["派出所"][0]] + [V[v]["lw"][2] for v in VILLAGES], rate=1.5,
           kind="normal-work", notes="Ordinary active work group with its own audience (综治 staff plus village 治保 members).")
    office("yjb", "应急管理办工作群", "应急管理办", "yingji", extra=[L[6]] + [V[v]["lw"][3] for v in VILLAGES], rate=1.2,
           kind="normal-work", notes="Ordinary active safety-inspection work group (not an emergency-duty group).")
    g = G("hulin", "护林员管理群", "wechat", "自然资源和生态环境办", U["自然资源和生态环境办"][0], "2021-03-01",
          phases=[(WIN, ASOF, 0.4, 1.2, 0.0)] + seasons([2024, 2025, 2026], 2, 1, 4, 30, 1.0, 2.5), pool="ranger",
          acks=(2, 6), reps=(1, 3), nsend=U["自然资源和生态环境办"][:2])
    sim.populate(g, U["自然资源和生态环境办"] + [p for v in VILLAGES for p in V[v]["ranger"]])
    g.truth = truth("normal-work", "An active ranger management group with substantive patrol reports.",
                    must_not_have=ACTIVE_NEG, actions=["keep", "review"])
    g = G("canteen", "机关食堂群", "wechat", "机关后勤", U["机关后勤"][0], "2020-09-01",
          phases=[(WIN, ASOF, 0.9, 0.5, 0.05)], pool="canteen", acks=(0, 3), reps=(1, 3), nsend=U["机关后勤"][:2])
    sim.populate(g, jiguan)
    g.truth = truth("different-purpose", "The canteen group has the same people as the office groups but a different purpose: not a duplicate.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    g = G("union", "乡机关工会 群", "wechat", "乡工会", dzb[4], "2020-11-20",
          phases=[(WIN, ASOF, 0.4, 0.4, 0.05)], pool="union", acks=(2, 8), reps=(1, 4), nsend=[dzb[4]])
    sim.populate(g, [p for p in jiguan if p not in L[:2]])
    g.truth = truth("different-purpose", "The union group shares nearly all members with the canteen and study groups but serves a different purpose.",
                    must_not_have=["task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    g = G("sports", "机关羽毛球群🏸", "wechat", "机关后勤", U["经发办"][2], "2023-05-12",
          phases=[(WIN, ASOF, 0.0, 0.7, 0.6)], pool="sports", reps=(1, 4), after=0.5)
    sim.populate(g, [p for p in jiguan if rng.random() < 0.28] + [U["卫生院"][5], U["中心学校"][9]])
    g.truth = truth("social", "A social sports group of colleagues: different purpose from their work groups.",
                    must_not_have=["task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    g = G("tuiyi", "退役军人服务站工作群", "wechat", "退役军人服务站", U["退役军人服务站"][0], "2021-06-01",
          phases=[(WIN, ASOF, 0.3, 0.8, 0.0)], pool="tuiyi", acks=(1, 4), reps=(1, 3), nsend=U["退役军人服务站"][:1])
    sim.populate(g, U["退役军人服务站"] + [V[v]["lw"][4] for v in VILLAGES])
    g.truth = truth("normal-work", "A low-volume but active work group of the veterans' service station.",
                    must_not_have=["zombie", "task-ended", "too-new"], actions=["keep", "review"])
    g = G("wenming", "青石乡新时代文明实践志愿服务群", "wechat", "党建办", U["党建办"][2], "2022-05-04",
          phases=[(WIN, ASOF, 0.6, 0.8, 0.05)], pool="volunteer", acks=(1, 6), reps=(1, 4), nsend=U["党建办"][2:4])
    sim.populate(g, [p for p in jiguan if rng.random() < 0.35] + [V[v]["lw"][5] for v in VILLAGES] + U["中心学校"][40:52])
    g.truth = truth("different-purpose", "Volunteer service group: separate purpose from work groups.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate"], actions=["keep", "review"])

    # ---------------- stations
    nf = U["农业服务中心"]
    g = G("nf", "农业服务中心工作群", "wechat", "农业服务中心", nf[0], "2019-08-15",
          phases=[(WIN, ASOF, 1.6, 2.8, 0.1)], pool="agri", acks=(2, 7), reps=(1, 5), nsend=nf[:2], forwarder=nf[:2],
          fwd=[("all", 0.18, 5, 180)])
    sim.populate(g, nf + [L[7]], admins=nf[1:2])
    g.truth = truth("unit-main", "The agricultural service centre's main work group; survivor for its redundant notice subgroup.",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = G("nf_small", "农服中心 通知小群", "wechat", "农业服务中心", nf[1], "2023-02-20",
          phases=[(WIN, ASOF, 0.0, 0.0, 0.0)], acks=(1, 3), forwarder=[nf[1]], fwd=[("nf", 0.85, 1, 25)])
    sim.populate(g, nf[1:6])
    g.truth = truth("overlapping", "A small group of the centre fully inside the centre's own main group, only repeating its notices: same unit, same audience, no need to exist apart.",
                    must_have=["overlapping"], must_not_have=["protected", "too-new"], actions=["merge", "dissolve", "review"], merge_into=["nf"])
    cz = U["财政所"]
    g = G("czs", "财政所 工作群", "wechat", "财政所", cz[0], "2019-09-01", phases=[(WIN, ASOF, 0.8, 2.0, 0.05)], pool="finance",
          acks=(1, 4), reps=(1, 4), nsend=cz[:2], forwarder=cz[:2], fwd=[("all", 0.12, 5, 200)])
    sim.populate(g, cz + [L[8]])
    g.truth = truth("unit-nested", "The finance office's own work group inside the all-staff group.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    g = G("czs_bz", "财政所-村报账员群", "wechat", "财政所", cz[1], "2021-01-05", phases=[(WIN, ASOF, 1.0, 1.2, 0.0)], pool="czs_bz",
          acks=(2, 7), reps=(1, 3), nsend=cz[1:3])
    sim.populate(g, cz[:4] + [V[v]["lw"][rng.randint(2, 5)] for v in VILLAGES])
    g.truth = truth("normal-work", "Finance office with the village bookkeepers: its own audience and function.",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    pc = U["派出所"]
    g = G("pcs", "青石派出所 所务群", "wechat", "派出所", pc[0], "2019-04-01", phases=[(WIN, ASOF, 0.8, 3.5, 0.2)], pool="police",
          acks=(2, 8), reps=(1, 5), nsend=pc[:2], forwarder=pc[:2], fwd=[("all", 0.1, 5, 240)], after=0.3)
    sim.populate(g, pc)
    g.truth = truth("unit-main", "Police station's own busy work group.", must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    g = G("pcs_fj", "派出所辅警排班群", "wechat", "派出所", pc[1], "2022-01-10", phases=[(WIN, ASOF, 0.5, 1.4, 0.1)], pool="police_shift",
          acks=(2, 6), reps=(1, 3), nsend=pc[1:2], after=0.3)
    sim.populate(g, pc[:2] + pc[8:16])
    g.truth = truth("subteam-nested", "Auxiliary-police shift team inside the station's group, handling rosters and swaps the main group does not.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    ws = U["卫生院"]
    g = G("wsy", "青石乡卫生院全院职工群", "wecom", "卫生院", ws[0], "2019-10-10", phases=[(WIN, ASOF, 1.2, 2.8, 0.1)], pool="health",
          acks=(3, 10), reps=(1, 4), nsend=ws[:3], forwarder=ws[:2], fwd=[("all", 0.15, 5, 200)])
    sim.populate(g, ws, admins=ws[1:3])
    g.truth = truth("unit-main", "The health centre's all-staff work group.", must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = G("wsy_gw", "卫生院公卫科小群", "wecom", "卫生院", ws[5], "2021-05-06",
          phases=[(WIN, datetime(2025, 1, 9), 0.5, 1.0, 0.0)], pool="health", acks=(1, 3), reps=(1, 3), nsend=[ws[5]])
    sim.populate(g, ws[5:11])
    g.truth = truth("zombie-nested-dead", "Dead for over a year and its members all sit in the health centre's main group: nothing to merge, dissolve it.",
                    must_have=["zombie"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    g = G("wsy_jt", "家庭医生签约服务团队", "wecom", "卫生院", ws[2], "2022-03-15", phases=[(WIN, ASOF, 0.5, 1.5, 0.0)], pool="family_doc",
          acks=(1, 4), reps=(1, 3), nsend=ws[2:4])
    sim.populate(g, ws[2:4] + ws[11:19] + [V[v]["doc"][0] for v in VILLAGES])
    g.truth = truth("normal-work", "Family-doctor team with village doctors: its own audience and work.", must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    sc = U["中心学校"]
    g = G("school", "青石乡中心学校教职工群", "qq", "中心学校", sc[0], "2018-09-01", phases=[(WIN, ASOF, 1.6, 2.2, 0.2)], pool="school",
          acks=(3, 12), reps=(1, 4), nsend=sc[:4], forwarder=sc[:2], fwd=[("all", 0.08, 10, 300)])
    sim.populate(g, sc, admins=sc[1:4])
    g.truth = truth("duplicate-main", "The school's main staff group; the (备用) group is its re-created duplicate, so this is the survivor.",
                    must_not_have=ACTIVE_NEG, actions=["keep", "merge", "review"], merge_into=["school_bak"])
    g = G("school_bak", "中心学校教职工群(备用)", "qq", "中心学校", sc[1], "2025-02-20",
          phases=[(d("2025-02-20"), ASOF, 0.1, 0.3, 0.0)], pool="school", acks=(2, 8), reps=(1, 3), nsend=sc[1:3],
          forwarder=sc[1:3], fwd=[("school", 0.55, 1, 40)])
    sim.populate(g, [p for p in sc if rng.random() < 0.95])
    g.truth = truth("duplicate-backup", "A (备用) re-creation of the school staff group: same unit, same members, same notices posted into both.",
                    must_have=["duplicate"], must_not_have=["protected", "too-new", "check-in-only"], actions=["merge", "dissolve", "review"], merge_into=["school"])
    g = G("school_lead", "中心学校行政班子", "wechat", "中心学校", sc[0], "2020-02-17", phases=[(WIN, ASOF, 0.2, 2.0, 0.05)], pool="school_lead",
          acks=(1, 3), reps=(2, 5), nsend=sc[:1])
    sim.populate(g, sc[:7])
    g.truth = truth("leaders-nested", "The school leadership's group inside the staff group: same people, different work.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])

    # ---------------- villages
    vnames = {"东坪村": "东坪村两委群", "西河村": "西河村 两委班子", "石门村": "【石门村】两委工作群", "柳湾村": "柳湾村两委群",
              "杨家庄村": "杨家庄村“两委”干部群", "马鞍山村": "马鞍山村村两委", "红旗村": "红旗村两委及驻村工作队", "新民村": "新民村两委群2021届"}
    vplat = {"东坪村": "wechat", "西河村": "wechat", "石门村": "wechat", "柳湾村": "wechat", "杨家庄村": "qq", "马鞍山村": "wechat",
             "红旗村": "wechat", "新民村": "wechat"}
    for i, v in enumerate(VILLAGES):
        key = "v%d" % i
        mem = V[v]["lw"] + BAOCUN[v] + ZC.get(v, [])
        if v == "柳湾村":
            ph = [(WIN, datetime(2025, 6, 8), 0.8, 2.4, 0.1)]
        else:
            ph = [(WIN, ASOF, 0.8, 2.4, 0.1)]
        g = G(key, vnames[v], vplat[v], v, V[v]["lw"][0], "%d-0%d-1%d" % (2019 + i % 3, 1 + i, i),
              phases=ph, pool="village", acks=(2, 6), reps=(1, 5), nsend=V[v]["lw"][:2], forwarder=V[v]["lw"][:2] + BAOCUN[v][1:],
              fwd=[("all", 0.14, 10, 300), ("notice", 0.2, 10, 300)], after=0.2)
        sim.populate(g, mem, admins=V[v]["lw"][1:2])
        g.truth = truth("village-committee", "A village's 两委 work group; receives forwarded township notices, which is normal.",
                        must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
        if v == "新民村":
            g.truth["why"] = "Active village committee group; the year 2021届 marks the committee's term, not a finished phase task, and activity never stopped."
        if v == "柳湾村":
            g.truth = truth("duplicate-old-dead", "Old village committee group abandoned when 2.0 was created after the re-election; same notices went into both, then it died.",
                            must_have=["zombie"], must_not_have=["protected", "too-new", "check-in-only"],
                            actions=["dissolve", "merge", "review"], merge_into=["v3new"])
            lw_old = g
    v = "柳湾村"
    newlw = mk(v, 1, "lw")
    g = G("v3new", "柳湾村两委群 2.0", "wechat", v, V[v]["lw"][0], "2025-05-10",
          phases=[(d("2025-05-10"), ASOF, 0.8, 2.4, 0.1)], pool="village", acks=(2, 6), reps=(1, 5), nsend=V[v]["lw"][:2],
          forwarder=V[v]["lw"][:2] + BAOCUN[v][1:], fwd=[("all", 0.14, 10, 300), ("notice", 0.2, 10, 300)], after=0.2)
    old_members = V[v]["lw"] + BAOCUN[v]
    dropped = V[v]["lw"][-1]
    sim.populate(g, [p for p in old_members if p != dropped] + newlw, spread_days=3)
    # old group gets the same notices in May-June 2025 while both exist
    lw_old.kw["fwd2"] = True
    g.truth = truth("duplicate-new", "The re-created (2.0) village committee group that replaced the old one; it is the survivor.",
                    must_not_have=ACTIVE_NEG, actions=["keep", "review"])
    # grids
    gv = {"东坪村": "东坪村网格员群", "西河村": "西河村网格员群", "石门村": "石门村 网格 群", "马鞍山村": "马鞍山村网格员群"}
    for v in ["东坪村", "西河村", "石门村", "马鞍山村"]:
        key = "grid_" + v
        g = G(key, gv[v], "wechat", v, V[v]["lw"][1], "2021-0%d-08" % (3 + VILLAGES.index(v)),
              phases=[(WIN, ASOF, 0.7, 1.5, 0.1)], pool="grid", acks=(2, 5), reps=(1, 4), nsend=V[v]["lw"][:2],
              forwarder=V[v]["lw"][:2], fwd=[("v%d" % VILLAGES.index(v), 0.25, 5, 180)], after=0.2)
        sim.populate(g, V[v]["lw"][:3] + V[v]["grid"] + BAOCUN[v][1:2])
        g.truth = truth("village-grid", "A village's grid-worker group: a different audience from the village committee group.",
                        must_not_have=ACTIVE_NEG + ["overlapping"], actions=["keep"])
    v = "西河村"
    g = G("grid_xh_new", "西河村网格员群（新）", "wechat", v, V[v]["lw"][0], "2025-08-18",
          phases=[(d("2025-08-18"), ASOF, 0.3, 0.8, 0.05)], pool="grid", acks=(2, 5), reps=(1, 3), nsend=V[v]["lw"][:1],
          forwarder=V[v]["lw"][:2], fwd=[("grid_西河村", 0.6, 2, 90)], after=0.2)
    xm = V[v]["lw"][:3] + V[v]["grid"] + BAOCUN[v][1:2]
    sim.populate(g, xm[:-1] + [BAOCUN[v][2]])
    g.truth = truth("duplicate-alive", "A （新） re-creation of the 西河村 grid group: nearly the same members, same unit, same notices posted into both; both still alive.",
                    must_have=["duplicate"], must_not_have=["protected", "too-new", "zombie", "task-ended"], actions=["merge", "keep", "review"],
                    merge_into=["grid_西河村"])
    sim.groups["grid_西河村"].truth = truth("duplicate-alive-original", "The original 西河村 grid group, duplicated by the （新） group with nearly the same members and the same notices; either may survive.",
                                           must_have=[], must_not_have=["protected", "too-new", "zombie", "task-ended"],
                                           actions=["merge", "keep", "review"], merge_into=["grid_xh_new"])

    # ---------------- township-wide work and campaigns
    g = G("baocun", "包村干部工作群", "wechat", "党政办", dzb[0], "2021-04-02", phases=[(WIN, ASOF, 5.0, 1.5, 0.05)], pool="baocun",
          acks=(5, 14), reps=(1, 4), nsend=[dzb[0], L[1], L[2]], forwarder=[dzb[0]], fwd=[("all", 0.15, 5, 120)])
    sim.populate(g, baocun_all + [L[0], L[2]], admins=[L[1]])
    g.truth = truth("busy-ack-trap", "A busy work group where each substantive notice collects many 收到/好的 replies; the notices are substantive, so it is not check-in-only.",
                    must_not_have=ACTIVE_NEG + ["overlapping"], actions=["keep"])
    zb = U["乡村振兴办"]
    g = G("zhucun", "驻村工作队联络群", "wechat", "乡村振兴办", zb[0], "2021-09-01", phases=[(WIN, ASOF, 0.6, 1.4, 0.05)], pool="zhucun",
          acks=(2, 6), reps=(1, 3), nsend=zb[:2])
    sim.populate(g, zb + zc_all + [V[v]["lw"][0] for v in ZC])
    g.truth = truth("normal-work", "Liaison group of the resident work teams and the rural revitalisation office.",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = G("zhenxing", "乡村振兴示范片区建设工作专班", "wechat", "乡村振兴办", L[1], "2024-05-06", tags="专班;乡村振兴", task_end="2026-12-31",
          phases=[(d("2024-05-06"), ASOF, 1.0, 2.6, 0.05)], pool="zhenxing", acks=(2, 6), reps=(1, 5), nsend=[L[1], zb[0]])
    sim.populate(g, [L[1], L[7]] + zb + U["经发办"][:3] + [V[v]["lw"][0] for v in ["石门村", "红旗村", "新民村"]] + ZC["石门村"][:1] + COUNTY[2:])
    g.truth = truth("long-running-project", "A 工作专班 whose declared end is in the future and which is still busy: not task-ended.",
                    must_not_have=ACTIVE_NEG, actions=["keep"])
    g = G("zx_never", "乡村振兴产业项目对接群", "wechat", "经发办", U["经发办"][0], "2025-06-18 10:12", phases=[])
    sim.populate(g, U["经发办"][:4] + zb[:3] + [L[7]] + [V[v]["lw"][0] for v in VILLAGES[:4]], spread_days=1)
    g.truth = truth("zombie-never-used", "Created ten months ago and never used: only join events.", must_have=["zombie"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    zr = U["自然资源和生态环境办"]
    g = G("renju", "人居环境整治 问题整改群", "wechat", "自然资源和生态环境办", zr[0], "2022-02-14", phases=[(WIN, ASOF, 1.0, 1.8, 0.0)],
          pool="renju", acks=(2, 6), reps=(1, 3), nsend=zr[:2])
    sim.populate(g, zr + secs + [L[8]])
    g.truth = truth("normal-work", "Standing rural-environment rectification group, active with substantive problem lists.",
                    must_not_have=ACTIVE_NEG, actions=["keep", "review"])
    g = G("renju_2025", "2025年迎国检 人居环境整治攻坚群", "wechat", "自然资源和生态环境办", L[8], "2025-04-01",
          phases=[(d("2025-04-01"), d("2025-07-20"), 3.0, 5.0, 0.1)], pool="renju_2025", acks=(3, 9), reps=(1, 4), nsend=[L[8], zr[0]],
          extra=[(datetime(2025, 8, 3, 10, 21), "国检结果出来了，我县通过，感谢大家辛苦付出！", L[8])])
    sim.populate(g, [L[8]] + zr + secs + dirs + baocun_all[:10])
    g.truth = truth("task-ended-dated", "A campaign named for the 2025 national inspection (迎国检); its burst ended in summer 2025.",
                    must_have=["task-ended"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    g = G("census", "第五次全国经济普查青石乡普查工作群", "wechat", "经发办", U["经发办"][0], "2023-10-10", tags="普查;专项", task_end="2024-06-30",
          phases=[(WIN, d("2024-05-25"), 3.0, 5.5, 0.1)], pool="census", acks=(3, 8), reps=(1, 4), nsend=U["经发办"][:2])
    sim.populate(g, U["经发办"] + grid_all[:22] + [L[7]])
    g.truth = truth("task-ended-declared", "A census (普查) task group whose declared task_end passed in mid-2024; silent since.",
                    must_have=["task-ended"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    g = G("straw_2024", "2024年秋收秸秆禁烧专项工作群", "wechat", "自然资源和生态环境办", dzb[0], "2024-09-10",
          phases=[(d("2024-09-10"), d("2024-11-22"), 3.0, 4.0, 0.1)], pool="straw", acks=(4, 10), reps=(1, 4), nsend=[dzb[0], zr[0]],
          after=0.35)
    sim.populate(g, [p for p in baocun_all + [L[0], L[2]] if p != baocun_all[-1]] + [zr[0]])
    g.truth = truth("task-ended-near-dup", "A 2024 autumn straw-burning campaign, finished; its members nearly equal the 包村干部 group, so the right action is to dissolve it rather than merge.",
                    must_have=["task-ended"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    g = G("nonliang", "耕地“非粮化”排查 临时群", "dingtalk", "自然资源和生态环境办", zr[1], "2025-06-01", tags="临时;专项", task_end="2025-09-30",
          phases=[(d("2025-06-01"), d("2025-09-24"), 1.5, 3.0, 0.0)], pool="nonliang", acks=(2, 6), reps=(1, 3), nsend=zr[:2])
    sim.populate(g, zr + [V[v]["lw"][2] for v in VILLAGES] + nf[:3])
    g.truth = truth("task-ended-declared", "A temporary (临时) inspection group whose declared end date passed in September 2025.",
                    must_have=["task-ended"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    g = G("straw", "秸秆禁烧巡查群", "wechat", "自然资源和生态环境办", zr[0], "2022-06-01",
          phases=seasons([2024, 2025], 6, 1, 6, 25, 1.5, 3.0) + seasons([2024, 2025], 10, 1, 11, 20, 2.0, 4.0), pool="straw",
          acks=(2, 6), reps=(1, 4), nsend=zr[:2], after=0.35)
    sim.populate(g, zr + secs + [V[v]["lw"][3] for v in VILLAGES])
    g.truth = truth("seasonal-duty", "A standing seasonal patrol group, busy at each harvest and quiet in between by design.",
                    must_not_have=["check-in-only", "too-new", "duplicate"], actions=["keep", "review"])

    # ---------------- emergency / duty groups
    yj = U["应急管理办"]
    g = G("flood", "青石乡防汛抗旱指挥部", "wechat", "应急管理办", L[6], "2020-05-20", tags="防汛;应急", prot="true",
          phases=seasons([2024, 2025], 6, 1, 8, 31, 2.0, 3.0), pool="flood", acks=(3, 9), reps=(1, 3), nsend=[L[6], yj[0]], after=0.4)
    sim.populate(g, L + yj + secs + COUNTY[:2])
    g.truth = truth("emergency-protected", "Flood-control command group marked protected; quiet out of season by design.",
                    must_have=["protected"], must_not_have=["task-ended", "check-in-only", "duplicate", "overlapping"], actions=["keep", "review"])
    g = G("xunqi", "汛期值班群", "wechat", "应急管理办", yj[0], "2022-06-01",
          phases=seasons([2024, 2025], 6, 1, 9, 20, 1.2, 1.5), pool="xunqi", acks=(1, 4), reps=(0, 2), nsend=yj[:2], after=0.45)
    sim.populate(g, yj + dzb[:4] + [p for p in cadre_pool[:14]])
    g.truth = truth("emergency-name-only", "Flood-season duty group with no tags or protected flag; quiet since September 2025 by design, only its name says so.",
                    must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    g = G("yingji", "应急值守 调度群", "wechat", "应急管理办", L[6], "2021-01-12", prot="true",
          phases=[(d("2024-07-14"), d("2024-07-15 23:00"), 8, 14, 0), (d("2025-01-22"), d("2025-01-22 23:00"), 8, 14, 0),
                  (d("2025-08-09"), d("2025-08-10 23:00"), 8, 14, 0)], pool="yingji_duty", acks=(3, 8), reps=(1, 3), nsend=[L[6], yj[0]], after=0.6)
    sim.populate(g, L + yj + stations_heads[:4] + secs)
    g.truth = truth("emergency-protected", "Emergency duty dispatch group, protected; silent except during incidents.",
                    must_have=["protected"], must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    g = G("dizai", "地质灾害群测群防", "wechat", "自然资源和生态环境办", zr[2], "2020-07-01",
          phases=[(d("2024-07-02"), d("2024-07-25"), 1.5, 2, 0), (d("2025-07-05"), d("2025-08-15"), 1.5, 2, 0)], pool="dizai",
          acks=(1, 4), reps=(0, 2), nsend=zr[2:4], after=0.4)
    sim.populate(g, zr[2:5] + [V[v]["lw"][3] for v in ["石门村", "马鞍山村", "红旗村"]] + [p for v in ["石门村", "马鞍山村"] for p in V[v]["ranger"]])
    g.truth = truth("emergency-name-only", "Geological-hazard monitoring group with no tags or protected flag; used only in rainy seasons, its name is all that marks it.",
                    must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    g = G("fire", "春季森林防火联防群", "wechat", "自然资源和生态环境办", L[6], "2021-02-20",
          phases=seasons([2024, 2025], 2, 15, 4, 30, 2.0, 3.0) + [(d("2026-02-15"), ASOF, 2.0, 3.0, 0)], pool="fire",
          acks=(2, 7), reps=(1, 3), nsend=[L[6], zr[0]], after=0.35)
    sim.populate(g, [L[6]] + zr + [p for v in VILLAGES for p in V[v]["ranger"]] + secs)
    g.truth = truth("emergency-seasonal-active", "Forest-fire prevention group, seasonal by design and in season now (spring 2026).",
                    must_not_have=["zombie", "task-ended", "check-in-only", "too-new", "duplicate"], actions=["keep", "review"])

    # ---------------- check-in groups
    g = G("duty", "青石乡值班报平安群", "wechat", "党政办", dzb[2], "2023-01-03", special="rollcall")
    duty_roster = dzb + [p for p in cadre_pool[:20]]
    sim.populate(g, duty_roster + secs, admins=[dzb[2]])
    g.truth = truth("checkin-duty-rollcall", "Nightly 报平安/值班正常/无异常 roll-call only, alive to the as-of date: a check-in group, not a zombie.",
                    must_have=["check-in-only"], must_not_have=["zombie", "too-new", "task-ended"], actions=["dissolve", "review"])
    g = G("daka", "村级网格员打卡群", "dingtalk", "综治办", U["综治办"][0], "2025-03-03", special="checkin")
    sim.populate(g, U["综治办"][:3] + grid_all, admins=U["综治办"][1:2])
    g.truth = truth("checkin-daily-signin", "Grid workers' daily 打卡, locations and visit photos only, up to the as-of date: check-in-only, not zombie.",
                    must_have=["check-in-only"], must_not_have=["zombie", "too-new", "task-ended", "protected"], actions=["dissolve", "review"])

    # ---------------- zombies
    wh = U["文化站"]
    g = G("wenhua", "乡文化站 群众文化活动群", "wechat", "文化站", wh[0], "2022-08-08", phases=[(WIN, d("2025-02-16"), 0.4, 1.2, 0.1)],
          pool="culture", acks=(1, 4), reps=(1, 4), nsend=wh[:2],
          extra=[(datetime(2025, 5, 6, 9, 12), "收到", V["红旗村"]["lw"][5])])
    sim.populate(g, wh + [V[v]["lw"][5] for v in VILLAGES] + sc[20:26])
    g.truth = truth("zombie-dead", "No substantive message for more than a year (only a stray acknowledgement and a leave event since).",
                    must_have=["zombie"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    g = G("botgrp", "学习积分提醒群", "wecom", "党建办", U["党建办"][1], "2024-06-03 09:00", special="bot")
    sim.populate(g, [BOT] + [p for p in jiguan if rng.random() < 0.5], spread_days=1)
    g.truth = truth("zombie-bot-only", "Only bot reminders have ever been posted: no human activity at all.",
                    must_have=["zombie"], must_not_have=["protected", "too-new"], actions=["dissolve", "review"])

    # ---------------- too new
    g = G("new_spring", "2026年春耕备耕工作群", "wechat", "农业服务中心", nf[0], "2026-04-01 08:40",
          phases=[(d("2026-04-01"), ASOF, 2.5, 4.0, 0.0)], pool="new_spring", acks=(2, 6), reps=(1, 4), nsend=nf[:2])
    sim.populate(g, nf[:6] + [V[v]["lw"][1] for v in VILLAGES], spread_days=1)
    g.truth = truth("too-new", "Created two weeks before the as-of date: too new to judge.", must_have=["too-new"],
                    must_not_have=["zombie", "task-ended", "duplicate", "check-in-only"], actions=["keep", "review"])
    g = G("new_field", "新民村高标准农田建设项目群", "wechat", "经发办", U["经发办"][1], "2026-04-09 15:20", phases=[],
          extra=[(datetime(2026, 4, 9, 15, 40), "项目开工前请施工方把进场计划发群里", U["经发办"][1]),
                 (datetime(2026, 4, 10, 9, 5), "好的，明天发", COUNTY[3])])
    sim.populate(g, U["经发办"][1:3] + nf[2:4] + V["新民村"]["lw"][:2] + ZC["新民村"][:1] + COUNTY[2:], spread_days=1)
    g.truth = truth("too-new", "Created six days before the as-of date with only joins and two messages: too new to be a zombie.",
                    must_have=["too-new"], must_not_have=["zombie", "task-ended", "check-in-only"], actions=["keep", "review"])
    g = G("new_tour", "【东坪村】乡村旅游合作社筹备群", "wechat", "东坪村", V["东坪村"]["lw"][0], "2026-03-28 19:30",
          phases=[(d("2026-03-28"), ASOF, 0.0, 2.0, 0.3)], pool="new_tourism", reps=(1, 4), after=0.5)
    sim.populate(g, V["东坪村"]["lw"][:4] + BAOCUN["东坪村"][1:2] + U["乡村振兴办"][1:2], spread_days=1)
    g.truth = truth("too-new", "Created 18 days before the as-of date: too new to judge.", must_have=["too-new"],
                    must_not_have=["zombie", "task-ended"], actions=["keep", "review"])

    # ---------------- membership churn (dated joins/leaves inside the window)
    allg = sim.groups["all"]
    for p in sc[34:40]:
        sim.join(allg, p, datetime(2024, 9, 2, 10, rng.randint(0, 59)), inviter=dzb[0])
    for p in [U["卫生院"][40], U["派出所"][15], grid_all[5]]:
        sim.leave(allg, p, datetime(2025, rng.randint(1, 12), rng.randint(1, 27), 18, rng.randint(0, 59)))
    for p in newlw:
        sim.join(allg, p, datetime(2025, 5, 12, 9, 30), inviter=dzb[0])
        sim.join(sim.groups["notice"], p, datetime(2025, 5, 12, 9, 41), inviter=dzb[1])
    sim.leave(lw_old, V["柳湾村"]["lw"][2], datetime(2025, 6, 20, 20, 11))
    sim.leave(lw_old, BAOCUN["柳湾村"][1], datetime(2025, 7, 2, 8, 3))
    sim.leave(sim.groups["wenhua"], sc[21], datetime(2025, 9, 30, 12, 0))
    for p in sc[60:64]:
        sim.leave(sim.groups["school"], p, datetime(2025, 7, 15, 10, rng.randint(0, 59)))
    # alias ids: a few people use their second account in some groups
    for key, p in [("v0", V["东坪村"]["lw"][0]), ("sports", U["党政办"][2]), ("wsy_jt", U["卫生院"][3]), ("jfb", U["经发办"][1]),
                   ("v6", V["红旗村"]["lw"][1])]:
        g = sim.groups[key]
        if p in g.members:
            m = g.members.pop(p)
            g.members[alias(p)] = m
    return sim, people


def gen_zh_content(sim, rng):
    G = sim.groups
    for key in sim.order:
        g = G[key]
        sp = g.kw.get("special")
        if sp is None:
            sim.run(g)
        if key == "v3new":
            # old and new village groups receive the same notices while both exist (May-June 2025)
            old = G["v3"]
            for (t, txt, s) in list(g.notices):
                if d("2025-05-10") <= t <= d("2025-06-08") and rng.random() < 0.8:
                    t2 = t + timedelta(minutes=rng.randint(1, 20))
                    if s in old.members:
                        sim.post(old, t2, s, "text", txt)
                        sim.acks(old, t2, s, 1, 3)
    for key in sim.order:
        g = G[key]
        ph = g.kw.get("phases") or []
        if g.kw.get("special") is None and ph and max(p[1] for p in ph) >= sim.asof - timedelta(days=1):
            sim.freshen(g)
    # check-in / roll-call / bot
    g = G["duty"]
    duty = [p for p in g.members if sim.people[p]["unit"] == "党政办" or sim.people[p]["tag"] == "cadre"]
    secs = [p for p in g.members if sim.people[p]["tag"] == "lw"]
    for day in sim.days(sim.win_start, sim.asof):
        on = duty[(day.toordinal()) % len(duty)]
        t = day + timedelta(hours=21, minutes=rng.randint(0, 50))
        if t > sim.asof:
            t = sim.asof - timedelta(minutes=rng.randint(5, 40))
        txt = rng.choice(["%d月%d日值班人员%s，值班正常，无异常。", "%d月%d日 乡政府值班：%s 在岗，一切正常，报平安。",
                          "【报平安】%d月%d日 值班%s，无异常情况。"]) % (day.month, day.day, sim.people[on]["name"])
        sim.post(g, t, on, "text", txt)
        for s in rng.sample(secs, rng.randint(0, 3)):
            t2 = t + timedelta(minutes=rng.randint(2, 70))
            sim.post(g, min(t2, sim.asof), s, "text",
                     rng.choice(["%s报平安，无异常", "%s今日平安，无异常", "%s值班正常", "%s：一切正常"]) % sim.people[s]["unit"])
        if rng.random() < 0.05:
            sim.post(g, t + timedelta(minutes=3), dzb_first(sim), "text", rng.choice(ZH_ACKS))
    g = G["daka"]
    grid = [p for p in g.members if sim.people[p]["tag"] == "grid"]
    zz = [p for p in g.members if sim.people[p]["tag"] != "grid"]
    for day in sim.days(g.created, sim.asof):
        wd = day.weekday() < 5
        todays = [p for p in grid if rng.random() < (0.11 if wd else 0.03)]
        for p in todays:
            t = day + timedelta(hours=rng.choice([7, 8, 8, 9]), minutes=rng.randint(0, 59))
            if t > sim.asof:
                continue
            sim.post(g, t, p, "checkin", rng.choice(["打卡", "上班打卡", "签到", "到岗打卡"]))
            x = rng.random()
            if x < 0.3:
                sim.post(g, t + timedelta(hours=rng.randint(2, 7)), p, "location",
                         "[位置]%s%d组" % (sim.people[p]["unit"], rng.randint(1, 6)))
            elif x < 0.5:
                tt = t + timedelta(hours=rng.randint(3, 8))
                sim.post(g, tt, p, "image", "[图片]")
                sim.post(g, tt + timedelta(seconds=20), p, "text", rng.choice(["今日走访已完成", "今日入户走访完成，无异常", "走访完毕✅"]))
        if wd and rng.random() < 0.18:
            t = day + timedelta(hours=8, minutes=rng.randint(0, 20))
            if t <= sim.asof:
                chain = "#接龙\n%d月%d日网格员到岗接龙\n" % (day.month, day.day)
                for i, p in enumerate(rng.sample(grid, rng.randint(3, 9))):
                    chain += "%d. %s\n" % (i + 1, sim.people[p]["name"])
                    sim.post(g, t + timedelta(minutes=3 * i + 1), p, "text", chain.strip())
        if wd and rng.random() < 0.06:
            t = day + timedelta(hours=17, minutes=rng.randint(0, 50))
            sim.post(g, t, zz[0], "text", rng.choice(["今天还有人没打卡，请抓紧", "请大家按时打卡", "👍"]))
    g = G["botgrp"]
    bot = "bot_xxjf"
    for day in sim.days(g.created, sim.asof):
        if day.weekday() == 0:
            sim.post(g, day + timedelta(hours=9), bot, "bot", "【自动提醒】新的一周开始了，请各位党员按时完成学习强国每日学习，本周积分将于周日晚统计。")
        if day.weekday() == 6:
            sim.post(g, day + timedelta(hours=20, minutes=30), bot, "bot",
                     "【积分播报】第%d周学习积分统计已完成，全支部平均积分%d分，请积分偏低的同志注意。" % (day.isocalendar()[1], rng.randint(180, 420)))
    # final message exactly at as-of
    sim.post(G["all"], sim.asof, sim.groups["all"].kw["owner"], "text",
             "【通知】明天上午8:30召开全乡森林防火和春耕生产调度会，各村书记、包村干部、各站所负责人参加，请勿缺席。")
    sim.post(G["daka"], sim.asof - timedelta(hours=9), grid[0], "checkin", "打卡")
    sim.post(G["tuiyi"], sim.asof - timedelta(days=2, hours=3), G["tuiyi"].kw["owner"], "text",
             "清明节前完成烈士纪念设施清扫，各村专干把照片和台账发给我。")


def dzb_first(sim):
    return sim.groups["all"].kw["owner"]


# purpose tags an office might have typed for some groups (about half stay empty, as in real exports)
ZH_TAGS = {"dzb": "综合;办文办会", "shsw": "民政、社保", "baocun": "包村;督导", "nf": "农业", "czs": "财政", "pcs": "公安",
           "wsy": "医疗;卫生", "wsy_jt": "家庭医生", "school": "教学；通知", "school_bak": "教学；通知", "zzb": "综治|平安建设",
           "yjb": "安全生产", "hulin": "护林", "canteen": "食堂，后勤", "union": "工会", "sports": "文体", "wenming": "志愿服务",
           "renju": "人居环境", "straw": "禁烧", "daka": "网格", "zhucun": "驻村", "wenhua": "文化", "botgrp": "学习",
           "grid_东坪村": "网格", "grid_西河村": "网格", "grid_xh_new": "网格", "v0": "村务", "v4": "村务", "v7": "村务",
           "new_spring": "农业;春耕"}


def write_zh(sim, people, rng):
    out = os.path.join(ROOT, "zh-township")
    for k, t in ZH_TAGS.items():
        if not sim.groups[k].tags:
            sim.groups[k].tags = t
    os.makedirs(out, exist_ok=True)
    G = sim.groups
    # assign platform-looking group ids
    used = set()
    for key in sim.order:
        g = G[key]
        while True:
            if g.platform == "wechat":
                gid = "%d@chatroom" % rng.randint(10 ** 10, 6 * 10 ** 10)
            elif g.platform == "dingtalk":
                gid = "cid" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789+/") for _ in range(22)) + "=="
            elif g.platform == "qq":
                gid = str(rng.randint(200000000, 999999999))
            else:
                gid = "wr" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(30))
            if gid not in used:
                used.add(gid)
                g.gid = gid
                break

    def ts(t):
        return t.strftime("%Y-%m-%dT%H:%M:%S+08:00")

    # groups.csv
    with open(os.path.join(out, "groups.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "name", "platform", "owner_unit", "owner_id", "created_at", "purpose_tags", "task_end", "protected"])
        for key in sim.order:
            g = G[key]
            prot = g.prot
            if not prot and key in ("dzb", "pcs", "renju", "sports"):
                prot = "false"
            w.writerow([g.gid, g.name, g.platform, g.unit, g.kw["owner"], ts(g.created), g.tags, g.task_end, prot])
    # members.csv
    with open(os.path.join(out, "members.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "member_id", "name", "unit", "role", "joined_at", "left_at"])
        for key in sim.order:
            g = G[key]
            for pid, (j, l, role) in g.members.items():
                pp = people[pid]
                nm = pp["name"]
                if pp["tag"] in ("lw", "grid", "zuzhang", "ranger", "doc") and g.unit != pp["unit"] and rng.random() < 0.6:
                    nm = rng.choice(["%s-%s", "%s（%s）", "%s %s"]) % ((pp["unit"], nm) if rng.random() < 0.5 else (nm, pp["unit"]))
                jt = ts(j) if (j >= sim.win_start or rng.random() < 0.7) else ""
                w.writerow([g.gid, pid, nm, pp["unit"], role, jt, ts(l) if l else ""])
    # messages.csv — alias holders post with their alias where their membership is under the alias
    n_msgs = 0
    with open(os.path.join(out, "messages.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["group_id", "sent_at", "sender_id", "message_id", "kind", "text"])
        for key in sim.order:
            g = G[key]
            amap = {}
            for pid in g.members:
                if people[pid].get("alias_of"):
                    amap[people[pid]["alias_of"]] = pid
            msgs = sorted(enumerate(g.msgs), key=lambda x: (x[1]["t"], x[0]))
            for n, (i, m) in enumerate(msgs):
                s = amap.get(m["sender"], m["sender"])
                w.writerow([g.gid, ts(m["t"]), s, "m%02d%05d" % (sim.order.index(key) + 1, n + 1),
                            m["kind"], m["text"]])
                n_msgs += 1
    # people.csv
    with open(os.path.join(out, "people.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["member_id", "name", "unit", "aliases"])
        for pid, pp in people.items():
            if pp.get("alias_of"):
                continue
            w.writerow([pid, pp["name"], pp["unit"], ";".join(pp["aliases"])])
    write_truth(out, sim, ts(sim.asof), lambda g: g.gid)
    return n_msgs


def write_truth(out, sim, asof_str, gid_of):
    G = sim.groups
    groups = []
    for key in sim.order:
        g = G[key]
        t = dict(g.truth)
        t["merge_into_any_of"] = [gid_of(G[k]) for k in t["merge_into_any_of"]]
        groups.append(dict(group_id=gid_of(g), name=g.name, kind=t["kind"], must_have=t["must_have"], must_not_have=t["must_not_have"],
                           acceptable_actions=t["acceptable_actions"], merge_into_any_of=t["merge_into_any_of"], why=t["why"]))
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"as_of": asof_str, "generator": "holdout", "groups": groups}, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ----------------------------------------------------------------------------------------------
# en-mattermost
# ----------------------------------------------------------------------------------------------
FIRST = ["Aoife", "Brian", "Ciara", "Declan", "Emma", "Fionn", "Grace", "Hugh", "Isabel", "Jack", "Kate", "Liam", "Maeve", "Niall",
         "Orla", "Padraig", "Quinn", "Roisin", "Sean", "Tara", "Una", "Vincent", "Wendy", "Xavier", "Yvonne", "Zach", "Amir", "Priya",
         "Chen", "Olu", "Marta", "Tomasz", "Sofia", "Lukas", "Hannah", "Daniel", "Chloe", "Ethan", "Nora", "Oisin", "Ruth", "Sam",
         "Eimear", "Conor", "Dara", "Laura", "Mark", "Nadia", "Paul", "Rachel"]
LAST = ["Byrne", "Kelly", "Murphy", "Walsh", "OBrien", "Ryan", "Doyle", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McCarthy",
        "Nolan", "Kavanagh", "Brennan", "Dunne", "Power", "Keane", "Hayes", "Fitzgerald", "Foley", "Nowak", "Khan", "Patel", "Li",
        "Adeyemi", "Santos", "Schmidt", "Rossi", "Clarke", "Daly", "Farrell", "Gallagher", "Hogan", "Maguire", "Regan", "Tierney"]


def build_en(rng):
    people = {}
    used = set()

    def mk(unit, n, pos):
        out = []
        for _ in range(n):
            while True:
                fn, ln = rng.choice(FIRST), rng.choice(LAST)
                u = ("%s.%s" % (fn, ln)).lower()
                if u not in used:
                    used.add(u)
                    break
            people[u] = dict(name="%s %s" % (fn, ln.replace("OBrien", "O'Brien")), unit=unit, tag=pos, first=fn, last=ln, aliases=[])
            out.append(u)
        return out

    U = {}
    U["lead"] = mk("Leadership", 7, "Head of Service")          # 0 CIO
    U["sd"] = mk("Service Desk", 26, "Service Desk Analyst")
    U["net"] = mk("Networks", 12, "Network Engineer")
    U["infra"] = mk("Infrastructure", 16, "Systems Engineer")
    U["iam"] = mk("Identity & Access", 8, "IAM Engineer")
    U["sec"] = mk("Security", 6, "Security Analyst")
    U["apps"] = mk("Business Applications", 14, "Applications Analyst")
    U["av"] = mk("AV & Learning Spaces", 7, "AV Technician")
    U["pmo"] = mk("PMO", 5, "Project Manager")
    U["rcs"] = mk("Research Computing", 10, "Research Computing Engineer")
    for p in ["metrics-bot", "jira-bot"]:
        people[p] = dict(name=p, unit="Bots", tag="bot", first=p, last="", aliases=[])
    WIN = datetime(2024, 4, 1)
    ASOF = datetime(2026, 3, 27, 16, 48)
    sim = Sim(rng, "en", WIN, ASOF, people, factor=0.33)
    ALL = (WIN, ASOF)
    its_all = [p for k in ["lead", "sd", "net", "infra", "iam", "sec", "apps", "av", "pmo"] for p in U[k]] + U["rcs"][:3]
    rcs_all = U["rcs"] + U["lead"][:2] + U["infra"][:4] + U["sd"][:3]
    L = U["lead"]
    sd, net, infra, iam, sec, apps, av, pmo, rcs = (U[k] for k in ["sd", "net", "infra", "iam", "sec", "apps", "av", "pmo", "rcs"])

    def C(team, key, name, display, ctype, created, owner, purpose="", header="", **kw):
        g = Group(key, name, d(created) if isinstance(created, str) else created, owner=owner, **kw)
        g.team, g.display, g.ctype, g.purpose, g.header = team, display, ctype, purpose, header
        return sim.add_group(g)

    # hubs
    g = C("its", "ts", "town-square", "Town Square", "O", "2024-04-01 09:00", L[0], purpose="Everyone in IT Services",
          phases=[(WIN, ASOF, 2.0, 1.0, 0.2)], pool="en_general", acks=(1, 6), reps=(1, 4), nsend=L[:2])
    sim.populate(g, its_all, spread_days=1)
    g.truth = truth("all-staff-hub", "Town square holds everyone and announcements are cross-posted from it into team channels; that is not redundancy.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    g = C("its", "offtopic", "off-topic", "Off-Topic", "O", "2024-04-01 09:00", L[0], purpose="Non-work banter",
          phases=[(WIN, ASOF, 0.0, 1.5, 2.0)], pool="en_offtopic", reps=(1, 5), after=0.25)
    sim.populate(g, its_all, spread_days=1)
    g.truth = truth("different-purpose", "Same everyone as town square but a social purpose: not a duplicate.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    g = C("its", "lead", "leadership", "IT Leadership", "P", "2024-04-03", L[0], purpose="Heads of service",
          phases=[(WIN, ASOF, 0.2, 3.0, 0.1)], pool="en_leadership", acks=(1, 3), reps=(2, 5), nsend=[L[0]])
    sim.populate(g, L + pmo[:1])
    g.truth = truth("leaders-nested", "The leadership channel sits inside town square for good reason: same people, different work.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])

    fwd_ts = [("ts", 0.3, 3, 180)]
    g = C("its", "sd", "service-desk", "Service Desk", "O", "2024-04-03", sd[0], purpose="Service desk team coordination",
          phases=[(WIN, ASOF, 3.0, 4.5, 0.2)], pool="en_servicedesk", acks=(4, 12), reps=(1, 5), nsend=sd[:2] + [L[1]],
          forwarder=sd[:2], fwd=fwd_ts)
    sim.populate(g, sd + [L[1]] + av[:2])
    g.truth = truth("busy-ack-trap", "A busy team channel where notices collect many ok/thanks replies; the notices are substantive, so it is not check-in-only.",
                    must_not_have=ACTIVE_NEG + ["overlapping"], actions=["keep"])
    g = C("its", "sdr", "service-desk-random", "Service Desk Random", "O", "2024-04-05", sd[2], purpose="Memes, food, fun",
          phases=[(WIN, ASOF, 0.0, 1.5, 1.5)], pool="en_sd_random", reps=(1, 4), after=0.3)
    sim.populate(g, sd + [L[1]])
    g.truth = truth("different-purpose", "#team-random shares members with #service-desk but not its purpose.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    g = C("its", "sdn", "service-desk-nightshift", "Service Desk - Night Shift", "P", "2024-05-10", sd[3], purpose="Night shift handovers and swaps",
          phases=[(d("2024-05-10"), ASOF, 0.2, 2.0, 0.0)], pool="en_nightshift", acks=(1, 3), reps=(1, 3), nsend=[sd[3]], after=0.7)
    sim.populate(g, sd[3:9])
    g.truth = truth("subteam-nested", "The night-shift sub-team inside the service desk channel handles handovers the main channel does not.",
                    must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    g = C("its", "net", "networks", "Networks", "O", "2024-04-03", net[0], purpose="Network team",
          phases=[(WIN, ASOF, 1.2, 3.0, 0.1)], pool="en_networks", acks=(1, 4), reps=(1, 4), nsend=net[:2], forwarder=net[:2], fwd=fwd_ts)
    sim.populate(g, net + [L[2]])
    g.truth = truth("unit-main", "The network team's own channel; survivor for its announce-only sub-channel.",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = C("its", "neta", "networks-announce", "Networks Announce", "O", "2024-09-16", net[1], purpose="",
          phases=[(d("2024-09-16"), ASOF, 0, 0, 0)], acks=(0, 2), forwarder=[net[1]], fwd=[("net", 0.85, 1, 20)])
    sim.populate(g, net[:5])
    g.truth = truth("overlapping", "Five network engineers, all in #networks, in a channel that only repeats #networks' notices: same unit, same function.",
                    must_have=["overlapping"], must_not_have=["protected", "too-new"], actions=["merge", "dissolve", "review"], merge_into=["net"])
    g = C("its", "infra", "infrastructure", "Infrastructure", "O", "2025-02-10", infra[0], purpose="Servers, storage, virtualisation",
          phases=[(d("2025-02-10"), ASOF, 1.0, 3.5, 0.1)], pool="en_infra", acks=(1, 4), reps=(1, 4), nsend=infra[:2], forwarder=infra[:2], fwd=fwd_ts)
    sim.populate(g, infra + [L[2]] + sec[:1])
    g.truth = truth("duplicate-new", "The re-created infrastructure channel that replaced #infrastructure-old; it is the survivor.",
                    must_not_have=ACTIVE_NEG, actions=["keep", "review"])
    g = C("its", "infra_old", "infrastructure-old", "Infrastructure (old)", "O", "2024-04-03", infra[0], purpose="Servers, storage, virtualisation",
          phases=[(WIN, d("2025-03-20"), 1.0, 3.5, 0.1)], pool="en_infra", acks=(1, 4), reps=(1, 4), nsend=infra[:2], forwarder=infra[:2],
          fwd=fwd_ts + [("infra", 0.9, 0, 3)])
    sim.populate(g, infra[:14] + [L[2]])
    g.truth = truth("duplicate-old-dead", "The old infrastructure channel, superseded by #infrastructure (same team, same notices for a while) and dead since March 2025.",
                    must_have=["zombie"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "merge", "review"], merge_into=["infra"])
    g = C("its", "iam", "identity-access", "Identity & Access", "O", "2024-04-03", iam[0], purpose="IAM team",
          phases=[(WIN, ASOF, 1.0, 2.5, 0.1)], pool="en_iam", acks=(1, 4), reps=(1, 4), nsend=iam[:2], forwarder=iam[:2], fwd=fwd_ts)
    sim.populate(g, iam + sec[:2])
    g.truth = truth("duplicate-alive-original", "The original IAM channel, duplicated by identity-access-new with nearly the same members and the same notices; either may survive.",
                    must_have=[], must_not_have=["protected", "too-new", "zombie", "task-ended"], actions=["merge", "keep", "review"], merge_into=["iam_new"])
    g = C("its", "iam_new", "identity-access-new", "Identity & Access (new)", "P", "2025-06-02", iam[1], purpose="IAM team",
          phases=[(d("2025-06-02"), ASOF, 0.3, 1.0, 0.0)], pool="en_iam_new", acks=(1, 3), reps=(1, 3), nsend=iam[1:3], forwarder=iam[:2],
          fwd=[("iam", 0.6, 1, 45)])
    sim.populate(g, iam + sec[:1])
    g.truth = truth("duplicate-alive", "A -new re-creation of the IAM channel: same team, nearly the same members, same notices posted into both.",
                    must_have=["duplicate"], must_not_have=["protected", "too-new", "zombie", "task-ended"], actions=["merge", "keep", "review"], merge_into=["iam"])
    g = C("its", "cab", "change-advisory", "Change Advisory Board", "O", "2024-04-08", L[2], purpose="CAB agenda and approvals",
          phases=[(WIN, ASOF, 1.0, 2.0, 0.0)], pool="en_cab", acks=(1, 4), reps=(1, 4), nsend=[L[2], pmo[1]])
    sim.populate(g, L[1:4] + net[:2] + infra[:3] + iam[:1] + sec[:1] + apps[:2] + sd[:1] + pmo[1:2])
    g.truth = truth("normal-work", "Cross-team CAB channel with its own function.", must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = C("its", "apps", "business-applications", "Business Applications", "O", "2024-04-03", apps[0], purpose="",
          phases=[(WIN, ASOF, 0.8, 2.5, 0.1)], pool="en_erp", acks=(1, 4), reps=(1, 3), nsend=apps[:2], forwarder=apps[:1], fwd=fwd_ts)
    sim.populate(g, apps + [L[3]])
    g.truth = truth("unit-main", "The applications team's own channel.", must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = C("its", "erp", "project-erp-replacement", "Project: ERP Replacement", "O", "2024-06-03", pmo[0],
          purpose="ERP replacement programme (multi-year)", phases=[(d("2024-06-03"), ASOF, 1.0, 3.5, 0.1)], pool="en_erp", acks=(1, 5),
          reps=(1, 5), nsend=pmo[:2])
    sim.populate(g, pmo[:3] + apps[:8] + infra[2:5] + iam[2:4] + [L[3]])
    g.truth = truth("long-running-project", "A 'project-' channel for a multi-year programme that is still busy: not task-ended.",
                    must_not_have=ACTIVE_NEG, actions=["keep"])
    # emergency / quiet by design
    g = C("its", "secir", "security-incident-response", "Security Incident Response", "P", "2024-04-10", sec[0],
          purpose="Security incident coordination. Quiet by design - do not archive.", header="IR playbook: https://wiki.example.edu/security/ir",
          phases=[(d("2024-08-13"), d("2024-08-15 23:59"), 3, 8, 0), (d("2025-05-27"), d("2025-05-28 23:59"), 3, 8, 0)], pool="en_security",
          acks=(1, 3), reps=(2, 5), nsend=sec[:2], after=0.5)
    sim.populate(g, sec + L[:3] + iam[:2] + infra[:2] + net[:1])
    g.truth = truth("emergency-purpose", "Security incident response channel, quiet between incidents by design as its purpose says.",
                    must_not_have=["task-ended", "check-in-only", "duplicate", "overlapping"], actions=["keep", "review"])
    g = C("its", "mib", "major-incident-bridge", "Major Incident Bridge", "O", "2024-04-10", L[1],
          phases=[(d("2024-06-18"), d("2024-06-18 23:00"), 6, 14, 0), (d("2025-02-04"), d("2025-02-05 23:00"), 6, 14, 0),
                  (d("2025-10-21"), d("2025-10-21 23:00"), 6, 14, 0)], pool="en_incident", acks=(1, 4), reps=(2, 5), nsend=[L[1], sd[0]], after=0.4)
    sim.populate(g, L[:4] + sd[:3] + infra[:4] + net[:3] + apps[:2] + sec[:2])
    g.truth = truth("emergency-name-only", "Major-incident bridge with no purpose or header: busy only during incidents, its name is all that marks it.",
                    must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    g = C("its", "esc", "oncall-escalation", "On-call Escalation", "P", "2024-04-12", L[2],
          phases=[(d("2024-07-01"), d("2024-07-10"), 0.5, 1.5, 0), (d("2024-12-20"), d("2025-01-05"), 0.5, 1.5, 0),
                  (d("2025-09-10"), d("2025-09-20"), 0.5, 1.5, 0)], pool="en_escalation", acks=(1, 2), reps=(1, 2), nsend=[L[2]], after=0.8)
    sim.populate(g, L[1:3] + infra[:5] + net[:3] + sd[3:5])
    g.truth = truth("emergency-name-only", "Out-of-hours escalation channel with no purpose text; quiet for months by design.",
                    must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    g = C("its", "dr", "dr-failover", "DR Failover", "P", "2024-04-15", infra[1], purpose="Disaster recovery coordination and drills",
          phases=[(d("2024-10-08"), d("2024-10-10 23:59"), 4, 10, 0), (d("2025-06-17"), d("2025-06-19 23:59"), 4, 10, 0)], pool="en_dr", acks=(1, 3),
          reps=(1, 3), nsend=[infra[1]])
    sim.populate(g, infra[:6] + net[:2] + L[2:3] + apps[:1])
    g.truth = truth("emergency-purpose", "Disaster-recovery channel, used for drills and real failovers only.",
                    must_not_have=["task-ended", "check-in-only", "duplicate"], actions=["keep", "review"])
    # check-in
    g = C("its", "checkin", "daily-checkin", "Daily Check-in", "O", "2024-09-02", sd[0], purpose="Say where you are working today", special="checkin")
    sim.populate(g, sd + av + apps[:6])
    g.truth = truth("checkin-daily-signin", "Only 'here'/'WFH today'/'in office' check-ins every workday up to the as-of date: check-in-only, not zombie.",
                    must_have=["check-in-only"], must_not_have=["zombie", "too-new", "task-ended", "protected"], actions=["dissolve", "review"])
    g = C("its", "roll", "duty-rollcall", "Duty Roll-call", "O", "2024-04-20", sd[3], special="rollcall")
    sim.populate(g, sd[3:12] + infra[:4] + [L[1]])
    g.truth = truth("checkin-duty-rollcall", "Nightly 'all quiet / no issues' roll-call only, alive to the as-of date: check-in-only, not zombie.",
                    must_have=["check-in-only"], must_not_have=["zombie", "too-new", "task-ended"], actions=["dissolve", "review"])
    # zombies
    g = C("its", "wiki", "wiki-gardening", "Wiki Gardening", "O", "2024-04-22", apps[3], purpose="Keeping Confluence tidy",
          phases=[(WIN, d("2025-05-09"), 0.0, 1.2, 0.0)], pool="en_wiki", reps=(1, 3),
          extra=[(datetime(2025, 8, 14, 10, 3), "👍", apps[4])])
    sim.populate(g, apps[3:7] + sd[5:9] + infra[6:8] + iam[4:5])
    g.truth = truth("zombie-dead", "No substantive post since May 2025 (only a stray thumbs-up later).", must_have=["zombie"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    g = C("its", "lab", "lab-refresh-planning", "Lab Refresh Planning", "O", "2025-06-11 14:00", pmo[2], purpose="", phases=[])
    sim.populate(g, pmo[2:4] + sd[10:14] + av[2:4] + infra[8:9], spread_days=1)
    g.truth = truth("zombie-never-used", "Created nine months ago; nothing but join events.", must_have=["zombie"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    g = C("its", "metrics", "metrics-digest", "Metrics Digest", "O", "2024-07-01 09:00", infra[2], purpose="Automated service metrics", special="bot")
    sim.populate(g, ["metrics-bot"] + infra[2:8] + L[2:3], spread_days=1)
    g.truth = truth("zombie-bot-only", "Only bot posts ever: no human activity.", must_have=["zombie"], must_not_have=["protected", "too-new"],
                    actions=["dissolve", "review"])
    g = C("its", "av", "av-support", "AV Support", "O", "2024-04-05", av[0], purpose="AV requests",
          phases=[(WIN, d("2025-04-11"), 0.2, 1.5, 0.0)], pool="en_av", acks=(0, 2), reps=(1, 3), nsend=[av[0]])
    sim.populate(g, av[:2] + sd[:3])
    g.truth = truth("zombie-nested-dead", "Dead since April 2025 and every member is in #service-desk: nothing to merge, dissolve it.",
                    must_have=["zombie"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    # tasks
    g = C("its", "email", "project-email-migration-2024", "Project: Email Migration 2024", "O", "2024-04-08", pmo[1],
          purpose="Exchange to M365 migration, target completion Oct 2024",
          phases=[(d("2024-04-08"), d("2024-10-25"), 2.0, 4.0, 0.1)], pool="en_emailmig", acks=(2, 6), reps=(1, 4), nsend=[pmo[1], infra[3]])
    sim.populate(g, pmo[1:2] + infra[3:9] + sd[:6] + iam[:2])
    g.truth = truth("task-ended-dated", "A 2024 migration project channel whose burst ended in October 2024.", must_have=["task-ended"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    g = C("its", "win11", "windows11-rollout-2025", "Windows 11 Rollout 2025", "O", "2025-01-13", sd[1], purpose="Windows 11 upgrade waves",
          phases=[(d("2025-01-13"), d("2025-09-30"), 1.5, 3.5, 0.1)], pool="en_win11", acks=(1, 5), reps=(1, 4), nsend=[sd[1], pmo[3]])
    sim.populate(g, sd[:10] + av[:2] + pmo[3:4] + infra[5:7])
    g.truth = truth("task-ended-dated", "A rollout named for 2025 whose activity stopped at the end of September 2025.", must_have=["task-ended"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    g = C("its", "orient", "orientation-week-2025-temp", "Orientation Week 2025 (temp)", "O", "2025-08-25", sd[0],
          purpose="Temporary: IT support during orientation week",
          phases=[(d("2025-08-25"), d("2025-09-19"), 3, 6, 0.2)], pool="en_orientation", acks=(3, 8), reps=(1, 4), nsend=[sd[0], L[1]])
    sim.populate(g, [p for p in sd + [L[1]] if p != sd[-1]] + av[:2])
    g.truth = truth("task-ended-near-dup", "A temporary orientation-week channel, finished; its members nearly equal #service-desk, so dissolve rather than merge.",
                    must_have=["task-ended"], must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve"])
    # social / study
    g = C("its", "cert", "certification-study", "Certification Study", "O", "2024-05-20", net[3], purpose="Study group for certs",
          phases=[(d("2024-05-20"), ASOF, 0.0, 1.0, 0.2)], pool="en_study", reps=(1, 4), after=0.3)
    sim.populate(g, net[2:9] + infra[4:10] + sd[8:12])
    g.truth = truth("different-purpose", "A study channel of engineers who also share work channels: a different purpose.",
                    must_not_have=["zombie", "task-ended", "too-new", "duplicate", "overlapping"], actions=["keep", "review"])
    # too new
    g = C("its", "ai", "ai-assistant-pilot", "AI Assistant Pilot", "P", "2026-03-16 10:00", pmo[4], purpose="Copilot pilot, March-June 2026",
          phases=[(d("2026-03-16"), ASOF, 2.0, 4.0, 0.0)], pool="en_ai", acks=(1, 4), reps=(1, 4), nsend=[pmo[4]])
    sim.populate(g, pmo[4:5] + apps[:4] + sd[:4] + iam[:2] + sec[3:4], spread_days=1)
    g.truth = truth("too-new", "Created 11 days before the as-of date: too new to judge.", must_have=["too-new"],
                    must_not_have=["zombie", "task-ended", "duplicate", "check-in-only"], actions=["keep", "review"])
    g = C("its", "netrefresh", "network-refresh-2026", "Network Refresh 2026", "O", "2026-03-21 11:30", net[0], purpose="",
          phases=[], extra=[(datetime(2026, 3, 21, 11, 52), "Kick-off on Tuesday 31 March - agenda in the doc", net[0])])
    sim.populate(g, net[:6] + pmo[2:3] + L[2:3], spread_days=1)
    g.truth = truth("too-new", "Created six days before the as-of date with only joins and one post: too new to call a zombie.",
                    must_have=["too-new"], must_not_have=["zombie", "task-ended", "check-in-only"], actions=["keep", "review"])
    # research computing team
    g = C("rcs", "rts", "town-square", "Town Square", "O", "2024-04-01 09:00", rcs[0], purpose="",
          phases=[(WIN, ASOF, 0.5, 1.2, 0.2)], pool="en_rcs_general", acks=(1, 4), reps=(1, 3), nsend=rcs[:2])
    sim.populate(g, rcs_all, spread_days=1)
    g.truth = truth("all-staff-hub", "The research computing team's own town square (same channel name as IT Services' one, different team).",
                    must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = C("rcs", "hpcops", "hpc-ops", "HPC Ops", "P", "2024-04-03", rcs[1], purpose="Cluster operations",
          phases=[(WIN, ASOF, 0.8, 3.0, 0.1)], pool="en_hpc", acks=(1, 3), reps=(1, 4), nsend=rcs[:2], forwarder=rcs[:2], fwd=[("rts", 0.3, 5, 120)])
    sim.populate(g, rcs[:8] + infra[:2])
    g.truth = truth("unit-main", "The HPC operations channel.", must_not_have=ACTIVE_NEG + ["duplicate"], actions=["keep"])
    g = C("rcs", "hpcsup", "hpc-user-support", "HPC User Support", "O", "2024-04-03", rcs[2], purpose="Help for cluster users",
          phases=[(WIN, ASOF, 0.2, 3.0, 0.0)], pool="en_hpc_support", acks=(0, 2), reps=(1, 3))
    sim.populate(g, rcs + sd[:3])
    g.truth = truth("normal-work", "User support channel with its own function.", must_not_have=ACTIVE_NEG + ["duplicate", "overlapping"], actions=["keep"])
    g = C("rcs", "gpu", "gpu-cluster-upgrade-2025", "GPU Cluster Upgrade 2025", "P", "2025-03-03", rcs[1], purpose="Temporary upgrade project",
          phases=[(d("2025-03-03"), d("2025-07-11"), 1.0, 3.0, 0.0)], pool="en_gpu", acks=(1, 3), reps=(1, 3), nsend=rcs[1:3])
    sim.populate(g, rcs[:6] + infra[:1])
    g.truth = truth("task-ended-dated", "A 2025 upgrade project channel, finished in July 2025.", must_have=["task-ended"],
                    must_not_have=["protected", "too-new", "check-in-only"], actions=["dissolve", "review"])
    # churn
    tsg = sim.groups["ts"]
    newbies = mk("Service Desk", 3, "Service Desk Analyst")
    for i, p in enumerate(newbies):
        t = datetime(2025, 9, 1 + i, 9, 15)
        sim.join(tsg, p, t)
        sim.join(sim.groups["offtopic"], p, t + timedelta(minutes=2))
        sim.join(sim.groups["sd"], p, t + timedelta(minutes=5))
        sim.join(sim.groups["checkin"], p, t + timedelta(minutes=6))
    sim.departed = {}
    for p in [sd[-1], apps[-1]]:
        t = datetime(2025, 11, 28, 16, 30)
        sim.departed[p] = t + timedelta(hours=1)
        for k in ["ts", "offtopic", "sd", "sdr", "checkin", "apps", "erp"]:
            if p in sim.groups[k].members:
                sim.leave(sim.groups[k], p, t + timedelta(minutes=k.__len__()))
    for p in infra[:3]:
        sim.leave(sim.groups["infra_old"], p, datetime(2025, 3, 25, 10, 0) + timedelta(minutes=infra.index(p)))
    return sim, people


def gen_en_content(sim, rng):
    G = sim.groups
    for key in sim.order:
        g = G[key]
        if g.kw.get("special") is None:
            sim.run(g)
    for key in sim.order:
        g = G[key]
        ph = g.kw.get("phases") or []
        if g.kw.get("special") is None and ph and max(p[1] for p in ph) >= sim.asof - timedelta(days=1):
            sim.freshen(g)
    # jira bot posts in service desk
    g = G["sd"]
    for day in sim.days(sim.win_start, sim.asof):
        if day.weekday() < 5 and rng.random() < 0.3:
            sim.post(g, day + timedelta(hours=8, minutes=rng.randint(0, 30)), "jira-bot", "bot",
                     "Daily SLA digest: %d tickets breaching, %d at risk." % (rng.randint(0, 9), rng.randint(2, 30)))
    g = G["checkin"]
    mem = list(g.members)
    for day in sim.days(g.created, sim.asof):
        if day.weekday() >= 5:
            continue
        for p in mem:
            if rng.random() < 0.12 and p in sim.at(g, day + timedelta(hours=12)):
                t = day + timedelta(hours=rng.choice([7, 8, 8, 8, 9]), minutes=rng.randint(0, 59))
                txt = rng.choice(["here", "here", "WFH today", "in office", "in office", "in (%s)" % rng.choice(EN_BLD), "remote until 11, then campus",
                                  ":wave: morning", "in", "WFH", "on site today", "here 👋", "OOO pm", "in office - %s" % rng.choice(EN_BLD)])
                sim.post(g, min(t, sim.asof), p, "text", txt)
    g = G["roll"]
    mem = [p for p in g.members]
    for day in sim.days(sim.win_start, sim.asof):
        on = mem[day.toordinal() % len(mem)]
        t = day + timedelta(hours=rng.choice([6, 7]), minutes=rng.randint(0, 59))
        if t > sim.asof:
            continue
        sim.post(g, t, on, "text", rng.choice(["Overnight on-call: all quiet, no pages.", "On shift. No issues.", "Night handover: nothing to report.",
                                              "All green, no incidents overnight.", "On-call check-in: OK", "Quiet night, nothing to report ✅"]))
        if rng.random() < 0.1:
            sim.post(g, t + timedelta(minutes=rng.randint(5, 90)), rng.choice(mem), "text", rng.choice(EN_ACKS))
    g = G["metrics"]
    for day in sim.days(g.created, sim.asof):
        if day.weekday() < 5:
            sim.post(g, day + timedelta(hours=7, minutes=30), "metrics-bot", "bot",
                     "Service availability yesterday: Canvas %.2f%%, Exchange %.2f%%, VPN %.2f%%. Open P1: %d." % (
                         99 + rng.random(), 99 + rng.random(), 98 + 2 * rng.random(), rng.randint(0, 2)))
    sim.post(G["ts"], sim.asof, G["ts"].kw["owner"], "text",
             "Reminder: Easter closure - the service desk runs a reduced service from Thursday. Out-of-hours escalation as usual.")


def write_en(sim, people, rng):
    out = os.path.join(ROOT, "en-mattermost")
    os.makedirs(out, exist_ok=True)
    G = sim.groups

    def ms(t):
        # local time (Europe/Dublin-ish): UTC+1 between the last Sundays of March and October
        off = 1 if (4 <= t.month <= 10 or (t.month == 3 and t.day >= 30 and t.year == 2025) or (t.month == 3 and t.day >= 31 and t.year == 2024)) else 0
        return int((t - timedelta(hours=off) - datetime(1970, 1, 1)).total_seconds() * 1000) + rng.randint(0, 999)

    lines = [{"type": "version", "version": 1, "info": {"generator": "mmctl-export", "version": "9.11.1", "created": "2026-03-27T16:50:02Z"}}]
    lines.append({"type": "team", "team": {"name": "its", "display_name": "IT Services", "type": "I", "description": "University IT Services",
                                           "allow_open_invite": False}})
    lines.append({"type": "team", "team": {"name": "rcs", "display_name": "Research Computing", "type": "I", "description": "",
                                           "allow_open_invite": False}})
    for key in sim.order:
        g = G[key]
        lines.append({"type": "channel", "channel": {"team": g.team, "name": g.name, "display_name": g.display, "type": g.ctype,
                                                     "header": g.header, "purpose": g.purpose}})
    # users
    memb = {}
    for key in sim.order:
        g = G[key]
        for p, (j, l, r) in g.members.items():
            if l is None:
                memb.setdefault(p, {}).setdefault(g.team, []).append((g.name, r))
    for p, pp in people.items():
        teams = []
        for team in ["its", "rcs"]:
            chans = memb.get(p, {}).get(team)
            if not chans:
                continue
            teams.append({"name": team, "roles": "team_user" if pp["tag"] != "Head of Service" else "team_admin team_user",
                          "channels": [{"name": c, "roles": "channel_admin channel_user" if r == "owner" else "channel_user",
                                        "favorite": False} for c, r in chans]})
        if not teams:
            teams = [{"name": "its", "roles": "team_user", "channels": []}]
        u = {"username": p, "email": "%s@example.edu" % p, "auth_service": "saml" if pp["tag"] != "bot" else "",
             "nickname": "", "first_name": pp["first"], "last_name": pp["last"], "position": pp["tag"] if pp["tag"] != "bot" else "Bot",
             "roles": "system_user", "locale": "en", "teams": teams}
        if p in sim.departed:
            u["delete_at"] = ms(sim.departed[p])
        if pp["tag"] == "bot":
            u["position"] = "Bot"
            u["first_name"] = ""
        lines.append({"type": "user", "user": u})
    # posts
    posts = []
    n_posts = 0
    for key in sim.order:
        g = G[key]
        top = {}
        for i, m in enumerate(g.msgs):
            if m["parent"] is not None and m["parent"] in top and not m["sys"] and rng.random() < 0.75:
                r = {"user": m["sender"], "message": m["text"], "create_at": ms(m["t"])}
                top[m["parent"]]["replies"].append(r)
                n_posts += 1
                continue
            p = {"team": g.team, "channel": g.name, "user": m["sender"], "message": m["text"], "create_at": ms(m["t"])}
            if m["sys"]:
                p["type"] = m["kind"]
                if m["kind"] == "system_join_channel":
                    p["props"] = {"username": m["sender"]}
            elif m["kind"] == "bot":
                p["props"] = {"from_bot": "true", "override_username": people[m["sender"]]["name"]}
            else:
                p["replies"] = []
                top[i] = p
            posts.append((p["create_at"], key, i, p))
            n_posts += 1
    posts.sort(key=lambda x: (x[0], x[1], x[2]))
    for _, _, _, p in posts:
        if "replies" in p:
            if not p["replies"]:
                del p["replies"]
            else:
                p["replies"].sort(key=lambda r: r["create_at"])
                for r in p["replies"]:
                    if r["create_at"] <= p["create_at"]:
                        r["create_at"] = p["create_at"] + 1000
        lines.append({"type": "post", "post": p})
    with open(os.path.join(out, "export.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False, separators=(",", ":")) + "\n")
    asof_ms = max(p["create_at"] for _, _, _, p in posts)
    asof_ms = max([asof_ms] + [r["create_at"] for _, _, _, p in posts for r in p.get("replies", [])])
    asof = datetime(1970, 1, 1) + timedelta(milliseconds=asof_ms)
    write_truth(out, sim, asof.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (asof_ms % 1000), lambda g: "%s/%s" % (g.team, g.name))
    return n_posts


def main():
    rng = random.Random(SEED)
    sim, people = build_zh(rng)
    gen_zh_content(sim, rng)
    n = write_zh(sim, people, rng)
    print("zh-township: %d groups, %d people, %d messages" % (len(sim.groups), sum(1 for p in people.values() if not p.get("alias_of")), n))
    rng = random.Random(SEED + 1)
    sim2, people2 = build_en(rng)
    gen_en_content(sim2, rng)
    n2 = write_en(sim2, people2, rng)
    print("en-mattermost: %d channels, %d users, %d posts" % (len(sim2.groups), len(people2), n2))


if __name__ == "__main__":
    main()
