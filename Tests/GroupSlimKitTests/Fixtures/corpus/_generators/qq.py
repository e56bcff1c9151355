#!/usr/bin/env python3
"""QQ 消息管理器 (classic PC QQ, pre-QQNT) .txt export cases.

Shapes follow /work/shared/docs/export-formats.md section 4 plus the public
parsers it cites (hikariyo/qq-chat-history tests, aoguai/QQtoExcel section
regex, hellodigua/ChatLab qq-native-txt.ts) and a TRPG log-colouring tool's
parser_chat.test.ts (12-hour "8:43:38 PM" headers, 系统消息(1000000),
"…加入本群。").  All people, numbers and texts here are invented.

Counting rules (same for every case):
  group_message_records  every message block inside a group section
                         (系统消息 notices and bot posts included)
  human_senders          distinct ids (QQ number / e-mail / digits in <>)
                         of kind "human" with >=1 block in a group section;
                         name-only headers (讨论组) are keyed by name
  bot_senders            distinct ids of kind "bot" in group sections
  one_to_one_chats       distinct friend sections (消息对象 under a friend folder)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cn_common import case_dir, write_bytes, write_expected, summary  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

TITLE = "消息记录（此消息记录为文本格式，不支持重新导入）"
SEP = "=" * 64
SYS = ("系统消息", "10000", "()")
SYS2 = ("系统消息", "1000000", "()")
GROUP_FOLDERS = {"我的群聊", "多人聊天"}


class Msg:
    def __init__(self, t, who, lines, kind="human"):
        # who: (name, ident, style) style in {"()", "<>", ""}
        self.t = t
        self.name, self.ident, self.style = who
        self.lines = list(lines)
        self.kind = kind

    @property
    def identity(self):
        return self.ident if self.ident is not None else self.name


def P(name, num):          # nickname(QQ number)
    return (name, num, "()")


def A(name, addr):         # nickname<e-mail or digits>
    return (name, addr, "<>")


def N(name):               # name only (private / 讨论组)
    return (name, None, "")


def fmt_time(t, clock):
    date = f"{t.year:04d}-{t.month:02d}-{t.day:02d}"
    if clock == "12":
        h = t.hour % 12 or 12
        ampm = "AM" if t.hour < 12 else "PM"
        return f"{date} {h}:{t.minute:02d}:{t.second:02d} {ampm}"
    return f"{date} {t.hour}:{t.minute:02d}:{t.second:02d}"


def header(m, clock):
    if m.style == "()":
        who = f"{m.name}({m.ident})"
    elif m.style == "<>":
        who = f"{m.name}<{m.ident}>"
    else:
        who = m.name
    return f"{fmt_time(m.t, clock)} {who}"


class Section:
    def __init__(self, folder, obj, msgs):
        self.folder, self.obj, self.msgs = folder, obj, msgs

    @property
    def is_group(self):
        return self.folder in GROUP_FOLDERS


class Clock:
    """Hands out increasing times: c(h, m, s) on the current day, c.day(...) to move."""

    def __init__(self, y, mo, d):
        self.base = datetime(y, mo, d)

    def day(self, y, mo, d):
        self.base = datetime(y, mo, d)

    def __call__(self, h, mi, s):
        return self.base + timedelta(hours=h, minutes=mi, seconds=s)


def render(sections, clock="24", title=True, hooks=None):
    """Returns (lines, marks). marks maps id(msg) -> 1-based header line."""
    lines, marks = [], {}
    if title:
        lines += [TITLE, ""]
    for sec in sections:
        lines += [SEP, f"消息分组:{sec.folder}", SEP, f"消息对象:{sec.obj}", SEP, ""]
        for m in sec.msgs:
            h = header(m, clock)
            if hooks and id(m) in hooks:
                h = hooks[id(m)]
            lines.append(h)
            marks[id(m)] = len(lines)
            lines += m.lines if m.lines else [""]
            lines.append("")
    return lines, marks


def encode(lines, *, bom=False, crlf=False, encoding="utf-8"):
    nl = "\r\n" if crlf else "\n"
    text = nl.join(lines) + nl
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def counts(sections):
    groups, friends = set(), set()
    records, humans, bots = 0, set(), set()
    for s in sections:
        if s.is_group:
            groups.add(s.obj)
            records += len(s.msgs)
            for m in s.msgs:
                if m.kind == "human":
                    humans.add(m.identity)
                elif m.kind == "bot":
                    bots.add(m.identity)
        else:
            friends.add(s.obj)
    return dict(group_chats=len(groups), one_to_one_chats=len(friends),
                group_message_records=records, human_senders=len(humans),
                bot_senders=len(bots))


def total(sections):
    return sum(len(s.msgs) for s in sections)


def emit(case, rel, sections, notes, *, clock="24", bom=False, crlf=False,
         encoding="utf-8", files=None):
    """files: optional list of (rel, [sections]) for folder cases."""
    case_dir(case)
    if files is None:
        files = [(rel, sections)]
    allsecs = []
    for frel, secs in files:
        lines, _ = render(secs, clock)
        write_bytes(case, frel, encode(lines, bom=bom, crlf=crlf, encoding=encoding))
        allsecs += secs
    c = counts(allsecs)
    exp = write_expected(case, fmt="qq", path=rel, outcome="ok", notes=notes,
                         total_records=total(allsecs), **c)
    print(summary(case, exp))
    return exp


def emit_error(case, rel, sections, bad_msg, bad_header, notes):
    case_dir(case)
    lines, marks = render(sections, hooks={id(bad_msg): bad_header})
    write_bytes(case, rel, encode(lines))
    assert lines[marks[id(bad_msg)] - 1] == bad_header
    exp = write_expected(case, fmt="qq", path=rel, outcome="error",
                   group_chats=None, one_to_one_chats=None,
                   group_message_records=None, human_senders=None,
                   bot_senders=None, error_line=marks[id(bad_msg)],
                   notes=notes, total_records=total(sections))
    print(summary(case, exp))
    return marks[id(bad_msg)]


# ---------------------------------------------------------------- cases

def case_single_group_basic():
    c = Clock(2024, 3, 11)
    Z = P("【群主】赵建国", "10233456")
    Q = P("【管理员】钱晓红", "27659812")
    S = P("孙立(行政)", "33987120")
    L = P("李娜（财务部）", "40561234")
    ZM = P("(A)周敏", "51234987")
    WH = P("吴昊", "68812345")
    WH2 = P("【管理员】吴昊-采购", "68812345")   # same account, new card + title
    ZX = P("郑雪", "75643218")
    WF = P("王芳(^_^)", "82345671")
    FK = P("冯凯", "90876543")
    CC = P("陈晨(出差中", "11223344")             # unbalanced "(" in the card
    msgs = [
        Msg(c(8, 2, 11), Z, ["各位早，今天上午十点开周例会，地点三楼第二会议室。", "请各组长准备上周工作小结。"]),
        Msg(c(8, 3, 40), Q, ["收到"]),
        Msg(c(8, 5, 2), S, ["收到，会议室已预订，投影仪已调试好。"]),
        Msg(c(8, 10, 27), L, ["[图片]"]),
        Msg(c(8, 10, 45), L, ["上月差旅报销汇总表，请各位核对，有问题今天下班前反馈。"]),
        Msg(c(8, 30, 0), ZM, ["[表情]"]),
        Msg(c(8, 31, 12), ZM, ["收到👌"]),
        Msg(c(9, 12, 55), WH, ["采购申请单模板更新了，大家以后用新版：", "1. 填写预算科目", "2. 部门负责人签字", "3. 扫描件发我邮箱"]),
        Msg(c(9, 15, 3), ZX, ["[图片]收到，谢谢吴哥"]),
        Msg(c(9, 40, 18), WF, ["请问新版模板在哪下载？"]),
        Msg(c(9, 41, 2), WH, ["群文件里，文件名《采购申请单_2024版.xlsx》"]),
        Msg(c(9, 58, 44), FK, []),                       # empty content
        Msg(c(9, 59, 1), FK, ["不好意思刚才手滑了"]),
        Msg(c(10, 45, 30), Z, ["【会议纪要】", "一、三月促销方案下周一定稿；", "二、各组本周五前提交客户拜访计划；", "",
                                "三、报销请于每月25日前提交，逾期顺延至下月。", "请大家相互转告。"]),
        Msg(c(10, 46, 2), Q, ["收到"]),
        Msg(c(10, 46, 15), S, ["收到"]),
        Msg(c(10, 46, 40), CC, ["收到，我在苏州出差，周五回来补交。"]),
        Msg(c(10, 47, 5), ZX, ["收到"]),
        Msg(c(11, 20, 33), L, ["[文件]"]),
    ]
    c.day(2024, 3, 12)
    msgs += [
        Msg(c(7, 58, 9), Z, ["今天全员打卡提醒：外勤同事记得手机定位打卡。"]),
        Msg(c(8, 1, 47), WH2, ["已打卡"]),
        Msg(c(8, 2, 30), FK, ["已打卡[表情]"]),
        Msg(c(8, 15, 22), WF, ["[图片]", "打卡截图"]),
        Msg(c(12, 5, 10), Q, ["午饭后一点半在大堂集合，去客户那边。"]),
        Msg(c(12, 6, 0), S, ["好的"]),
        Msg(c(18, 30, 45), Z, ["今天辛苦了，明早例会取消，改为线上同步。"]),
    ]
    c.day(2024, 3, 13)
    msgs += [
        Msg(c(9, 0, 2), ZM, ["[语音]"]),
        Msg(c(9, 1, 30), ZM, ["刚发了语音，文字版：客户确认周四来访，请前台准备访客证。"]),
    ]
    secs = [Section("我的群聊", "华东区市场部工作群", msgs)]
    return emit("qq-single-group-basic", "华东区市场部工作群.txt", secs,
                "单个群导出：标准文件头、一位数小时、【群主】/【管理员】头衔、昵称内含()/（）/不配对的(、"
                "同一QQ号改群名片后仍算一人、多行消息（含内部空行）、空内容消息、[图片]/[表情]/[语音]/[文件]占位符。")


def case_email_and_phone_ids():
    c = Clock(2024, 4, 8)
    HW = P("项目经理-何伟", "29384756")
    ZQ = A("张倩", "zhangqian@qq.com")
    LX = A("老谢", "18825169013")                 # digits inside <>
    XC = A("小陈(实习)", "chenxiao2024@foxmail.com")
    KV = A("Kevin", "kevin.liu@163.com")
    LG = A("刘工", "13916208847")
    YF = P("杨帆", "30495867")
    msgs = [
        Msg(c(9, 5, 12), HW, ["二期项目本周进度同步：", "前端联调完成80%，后端接口还差支付模块。"]),
        Msg(c(9, 6, 30), ZQ, ["收到，测试环境今天下午部署。"]),
        Msg(c(9, 8, 1), LX, ["现场施工队明天进场，需要开门禁权限，名单稍后发。"]),
        Msg(c(9, 8, 45), LX, ["[图片]"]),
        Msg(c(9, 20, 0), XC, ["何经理，会议纪要已整理好，发您邮箱了。"]),
        Msg(c(9, 21, 16), HW, ["好的，辛苦"]),
        Msg(c(10, 2, 33), KV, ["Payment API 文档更新到 v1.3，请大家以新版为准。"]),
        Msg(c(10, 3, 5), YF, ["收到"]),
        Msg(c(10, 30, 48), LG, ["机房空调周三检修，服务器可能重启一次，提前通知。"]),
        Msg(c(10, 31, 20), ZQ, ["[表情]"]),
        Msg(c(14, 0, 0), LX, ["门禁名单：", "王师傅 138****2211", "李师傅 139****6633"]),
        Msg(c(14, 12, 7), XC, ["收到，已转给物业。"]),
        Msg(c(16, 45, 39), KV, ["联调有问题随时@我"]),
        Msg(c(17, 58, 2), HW, ["今天就到这，明天九点站会。"]),
        Msg(c(17, 58, 30), LG, ["收到"]),
        Msg(c(17, 59, 3), YF, ["收到[表情]"]),
    ]
    secs = [Section("我的群聊", "项目协调群（二期）", msgs)]
    return emit("qq-email-and-phone-ids", "项目协调群（二期）.txt", secs,
                "发送者标识混用：昵称(QQ号)、昵称<邮箱>、昵称<纯数字手机号>（真实导出中出现过），"
                "以及昵称自带括号再跟<邮箱>；每种标识按其本身计为不同账号。")


def case_invisible_nicknames():
    c = Clock(2024, 6, 3)
    ZWJ = P("\u200d", "870085843")            # nickname is only U+200D
    ZWJ_LATER = P("老刘", "870085843")         # same account, visible card later
    ZWSP = P("\u200b", "24681357")            # only U+200B
    EMPTY = P("", "12345678")                 # empty nickname: "… 9:15:02 (12345678)"
    YANG = P("\u200d小杨", "39182736")         # begins with U+200D
    GLITCH = P("93827164", "93827164")        # nickname == QQ number
    MA = P("仓管-马涛", "56473829")
    msgs = [
        Msg(c(7, 36, 47), ZWJ, ["早，今天到货三车，月台2号、3号预留出来。"]),
        Msg(c(7, 40, 5), MA, ["收到，叉车已安排。"]),
        Msg(c(8, 2, 18), ZWSP, ["[图片]"]),
        Msg(c(8, 2, 40), ZWSP, ["第一车已到，单号尾号6621。"]),
        Msg(c(9, 15, 2), EMPTY, ["盘点表已更新到共享盘。"]),
        Msg(c(9, 30, 11), YANG, ["第二车延误，司机说堵在绕城高速，预计11点到。"]),
        Msg(c(9, 31, 0), MA, ["好的"]),
        Msg(c(10, 5, 27), GLITCH, ["退货区还有两托没处理，下午谁有空？"]),
        Msg(c(10, 6, 3), EMPTY, ["我下午可以"]),
        Msg(c(11, 8, 44), YANG, ["第二车到了"]),
        Msg(c(15, 20, 9), ZWJ_LATER, ["今天三车全部入库，辛苦各位。"]),
        Msg(c(15, 21, 30), ZWSP, ["[表情]"]),
        Msg(c(15, 22, 2), GLITCH, ["收到"]),
    ]
    secs = [Section("我的群聊", "仓储物流对接群", msgs)]
    return emit("qq-invisible-nicknames", "仓储物流对接群.txt", secs,
                "昵称为不可见字符：仅U+200D（空格后紧跟零宽连接符）、仅U+200B、空昵称“(12345678)”、以U+200D开头的昵称、"
                "昵称等于QQ号；870085843后来以可见名片发言，仍只算一人。")


def case_system_join_leave():
    c = Clock(2024, 9, 6)
    LIU = P("【群主】社区-刘主任", "30001122")
    YIN = P("尹欣俊", "100015838")
    YIN2 = P("7号楼-尹欣俊", "100015838")
    QDD = P("【管理员】钱多多", "45566778")
    SXM = P("孙晓梅", "2233445566")
    ZQ = P("周强", "66778899")
    LY = P("刘洋", "77889900")
    msgs = [
        Msg(c(8, 30, 0), LIU, ["【活动通知】", "本周六上午9点在社区广场开展垃圾分类宣传，", "请报名的志愿者8点50前到服务站领马甲。"]),
        Msg(c(8, 35, 14), QDD, ["收到"]),
        Msg(c(8, 40, 2), ZQ, ["这周末有事，请假一次，抱歉。"]),
        Msg(c(9, 2, 45), LY, ["出售二手电动车，九成新，有意私聊。"]),
        Msg(c(9, 10, 3), SYS, ["尹欣俊(100015838)加入本群。"], kind="system"),
        Msg(c(9, 12, 30), YIN, ["大家好，我是新来的志愿者尹欣俊，住7号楼，请多关照！"]),
        Msg(c(9, 13, 1), QDD, ["欢迎欢迎[表情]"]),
        Msg(c(9, 20, 18), SYS, ["钱多多邀请孙晓梅加入了本群。"], kind="system"),
        Msg(c(9, 25, 40), SXM, ["谢谢邀请，周六的活动我可以参加。"]),
        Msg(c(9, 40, 0), SYS, ["周强退出了本群。"], kind="system"),
        Msg(c(10, 1, 5), SYS, ["刘洋被管理员移出了本群。"], kind="system"),
        Msg(c(10, 2, 0), LIU, ["群内禁止发广告，请大家遵守群规。"]),
        Msg(c(10, 30, 12), SYS2, ["李雷(123098765)加入本群。"], kind="system"),
        Msg(c(11, 0, 3), QDD, ["[图片]"]),
        Msg(c(11, 0, 20), SYS, ["钱多多撤回了一条消息"], kind="system"),
        Msg(c(11, 1, 2), QDD, ["[图片]", "发错了，这张才是报名表。"]),
    ]
    c.day(2024, 9, 7)
    msgs += [
        Msg(c(8, 55, 31), YIN2, ["已到服务站，领到马甲了。"]),
        Msg(c(8, 56, 10), SXM, ["我也到了"]),
        Msg(c(12, 0, 0), LIU, ["今天活动圆满结束，感谢各位志愿者！"]),
    ]
    secs = [Section("我的群聊", "阳光社区志愿者服务群", msgs)]
    return emit("qq-system-join-leave", "阳光社区志愿者服务群.txt", secs,
                "系统消息(10000)/系统消息(1000000)的入群、邀请入群、退群、被移出、撤回通知计入记录数但不计为人；"
                "尹欣俊(100015838)入群后用两个不同名片发言只算一人；李雷只入群未发言不计；被移出/退群者此前发过言仍计。")


def _friend(folder, obj, me, other, c, texts):
    msgs = []
    for (h, mi, s), who, text in texts:
        msgs.append(Msg(c(h, mi, s), N(me if who == "me" else other), text))
    return Section(folder, obj, msgs)


def case_all_messages_export():
    me = "陈明"
    ME = P("陈明", "1234567")
    c = Clock(2024, 4, 1)
    f1 = _friend("我的好友", "张经理(供应商)", me, "张经理(供应商)", c, [
        ((9, 0, 5), "other", ["陈工，上周的报价单您看了吗？"]),
        ((9, 12, 40), "me", ["看了，单价还能再谈一谈吗", "量大的话"]),
        ((9, 15, 2), "other", ["我请示一下领导，下午给您回复。"]),
        ((15, 3, 18), "other", ["[图片]"]),
    ])
    c.day(2024, 4, 2)
    XU = P("【群主】HR-徐丽", "22334455")
    HU = P("胡斌", "33445566")
    GAO = P("高晓晓", "44556677")
    LUO = P("罗凯(技术部)", "55667788")
    g1 = Section("我的群聊", "2024届新员工培训群", [
        Msg(c(8, 30, 0), XU, ["各位新同事早上好！今天培训安排：", "上午 公司制度与安全培训（301）", "下午 部门轮岗介绍"]),
        Msg(c(8, 31, 22), HU, ["收到"]),
        Msg(c(8, 31, 40), GAO, ["收到[表情]"]),
        Msg(c(8, 32, 5), ME, ["收到"]),
        Msg(c(12, 10, 33), LUO, ["下午两点技术部在5楼等大家。"]),
        Msg(c(16, 45, 0), XU, ["[文件]"]),
        Msg(c(16, 45, 20), XU, ["培训签到表和考核安排，请下载查看。"]),
        Msg(c(18, 0, 2), GAO, ["请问明天几点签到？"]),
        Msg(c(18, 3, 15), XU, ["8:30，迟到算缺勤哦"]),
        Msg(c(18, 4, 0), HU, ["好的"]),
    ])
    c.day(2024, 4, 3)
    CW = P("财务-孟晴", "66778800")
    g2 = Section("我的群聊", "财务报销对接群", [
        Msg(c(9, 30, 0), CW, ["提醒：3月报销截止本周五，发票抬头请写全称。"]),
        Msg(c(9, 31, 10), ME, ["收到，出差的高铁票可以用电子票吗？"]),
        Msg(c(9, 35, 48), CW, ["可以，打印出来附在报销单后面。"]),
        Msg(c(10, 2, 17), HU, ["[图片]", "这种发票能报吗"]),
        Msg(c(10, 5, 3), CW, ["不行，需要增值税普通发票。"]),
        Msg(c(14, 20, 30), LUO, ["收到"]),
        Msg(c(17, 0, 0), CW, ["今天收单截止，明早继续。"]),
    ])
    c.day(2024, 4, 5)
    f2 = _friend("朋友", "老同学王浩", me, "王浩", c, [
        ((20, 15, 0), "other", ["周末聚餐定在哪儿了？"]),
        ((20, 20, 31), "me", ["老地方，周六晚六点"]),
        ((20, 21, 2), "other", ["[表情]"]),
    ])
    c.day(2024, 4, 6)
    f3 = _friend("我的好友", "小李", me, "小李", c, [
        ((10, 0, 0), "other", ["明哥，借你的移动硬盘用一下"]),
        ((10, 30, 9), "me", ["在我工位抽屉里，自己拿"]),
    ])
    secs = [f1, g1, g2, f2, f3]
    return emit("qq-all-messages-export", "全部消息记录.txt", secs,
                "“导出全部消息记录”：一个文件含多个 消息分组/消息对象 段，以64个=分隔；我的群聊下2个群，"
                "我的好友/朋友下3个好友（好友段头部无QQ号，只有昵称，其中一个备注带括号“张经理(供应商)”），好友会话为一对一。")


def case_all_messages_repeated_object():
    c = Clock(2024, 7, 1)
    DZ = P("【群主】研发-邓总", "10101010")
    PJ = P("潘杰", "20202020")
    LM = P("林淼", "30303030")
    TAO = P("陶然", "40404040")
    part1 = Section("我的群聊", "研发中心技术交流群", [
        Msg(c(10, 0, 0), DZ, ["下周起代码评审改到周二下午。"]),
        Msg(c(10, 1, 30), PJ, ["收到"]),
        Msg(c(10, 2, 2), LM, ["收到"]),
    ])
    friend = _friend("我的好友", "刘工", "潘杰", "刘工", c, [
        ((11, 0, 0), "other", ["接口文档发你了"]),
        ((11, 5, 0), "me", ["好的谢谢"]),
    ])
    c.day(2024, 7, 8)
    part2 = Section("我的群聊", "研发中心技术交流群", [
        Msg(c(14, 0, 0), DZ, ["今天评审：订单模块重构，请相关同学参加。"]),
        Msg(c(14, 2, 11), TAO, ["我这边PR已提交，链接发群里：", "http://git.example.local/order/pull/128"]),
        Msg(c(14, 3, 0), LM, ["[图片]"]),
    ])
    FT = P("行政-食堂管理员", "50505050")
    canteen = Section("我的群聊", "食堂意见反馈群", [
        Msg(c(12, 10, 0), FT, ["本周菜单已更新，欢迎提意见。"]),
        Msg(c(12, 15, 33), PJ, ["希望周三加个面食窗口"]),
    ])
    secs = [part1, friend, part2, canteen]
    return emit("qq-all-messages-repeated-object", "全部消息记录.txt", secs,
                "全部消息记录中同一 消息对象“研发中心技术交流群”出现在两个段（QQtoExcel按(对象,分组)合并）：应视为同一个群，记录数相加；"
                "另有一个好友段和第二个群。")


def case_folder_per_group():
    c = Clock(2025, 2, 10)
    WJ = P("【群主】王静", "10086001")
    ZH = P("张浩", "10086002")
    LI = P("李欣然", "10086003")
    MA = P("马超(销售)", "10086004")
    HE = P("何佳", "10086005")
    IT = P("【管理员】IT-小林", "10086006")
    DU = P("杜鹏", "10086007")
    admin = [Section("我的群聊", "行政通知群", [
        Msg(c(8, 50, 0), WJ, ["节后第一天上班，请大家九点前完成打卡。", "今天下午三点消防演练，听到警报按路线撤离。"]),
        Msg(c(8, 51, 3), ZH, ["收到"]),
        Msg(c(8, 52, 40), LI, ["收到"]),
        Msg(c(8, 53, 5), MA, ["收到"]),
        Msg(c(15, 40, 0), WJ, ["[图片]", "演练顺利结束，谢谢配合。"]),
    ])]
    c.day(2025, 2, 11)
    sales = [Section("我的群聊", "销售一部", [
        Msg(c(9, 0, 0), MA, ["一月业绩表已出，大家看一下自己的数据。"]),
        Msg(c(9, 1, 0), MA, ["[文件]"]),
        Msg(c(9, 10, 22), HE, ["我的数据少了一单，晚点发你截图。"]),
        Msg(c(9, 15, 8), ZH, ["[表情]"]),
        Msg(c(10, 30, 0), HE, ["[图片]"]),
        Msg(c(10, 31, 11), MA, ["收到，已更正。"]),
    ])]
    c.day(2025, 2, 12)
    itsup = [Section("我的群聊", "IT支持服务群", [
        Msg(c(9, 20, 0), DU, ["打印机又卡纸了，三楼东侧那台。"]),
        Msg(c(9, 25, 30), IT, ["马上过去"]),
        Msg(c(9, 50, 2), IT, ["已处理。另外提醒：本周五晚上十点到十二点内网维护，期间VPN不可用。"]),
        Msg(c(10, 0, 0), WJ, ["收到"]),
        Msg(c(10, 2, 14), LI, ["我的电脑开机很慢，能帮看下吗？"]),
        Msg(c(10, 3, 0), IT, ["好的，下午两点到你工位。"]),
    ])]
    files = [("export/行政通知群.txt", admin), ("export/销售一部.txt", sales), ("export/IT支持服务群.txt", itsup)]
    return emit("qq-folder-per-group", "export", None,
                "文件夹内3个按群分别导出的.txt（各自带文件头），成员跨群重叠：按QQ号去重后计人数。",
                files=files)


def case_12_hour_clock():
    c = Clock(2024, 11, 15)
    QZ = P("【群主】球队队长-老黄", "31570246")
    XS = P("许帅", "48812093")
    HS = P("黄山", "205517348")
    ZY = P("赵圆圆", "66120457")
    msgs = [
        Msg(c(20, 17, 26), QZ, ["明天早上8点场地已订好，3号和4号场。"]),
        Msg(c(20, 17, 26), XS, ["[图片]这是预订截图"]),
        Msg(c(20, 19, 3), ZY, ["我带两筒球", "再带个护腕"]),
        Msg(c(20, 21, 44), HS, []),
        Msg(c(20, 25, 50), SYS, ["赵圆圆邀请周小舟加入了本群。"], kind="system"),
        Msg(c(21, 8, 15), HS, ["收到，准时到"]),
        Msg(c(23, 59, 59), XS, ["这么晚还没睡的举手"]),
    ]
    c.day(2024, 11, 16)
    msgs += [
        Msg(c(0, 5, 10), ZY, ["[表情]"]),
        Msg(c(7, 41, 2), QZ, ["出发了，路上有点堵"]),
        Msg(c(10, 3, 57), HS, ["今天打得不错[图片]"]),
        Msg(c(12, 30, 0), QZ, ["中午聚餐AA，每人65元，已发群收款。"]),
        Msg(c(12, 31, 4), XS, ["已付"]),
    ]
    secs = [Section("我的群聊", "周末羽毛球群", msgs)]
    return emit("qq-12-hour-clock", "周末羽毛球群.txt", secs,
                "12小时制头行“2024-11-15 8:17:26 PM 昵称(QQ号)”（系统区域设置导致，公开TRPG日志工具的测试样例里有此形状），"
                "含11:59:59 PM、12:05:10 AM（午夜后）与12:30:00 PM（中午）边界、同一秒两条消息、一条空内容消息、一条系统邀请通知。",
                clock="12")


def case_utf8_bom_crlf():
    c = Clock(2023, 12, 18)
    ZZ = P("【群主】客服主管-周洁", "61002001")
    A1 = P("客服-小雨", "61002002")
    A2 = P("客服-阿峰", "61002003")
    A3 = P("客服-婷婷", "61002004")
    msgs = [
        Msg(c(8, 55, 0), ZZ, ["今日排班：", "早班 小雨、阿峰", "晚班 婷婷", "有调班的提前说。"]),
        Msg(c(8, 56, 12), A1, ["收到"]),
        Msg(c(8, 56, 30), A2, ["收到"]),
        Msg(c(10, 12, 5), A3, ["[图片]", "这个客户投诉物流太慢，怎么回复合适？"]),
        Msg(c(10, 14, 40), ZZ, ["先致歉，再给他查单号，承诺48小时内回电。"]),
        Msg(c(13, 0, 1), A2, ["午休回来了"]),
        Msg(c(17, 30, 0), ZZ, ["今天接线量312通，满意度98.1%，辛苦大家！"]),
        Msg(c(17, 31, 2), A1, ["[表情]"]),
    ]
    secs = [Section("我的群聊", "客服二组", msgs)]
    return emit("qq-utf8-bom-crlf", "客服二组.txt", secs,
                "UTF-8带BOM（QQtoExcel要求用户另存为UTF-8-BOM）且全文件CRLF换行（import2telegram按\\r\\n切分）。",
                bom=True, crlf=True)


def case_gb18030():
    c = Clock(2024, 5, 1)
    GH = P("【群主】工会-陶喆", "70012001")
    YY = P("吉𠮷", "70012002")           # U+20BB7, 4-byte in GB18030
    MQ = P("缪琪", "70012003")
    XR = P("鲜榕", "70012004")
    msgs = [
        Msg(c(9, 0, 0), GH, ["五一劳动节快乐！工会给每位会员准备了水果礼盒，请到一楼领取。"]),
        Msg(c(9, 5, 21), YY, ["谢谢工会👍"]),
        Msg(c(9, 6, 3), MQ, ["收到，下午去领"]),
        Msg(c(10, 20, 0), XR, ["[图片]", "已领，苹果很甜"]),
        Msg(c(11, 0, 45), GH, ["下周羽毛球比赛报名截止周三，报名表见群文件。"]),
        Msg(c(11, 2, 0), YY, ["报名双打"]),
    ]
    secs = [Section("我的群聊", "工会活动群", msgs)]
    return emit("qq-gb18030", "工会活动群.txt", secs,
                "GB18030编码（无BOM）的QQ导出，含GBK外字符（𠮷、👍，GB18030四字节序列）；需在UTF-8解码失败时回退GB18030。",
                encoding="gb18030")


def _error_group():
    c = Clock(2024, 5, 8)
    ZS = P("张三", "123456")
    LS = P("李四", "234567")
    WW = P("王五", "345678")
    msgs = [
        Msg(c(9, 0, 0), ZS, ["今天下午四点一刻开安全生产会。"]),
        Msg(c(9, 2, 11), LS, ["收到"]),
        Msg(c(9, 3, 40), WW, ["收到"]),
        Msg(c(16, 15, 0), ZS, ["会议开始了，还没到的抓紧。"]),
        Msg(c(16, 20, 33), LS, ["在路上"]),
        Msg(c(17, 30, 0), WW, ["[图片]", "会议签到表"]),
    ]
    return msgs


def case_error_missing_seconds():
    msgs = _error_group()
    bad = msgs[3]
    line = emit_error("qq-error-missing-seconds", "安全生产群.txt",
                      [Section("我的群聊", "安全生产群", msgs)], bad,
                      "2024-05-08 16:15 张三(123456)",
                      "一条消息头缺少秒“2024-05-08 16:15 张三(123456)”：以时间戳开头、以(QQ号)结尾但不是合法头行，应拒绝并报告该行。")
    return line


def case_error_bad_date():
    msgs = _error_group()
    bad = msgs[4]
    line = emit_error("qq-error-bad-date", "安全生产群.txt",
                      [Section("我的群聊", "安全生产群", msgs)], bad,
                      "2024-13-45 16:20:33 李四(234567)",
                      "一条消息头日期越界“2024-13-45 16:20:33 李四(234567)”（13月45日），应拒绝并报告该行。")
    return line


def case_group_manager_bot():
    c = Clock(2025, 1, 6)
    BOT = ("Q群管家", "2854196310", "()")
    QZ = P("【群主】读书会-苏老师", "81000001")
    FAN = P("范小书", "81000002")
    JIN = P("金晓", "81000003")
    msgs = [
        Msg(c(8, 0, 0), BOT, ["今日群签到已开启，发送“签到”参与打卡。"], kind="bot"),
        Msg(c(8, 3, 12), FAN, ["签到"]),
        Msg(c(8, 3, 13), BOT, ["@范小书 签到成功，已连续签到5天。"], kind="bot"),
        Msg(c(9, 30, 0), SYS, ["金晓(81000003)加入本群。"], kind="system"),
        Msg(c(9, 30, 1), BOT, ["欢迎新成员加入读书会交流群，请先阅读群公告并修改群名片。"], kind="bot"),
        Msg(c(9, 35, 20), JIN, ["大家好，我是金晓，最近在读《置身事内》。"]),
        Msg(c(9, 40, 0), QZ, ["欢迎！本月共读书目是《置身事内》，周日晚八点线上分享。"]),
        Msg(c(9, 41, 5), FAN, ["[表情]"]),
    ]
    secs = [Section("我的群聊", "读书会交流群", msgs)]
    return emit("qq-group-manager-bot", "读书会交流群.txt", secs,
                "群内官方机器人Q群管家(2854196310)发签到/欢迎消息（公开的aiocqhttp机器人适配器按此号码屏蔽“QQ管家”消息）：计入记录数，计为1个机器人，不计为人。")


def case_content_date_lines():
    c = Clock(2024, 5, 20)
    A_ = P("行政-秦月", "92000001")
    B_ = P("韩东", "92000002")
    C_ = P("(B)柏林", "92000003")
    msgs = [
        Msg(c(9, 0, 0), A_, ["会议时间调整为：", "2024-05-20 14:00:00", "地点不变。"]),
        Msg(c(9, 1, 12), B_, ["2024-05-21"]),
        Msg(c(9, 1, 30), B_, ["是改到明天吗？"]),
        Msg(c(9, 3, 0), A_, ["不是，还是今天。2024-05-21 那场取消了。"]),
        Msg(c(9, 5, 44), C_, ["2024-05-20 下午两点在三楼开会，收到"]),
        Msg(c(9, 6, 0), A_, ["[图片]"]),
    ]
    secs = [Section("我的群聊", "综合办公室", msgs)]
    return emit("qq-content-date-lines", "综合办公室.txt", secs,
                "消息正文里有看起来像时间戳的行（整行“2024-05-20 14:00:00”、只有日期的行、以日期开头的句子），"
                "但不带(QQ号)/<…>：都属于正文，不是新消息，也不是坏头行（hikariyo test_special_messages 的纯日期消息）；昵称“(B)柏林”。")


def case_discussion_group():
    c = Clock(2023, 10, 9)
    secs = [Section("多人聊天", "装修小组（临时）", [
        Msg(c(19, 0, 0), N("许工"), ["明天水电验收，业主九点到现场。"]),
        Msg(c(19, 2, 30), N("业主-宋女士"), ["好的，我准时到。"]),
        Msg(c(19, 5, 12), N("设计师小贺"), ["[图片]", "这是厨房插座的最终位置。"]),
        Msg(c(19, 6, 0), N("许工"), ["收到"]),
        Msg(c(20, 30, 45), N("业主-宋女士"), ["吊顶颜色能再浅一点吗？"]),
    ])]
    return emit("qq-discussion-group", "装修小组（临时）.txt", secs,
                "讨论组（消息分组:多人聊天）导出：头行只有昵称、没有QQ号（ChatLab支持此格式）；多人会话计为群，发送者只能按昵称区分。")


def case_friend_only():
    c = Clock(2024, 8, 19)
    secs = [_friend("我的好友", "王老师", "刘爸爸", "王老师", c, [
        ((17, 20, 0), "other", ["刘同学家长您好，明天学校组织体检，请提醒孩子早上空腹。"]),
        ((17, 25, 31), "me", ["好的王老师，谢谢提醒"]),
        ((17, 26, 0), "other", ["[表情]"]),
    ])]
    return emit("qq-friend-only", "王老师.txt", secs,
                "只含一个好友（我的好友）会话的导出：头行只有昵称；没有任何群，群审计应跳过这一个一对一会话。")


CASES = [
    case_single_group_basic, case_email_and_phone_ids, case_invisible_nicknames,
    case_system_join_leave, case_all_messages_export, case_all_messages_repeated_object,
    case_folder_per_group, case_12_hour_clock, case_utf8_bom_crlf, case_gb18030,
    case_error_missing_seconds, case_error_bad_date, case_group_manager_bot,
    case_content_date_lines, case_discussion_group, case_friend_only,
]

if __name__ == "__main__":
    for fn in CASES:
        fn()
