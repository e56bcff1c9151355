#!/usr/bin/env python3
"""Generator for the WhatsApp cases of the independent corpus.

Every case is built from a list of entries:
  M(author, text)   a message by a person (text may hold '\n' = continuation lines)
  S(text)           a system/event line with no 'author: ' part
  SA(author, text)  a system notice that carries a pseudo-author (the group name), as
                    iOS exports and some Android E2E notices do
The header of each entry is produced by the case's `hdr(datetime)` function, which is
where the locale shapes live.  Expected counts are computed from the entries:
  records = number of entries (= header lines), humans = distinct authors of M entries.

Header shapes come from other projects' parsers, tests and issue threads (see the
`src` of each case and README-western.md); the chat content is original.
"""
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import (case_dir, make_zip, summary_line, write_bytes, write_expected,  # noqa: E402
                    write_text)

LRM = "\u200e"
NNBSP = "\u202f"
NBSP = "\u00a0"
LRE, PDF = "\u202a", "\u202c"


class M:
    def __init__(self, author, text, lrm_line=False):
        self.author, self.text, self.lrm_line = author, text, lrm_line


class S:
    def __init__(self, text, lrm_line=False):
        self.text, self.lrm_line = text, lrm_line


class SA:
    def __init__(self, author, text, lrm_line=False):
        self.author, self.text, self.lrm_line = author, text, lrm_line


class Raw:
    """A raw line written verbatim (used only for the broken header of error cases)."""
    def __init__(self, text):
        self.text = text


# ----------------------------------------------------------------------------- time
DELTAS = [2, 5, 1, 13, 4, 27, 3, 41, 8, 16, 6, 22]


def schedule(base, n, noon_at=None, midnight_at=None):
    """Deterministic, increasing timestamps crossing several days (day 12 -> 15 or so),
    so day/month order is inferable in every file (a day > 12 appears)."""
    out, t = [], base
    for i in range(n):
        if i and i % 9 == 0:
            t = dt.datetime(t.year, t.month, t.day, 8, 41, 0) + dt.timedelta(days=1)
        elif i:
            t = t + dt.timedelta(minutes=DELTAS[i % len(DELTAS)], seconds=(i * 17) % 60)
        if noon_at is not None and i == noon_at:
            t = dt.datetime(t.year, t.month, t.day, 12, 7, 33)
        if midnight_at is not None and i == midnight_at:
            t = dt.datetime(t.year, t.month, t.day, 0, 4, 9) + dt.timedelta(days=1)
        assert not out or t >= out[-1], "timestamps must not go backwards"
        out.append(t)
    return out


def h12(t):
    return t.hour % 12 or 12


def ampm(t, am="AM", pm="PM"):
    return am if t.hour < 12 else pm


# ----------------------------------------------------------------------------- render
def render(entries, hdr, base, noon_at=None, midnight_at=None):
    times = schedule(base, len(entries), noon_at, midnight_at)
    lines = []
    error_line = None
    for e, t in zip(entries, times):
        if isinstance(e, Raw):
            error_line = len(lines) + 1
            lines.append(e.text)
            continue
        prefix = (LRM if e.lrm_line else "") + hdr(t)
        if isinstance(e, S):
            assert ": " not in e.text, e.text   # a system line must not look like 'author: text'
        else:
            assert ": " not in e.author, e.author
        if isinstance(e, M):
            body = e.author + ": " + e.text
        elif isinstance(e, SA):
            body = e.author + ": " + e.text
        else:
            body = e.text
        lines.extend((prefix + body).split("\n"))
    return "\n".join(lines) + "\n", error_line


def counts(entries):
    recs = [e for e in entries if not isinstance(e, Raw)]
    humans = {e.author for e in recs if isinstance(e, M)}
    return len(recs), len(humans)


# ----------------------------------------------------------------------------- scripts
E2E_EN = ("Messages and calls are end-to-end encrypted. No one outside of this chat, "
          "not even WhatsApp, can read or listen to them. Tap to learn more.")
E2E_EN_IOS = ("Messages and calls are end-to-end encrypted. No one outside of this chat, "
              "not even WhatsApp, can read or listen to them.")

EN_POOL = [
    "Morning all! Stand-up in 5 min",
    "here",
    "present",
    "here \U0001F44B",
    "Yesterday: finished the billing export.\nToday: code review for the sync service.\nBlockers: none",
    "Staging deploy is done, please smoke test before 3pm",
    "Who's in for lunch? Thinking the ramen place on 4th",
    "count me in \U0001F35C",
    "Can't today, client call at 12:30",
    "Reminder: timesheets are due Friday",
    "PR 482 is ready for review, small one I promise",
    "Approved, one nit about the log level",
    "Prod deploy starts at 17:00, expect ~10 min of read-only mode",
    "Deploy finished \u2705 no errors in the dashboards",
    "Can someone cover the support rota on Thursday?",
    "I can take Thursday",
    "thanks!! owe you a coffee",
    "Fire drill at 11, don't panic when the alarm goes off",
    "Retro notes are on the wiki: https://wiki.example.com/retro/sprint-14",
    "Is the VPN down for anyone else?",
    "Works for me, try reconnecting",
    "Back online, thanks",
    "Quick poll: move stand-up to 9:45?",
    "\U0001F44D",
    "fine by me",
    "Out sick today, will check messages later",
    "Feel better!",
    "Offsite agenda:\n1. Roadmap Q3\n2. Hiring plan\n3. Team dinner \U0001F355",
    "Note the new time: Friday 10:00 sharp",
    "Agenda for Monday\n\nPlease add items by EOD",
    "Pizza is in the kitchen on 2 if anyone's hungry",
    "who broke the build? \U0001F605",
    "me, fixing it now",
    "Green again",
]


def pool(i, k):
    """k lines from EN_POOL starting at offset i (rotating), deterministic."""
    return [EN_POOL[(i + j) % len(EN_POOL)] for j in range(k)]


def en_group(g, names, *, v=0, media="<Media omitted>", ios=False, group_author=False,
             attach=None, extra=None, curly=False):
    """An English group conversation.  names = [A, B, C, D, E, F]; F joins and stays
    silent, D leaves after speaking, E is added later and speaks once."""
    A, B, C, D, E, F = names
    q = ("\u201c", "\u201d") if curly else ('"', '"')

    def sysl(text):
        if group_author:
            return SA(g, LRM + text, lrm_line=True)
        return S((LRM + text) if ios else text, lrm_line=ios)

    def media_msg(author):
        if ios:
            return M(author, LRM + media, lrm_line=True)
        return M(author, media)

    p = pool(v, 20)
    es = [
        sysl(E2E_EN_IOS if ios else E2E_EN),
        sysl(f"{A} created group {q[0]}{g}{q[1]}"),
        sysl(f"{A} added you"),
        sysl(f"{A} added {B}, {C} and {D}"),
        M(A, "Welcome to the new group \U0001F389 we'll use it for stand-ups and deploy notices"),
        M(B, "here"),
        M(C, "present"),
        M(D, "here \U0001F44B"),
        M(A, "Yesterday: finished the billing export.\nToday: code review for the sync service.\nBlockers: none"),
        M(B, p[5]),
        media_msg(C),
        M(C, "that's the new seating plan for floor 3"),
        M(D, p[6]),
        sysl(f"{F} joined using this group's invite link"),
        M(A, p[7]),
        M(B, "Lunch at 12:30? Thai place across the street"),
        M(C, "count me in"),
        M(D, p[8]),
        sysl(f"{A} changed the subject from {q[0]}{g}{q[1]} to {q[0]}{g} \u2013 Q2{q[1]}"),
        M(A, p[9]),
        sysl(f"{A} added {E}"),
        M(E, "Hi all, " + E.split()[0] + " from design, happy to be here"),
        M(B, p[10]),
        M(D, "This message was deleted"),
        M(A, "Prod deploy starts at 17:00, expect ~10 min of read-only mode"),
        M(B, "Deploy finished \u2705 no errors in the dashboards"),
        sysl(f"{D} left"),
        M(C, p[11]),
        sysl(f"{A} changed this group's icon"),
        M(A, "Offsite agenda:\n1. Roadmap Q3\n2. Hiring plan\n3. Team dinner \U0001F355"),
        M(B, "Note the new time: Friday 10:00 sharp"),
        M(C, "\U0001F44D"),
    ]
    if attach:
        es.insert(12, attach)
    if extra:
        es.extend(extra)
    return es


