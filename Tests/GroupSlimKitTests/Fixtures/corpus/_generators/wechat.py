#!/usr/bin/env python3
"""WeChat (PC WeChat MSG.db read by community tools) CSV export cases.

Layouts (see /work/shared/docs/export-formats.md section 5):
  * WeChatMsg / 留痕 at LC044/WeChatMsg 43d6792 `exporter_csv.py`:
      聊天记录/<备注>/<备注>_utf8.csv, utf-8-sig, csv.writer (CRLF), 12 columns
      localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender
      group rows: Remark/NickName/Sender = the message sender (self -> me);
      private rows: me or the contact depending on IsSender.
  * later MemoTrace folder naming <备注>(<wxid>)/<备注>.csv with empty Status
      (reported in the doc from a third-party importer's test).
  * PyWxDump 3.1 (xaoyaoo/PyWxDump `pywxdump/api/export/exportCSV.py`):
      <wxid>/<wxid>_0_<n+1>.csv (page_size = count+1 when count < 5000) + users.json,
      UTF-8 without BOM, csv.writer (CRLF), 9 columns
      id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime
      talker = "我" for own messages, sender wxid in groups, "未知" when the
      group row carries no sender (system tips), contact wxid in private chats.
  * PyWxDump 3.0: 8 columns, content = JSON {"src","msg"} in one cell (WeClone data/example_chat.csv).
  * Excel-resaved PyWxDump: CreateTime "2024/3/18 9:05" (WeClone tests/tests_data/test_person/test_0_730.csv).
  * sjzar/chatlog HTTP CSV: Time,SenderName,Sender,TalkerName,Talker,Content
      (Go encoding/csv: LF, no BOM); Type 10000 rows get Sender "系统消息", empty SenderName.

Type codes (PyWxDump type_converter): 1 文本, 3 图片, 34 语音, 47 动画表情,
49/6 文件, 49/57 引用回复, 10000/0 系统通知, 10000/4 拍一拍, 10000/8000 邀请加群,
10002 sysmsg XML (revokes on newer clients).

Counting rules:
  group_chats            conversations whose id ends with @chatroom
  group_message_records  every row of those conversations (system rows included)
  human_senders          distinct sender wxids with >=1 non-system row (Type not
                         10000/10002) in group chats; the exporting user counts once
  one_to_one_chats       conversations with a personal wxid
  bot_senders            0 (personal WeChat groups have no bot accounts)
"""
import csv
import io
import json
import os
import random
import sys
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cn_common import (case_dir, write_bytes, write_expected, summary, cst, epoch)  # noqa: E402

SYSTEM_TYPES = {10000, 10002}


class Person:
    def __init__(self, wxid, nickname, remark=""):
        self.wxid, self.nickname, self.remark = wxid, nickname, remark

    @property
    def display(self):
        return self.remark or self.nickname


ME = Person("wxid_k2m8p4x7q9r301", "林晓峰")


class Row:
    def __init__(self, t, sender, type_, sub, text, *, is_self=False, raw=None,
                 src="", file=None, quote=None):
        self.t = t
        self.sender = sender          # Person, or None for system tips
        self.type, self.sub = type_, sub
        self.text = text              # human-readable text
        self.is_self = is_self
        self.raw = raw                # raw StrContent when it differs from text
        self.src = src
        self.file = file
        self.quote = quote            # (time, display, content) for 49/57

    @property
    def is_system(self):
        return self.type in SYSTEM_TYPES


class Conv:
    def __init__(self, cid, name, talker_index, rows):
        self.id, self.name, self.talker_index, self.rows = cid, name, talker_index, rows

    @property
    def is_group(self):
        return self.id.endswith("@chatroom")


def counts(convs):
    groups = [c for c in convs if c.is_group]
    humans = set()
    for c in groups:
        for r in c.rows:
            if not r.is_system:
                humans.add(ME.wxid if r.is_self else r.sender.wxid)
    return dict(group_chats=len(groups),
                one_to_one_chats=sum(1 for c in convs if not c.is_group),
                group_message_records=sum(len(c.rows) for c in groups),
                human_senders=len(humans), bot_senders=0)


