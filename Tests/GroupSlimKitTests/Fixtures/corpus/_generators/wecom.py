#!/usr/bin/env python3
"""WeCom (企业微信) cases: 会话内容存档 decrypted messages (one JSON object per line)
and the two group-detail API responses.

Shapes (see /work/shared/docs/export-formats.md section 6; WeCom doc path/91774,
92951, 92707; binarywang/WxJava WxCpMsgAuditTest.java; wener.me WeCom notes):
  * message: {msgid, action send|recall|switch, from, tolist[], roomid, msgtime (ms),
    msgtype, <body>}; roomid "" (or the key absent, as in the voip_doc_share sample)
    for one-to-one chats; group → tolist = the other members.
  * action "switch" records have NO msgtype/from/tolist/roomid: {msgid, action, time, user}.
  * recall: action "recall", msgtype "revoke", revoke.pre_msgid.
  * external contacts: wm…/wo… ids; robots: external_userid beginning with "wb".
  * msgtype "external_redpacket" carries its body under the key "redpacket".
  * meeting.meetingid may exceed Int64 (11101571002822706744 in the WxJava sample).
  * msgid "<digits>_<epoch s>" and "<digits>_<epoch s>_external".

Counting rules:
  group_chats            distinct non-empty roomid values (API response files: 1)
  group_message_records  every record with a non-empty roomid (recalls included)
  human_senders          distinct `from` of records in rooms, robots (wb…) excluded
  bot_senders            distinct wb… `from` in rooms
  one_to_one_chats       distinct unordered {from, tolist[0]} pairs among records
                         with empty/absent roomid (switch records are not chats)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cn_common import case_dir, write_bytes, write_expected, summary, cst, epoch  # noqa: E402

RNG = random.Random(9132024)


def msgid(t, external=False):
    s = "%d_%d" % (RNG.randrange(10 ** 18, 2 * 10 ** 19), epoch(t))
    return s + "_external" if external else s


def md5():
    return "%032x" % RNG.getrandbits(128)


def sdkfileid():
    return "Cts" + "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(60)) + "=="


def ms(t, extra):
    return epoch(t) * 1000 + extra


class Rec:
    def __init__(self, obj, room, sender, partner=None):
        self.obj = obj
        self.room = room            # "" for 1:1
        self.sender = sender        # None for switch
        self.partner = partner      # 1:1 counterpart


def send(t, frm, room, members, msgtype, body, *, bodykey=None, external=False, extra=0,
         omit_roomid=False, to=None):
    if room:
        tolist = [m for m in members if m != frm]
    else:
        tolist = [to]
    obj = {"msgid": msgid(t, external), "action": "send", "from": frm, "tolist": tolist}
    if not omit_roomid:
        obj["roomid"] = room
    obj["msgtime"] = ms(t, extra)
    obj["msgtype"] = msgtype
    obj[bodykey or msgtype] = body
    return Rec(obj, room, frm, None if room else to)


def recall(t, frm, room, members, pre):
    tolist = [m for m in members if m != frm]
    obj = {"msgid": msgid(t), "action": "recall", "from": frm, "tolist": tolist, "roomid": room,
           "msgtime": ms(t, 512), "msgtype": "revoke", "revoke": {"pre_msgid": pre}}
    return Rec(obj, room, frm)


def switch(t, user):
    return Rec({"msgid": str(RNG.randrange(10 ** 20, 10 ** 21)), "action": "switch",
                "time": ms(t, 840), "user": user}, None, None)


def text(t, frm, room, members, content, **kw):
    return send(t, frm, room, members, "text", {"content": content}, **kw)


def image(t, frm, room, members, **kw):
    return send(t, frm, room, members, "image",
                {"md5sum": md5(), "filesize": RNG.randrange(20000, 900000), "sdkfileid": sdkfileid()}, **kw)


def file_(t, frm, room, members, name, **kw):
    return send(t, frm, room, members, "file",
                {"md5sum": md5(), "filename": name, "fileext": name.rsplit(".", 1)[-1],
                 "filesize": RNG.randrange(20000, 5000000), "sdkfileid": sdkfileid()}, **kw)


def is_robot(uid):
    return uid.startswith("wb")


def counts(recs):
    rooms, humans, bots, pairs, records = set(), set(), set(), set(), 0
    for r in recs:
        if r.room:
            rooms.add(r.room)
            records += 1
            (bots if is_robot(r.sender) else humans).add(r.sender)
        elif r.sender is not None:
            pairs.add(frozenset((r.sender, r.partner)))
    return dict(group_chats=len(rooms), one_to_one_chats=len(pairs), group_message_records=records,
                human_senders=len(humans), bot_senders=len(bots))


def jsonl(recs, ensure_ascii=False):
    lines = [json.dumps(r.obj, ensure_ascii=ensure_ascii, separators=(",", ":")) for r in recs]
    return lines


def emit(case, rel, recs, notes, ensure_ascii=False):
    case_dir(case)
    write_bytes(case, rel, ("\n".join(jsonl(recs, ensure_ascii)) + "\n").encode("utf-8"))
    exp = write_expected(case, fmt="wecom", path=rel, outcome="ok", notes=notes,
                         total_records=len(recs), **counts(recs))
    print(summary(case, exp))


# ------------------------------------------------------------------ people / rooms

ZW, LN, WF, CJ, SH, ZL = "ZhangWei", "LiNa", "wangfang", "ChenJie", "SunHao", "zhaolei01"
DIGIT_USER = "18002520163"                        # internal userid made of digits
CLIENT_WM = "wmOgQhDgAAk3Lr8TzQ2pNv5xYcHe7BaA"     # external contact (WeChat user)
CLIENT_WO = "woOgQhDgAAp9Vd3KsW6mRt1yUfJq4LcA"     # external contact (WeCom user of another corp)
ROBOT = "wbOgQhDgAAm5Yh2Kc8Vt3RzPq0LdXwEs"         # 群机器人 (external_userid beginning with wb)

R_ADMIN = "wrOgQhDgAAcX9rT3pLmKv1nZbQe8AAAA"
R_CLIENT = "wrOgQhDgAAyH2mPq7sLdN4xWcRt5AAAA"
R_PROJ = "wrOgQhDgAAe6TzVb8nKj2QmYpLw3AAAA"


def case_archive_multi_room():
    d = lambda h, m, s: cst(2024, 10, 14, h, m, s)  # noqa: E731
    adm = [ZW, LN, WF, DIGIT_USER]
    cli = [SH, CLIENT_WM, CLIENT_WO]
    prj = [ZW, CJ, ZL]
    recs = []
    recs.append(switch(d(8, 0, 3), LN))
    recs.append(text(d(8, 30, 0), ZW, R_ADMIN, adm, "各位早，本周四下午三点全员安全培训，地点一楼报告厅，请准时参加。", extra=117))
    recs.append(text(d(8, 31, 12), LN, R_ADMIN, adm, "收到", extra=402))
    recs.append(text(d(8, 31, 40), WF, R_ADMIN, adm, "收到", extra=9))
    wrong = text(d(8, 35, 2), LN, R_ADMIN, adm, "培训签到表我等下发群里", extra=660)
    recs.append(wrong)
    recs.append(recall(d(8, 35, 30), LN, R_ADMIN, adm, wrong.obj["msgid"]))
    recs.append(file_(d(8, 36, 0), LN, R_ADMIN, adm, "安全培训签到表.xlsx", extra=71))
    recs.append(text(d(9, 2, 45), DIGIT_USER, R_ADMIN, adm, "收到，研发中心这边我来统计。", extra=230))
    recs.append(image(d(9, 3, 10), DIGIT_USER, R_ADMIN, adm, extra=88))
    # one-to-one between two employees (both directions = one chat)
    recs.append(text(d(9, 10, 0), ZW, "", None, "李娜，培训的讲师确认了吗？", to=LN, extra=5))
    recs.append(text(d(9, 12, 31), LN, "", None, "确认了，消防支队的王教官。", to=ZW, extra=347))
    # customer group with external contacts
    recs.append(text(d(10, 0, 0), SH, R_CLIENT, cli, "王总您好，新版报价单已发您邮箱，请查收。", external=True, extra=12))
    recs.append(text(d(10, 5, 18), CLIENT_WM, R_CLIENT, cli, "收到，我们周三内部评审后回复。", external=True, extra=555))
    recs.append(send(d(10, 6, 0), CLIENT_WO, R_CLIENT, cli, "external_redpacket",
                     {"type": 1, "wish": "合作愉快，大吉大利", "totalcnt": 2, "totalamount": 200},
                     bodykey="redpacket", external=True, extra=300))
    recs.append(send(d(10, 6, 40), SH, R_CLIENT, cli, "emotion",
                     {"type": 1, "width": 240, "height": 240, "imagesize": 31232, "md5sum": md5(),
                      "sdkfileid": sdkfileid()}, external=True, extra=41))
    # one-to-one with the external contact: agree record + a text
    recs.append(send(d(10, 20, 0), CLIENT_WM, "", None, "agree",
                     {"userid": CLIENT_WM, "agree_time": ms(d(10, 20, 0), 1)}, to=SH, external=True, extra=1))
    recs.append(text(d(10, 21, 5), SH, "", None, "王总，合同扫描件我单独发您。", to=CLIENT_WM, external=True, extra=78))
    # project room with meeting (meetingid > Int64) and a voice message
    recs.append(send(d(14, 0, 0), ZW, R_PROJ, prj, "meeting",
                     {"topic": "项目周会", "starttime": epoch(d(15, 0, 0)), "endtime": epoch(d(16, 0, 0)),
                      "address": "", "remarks": "", "meetingtype": 102,
                      "meetingid": 11101571002822706744, "status": 1}, extra=914))
    recs.append(text(d(14, 1, 30), CJ, R_PROJ, prj, "收到", extra=63))
    recs.append(send(d(14, 3, 2), ZL, R_PROJ, prj, "voice",
                     {"md5sum": md5(), "voice_size": 6810, "play_length": 10, "sdkfileid": sdkfileid()}, extra=200))
    recs.append(text(d(14, 3, 20), ZL, R_PROJ, prj, "我三点在客户现场，语音说了，请帮我请个假。", extra=233))
    # one-to-one record without a roomid key (shape of the WxJava voip_doc_share sample)
    recs.append(send(d(16, 30, 0), LN, "", None, "voip_doc_share",
                     {"filename": "安全培训课件.pdf", "md5sum": md5(), "filesize": 4400654, "sdkfileid": sdkfileid()},
                     to=DIGIT_USER, omit_roomid=True, extra=14))
    recs.append(text(d(17, 45, 0), ZW, R_ADMIN, adm, "明天的培训改到报告厅B区，其他不变。", extra=701))
    recs.sort(key=lambda r: r.obj.get("msgtime", r.obj.get("time")))
    emit("wecom-archive-multi-room", "archive.jsonl", recs,
         "会话存档解密后每行一个JSON：3个roomid（内部群、含外部联系人wm…/wo…的客户群、项目群），"
         "3个单聊（roomid为空或缺少roomid键；双向消息算一个会话；含agree记录），一条switch记录（不属于任何会话），"
         "一条recall记录计入群记录；external_redpacket的正文键是redpacket；meeting.meetingid超过Int64。")


def case_archive_robot():
    d = lambda h, m, s: cst(2025, 3, 3, h, m, s)  # noqa: E731
    ops = ["liuyang", "heqian", "MaJun", ROBOT]
    room = "wrOgQhDgAAr2BvX8nYcM5kTq1ZsPd7AAA"
    recs = [
        text(d(9, 0, 0), ROBOT, room, ops, "【日报提醒】请各位在今天18:00前提交运维日报。<a href=\"https://example.com/daily\">填写入口</a>", extra=3),
        text(d(9, 2, 13), "liuyang", room, ops, "收到", extra=12),
        text(d(9, 3, 0), "heqian", room, ops, "收到，今天机房巡检后提交。", extra=450),
        image(d(11, 20, 5), "MaJun", room, ops, extra=77),
        text(d(11, 20, 30), "MaJun", room, ops, "2号机柜温度告警已处理，截图如上。", extra=90),
        text(d(17, 30, 0), ROBOT, room, ops, "【日报提醒】还有2人未提交：liuyang、MaJun", extra=5),
        text(d(17, 40, 11), "liuyang", room, ops, "已提交", extra=301),
        text(d(17, 52, 44), "MaJun", room, ops, "已提交[抱拳]", extra=18),
        text(d(18, 0, 0), ROBOT, room, ops, "【日报提醒】今日日报已全部提交，辛苦了！", extra=2),
    ]
    emit("wecom-archive-robot", "archive.jsonl", recs,
         "一个运维群里有群机器人（from为wb开头的external_userid，wener.me/官方文档：机器人账号以wb开头）定时发提醒：计入记录，计为1个机器人；"
         "此文件用ASCII转义（\\uXXXX）写中文。",
         ensure_ascii=True)


def case_single_chat_only():
    d = lambda h, m, s: cst(2023, 11, 20, h, m, s)  # noqa: E731
    recs = [
        send(d(9, 0, 0), CLIENT_WM, "", None, "agree",
             {"userid": CLIENT_WM, "agree_time": ms(d(9, 0, 0), 0)}, to="gaoming", external=True, extra=0),
        text(d(9, 1, 20), "gaoming", "", None, "您好，我是您的专属顾问高明，有问题随时联系我。", to=CLIENT_WM, external=True, extra=204),
        text(d(9, 3, 2), CLIENT_WM, "", None, "好的，谢谢", to="gaoming", external=True, extra=61),
        send(d(9, 30, 0), CLIENT_WO, "", None, "disagree",
             {"userid": CLIENT_WO, "disagree_time": ms(d(9, 30, 0), 0)}, to="gaoming", external=True, extra=0),
        text(d(9, 31, 0), "gaoming", "", None, "林经理您好，已收到您的拒绝存档设置，后续沟通以邮件为准。", to=CLIENT_WO, external=True, extra=640),
        text(d(14, 0, 0), "gaoming", "", None, "周报已提交，请审阅。", to="xuleader", extra=120),
        text(d(14, 10, 30), "xuleader", "", None, "收到", to="gaoming", extra=87, omit_roomid=True),
    ]
    emit("wecom-single-chat-only", "archive.jsonl", recs,
         "只有单聊记录（roomid为空，最后一条缺roomid键）：与外部客户wm…的会话（含agree）、与wo…的会话（含disagree记录）、与上级的会话（双向）；没有任何群。")


def case_error_truncated():
    d = lambda h, m, s: cst(2024, 10, 15, h, m, s)  # noqa: E731
    adm = [ZW, LN, WF]
    recs = [
        text(d(8, 30, 0), ZW, R_ADMIN, adm, "今天下午安全培训别忘了。", extra=10),
        text(d(8, 31, 2), LN, R_ADMIN, adm, "收到", extra=20),
        text(d(8, 32, 9), WF, R_ADMIN, adm, "收到", extra=30),
        image(d(8, 40, 0), LN, R_ADMIN, adm, extra=40),
        text(d(9, 0, 0), ZW, R_ADMIN, adm, "签到表在群文件。", extra=50),
    ]
    case = "wecom-error-truncated"
    case_dir(case)
    lines = jsonl(recs)
    bad = 4                                  # 1-based line that gets cut
    lines[bad - 1] = lines[bad - 1][: len(lines[bad - 1]) // 2]
    try:
        json.loads(lines[bad - 1])
        raise AssertionError("line should be broken")
    except json.JSONDecodeError:
        pass
    write_bytes(case, "archive.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    exp = write_expected(case, fmt="wecom", path="archive.jsonl", outcome="error", group_chats=None,
                         one_to_one_chats=None, group_message_records=None, human_senders=None,
                         bot_senders=None, error_line=bad, total_records=len(recs),
                         notes="第4行的JSON在中途被截断（拉取/落盘中断），应拒绝并报告第4行。")
    print(summary(case, exp))


def case_groupchat_get_msgaudit():
    case = "wecom-groupchat-get-msgaudit"
    case_dir(case)
    members = [(ZW, cst(2023, 6, 1, 9, 0, 0)), (LN, cst(2023, 6, 1, 9, 0, 5)),
               (WF, cst(2023, 6, 1, 9, 0, 5)), (DIGIT_USER, cst(2024, 2, 19, 10, 12, 40))]
    body = {"roomname": "行政通知群", "creator": ZW, "room_create_time": epoch(cst(2023, 6, 1, 9, 0, 0)),
            "notice": "本群用于发布行政通知，请勿闲聊。",
            "members": [{"memberid": m, "jointime": epoch(t)} for m, t in members],
            "errcode": 0, "errmsg": "ok"}
    rel = "groupchat_get.json"
    write_bytes(case, rel, (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    exp = write_expected(case, fmt="wecom", path=rel, outcome="ok", group_chats=1, one_to_one_chats=0,
                         group_message_records=0, human_senders=0, bot_senders=0,
                         notes="会话存档内部群详情接口 POST /cgi-bin/msgaudit/groupchat/get 的响应（roomname/creator/room_create_time/notice/members[memberid,jointime]，秒级时间）："
                               "一个群、4个成员，但没有任何消息，所以发言人数为0。")
    print(summary(case, exp))


def case_groupchat_get_external():
    case = "wecom-groupchat-get-external"
    case_dir(case)
    t0 = cst(2024, 8, 5, 14, 0, 0)
    body = {"errcode": 0, "errmsg": "ok", "group_chat": {
        "chat_id": R_CLIENT, "name": "华东大客户服务群", "owner": SH, "create_time": epoch(t0),
        "notice": "文明沟通，工作时间9:00-18:00",
        "member_list": [
            {"userid": SH, "type": 1, "join_time": epoch(t0), "join_scene": 1, "group_nickname": "客户经理-孙浩", "name": "孙浩"},
            {"userid": "heqian", "type": 1, "join_time": epoch(t0) + 60, "join_scene": 1,
             "invitor": {"userid": SH}, "group_nickname": "", "name": "何倩"},
            {"userid": CLIENT_WM, "type": 2, "unionid": "ozynqsulJFCZ2z1aYeS8h-nuasdAAA",
             "join_time": epoch(t0) + 3600, "join_scene": 3, "group_nickname": "王总", "name": "王建国"},
            {"userid": CLIENT_WO, "type": 2, "join_time": epoch(t0) + 7200, "join_scene": 2,
             "invitor": {"userid": SH}, "group_nickname": "", "name": "林采购"},
        ],
        "admin_list": [{"userid": "heqian"}],
        "member_version": "71217227bbd112ecfe3a49c482195cb4"}}
    rel = "externalcontact_groupchat_get.json"
    write_bytes(case, rel, (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    exp = write_expected(case, fmt="wecom", path=rel, outcome="ok", group_chats=1, one_to_one_chats=0,
                         group_message_records=0, human_senders=0, bot_senders=0,
                         notes="客户群详情接口 POST /cgi-bin/externalcontact/groupchat/get (need_name=1) 的响应：member_list 含员工(type 1)与外部联系人(type 2)、"
                               "join_scene 1/2/3、有的成员没有invitor；一个群、4个成员、没有消息。")
    print(summary(case, exp))


CASES = [case_archive_multi_room, case_archive_robot, case_single_chat_only, case_error_truncated,
         case_groupchat_get_msgaudit, case_groupchat_get_external]

if __name__ == "__main__":
    for fn in CASES:
        RNG.seed(9132024)
        fn()