# ----------------------------------------------------------------------------- cases
CASES = []
RESULTS = []


def case(fn):
    CASES.append(fn)
    return fn


def emit(name, fname, entries, hdr, base, notes, *, noon_at=None, midnight_at=None,
         bom=False, crlf=False, zip_name=None, zip_members=(), group=True, outcome="ok"):
    d = case_dir(name, "whatsapp")
    text, err = render(entries, hdr, base, noon_at, midnight_at)
    if zip_name:
        data = text.encode("utf-8")
        if bom:
            data = b"\xef\xbb\xbf" + data
        make_zip(os.path.join(d, zip_name), [(fname, data)] + list(zip_members))
        path = zip_name
    else:
        write_text(os.path.join(d, fname), text, bom=bom, newline="\r\n" if crlf else "\n")
        path = fname
    recs, humans = counts(entries)
    if outcome == "error":
        exp = write_expected(d, "whatsapp", path, outcome="error", error_line=err, notes=notes,
                             total_records=recs)
    elif group:
        exp = write_expected(d, "whatsapp", path, group_chats=1, group_message_records=recs,
                             human_senders=humans, notes=notes)
    else:
        exp = write_expected(d, "whatsapp", path, one_to_one_chats=1, notes=notes, total_records=recs)
    RESULTS.append((name, exp))
    return exp


TEAM = ["Priya Nair", "Tom Becker", "Lena Fischer", "Marcus Hill", "Aiko Tanaka", "Sam Ortiz"]


@case
def android_us_12h():
    names = ["Priya Nair", "Tom Becker", LRE + "+1 (415) 555-0134" + PDF, "Marcus Hill",
             "Aiko Tanaka", "Sam Ortiz"]
    extra = [
        M("Priya Nair", "Incident summary:\n2024-03-14 10:30:00 UTC alerts fired\n"
                        "2024-03-14 10:42:00 UTC rollback done\nRoot cause: expired TLS cert"),
        M("Tom Becker", "Thanks Priya \U0001F64F"),
    ]
    es = en_group("Team Alpha", names, v=0, extra=extra)
    return emit("whatsapp-android-us-12h", "WhatsApp Chat with Team Alpha.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d} {ampm(t)} - ",
                dt.datetime(2024, 3, 12, 8, 55), noon_at=15,
                notes="Android en-US, 'M/D/YY, h:mm AM - ' with an ordinary space before AM/PM "
                      "(whatstk header_format_support.json '%m/%d/%y, %I:%M %p - %name:'). Group events: "
                      "created/added/joined by link/changed subject/left/changed icon; <Media omitted>; "
                      "multi-line stand-up; a continuation line that starts with a date "
                      "('2024-03-14 10:30:00 UTC ...', as in Pustur tests/parser.test.ts); a phone-number "
                      "author wrapped in U+202A/U+202C; message text containing ': '. Sam Ortiz only joins "
                      "by link (not a sender). 'This message was deleted' is counted as a record of its author.")


@case
def android_us_12h_nnbsp():
    es = en_group("Release Crew", ["Jordan Lee", "Maya Cohen", "Raj Patel", "Chris Wong",
                                    "Nina Petrova", "Omar Haddad"], v=3)
    return emit("whatsapp-android-us-12h-nnbsp", "WhatsApp Chat with Release Crew.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d}{NNBSP}{ampm(t)} - ",
                dt.datetime(2023, 2, 12, 9, 2), noon_at=12,
                notes="Android en-US since early 2023: U+202F NARROW NO-BREAK SPACE between the time and "
                      "AM/PM ('1/4/23, 7:02\\u202fPM - '). Shape from Pustur/whatsapp-chat-parser issue #248, "
                      "langchain issue #6654, whatstk issue #140.")


@case
def android_24h_mdy():
    es = en_group("Falcon Squad", ["Alice Moreno", "Ben Carter", "Chloe Dubois", "Dev Sharma",
                                    "Emma Stone", "Felix Braun"], v=6)
    return emit("whatsapp-android-24h-mdy", "WhatsApp Chat with Falcon Squad.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2020, 12, 12, 9, 10),
                notes="Android, month-first date with 24-hour time '12/13/20, 23:55 - ' (joweich/chat-miner "
                      "test/whatsapp/testlog.txt and test_dateformat1.txt; mlomb/chat-analytics "
                      "tests/samples/whatsapp/4A_11M.txt).")


@case
def android_uk_ddmmyyyy():
    es = en_group("Ops Weekly", ["Hannah Price", "Oliver Grant", "Isla McKenzie", "Jack Turner",
                                  "Ruby Evans", "Leo Walsh"], v=9)
    return emit("whatsapp-android-uk-ddmmyyyy", "WhatsApp Chat with Ops Weekly.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2024, 5, 12, 8, 50),
                notes="Android en-GB 'DD/MM/YYYY, HH:MM - ' (Pustur/whatsapp-chat-parser tests "
                      "'06/03/2017, 00:45 - You created group \"Test\"'; rodrigogs/whats-reader parser-tests).")


@case
def android_ddmmyy_seconds():
    es = en_group("Data Platform", ["Kofi Mensah", "Laura Rossi", "Mateo Silva", "Nora Jensen",
                                     "Oscar Lind", "Pia Keller"], v=12)
    return emit("whatsapp-android-ddmmyy-seconds", "WhatsApp Chat with Data Platform.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d}:{t.second:02d} - ",
                dt.datetime(2021, 10, 12, 9, 0),
                notes="Android with seconds 'DD/MM/YY, HH:MM:SS - ' (joweich/chat-miner "
                      "test/whatsapp/test_dateformat6.txt).")


@case
def android_en_in_lower_ampm():
    es = en_group("Bangalore Dev Hub", ["Ananya Rao", "Vikram Iyer", "Sneha Kulkarni", "Arjun Mehta",
                                         "Divya Menon", "Rahul Verma"], v=15)
    return emit("whatsapp-android-en-in-lower-ampm", "WhatsApp Chat with Bangalore Dev Hub.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year}, {h12(t)}:{t.minute:02d}{NNBSP}{ampm(t, 'am', 'pm')} - ",
                dt.datetime(2023, 10, 12, 9, 11), noon_at=13,
                notes="Android en-IN/en-GB 12-hour with lowercase am/pm after U+202F: "
                      "'09/10/2023, 11:11\\u202fam - ' (lucasrodes/whatstk issue #140).")