# ------------------------------------------------------------------ world

RNG = random.Random(20240318)


def md5hex():
    return "%032x" % RNG.getrandbits(128)


def svrid():
    return str(RNG.randrange(10 ** 17, 9 * 10 ** 18))


def img_xml(md5):
    return ('<?xml version="1.0"?>\n<msg>\n\t<img aeskey="%s" encryver="1" cdnthumblength="3402" '
            'cdnthumbheight="120" cdnthumbwidth="90" length="84512" md5="%s" />\n</msg>\n') % (md5hex(), md5)


def voice_xml(who, ms):
    return ('<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" '
            'voicelength="%d" length="%d" bufid="0" fromusername="%s" /></msg>') % (ms, ms * 2, who)


def emoji_xml(who, room, md5):
    return ('<msg><emoji fromusername="%s" tousername="%s" type="2" md5="%s" len="38211" '
            'cdnurl="http://wxapp.tc.qq.com/262/20304/stodownload?m=%s&amp;filekey=3043020101&amp;hy=SH&amp;bizid=1023" '
            'width="240" height="240"></emoji></msg>') % (who, room, md5, md5)


def file_xml(name, size):
    ext = name.rsplit(".", 1)[-1]
    return ('<msg><appmsg appid="" sdkver="0"><title>%s</title><type>6</type><appattach>'
            '<totallen>%d</totallen><fileext>%s</fileext></appattach></appmsg></msg>') % (name, size, ext)


def quote_xml(title, who, content):
    return ('<msg><appmsg appid="" sdkver="0"><title>%s</title><type>57</type><refermsg><type>1</type>'
            '<chatusr>%s</chatusr><displayname>%s</displayname><content>%s</content></refermsg></appmsg></msg>'
            ) % (title, who.wxid, who.display, content)


def world(seed_shift=0):
    """Two groups and one private chat, March 2024 (Asia/Shanghai wall clock)."""
    zhang = Person("wxid_a1b2c3d4e5f601", "Amy张", "人事-张敏")
    liu = Person("wxid_q7w8e9r0t1y202", "大刘", "刘建军")
    chen = Person("chenjing_1990", "陈静")                      # old-style custom wxid
    zhou = Person("wxid_z9x8c7v6b5n403", "老周", "周主任")
    zhao = Person("wxid_m3n4b5v6c7x804", "赵敏")               # joins, then posts
    leo = Person("wxid_p0o9i8u7y6t505", "Leo", "项目-李昂")
    sun = Person("wxid_l1k2j3h4g5f606", "孙悦")

    g1id = "20874563219@chatroom"
    m1, m2, m3 = md5hex(), md5hex(), md5hex()
    g1 = Conv(g1id, "行政人事通知群", 17, [
        Row(cst(2024, 3, 18, 8, 30, 2), zhou, 1, 0,
            "【通知】本周五（3月22日）下午两点全员消防演练，\n请各部门提前安排工作，届时听从楼层安全员指挥。"),
        Row(cst(2024, 3, 18, 8, 31, 10), zhang, 1, 0, "收到"),
        Row(cst(2024, 3, 18, 8, 31, 45), liu, 1, 0, "收到"),
        Row(cst(2024, 3, 18, 8, 32, 3), None, 1, 0, "收到", is_self=True),
        Row(cst(2024, 3, 18, 9, 5, 0), zhang, 3, 0, "[图片]", raw=img_xml(m1),
            src="FileStorage\\MsgAttach\\9f1c0a\\Image\\2024-03\\%s.dat" % m1),
        Row(cst(2024, 3, 18, 9, 5, 20), zhang, 49, 6, "2024年3月考勤汇总.xlsx",
            raw=file_xml("2024年3月考勤汇总.xlsx", 48213),
            src="FileStorage\\File\\2024-03\\2024年3月考勤汇总.xlsx", file="2024年3月考勤汇总.xlsx"),
        Row(cst(2024, 3, 18, 9, 6, 0), zhang, 1, 0, "请大家核对3月考勤，有误的周三前私聊我。"),
        Row(cst(2024, 3, 18, 9, 40, 12), None, 10000, 0, "\"老周\"邀请\"赵敏\"加入了群聊"),
        Row(cst(2024, 3, 18, 9, 41, 0), zhao, 1, 0, "各位好，我是新入职的行政专员赵敏，请多关照！"),
        Row(cst(2024, 3, 18, 9, 41, 30), chen, 47, 0, "[动画表情]", raw=emoji_xml(chen.wxid, g1id, m2),
            src="http://wxapp.tc.qq.com/262/20304/stodownload?m=%s" % m2),
        Row(cst(2024, 3, 18, 9, 42, 5), liu, 1, 0, "欢迎欢迎"),
        Row(cst(2024, 3, 18, 10, 15, 0), None, 10000, 4, "\"大刘\" 拍了拍 \"陈静\""),
        Row(cst(2024, 3, 18, 10, 15, 40), chen, 34, 0, "[语音]", raw=voice_xml(chen.wxid, 3200),
            src="audio\\%s\\2024-03-18_10-15-40_0_x.wav" % g1id),
        Row(cst(2024, 3, 18, 11, 0, 0), liu, 1, 0, "下午的会改到三点"),
        Row(cst(2024, 3, 18, 11, 0, 30), None, 10000, 0, "\"大刘\" 撤回了一条消息"),
        Row(cst(2024, 3, 18, 11, 1, 2), liu, 1, 0, "下午的会改到三点半，地点不变"),
        Row(cst(2024, 3, 18, 14, 20, 0), None, 10000, 0, "<revokemsg>你撤回了一条消息</revokemsg>", is_self=True),
        Row(cst(2024, 3, 18, 14, 20, 30), None, 49, 57, "好的，我通知我们组",
            raw=quote_xml("好的，我通知我们组", liu, "下午的会改到三点半，地点不变"), is_self=True,
            quote=("2024-03-18 11:01:02", liu, "下午的会改到三点半，地点不变")),
        Row(cst(2024, 3, 19, 8, 0, 5), zhou, 3, 0, "[图片]", raw=img_xml(m3),
            src="FileStorage\\MsgAttach\\9f1c0a\\Image\\2024-03\\%s.dat" % m3),
        Row(cst(2024, 3, 19, 8, 0, 30), zhou, 1, 0, "今日打卡截图，请大家报平安。"),
        Row(cst(2024, 3, 19, 8, 5, 11), zhao, 1, 0, "平安，已到岗"),
    ])

    g2id = "34920187651@chatroom"
    m4 = md5hex()
    g2 = Conv(g2id, "华南项目组", 23, [
        Row(cst(2024, 3, 20, 9, 0, 0), leo, 1, 0, "广州现场周四验收，清单如下：\n1. 门禁系统\n2. 监控回放\n3. 机房巡检记录"),
        Row(cst(2024, 3, 20, 9, 2, 13), None, 1, 0, "收到，我周三晚上到广州。", is_self=True),
        Row(cst(2024, 3, 20, 9, 3, 0), liu, 1, 0, "我负责监控那部分"),
        Row(cst(2024, 3, 20, 9, 10, 45), None, 10000, 0, "你邀请\"孙悦\"加入了群聊"),
        Row(cst(2024, 3, 20, 9, 12, 0), sun, 1, 0, "大家好，我是深圳分公司的孙悦，负责验收文档。"),
        Row(cst(2024, 3, 20, 9, 12, 30), leo, 47, 0, "[动画表情]", raw=emoji_xml(leo.wxid, g2id, m4),
            src="http://wxapp.tc.qq.com/262/20304/stodownload?m=%s" % m4),
        Row(cst(2024, 3, 21, 18, 40, 0), sun, 49, 6, "验收报告模板v2.docx", raw=file_xml("验收报告模板v2.docx", 102400),
            src="FileStorage\\File\\2024-03\\验收报告模板v2.docx", file="验收报告模板v2.docx"),
        Row(cst(2024, 3, 21, 22, 15, 3), None, 1, 0, "已到酒店，报平安。", is_self=True),
        Row(cst(2024, 3, 21, 22, 16, 0), leo, 1, 0, "早点休息，明早八点楼下集合"),
    ])

    p1 = Conv(zhang.wxid, "人事-张敏", 5, [
        Row(cst(2024, 3, 18, 10, 0, 0), zhang, 1, 0, "晓峰，你3月12号那天的外勤打卡缺了，补个说明？"),
        Row(cst(2024, 3, 18, 10, 3, 27), None, 1, 0, "好的张姐，那天在客户现场，我把照片发你", is_self=True),
        Row(cst(2024, 3, 18, 10, 4, 1), None, 3, 0, "[图片]", raw=img_xml(md5hex()), is_self=True,
            src="FileStorage\\MsgAttach\\51aa02\\Image\\2024-03\\x.dat"),
        Row(cst(2024, 3, 18, 10, 6, 12), zhang, 1, 0, "收到，我这边补录"),
    ])
    people = [ME, zhang, liu, chen, zhou, zhao, leo, sun]
    return [g1, g2, p1], people