@case
def android_yyyy_dot_after_time():
    es = en_group("Infra Guild", ["Hiro Sato", "Grace Kim", "Felipe Costa", "Elif Demir",
                                   "Daniel Novak", "Clara Weiss"], v=18)
    return emit("whatsapp-android-yyyy-dot-after-time", "WhatsApp Chat with Infra Guild.txt", es,
                lambda t: f"{t.year}/{t.month:02d}/{t.day:02d}, {t.hour:02d}:{t.minute:02d}. - ",
                dt.datetime(2022, 12, 12, 9, 30),
                notes="Year-first date with a dot after the time: '2022/12/14, 13:34. - Name: text' "
                      "(joweich/chat-miner test/whatsapp/test_dateformat3.txt).")


@case
def android_yyyy_12h_lower():
    es = en_group("Cape Town Sales", ["Thabo Nkosi", "Lerato Dlamini", "Pieter van Wyk", "Zanele Khumalo",
                                       "Johan Botha", "Naledi Mokoena"], v=21)
    return emit("whatsapp-android-yyyy-12h-lower", "WhatsApp Chat with Cape Town Sales.txt", es,
                lambda t: f"{t.year}/{t.month:02d}/{t.day:02d}, {h12(t)}:{t.minute:02d} {ampm(t, 'am', 'pm')} - ",
                dt.datetime(2024, 12, 12, 8, 45), noon_at=11,
                notes="Year-first date with 12-hour lowercase am/pm: '2024/12/01, 10:04 pm - ' "
                      "(rodrigogs/whats-reader examples/parser-tests/asian-ampm-format-test.txt, issue #69; "
                      "en-ZA '2023/12/20, 5:46 pm - ' in dimagi/open-chat-studio issue #221).")


@case
def android_en_ca_iso_pm():
    es = en_group("Toronto Support", ["Olivia Tremblay", "Liam Gagnon", "Emma Roy", "Noah Côté",
                                       "Ava Bouchard", "Ethan Morin"], v=24)
    return emit("whatsapp-android-en-ca-iso-pm", "WhatsApp Chat with Toronto Support.txt", es,
                lambda t: f"{t.year}-{t.month:02d}-{t.day:02d}, {h12(t)}:{t.minute:02d} {ampm(t, 'a.m.', 'p.m.')} - ",
                dt.datetime(2023, 12, 12, 8, 40), noon_at=10,
                notes="Android en-CA: ISO date and 'p.m.' with dots: '2023-12-20, 5:46 p.m. - Farid: ...' "
                      "(dimagi/open-chat-studio issue #221).")


@case
def android_ddmmyyyy_pm_dots():
    es = en_group("Sydney Field Team", ["Chloe Nguyen", "Lachlan Smith", "Mia Kelly", "Cooper Jones",
                                         "Zoe Martin", "Harry Brown"], v=27)
    return emit("whatsapp-android-ddmmyyyy-pm-dots", "WhatsApp Chat with Sydney Field Team.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year}, {h12(t):02d}:{t.minute:02d} {ampm(t, 'a.m.', 'p.m.')} - ",
                dt.datetime(2018, 6, 12, 9, 5), noon_at=14,
                notes="Android 'DD/MM/YYYY, hh:mm p.m. - ' with a zero-padded 12-hour clock "
                      "('23/06/2018, 01:55 p.m. - Loris: one', Pustur/whatsapp-chat-parser tests/parser.test.ts; "
                      "rodrigogs/whats-reader european-ampm-format-test.txt).")


@case
def android_dash_24h():
    es = en_group("Warehouse Shift B", ["Sofia Marino", "Luca Bianchi", "Giulia Conti", "Marco Ricci",
                                         "Elena Gallo", "Paolo Greco"], v=30)
    return emit("whatsapp-android-dash-24h", "WhatsApp Chat with Warehouse Shift B.txt", es,
                lambda t: f"{t.day:02d}-{t.month:02d}-{t.year}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2024, 11, 12, 7, 55),
                notes="Dash-separated day-first date 'DD-MM-YYYY, HH:MM - ' (rodrigogs/whats-reader "
                      "examples/parser-tests/dash-format-test.txt; whatstk '%d-%m-%y, %H:%M - %name:').")


@case
def android_dash_dot_time_pm():
    es = en_group("Lagos Finance", ["Chidi Okeke", "Amaka Eze", "Tunde Bakare", "Ngozi Obi",
                                     "Segun Adeyemi", "Funke Ade"], v=33)
    return emit("whatsapp-android-dash-dot-time-pm", "WhatsApp Chat with Lagos Finance.txt", es,
                lambda t: f"{t.day:02d}-{t.month:02d}-{t.year}, {h12(t):02d}.{t.minute:02d} {ampm(t)} - ",
                dt.datetime(2018, 6, 12, 9, 15), noon_at=9,
                notes="Dash date, dot as time separator and AM/PM: '03-06-2018, 01.55 PM - a: m' "
                      "(Pustur/whatsapp-chat-parser tests/parser.test.ts format2).")


@case
def android_no_comma_12h():
    es = en_group("Chicago Events", ["Ashley Brooks", "Tyler Reed", "Megan Price", "Kevin Ward",
                                      "Rachel Kim", "Brandon Fox"], v=2)
    return emit("whatsapp-android-no-comma-12h", "WhatsApp Chat with Chicago Events.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year} {h12(t)}:{t.minute:02d} {ampm(t, 'a.m.', 'p.m.')} - ",
                dt.datetime(2019, 9, 12, 9, 20), noon_at=12,
                notes="No comma between date and time, 4-digit year, 'p.m.': '9/24/2019 11:30 p.m. - John Doe: ...' "
                      "(joweich/chat-miner test/whatsapp/test_dateformat2.txt and testlog.txt).")


ES_POOL = [
    "Buenos días equipo, daily en 5 minutos",
    "presente",
    "aquí",
    "Ayer: terminé el informe de ventas.\nHoy: revisión del contrato con el cliente.\nBloqueos: ninguno",
    "El despliegue a staging está listo, por favor prueben antes de las 3",
    "¿Quién se apunta a comer? Hay menú del día en el bar de la esquina",
    "yo me apunto \U0001F37D\uFE0F",
    "Hoy no puedo, tengo llamada con el cliente",
    "Recordatorio: las hojas de horas se entregan el viernes",
    "Despliegue a producción terminado \u2705",
    "¿Alguien puede cubrir el turno de soporte el jueves?",
    "Yo lo cubro",
    "¡gracias! te debo un café",
    "Nota: la reunión del lunes pasa a las 10:00",
]


def es_group(g, names, media, ios=False):
    A, B, C, D, E = names
    def sysl(text):
        return S((LRM + text) if ios else text, lrm_line=ios)
    def mm(author):
        return M(author, (LRM + media) if ios else media, lrm_line=ios)
    P = ES_POOL
    return [
        sysl("Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, "
             "ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información."),
        sysl(f"{A} creó el grupo \"{g}\""),
        sysl(f"{A} te añadió"),
        sysl(f"{A} añadió a {B}, {C} y {D}"),
        M(A, P[0]), M(B, P[1]), M(C, P[2]), M(D, P[1]),
        M(A, P[3]), M(B, P[4]), mm(C), M(C, "es el plano nuevo de la oficina"),
        M(D, P[5]), M(A, P[6]), M(B, P[7]),
        sysl(f"{E} se unió usando el enlace de invitación de este grupo"),
        M(C, P[8]), M(A, P[9]), M(B, P[10]), M(C, P[11]), M(B, P[12]),
        sysl(f"{D} salió del grupo"),
        M(A, P[13]),
    ]