# ------------------------------------------------------------------ renderers

def csv_bytes(rows, *, bom=False, lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def sender_of(conv, r):
    if r.is_self:
        return ME
    if conv.is_group:
        return r.sender                    # None for system rows
    return r.sender or people_lookup(conv)


def people_lookup(conv):
    raise AssertionError("private rows must name a sender")


def wechatmsg_rows(conv, *, status_blank=False, local_base=1000, contact=None):
    out = [["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
            "StrContent", "StrTime", "Remark", "NickName", "Sender"]]
    for i, r in enumerate(conv.rows):
        if conv.is_group:
            who = ME if r.is_self else r.sender
        else:
            who = ME if r.is_self else contact
        remark, nick, wxid = ((who.remark, who.nickname, who.wxid) if who else ("", "", ""))
        status = "" if status_blank else (2 if r.is_self else 3)
        raw = r.raw if r.raw is not None else r.text
        out.append([local_base + i, conv.talker_index, r.type, r.sub, 1 if r.is_self else 0,
                    epoch(r.t), status, raw, r.t.strftime("%Y-%m-%d %H:%M:%S"), remark, nick, wxid])
    return out


PYWX_TYPE = {(1, 0): "文本", (3, 0): "图片", (34, 0): "语音", (47, 0): "动画表情", (49, 6): "文件",
             (49, 57): "引用回复", (10000, 0): "系统通知", (10000, 4): "拍一拍", (10000, 8000): "邀请加群"}


def pywx_fields(conv, r, time_fmt):
    type_name = PYWX_TYPE[(r.type, r.sub)]
    if r.is_self:
        talker = "我"
    elif conv.is_group:
        talker = r.sender.wxid if r.sender else "未知"
    else:
        talker = conv.id
    if r.type == 3:
        msg = "图片"
    elif r.type == 34:
        msg = "语音时长：3.20秒"
    elif r.type == 47:
        msg = "表情"
    elif (r.type, r.sub) == (49, 6):
        msg = "文件"
    elif (r.type, r.sub) == (49, 57):
        qt, qp, qc = r.quote
        msg = f"{r.text}\n\n[引用]({qt}){qp.display}:{qc}"
    else:
        msg = r.text
    return [svrid(), type_name, 1 if r.is_self else 0, talker, conv.id, msg, r.src, time_fmt(r.t)]


def iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def excel(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"


def pywx31_rows(conv, time_fmt=iso):
    out = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime"]]
    for i, r in enumerate(conv.rows, 1):
        out.append([i] + pywx_fields(conv, r, time_fmt))
    return out


def pywx30_rows(conv):
    out = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "content", "CreateTime"]]
    for i, r in enumerate(conv.rows, 1):
        f = pywx_fields(conv, r, iso)
        content = json.dumps({"src": f[6], "msg": f[5]}, ensure_ascii=False)
        out.append([i, f[0], f[1], f[2], f[3], f[4], content, f[7]])
    return out