@case
def android_es_ampm_nbsp():
    es = es_group("Equipo Ventas", ["Sara Gómez", "Alex Ruiz", "Lucía Fernández", "Diego Martín",
                                     "Pablo Ortega"], "<Multimedia omitido>")
    return emit("whatsapp-android-es-ampm-nbsp", "Chat de WhatsApp con Equipo Ventas.txt", es,
                lambda t: f"{t.day}/{t.month}/{t.year} {h12(t)}:{t.minute:02d} {ampm(t, 'a.' + NBSP + 'm.', 'p.' + NBSP + 'm.')} - ",
                dt.datetime(2025, 3, 12, 8, 55), noon_at=12, midnight_at=18,
                notes="Android Spanish (Latin America): no comma, 'a. m.'/'p. m.' with U+00A0 inside the marker: "
                      "'28/3/2025 9:29 p. m. - Sara: ...' (rodrigogs/whats-reader "
                      "gh78-android-spanish-localized-ampm-test.txt; Pustur/whatsapp-chat-parser issue #224 "
                      "'20/6/2017 8:28 p. m.' with a non-breaking space). Includes 12 p. m. (noon) and 12 a. m. "
                      "(00:04) lines. Spanish system lines (creó el grupo, añadió, se unió, salió) and "
                      "<Multimedia omitido>.")


@case
def android_es_comma_nnbsp():
    es = es_group("Soporte Madrid", ["Javier López", "Marta Sánchez", "Carlos Navarro", "Irene Molina",
                                      "Raúl Castro"], "<Multimedia omitido>")
    return emit("whatsapp-android-es-comma-nnbsp", "Chat de WhatsApp con Soporte Madrid.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d}{NNBSP}{ampm(t, 'a.' + NBSP + 'm.', 'p.' + NBSP + 'm.')} - ",
                dt.datetime(2022, 10, 12, 9, 37), noon_at=10,
                notes="Android es-ES 12-hour with comma, U+202F before the marker and U+00A0 inside it: "
                      "'09/10/22, 10:37\\u202fp.\\u00a0m. - ' (joweich/chat-miner test/whatsapp/test_unicode.txt "
                      "'09/10/22, 10:37 p. m. - John Doe: Testing abnormal unicode'; mmddyyyy_12hrs 'a. m.').")


DE_LINES = [
    "Guten Morgen zusammen, Daily in 5 Minuten",
    "da",
    "bin da",
    "Gestern: Angebot für Kunde Müller fertig.\nHeute: Review der Schnittstelle.\nBlocker: keine",
    "Deployment auf Staging ist durch, bitte bis 15 Uhr testen",
    "Wer kommt mit zum Mittagessen? Kantine oder Italiener?",
    "Italiener \U0001F35D",
    "Heute nicht, habe um 12:30 einen Kundentermin",
    "Erinnerung: Stundenzettel bis Freitag abgeben",
    "Produktiv-Deployment erledigt \u2705",
    "Kann jemand am Donnerstag den Support übernehmen?",
    "Mach ich",
    "Danke dir!",
    "Hinweis: Das Jour fixe ist ab jetzt um 10:00",
]


@case
def android_german():
    A, B, C, D, E, F = "Jonas Weber", "Anna Schmidt", "Lukas Hoffmann", "Mia Schneider", "Felix Wagner", "Laura Becker"
    es = [
        S("Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie "
          "lesen oder anhören, nicht einmal WhatsApp. Tippe, um mehr zu erfahren."),
        S(f"{A} hat die Gruppe \"Projekt Nordlicht\" erstellt."),
        S(f"{A} hat dich hinzugefügt."),
        S(f"{A} hat {B} hinzugefügt."),
        S(f"{C} wurde hinzugefügt."),
        S(f"{A} hat {D} hinzugefügt."),
        M(A, DE_LINES[0]), M(B, DE_LINES[1]), M(C, DE_LINES[2]), M(D, DE_LINES[1]),
        M(A, DE_LINES[3]), M(B, DE_LINES[4]),
        M(C, "<Medien ausgeschlossen>"),
        M(D, "IMG-20241213-WA0007.jpg (Datei angehängt)\nNeuer Raumplan für den 3. Stock"),
        M(A, DE_LINES[5]), M(B, DE_LINES[6]), M(C, DE_LINES[7]),
        S(f"{A} hat den Betreff von \u201eProjekt Nordlicht\u201c zu \u201eProjekt Nordlicht 2025\u201c geändert."),
        M(D, DE_LINES[8]),
        S(f"{E} ist über den Einladungslink dieser Gruppe beigetreten."),
        M(A, DE_LINES[9]), M(B, DE_LINES[10]), M(C, DE_LINES[11]), M(B, DE_LINES[12]),
        S(f"{D} hat die Gruppe verlassen."),
        S(f"{A} hat {F} hinzugefügt."),
        S(f"{A} hat {F} entfernt."),
        M(A, DE_LINES[13]),
        M(C, "Agenda für Montag\n\nBitte Punkte bis heute Abend ergänzen"),
    ]
    return emit("whatsapp-android-german", "WhatsApp Chat mit Projekt Nordlicht.txt", es,
                lambda t: f"{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2024, 12, 12, 8, 30),
                notes="Android de-DE 'DD.MM.YY, HH:MM - ' (skowalak/whatsapp-to-sqlite tests/logs/WhatsApp Chat mit "
                      "Die üblichen Verdächtigen.txt; Duelion/whatsapp-wrapped PR #12). German system lines "
                      "(hat die Gruppe erstellt / hinzugefügt / wurde hinzugefügt / Betreff geändert with \u201e\u201c "
                      "quotes / verlassen / entfernt; the link-join line is worded by analogy), "
                      "<Medien ausgeschlossen>, 'IMG-….jpg (Datei angehängt)' followed by a caption line, and a "
                      "message with an empty continuation line. Felix Wagner and Laura Becker never post.")


@case
def android_e2e_with_author():
    A, B, C, D = "Ash Turner", "Brock Lane", "Misty Vale", "Gary Oakes"
    es = [
        SA("Support Rota", E2E_EN),
        S(f"{A} created group \"Support Rota\""),
        S(f"{A} added {B}, {C} and {D}"),
        M(A, "Rota for next week is up, please check your slots"),
        M(B, "Monday and Tuesday are fine for me"),
        M(C, "Can I swap Wednesday with someone?"),
        M(D, "I'll take your Wednesday if you take my Friday"),
        M(C, "deal \U0001F91D"),
        M(A, "Updated the sheet"),
        M(B, "\U0001F44D"),
    ]
    return emit("whatsapp-android-e2e-with-author", "WhatsApp Chat with Support Rota.txt", es,
                lambda t: f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2016, 4, 12, 15, 4),
                notes="The end-to-end-encryption notice carries an author prefix (the group name): "
                      "'15.04.2016, 15:04 - Pokemon Chat: Messages and calls are end-to-end encrypted…' "
                      "(lucasrodes/whatstk chats/whatsapp/pokemon.txt line 1). 'Support Rota' is NOT a human "
                      "sender: classify the notice by its text. DD.MM.YYYY 24h shape.")