CHATLOG_HOST = "127.0.0.1:5030"


def chatlog_content(r):
    if r.type == 3:
        return "![图片](http://%s/image/%s)" % (CHATLOG_HOST, md5hex())
    if r.type == 34:
        return "[语音](http://%s/voice/%s)" % (CHATLOG_HOST, svrid())
    if r.type == 47:
        return "[动画表情]"
    if (r.type, r.sub) == (49, 6):
        return "[文件|%s](http://%s/file/%s)" % (r.file, CHATLOG_HOST, md5hex())
    if (r.type, r.sub) == (49, 57):
        qt, qp, qc = r.quote
        return "> %s(%s) %s\n> %s\n%s" % (qp.display, qp.wxid, qt[5:], qc, r.text)
    if r.is_system and r.text.startswith("<revokemsg>"):
        return r.text[len("<revokemsg>"):-len("</revokemsg>")]
    return r.text


def chatlog_rows(conv, contact=None, time_fmt=iso):
    out = [["Time", "SenderName", "Sender", "TalkerName", "Talker", "Content"]]
    for r in conv.rows:
        if r.is_system:
            sname, sid = "", "系统消息"
        else:
            who = ME if r.is_self else (r.sender if conv.is_group else contact)
            sname, sid = who.display, who.wxid
        out.append([time_fmt(r.t), sname, sid, conv.name, conv.id, chatlog_content(r)])
    return out


def users_json(conv, people):
    ids = {ME.wxid}
    for r in conv.rows:
        if r.sender:
            ids.add(r.sender.wxid)
    if not conv.is_group:
        ids.add(conv.id)
    d = {}
    for p in people:
        if p.wxid in ids:
            d[p.wxid] = {"wxid": p.wxid, "nickname": p.nickname, "remark": p.remark, "account": p.wxid}
    return (json.dumps(d, ensure_ascii=False, indent=4) + "\n").encode("utf-8")


def finish(case, rel, convs, notes, total_rows):
    exp = write_expected(case, fmt="wechat", path=rel, outcome="ok", notes=notes,
                         total_records=total_rows, **counts(convs))
    print(summary(case, exp))


def contact_of(conv, people):
    return next(p for p in people if p.wxid == conv.id)


# ------------------------------------------------------------------ cases

def case_wechatmsg_folder():
    case = "wechat-wechatmsg-folder"
    case_dir(case)
    convs, people = world()
    base = 1000
    for conv in convs:
        contact = None if conv.is_group else contact_of(conv, people)
        rows = wechatmsg_rows(conv, local_base=base, contact=contact)
        base += 100
        write_bytes(case, f"export/聊天记录/{conv.name}/{conv.name}_utf8.csv", csv_bytes(rows, bom=True))
    finish(case, "export", convs,
           "留痕/WeChatMsg(43d6792)逐联系人导出：export/聊天记录/<备注>/<备注>_utf8.csv，UTF-8 BOM、CRLF、12列；"
           "两个群（多人发言，含Type 10000入群/拍一拍/撤回、图片/语音/表情/文件XML单元格跨行）和一个私聊。"
           "路径里没有群id：群与私聊要从内容判断（私聊只有我和对方两个Sender）。",
           sum(len(c.rows) for c in convs))


def case_memotrace_named_folders():
    case = "wechat-memotrace-named-folders"
    case_dir(case)
    convs, people = world()
    base = 2000
    for conv in convs:
        contact = None if conv.is_group else contact_of(conv, people)
        rows = wechatmsg_rows(conv, status_blank=True, local_base=base, contact=contact)
        base += 100
        write_bytes(case, f"export/{conv.name}({conv.id})/{conv.name}.csv", csv_bytes(rows, bom=True))
    finish(case, "export", convs,
           "后期MemoTrace目录命名 <备注>(<wxid或…@chatroom>)/<备注>.csv，Status列为空；同样的12列。"
           "群由目录名中的@chatroom识别。",
           sum(len(c.rows) for c in convs))


def case_pywxdump_folder():
    case = "wechat-pywxdump-folder"
    case_dir(case)
    convs, people = world()
    for conv in convs:
        n = len(conv.rows)
        write_bytes(case, f"export/{conv.id}/{conv.id}_0_{n + 1}.csv", csv_bytes(pywx31_rows(conv)))
        write_bytes(case, f"export/{conv.id}/users.json", users_json(conv, people))
    finish(case, "export", convs,
           "PyWxDump 3.1+ 导出：export/<wxid>/<wxid>_0_<n+1>.csv（9列，UTF-8无BOM，CRLF）加 users.json；"
           "room_name 为 …@chatroom 的是群；自己发的 talker 为“我”，群系统提示 talker 为“未知”，"
           "type_name 为 系统通知/拍一拍 的行是系统行；“我”的撤回提示是系统行但“我”另有正常发言。",
           sum(len(c.rows) for c in convs))


def case_pywxdump_single_group():
    case = "wechat-pywxdump-single-group"
    case_dir(case)
    convs, _ = world()
    g = convs[0]
    rel = f"{g.id}_0_{len(g.rows) + 1}.csv"
    write_bytes(case, rel, csv_bytes(pywx31_rows(g)))
    finish(case, rel, [g], "单个 PyWxDump 3.1 群CSV文件（无 users.json）；引用回复的 msg 单元格含换行。", len(g.rows))


def case_pywxdump_excel_dates():
    case = "wechat-pywxdump-excel-dates"
    case_dir(case)
    convs, _ = world()
    g = convs[1]
    rel = "华南项目组.csv"
    write_bytes(case, rel, csv_bytes(pywx31_rows(g, time_fmt=excel)))
    finish(case, rel, [g],
           "PyWxDump CSV 被 Excel 另存后的时间格式“2024/3/20 9:02”（无秒、月日一位数，见 WeClone test_0_730.csv）；"
           "同一分钟内多行顺序要保持。",
           len(g.rows))


def case_pywxdump30_json_cell():
    case = "wechat-pywxdump30-json-cell"
    case_dir(case)
    convs, _ = world()
    g = convs[0]
    rel = f"{g.id}_0_{len(g.rows) + 1}.csv"
    write_bytes(case, rel, csv_bytes(pywx30_rows(g)))
    finish(case, rel, [g],
           "PyWxDump 3.0 时代8列格式：content 列是 JSON 字符串 {\"src\":…,\"msg\":…}（CSV内双引号转义），见 WeClone data/example_chat.csv。",
           len(g.rows))


def case_chatlog_folder():
    case = "wechat-chatlog-folder"
    case_dir(case)
    convs, people = world()
    for conv in convs:
        contact = None if conv.is_group else contact_of(conv, people)
        rows = chatlog_rows(conv, contact)
        start = conv.rows[0].t.strftime("%Y-%m-%d")
        end = conv.rows[-1].t.strftime("%Y-%m-%d")
        write_bytes(case, f"export/{conv.id}_{start}_{end}.csv", csv_bytes(rows, lineterminator="\n"))
    finish(case, "export", convs,
           "sjzar/chatlog HTTP API 的 format=csv 导出（文件名 <talker>_<start>_<end>.csv，LF、无BOM）："
           "Time,SenderName,Sender,TalkerName,Talker,Content；系统行 Sender=系统消息；图片为 ![图片](http://…) 链接。",
           sum(len(c.rows) for c in convs))


def case_wechatmsg_10002_sysmsg():
    case = "wechat-wechatmsg-sysmsg-10002"
    case_dir(case)
    convs, people = world()
    g = convs[1]
    liu = next(p for p in people if p.nickname == "大刘")
    g.rows.insert(3, Row(cst(2024, 3, 20, 9, 3, 40), None, 10002, 0, "",
                         raw='<sysmsg type="revokemsg"><revokemsg><session>%s</session><msgid>1029384756</msgid>'
                             '<newmsgid>%s</newmsgid><replacemsg><![CDATA["%s" 撤回了一条消息]]></replacemsg>'
                             '</revokemsg></sysmsg>' % (g.id, svrid(), liu.nickname)))
    rel = "华南项目组/华南项目组_utf8.csv"
    write_bytes(case, rel, csv_bytes(wechatmsg_rows(g, local_base=3000), bom=True))
    finish(case, rel, [g],
           "单个留痕群CSV，含一行 Type=10002 的 <sysmsg type=\"revokemsg\"> XML（新客户端的撤回提示）：计入记录、不算发言人。",
           len(g.rows))