@case
def android_russian():
    A, B, C, D = "Анна Петрова", "Дмитрий Смирнов", "Ольга Иванова", "Игорь Кузнецов"
    es = [
        S("Сообщения и звонки защищены сквозным шифрованием. Третьи лица, включая WhatsApp, не могут "
          "прочитать ваши сообщения или прослушать звонки. Нажмите, чтобы узнать подробнее."),
        S(f"{A} создал(-а) группу \u00abОтдел продаж\u00bb"),
        S(f"{A} добавил(-а) {B}, {C}, {D}"),
        M(A, "Доброе утро! Планёрка через 5 минут"),
        M(B, "здесь"),
        M(C, "на месте"),
        M(D, "здесь \U0001F44B"),
        M(A, "Вчера: закрыл сделку с «Альфа».\nСегодня: встреча с клиентом.\nПроблемы: нет"),
        M(B, "<Без медиафайлов>"),
        M(B, "Это новый прайс-лист"),
        M(C, "Кто идёт на обед в 13:00?"),
        M(D, "я \U0001F35C"),
        M(A, "Напоминание: отчёты до пятницы"),
        M(C, "Данное сообщение удалено"),
        M(B, "Выкладка на прод завершена \u2705"),
        S(f"{D} вышел(-а)"),
        M(A, "Спасибо всем!"),
    ]
    return emit("whatsapp-android-russian", "Чат WhatsApp с Отдел продаж.txt", es,
                lambda t: f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2022, 3, 12, 9, 0),
                notes="Android ru-RU 'DD.MM.YYYY, HH:MM - ' with Cyrillic authors and <Без медиафайлов> "
                      "(starkdmi/whats_json test/data/languages/russian_android.txt). System-line wording other "
                      "than the E2E notice is by analogy; none contains ': '.")


ZH_LINES = [
    "大家早上好，五分钟后开站会",
    "到",
    "在",
    "昨天：完成了报表导出。\n今天：评审同步服务的代码。\n阻塞：无",
    "测试环境已经部署好了，请在下午三点前验证",
    "中午一起吃饭吗？楼下新开了一家面馆",
    "我去 \U0001F35C",
    "今天不行，十二点半有客户电话",
    "提醒：周五前提交工时表",
    "生产环境发布完成 \u2705",
    "周四谁能帮忙值班？",
    "我来",
    "谢谢！",
]


@case
def android_zh_cn_period_before_time():
    A, B, C, D, E = "王磊", "李娜", "张伟", "刘洋", "陈静"
    es = [
        S("消息和通话已进行端到端加密。对话之外的任何人，甚至包含 WhatsApp，都无法读取或收听。点按了解更多。"),
        S(f"{A}创建了此群组"),
        S(f"{A}添加了{B}、{C}和{D}"),
        M(A, ZH_LINES[0]), M(B, ZH_LINES[1]), M(C, ZH_LINES[2]), M(D, ZH_LINES[1]),
        M(A, ZH_LINES[3]), M(B, ZH_LINES[4]),
        M(C, "<省略影音内容>"),
        M(D, ZH_LINES[5]), M(A, ZH_LINES[6]), M(B, ZH_LINES[7]),
        S(f"{E}通过此群组的邀请链接加入了群组"),
        M(C, ZH_LINES[8]), M(A, ZH_LINES[9]), M(B, ZH_LINES[10]), M(C, ZH_LINES[11]),
        S(f"{D}退出了群组"),
        M(A, ZH_LINES[12]),
    ]

    def zh_period(t):
        return "上午" if t.hour < 12 else "下午"

    return emit("whatsapp-android-zh-cn-period-before-time", "与产品研发群的 WhatsApp 聊天.txt", es,
                lambda t: f"{t.year}/{t.month}/{t.day} {zh_period(t)}{h12(t)}:{t.minute:02d} - ",
                dt.datetime(2026, 4, 12, 9, 5), noon_at=11,
                notes="Android zh-CN 12-hour: the day period 上午/下午 stands BEFORE the time with no space and "
                      "there is no comma: '2026/4/6 下午1:54 - 发件人: 内容' (a public WhatsApp importer "
                      "lib/import-chat-parser.ts found via the code index; hellodigua/ChatLab "
                      "whatsapp-native-txt.ts and PR #281 list 上午/下午). Chinese system lines "
                      "(创建了此群组 / 添加了 / 加入了群组 / 退出了群组, wording after ChatLab's patterns) and "
                      "<省略影音内容>. 陈静 only joins.")


FI_LINES = [
    "Huomenta kaikille, palaveri 5 minuutin päästä",
    "paikalla",
    "täällä",
    "Eilen: laskutusraportti valmis.\nTänään: koodikatselmointi.\nEsteet: ei",
    "Testiympäristön päivitys on tehty, testatkaa ennen kolmea",
    "Kuka lähtee lounaalle? Ajattelin sushia",
    "minä \U0001F363",
    "Muistutus: tuntikirjaukset perjantaihin mennessä",
    "Tuotantopäivitys valmis \u2705",
    "Kiitos!",
]


def fi_group(names, ios=False, group_author=None):
    A, B, C, D = names
    def sysl(text):
        if group_author:
            return SA(group_author, LRM + text, lrm_line=True)
        return S(text)
    return [
        sysl("Viestit ja puhelut salataan täysin. Kukaan tämän keskustelun ulkopuolinen, ei edes WhatsApp, "
             "voi lukea tai kuunnella niitä."),
        sysl(f"{A} loi ryhmän \"Tiimi Helsinki\""),
        sysl(f"{A} lisäsi {B}, {C} ja {D}"),
        M(A, FI_LINES[0]), M(B, FI_LINES[1]), M(C, FI_LINES[2]), M(D, FI_LINES[1]),
        M(A, FI_LINES[3]), M(B, FI_LINES[4]),
        M(C, (LRM + "kuva jätetty pois") if ios else "<Media jätetty pois>", lrm_line=ios),
        M(D, FI_LINES[5]), M(A, FI_LINES[6]), M(B, FI_LINES[7]), M(C, FI_LINES[8]),
        sysl(f"{D} poistui"),
        M(A, FI_LINES[9]),
    ]


@case
def android_finnish_klo():
    es = fi_group(["Mika Virtanen", "Laura Korhonen", "Jussi Nieminen", "Sanna Mäkinen"])
    return emit("whatsapp-android-finnish-klo", "WhatsApp-keskustelu ryhmässä Tiimi Helsinki.txt", es,
                lambda t: f"{t.day}.{t.month}.{t.year} klo {t.hour}.{t.minute:02d}.{t.second:02d} - ",
                dt.datetime(2018, 6, 12, 8, 50),
                notes="Finnish: 'klo' between date and time, dots in the time, seconds: "
                      "'13.6.2018 klo 21.25.15 - a: m' (Pustur/whatsapp-chat-parser tests/parser.test.ts format5; "
                      "rodrigogs/whats-reader dot-time-klo-format-test.txt). Finnish system wording by analogy.")


@case
def ios_finnish_klo():
    es = fi_group(["Matias Virtanen", "Aino Laine", "Eero Heikkinen", "Noora Koskinen"], ios=True,
                  group_author="Tiimi Helsinki")
    return emit("whatsapp-ios-finnish-klo", "_chat.txt", es,
                lambda t: f"[{t.day}.{t.month}.{t.year} klo {t.hour}.{t.minute:02d}.{t.second:02d}] ",
                dt.datetime(2022, 3, 12, 14, 8),
                notes="iPhone Finnish: '[12.3.2022 klo 14.08.18] Sender: Message' (a public 'WhatsApp Chat Export "
                      "Format Documentation' for Finnish-locale iPhone exports, found via the code index). System "
                      "notices carry the group name as author with U+200E before the text, media line "
                      "'\\u200e…kuva jätetty pois'. 'Tiimi Helsinki' is not a human sender.")


@case
def dotted_colon_separator():
    es = en_group("Night Shift", ["Eva Lindqvist", "Nils Berg", "Karin Holm", "Anders Dahl",
                                   "Sofia Ek", "Per Nyström"], v=5)
    return emit("whatsapp-dotted-colon-separator", "WhatsApp Chat with Night Shift.txt", es,
                lambda t: f"{t.day:02d}.{t.month:02d}.{t.year % 100:02d} {t.hour:02d}.{t.minute:02d}.{t.second:02d}: ",
                dt.datetime(2018, 6, 12, 21, 25),
                notes="No ' - ': a colon follows the dotted time: '13.06.18 21.25.15: a: m' "
                      "(Pustur/whatsapp-chat-parser tests/parser.test.ts format3; rodrigogs/whats-reader "
                      "dot-time-klo-format-test.txt line 2). Message = header + 'Author: text'; system lines have "
                      "no author.")


@case
def central_european_spaced():
    A, B, C, D = "Ana Horvat", "Ivan Kovačević", "Marija Babić", "Luka Jurić"
    es = [
        S("Poruke i pozivi zaštićeni su potpunom enkripcijom. Nitko izvan ovog razgovora, čak ni WhatsApp, "
          "ne može ih pročitati niti poslušati."),
        S(f"{A} je stvorio/la grupu \"Tim Zagreb\""),
        S(f"{A} je dodao/la {B}, {C} i {D}"),
        M(A, "Dobro jutro, sastanak za 5 minuta"),
        M(B, "tu sam"),
        M(C, "prisutna"),
        M(D, "tu"),
        M(A, "Jučer: završio izvještaj.\nDanas: pregled koda.\nPrepreke: nema"),
        M(B, "Tko ide na ručak u 12:30?"),
        M(C, "ja \U0001F35D"),
        M(D, "Deploy na produkciju gotov \u2705"),
        S(f"{D} je izašao/la"),
        M(A, "Hvala svima!"),
    ]
    return emit("whatsapp-central-european-spaced", "WhatsApp Chat with Tim Zagreb.txt", es,
                lambda t: f"{t.day}. {t.month}. {t.year}. {t.hour:02d}:{t.minute:02d}:{t.second:02d} ",
                dt.datetime(2018, 6, 12, 9, 25),
                notes="Spaced date with a trailing dot and no separator before the author: "
                      "'13. 6. 2018. 21:25:15 a: m' (Pustur/whatsapp-chat-parser tests/parser.test.ts format6; "
                      "Croatian-style date). Reported by that project; content and system wording are ours.")


@case
def android_indonesian_dot_time():
    A, B, C, D, E = "Budi Santoso", "Siti Rahma", "Agus Wijaya", "Dewi Lestari", "Rizky Pratama"
    es = [
        S("Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk "
          "WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya."),
        S(f"{A} membuat grup \"Tim Jakarta\""),
        S(f"{A} menambahkan {B}, {C}, {D}"),
        M(A, "Selamat pagi semua, stand-up 5 menit lagi"),
        M(B, "hadir"),
        M(C, "hadir \U0001F44B"),
        M(D, "di sini"),
        M(A, "Kemarin: laporan penjualan selesai.\nHari ini: review kode.\nKendala: tidak ada"),
        M(B, "<Media tidak disertakan>"),
        M(C, "Siapa ikut makan siang jam 12.30?"),
        M(D, "ikut \U0001F35B"),
        S(f"{E} bergabung menggunakan tautan undangan grup ini"),
        M(A, "Deploy ke produksi selesai \u2705"),
        M(B, "Terima kasih!"),
    ]
    return emit("whatsapp-android-indonesian-dot-time", "WhatsApp Chat with Tim Jakarta.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d} {t.hour:02d}.{t.minute:02d} - ",
                dt.datetime(2025, 8, 12, 8, 0),
                notes="Android id-ID: no comma and '.' as time separator: '30/08/25 18.00 - ...' "
                      "(mtln/chat-export PR #28 'Support Indonesian WhatsApp export format'). Rizky Pratama "
                      "only joins.")


def ios_en_group(g, names, v, group_author=False, attach=None, curly=True):
    return en_group(g, names, v=v, media="image omitted", ios=True, group_author=group_author,
                    attach=attach, curly=curly)


@case
def ios_ddmmyyyy_24h():
    es = ios_en_group("London Product", ["Harriet Cole", "George Ellis", "Amelia Ward", "Oscar Bell",
                                          "Freya Lloyd", "Alfie Shaw"], v=7)
    return emit("whatsapp-ios-ddmmyyyy-24h", "_chat.txt", es,
                lambda t: f"[{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2024, 12, 12, 9, 41, 5),
                notes="iPhone en-GB '[31/12/2024, 21:41:05] ' with seconds (rodrigogs/whats-reader README 'Bracketed "
                      "Format'; ChatLab PR #129-131 '[31/10/2024, 15:50:46]'). U+200E at the start of system and "
                      "media lines and before 'image omitted'. System lines here have no author.")


@case
def ios_us_nnbsp_zip():
    names = ["Dana Ruiz", "Eli Brooks", "Farah Aziz", "Gus Larsen", "Hana Sato", "Ivan Petrov"]
    att = M("Eli Brooks", LRM + "<attached: 00000013-PHOTO-2023-01-13-10-14-02.jpg>", lrm_line=True)
    es = ios_en_group("Northwind Ops", names, v=10, group_author=True, attach=att)
    jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
    return emit("whatsapp-ios-us-nnbsp-zip", "_chat.txt", es,
                lambda t: f"[{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d}:{t.second:02d}{NNBSP}{ampm(t)}] ",
                dt.datetime(2023, 1, 12, 9, 58, 12), noon_at=16,
                zip_name="WhatsApp Chat - Northwind Ops.zip",
                zip_members=[("00000013-PHOTO-2023-01-13-10-14-02.jpg", jpeg)],
                notes="iPhone en-US export as a zip ('WhatsApp Chat - <name>.zip' holding _chat.txt and the "
                      "attached photo). Header '[1/7/23, 10:00:00\\u202fAM] ' with U+202F before AM/PM "
                      "(rodrigogs/whats-reader README iOS 12h; ChatLab PR #131). System notices carry the group "
                      "name as author ('Northwind Ops: \\u200eDana Ruiz added you'; the group-name-as-author form "
                      "appears in public parsers' tests, e.g. classify(\"Trip: Ali created group “Trip”\")), so "
                      "'Northwind Ops' is NOT a human sender. U+200E before media lines; '<attached: …>' line.")