def case_wechatmsg_private_9_values():
    case = "wechat-wechatmsg-private-9-values"
    case_dir(case)
    convs, people = world()
    base = 4000
    for conv in convs:
        contact = None if conv.is_group else contact_of(conv, people)
        rows = wechatmsg_rows(conv, local_base=base, contact=contact)
        base += 100
        if not conv.is_group:
            rows = [rows[0]] + [r[:9] for r in rows[1:]]     # pre-43d6792: 9 values, 12-column header
        write_bytes(case, f"export/聊天记录/{conv.name}/{conv.name}_utf8.csv", csv_bytes(rows, bom=True))
    finish(case, "export", convs,
           "留痕/WeChatMsg 43d6792 之前的版本：私聊CSV每行只有9个值（没有Remark/NickName/Sender），表头却是12列；"
           "群CSV仍是完整12列。短行应按缺列处理而不是报错；私聊为一对一会话。",
           sum(len(c.rows) for c in convs))


def _error_case(case, rel, rows_fn, bad_index, bad_value, col, lineterm, note):
    case_dir(case)
    convs, _ = world()
    g = convs[1]
    rows = rows_fn(g)
    # keep every cell up to the bad row on one line, so physical line == header(1) + record number
    for r in rows[1:bad_index + 1]:
        for k, x in enumerate(r):
            if isinstance(x, str) and "\n" in x:
                r[k] = x.replace("\n", " ")
    rows[bad_index][col] = bad_value
    data = csv_bytes(rows, lineterminator=lineterm)
    write_bytes(case, rel, data)
    line = bad_index + 1
    assert data.decode("utf-8").split(lineterm)[line - 1].endswith(bad_value) or bad_value in \
        data.decode("utf-8").split(lineterm)[line - 1]
    exp = write_expected(case, fmt="wechat", path=rel, outcome="error", group_chats=None,
                         one_to_one_chats=None, group_message_records=None, human_senders=None,
                         bot_senders=None, error_line=line, notes=note, total_records=len(rows) - 1)
    print(summary(case, exp))


def case_error_pywxdump_bad_time():
    _error_case("wechat-error-pywxdump-bad-time", "34920187651@chatroom_0_10.csv", pywx31_rows,
                bad_index=5, bad_value="#VALUE!", col=8, lineterm="\r\n",
                note="PyWxDump CSV 第5条记录（文件第6行）的 CreateTime 是 Excel 错误值“#VALUE!”，应拒绝并报告该行；"
                     "此前没有跨行单元格，所以行号=记录号+1。")


def case_error_chatlog_bad_time():
    def rows_fn(g):
        return chatlog_rows(g)
    _error_case("wechat-error-chatlog-bad-time", "34920187651@chatroom_2024-03-20_2024-03-21.csv", rows_fn,
                bad_index=3, bad_value="昨天 下午3:12", col=0, lineterm="\n",
                note="chatlog CSV 第3条记录（文件第4行）的 Time 列是“昨天 下午3:12”这种无法解析的文字，应拒绝并报告该行。")


CASES = [case_wechatmsg_folder, case_memotrace_named_folders, case_pywxdump_folder,
         case_pywxdump_single_group, case_pywxdump_excel_dates, case_pywxdump30_json_cell,
         case_chatlog_folder, case_wechatmsg_10002_sysmsg, case_wechatmsg_private_9_values, case_error_pywxdump_bad_time,
         case_error_chatlog_bad_time]

if __name__ == "__main__":
    for fn in CASES:
        RNG.seed(20240318)
        fn()