@case
def ios_german_dots():
    A, B, C, D, E = "Jonas Weber", "Anna Schmidt", "Lukas Hoffmann", "Mia Schneider", "Felix Wagner"
    es = [
        S(LRM + "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann "
          "sie lesen oder anhören, nicht einmal WhatsApp.", lrm_line=True),
        S(LRM + f"{A} hat die Gruppe \u201eVertrieb Süd\u201c erstellt.", lrm_line=True),
        S(LRM + f"{A} hat {B}, {C} und {D} hinzugefügt.", lrm_line=True),
        M(A, DE_LINES[0]), M(B, DE_LINES[1]), M(C, DE_LINES[2]), M(D, DE_LINES[1]),
        M(A, DE_LINES[3]), M(B, DE_LINES[4]),
        M(C, LRM + "Bild weggelassen", lrm_line=True),
        M(D, DE_LINES[5]), M(A, DE_LINES[6]), M(B, DE_LINES[7]),
        S(LRM + f"{E} ist über den Einladungslink beigetreten.", lrm_line=True),
        M(C, DE_LINES[8]), M(A, DE_LINES[9]),
        S(LRM + f"{D} hat die Gruppe verlassen.", lrm_line=True),
        M(B, DE_LINES[12]),
    ]
    return emit("whatsapp-ios-german-dots", "_chat.txt", es,
                lambda t: f"[{t.day:02d}.{t.month:02d}.{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2024, 6, 12, 8, 15),
                notes="iPhone de-DE '[26.06.26, 15:30:00] ' (rodrigogs/whats-reader "
                      "gh78-ios-german-dot-ampm-unicode-test.txt; joweich/chat-miner test_dateformat5.txt uses the "
                      "same bracket+dots shape month-first). 'Bild weggelassen' media marker after U+200E.")


@case
def ios_no_comma_no_seconds():
    es = en_group("Dublin Recruiting", ["Aoife Byrne", "Cian Murphy", "Niamh Kelly", "Sean Walsh",
                                         "Roisin Doyle", "Eoin Ryan"], v=13)
    return emit("whatsapp-ios-no-comma-no-seconds", "_chat.txt", es,
                lambda t: f"[{t.day:02d}/{t.month:02d}/{t.year % 100:02d} {t.hour:02d}:{t.minute:02d}] ",
                dt.datetime(2019, 1, 12, 11, 25),
                notes="Bracket without comma and without seconds '[01/01/19 11:25] John Doe: …' (joweich/chat-miner "
                      "per shared/docs/export-formats.md; lucasrodes/whatstk header_format_support.json "
                      "'[%d/%m/%y %H:%M] %name:'). Android-style plain system lines and <Media omitted>.")


@case
def ios_ampm_dots_seconds():
    es = en_group("Auckland Studio", ["Aroha Ngata", "Liam Wilson", "Mere Parata", "Jack Thompson",
                                       "Ella Walker", "Manaia Tane"], v=16, media="image omitted")
    return emit("whatsapp-ios-ampm-dots-seconds", "_chat.txt", es,
                lambda t: f"[{t.day:02d}/{t.month:02d}/{t.year}, {h12(t)}:{t.minute:02d}:{t.second:02d} {ampm(t, 'a.m.', 'p.m.')}] ",
                dt.datetime(2019, 12, 12, 9, 14, 40), noon_at=13,
                notes="iPhone en-NZ/AU 12-hour with 'a.m.'/'p.m.' and seconds: '[31/12/2019, 2:14:40 a.m.]' "
                      "(BryceStevenWilley/visioning_texts issue #24; joweich/chat-miner test_dateformat4.txt "
                      "'[09/10/22 11:37:00 p.m.]').")


@case
def ios_es_lrm():
    es = es_group("Ventas México", ["Fernanda Ríos", "Andrés Vega", "Valeria Cruz", "Emilio Soto",
                                     "Regina Paz"], "imagen omitida", ios=True)
    return emit("whatsapp-ios-es-lrm", "_chat.txt", es,
                lambda t: f"[{t.day}/{t.month}/{t.year % 100:02d} {h12(t)}:{t.minute:02d}:{t.second:02d} {ampm(t, 'a.' + NBSP + 'm.', 'p.' + NBSP + 'm.')}] ",
                dt.datetime(2018, 6, 12, 9, 55), noon_at=12,
                notes="iPhone Spanish '[3/6/18 1:55:00 p. m.] a: m' (no comma, seconds, U+00A0 inside 'p. m.') and "
                      "the same with a leading U+200E on system/media lines (Pustur/whatsapp-chat-parser "
                      "tests/parser.test.ts format7/format8). 'imagen omitida' media marker "
                      "(starkdmi/whats_json spanish_ios.txt).")


@case
def ios_dash_brackets():
    es = en_group("Berlin Ops", ["Mary Quinn", "Nate Ford", "Olga Brandt", "Paul Meyer",
                                  "Queenie Lam", "Rolf Zimmer"], v=19)
    return emit("whatsapp-ios-dash-brackets", "_chat.txt", es,
                lambda t: f"[{t.day:02d}-{t.month:02d}-{t.year % 100:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2020, 1, 12, 2, 22, 56),
                notes="Bracketed dash date without comma '[15-01-20 02:22:56] Mary: …' (lucasrodes/whatstk "
                      "chats/whatsapp/lorem.txt; whatstk header_format_support.json '[%d-%m-%y %H:%M:%S] %name:').")


@case
def ios_year_first_zh():
    A, B, C, D = "王磊", "李娜", "张伟", "刘洋"
    g = "产品研发群"
    es = [
        SA(g, LRM + "消息和通话都进行端到端加密。对话之外的任何人，甚至包含 WhatsApp，都无法读取或收听。", lrm_line=True),
        SA(g, LRM + f"{A}创建了群组\u201c{g}\u201d", lrm_line=True),
        SA(g, LRM + f"{A}添加了{B}、{C}和{D}", lrm_line=True),
        M(A, ZH_LINES[0]), M(B, ZH_LINES[1]), M(C, ZH_LINES[2]), M(D, ZH_LINES[1]),
        M(A, ZH_LINES[3]), M(B, ZH_LINES[4]), M(C, ZH_LINES[5]), M(D, ZH_LINES[6]),
        M(A, ZH_LINES[9]),
        SA(g, LRM + f"{D}退出了群组", lrm_line=True),
        M(B, ZH_LINES[12]),
    ]
    return emit("whatsapp-ios-year-first-zh", "_chat.txt", es,
                lambda t: f"[{t.year}/{t.month}/{t.day} {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2026, 7, 12, 2, 28, 9),
                notes="iPhone zh-CN 24-hour year-first bracket without comma '[2026/7/9 02:28:09] Alice: Hey' "
                      "(hellodigua/ChatLab PR #281; ChatLab whatsapp-native-txt.ts comment '[YYYY/MM/DD HH:MM:SS] "
                      "昵称: 内容（中文地区）'). System notices carry the group name as author; '产品研发群' is not "
                      "a human sender.")


@case
def ios_zh_period_seconds():
    A, B, C, D = "周杰", "吴芳", "郑强", "孙丽"
    es = [
        S(LRM + "消息和通话都进行端到端加密。对话之外的任何人，甚至包含 WhatsApp，都无法读取或收听。", lrm_line=True),
        S(LRM + f"{A}创建了群组\u201c市场部\u201d", lrm_line=True),
        S(LRM + f"{A}添加了{B}、{C}和{D}", lrm_line=True),
        M(A, ZH_LINES[0]), M(B, ZH_LINES[2]), M(C, ZH_LINES[1]), M(D, ZH_LINES[2]),
        M(A, ZH_LINES[4]), M(B, ZH_LINES[5]), M(C, ZH_LINES[6]), M(D, ZH_LINES[8]),
        M(A, ZH_LINES[10]), M(C, ZH_LINES[11]), M(A, ZH_LINES[12]),
    ]

    def zh_period(t):
        return "上午" if t.hour < 12 else "下午"

    return emit("whatsapp-ios-zh-period-seconds", "_chat.txt", es,
                lambda t: f"[{t.year}/{t.month}/{t.day} {zh_period(t)}{h12(t)}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2025, 12, 12, 10, 35, 8), noon_at=6,
                notes="iPhone zh-CN 12-hour: '[2025/12/22 下午12:35:08] 名字: 内容' with 上午/下午 before the time "
                      "(listed in shared/docs/export-formats.md from ChatLab; ChatLab PR #281 regex accepts "
                      "上午|下午). Reported shape, not seen in a committed sample.")


@case
def ios_japanese_no_comma():
    A, B, C, D = "佐藤 健", "鈴木 美咲", "高橋 翔", "田中 陽子"
    es = [
        S("メッセージと通話はエンドツーエンド暗号化されています。チャットの参加者以外は、たとえWhatsAppでも読んだり"
          "聞いたりすることはできません。"),
        M(A, "おはようございます。5分後に朝会です"),
        M(B, "はい"),
        M(C, "参加します"),
        M(D, "います \U0001F44B"),
        M(A, "昨日：請求書エクスポート完了。\n今日：コードレビュー。\n課題：なし"),
        M(B, LRM + "画像は含まれていません", lrm_line=True),
        M(C, "お昼どうしますか？駅前のラーメン屋は？"),
        M(D, "行きます \U0001F35C"),
        M(A, "本番デプロイ完了しました \u2705"),
        M(B, "ありがとうございます！"),
    ]
    return emit("whatsapp-ios-japanese-no-comma", "_chat.txt", es,
                lambda t: f"[{t.month}/{t.day}/{t.year % 100:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2022, 3, 12, 14, 56),
                notes="iPhone ja-JP month-first bracket without comma '[3/27/22 21:41:35] Dmitry S: …' "
                      "(starkdmi/whats_json test/data/languages/japanese_ios.txt), '画像は含まれていません' media "
                      "marker. No group-event lines: the group nature shows only through 4 distinct authors.")


@case
def ios_buddhist_calendar():
    es = en_group("Bangkok Office", ["Somchai Wong", "Nok Suwan", "Anan Chai", "Ploy Rat",
                                      "Kittisak Boon", "Mali Sri"], v=22, media="image omitted",
                  ios=True, curly=True)

    def be(t):
        return t.year + 543

    return emit("whatsapp-ios-buddhist-calendar", "_chat.txt", es,
                lambda t: f"[{t.month}/{t.day}/{be(t)} BE, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2022, 3, 12, 14, 56, 1),
                notes="iPhone set to the Buddhist calendar: '[3/18/2565 BE, 14:56:01] ' (starkdmi/whats_json "
                      "test/data/calendars/Buddhist iOS.txt and date_formatter_test.dart 'Buddhist'). Year 2565 BE "
                      "= 2022 CE. Exotic but real.")


@case
def android_crlf_bom():
    es = en_group("Leeds Helpdesk", ["Sophie Hall", "James Wright", "Lily Green", "Tom Baker",
                                      "Evie Clarke", "Noah Hughes"], v=25)
    return emit("whatsapp-android-crlf-bom", "WhatsApp Chat with Leeds Helpdesk.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2024, 2, 12, 8, 30), bom=True, crlf=True,
                notes="UTF-8 BOM at file start and CRLF line endings (both listed in shared/docs/export-formats.md "
                      "§3 'Invisible characters … U+FEFF BOM at file start … CRLF line endings occur'). "
                      "Multi-line messages also use CRLF between their lines; one has an empty continuation line.")


@case
def android_zip_attachments():
    att = M("Rosa Lind", "IMG-20240313-WA0004.jpg (file attached)\nNew floor plan for level 3")
    es = en_group("Site Ops", ["Karl Jensen", "Rosa Lind", "Mads Holm", "Ida Berg", "Theo Falk", "Vera Dal"],
                  v=28, attach=att)
    jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")
    return emit("whatsapp-android-zip-attachments", "WhatsApp Chat with Site Ops.txt", es,
                lambda t: f"{t.day:02d}/{t.month:02d}/{t.year % 100:02d}, {t.hour:02d}:{t.minute:02d} - ",
                dt.datetime(2024, 3, 12, 9, 0),
                zip_name="WhatsApp Chat with Site Ops.zip",
                zip_members=[("IMG-20240313-WA0004.jpg", jpeg)],
                notes="Android export with media: a zip holding 'WhatsApp Chat with Site Ops.txt' and the image; "
                      "'IMG-20240313-WA0004.jpg (file attached)' followed by a caption continuation line "
                      "(shared/docs/export-formats.md §3 container/media; skowalak sample shows the caption form).")


@case
def one_to_one_android():
    A, B = "Priya Nair", "Tom Becker"
    es = [
        S(E2E_EN),
        M(A, "Hey Tom, do you have a minute before stand-up?"),
        M(B, "sure, call you in 2"),
        M(A, "Thanks"),
        M(B, "<Media omitted>"),
        M(B, "that's the budget sheet we talked about"),
        M(A, "Perfect, I'll review it after lunch"),
        M(A, "Looks good.\nTwo comments on row 14 and 22"),
        M(B, "Fixed both \U0001F44D"),
    ]
    return emit("whatsapp-one-to-one-android", "WhatsApp Chat with Tom Becker.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d}{NNBSP}{ampm(t)} - ",
                dt.datetime(2024, 3, 12, 9, 2), group=False,
                notes="A one-to-one chat: two authors, no group events, file named after a person. Expected as "
                      "one conversation that a group audit skips (0 group chats). Judgement call: WhatsApp has no "
                      "explicit chat type; ChatLab whatsapp-native-txt.ts treats <=2 members as private.")


@case
def error_bad_time():
    es = en_group("Team Bravo", ["Nadia Karim", "Owen Price", "Paula Reyes", "Quinn Adams",
                                  "Rita Moss", "Saul Green"], v=1)
    es.insert(20, Raw("3/14/24, 25:61 PM - Owen Price: hi, is the deploy still on?"))
    return emit("whatsapp-error-bad-time", "WhatsApp Chat with Team Bravo.txt", es,
                lambda t: f"{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t.minute:02d} {ampm(t)} - ",
                dt.datetime(2024, 3, 12, 8, 55), outcome="error",
                notes="Android en-US file whose line error_line starts like a header of the file's shape but has an "
                      "impossible time '25:61 PM'. Must be refused, pointing at that line (brief's example).")


@case
def error_bad_month():
    es = ios_en_group("Studio Delta", ["Priya Shah", "Leon Hart", "Maja Novak", "Ravi Das",
                                        "Tess Young", "Umar Ali"], v=4)
    es.insert(17, Raw("[14/13/2024, 09:15:00] Leon Hart: moving the review to Friday"))
    return emit("whatsapp-error-bad-month", "_chat.txt", es,
                lambda t: f"[{t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}:{t.second:02d}] ",
                dt.datetime(2024, 3, 12, 9, 0), outcome="error",
                notes="iPhone day-first file (days 12-15 establish DD/MM) with one header-shaped line dated "
                      "'14/13/2024' (month 13). Must be refused, pointing at that line.")


def main():
    for fn in CASES:
        fn()
    return RESULTS


if __name__ == "__main__":
    for name, exp in main():
        print(summary_line(name, exp))
