"""One agenda line read on its own: its times, length, kind, presenter and what is left as title.

The parser (agenda_parser) decides which lines are items; this module reads what an item's line
says. Nothing is invented: a length or a presenter comes only from words of the line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from facilitator.domain import ItemKind
from facilitator.templates import TemplateItem

DEFAULT_MINUTES = 10
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class ParsedItem:
    """One agenda item read from the text. `minutes_from` says where its minutes came from:
    "text" (a duration or a time range in the line), "times" (the next item's start time),
    "share" (an even share of the stated total) or "default"."""

    title: str
    kind: ItemKind = ItemKind.OTHER
    minutes: int = DEFAULT_MINUTES
    presenter: str = ""
    goal: str = ""
    start: dt.time | None = None
    minutes_from: str = "default"
    line: int = 0  # 1-based line of the pasted text

    def to_template_item(self) -> TemplateItem:
        return TemplateItem(title=self.title, kind=self.kind, minutes=self.minutes,
                            presenter=self.presenter, goal=self.goal)


# --- times of day ------------------------------------------------------------------------------
_AMPM = r"(?:\s*(?P<{0}>[aApP])\.?[mM]\.?(?![a-zA-Z]))"
# 9:30, 9:30am, 9am, 13.30 (dotted); four-digit 1330 only inside a range (below).
_CLOCK = (r"(?<![\d:.,/])(?P<{0}h>[01]?\d|2[0-3])(?:(?:[:](?P<{0}m>[0-5]\d))" + _AMPM.format("{0}a")
          + r"?|\.(?P<{0}d>[0-5]\d)" + _AMPM.format("{0}c") + r"?|" + _AMPM.format("{0}b")
          + r")(?![\d:]|[./]\d)")  # not a date ("12.03.2026")
_RANGE_SEP = r"\s*(?:-|–|—|to|until|till|til|and)\s*"
_TIME = re.compile(r"(?:\b(?:from|between)\s+)?" + _CLOCK.format("s")
                   + r"(?:" + _RANGE_SEP + _CLOCK.format("e") + ")?", re.IGNORECASE)
_FOUR = re.compile(r"(?<![\d:.])(?P<sh>[01]\d|2[0-3])(?P<sm>[0-5]\d)\s*(?:-|–|—|to|until)\s*"
                   r"(?P<eh>[01]\d|2[0-3])(?P<em>[0-5]\d)(?!\d)")
_ZONE = (r"(?:CET|CEST|GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|IST|AEST|AEDT|JST|SGT|"
         r"ET|PT|CT|MT|WET|WEST|EET|EEST)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?")
_ZONE_TAG = re.compile(rf"[(\[]\s*(?:{_ZONE}|local time|your time)\s*[)\]]|^\s*{_ZONE}\b",
                       re.IGNORECASE)

# --- lengths -----------------------------------------------------------------------------------
_DURATION = re.compile(
    r"(?<![\w.:])(?:"
    r"(?P<h>\d{1,2}(?:[.,]\d{1,2})?)\s*-?\s*(?:h|hrs?|hours?)(?![a-z])"
    r"(?:\s*(?:and\s*)?(?P<hm>\d{1,2})(?:\s*(?:m|mins?|minutes?)(?![a-z]))?)?"
    r"|(?P<m>\d{1,3})\s*-?\s*(?:m|mins?\.?|minutes?|')(?![a-z])"
    r"|(?P<half>half an hour|half hour|½\s*h(?:ou)?r?)"
    r"|(?P<one>(?:an|one) hour)(?![a-z])"
    r")",
    re.IGNORECASE,
)
_RATE = re.compile(r"^\s*(?:per|each|a piece|apiece|/)\b|^\s*/", re.IGNORECASE)
_LIMIT_WORDS = re.compile(r"(?:\b(?:no longer than|no more than|not more than|at most|up to|"
                          r"max(?:imum)?\.?|about|approx(?:imately|\.)?|around|ca\.?)|~)\s*$",
                          re.IGNORECASE)

# --- kinds -------------------------------------------------------------------------------------
_KIND_WORDS: dict[str, ItemKind] = {
    "presentation": ItemKind.PRESENTATION,
    "sharing": ItemKind.SHARING,
    "working session": ItemKind.WORKING_SESSION,
    "discussion & decision": ItemKind.DISCUSSION_DECISION,
    "discussion and decision": ItemKind.DISCUSSION_DECISION,
    "discussion/decision": ItemKind.DISCUSSION_DECISION,
    "discussion": ItemKind.DISCUSSION_DECISION,
    "decision": ItemKind.DISCUSSION_DECISION,
    "break": ItemKind.BREAK,
    "close & actions": ItemKind.CLOSE_ACTIONS,
    "close and actions": ItemKind.CLOSE_ACTIONS,
    "close & action items": ItemKind.CLOSE_ACTIONS,
    "close and action items": ItemKind.CLOSE_ACTIONS,
    "close & next steps": ItemKind.CLOSE_ACTIONS,
    "close and next steps": ItemKind.CLOSE_ACTIONS,
    "other": ItemKind.OTHER,
}
_KIND_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                     sorted(_KIND_WORDS, key=len, reverse=True))
_KIND_PREFIX = re.compile(rf"^(?P<kind>{_KIND_ALT})\s*(?::|-|–|—|\|)\s*(?P<rest>\S.*)$",
                          re.IGNORECASE)
_KIND_TAG = re.compile(rf"[\[(](?P<kind>{_KIND_ALT})[\])]", re.IGNORECASE)
# Committee papers: "[For decision]", "(for noting)".
_PURPOSE_TAG = re.compile(r"\s*[\[(]\s*for\s+(?P<purpose>decision|discussion|approval|"
                          r"information|noting|note|agreement)\s*[\])]", re.IGNORECASE)

# --- presenters --------------------------------------------------------------------------------
_PRESENTER_LABEL = re.compile(
    r"[\[(,;]?\s*\b(?:presenters?|presented by|speakers?|lead|leads|led by|owner|"
    r"facilitated by|facilitator|moderated by|moderator|chaired by|hosted by)"
    r"\s*[:=]?\s*(?P<who>[^)\],;]+)[)\]]?", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?P<who>[^,;]+?)\s*$", re.IGNORECASE)
_DASH_TAIL = re.compile(r"\s+(?:—|–|-|\|)\s+(?P<who>[^—–|]+?)\s*$")
_DASH_HEAD = re.compile(r"^(?P<who>[^—–|\-:]+?)\s+(?:—|–|-|\|)\s+(?P<rest>\S.*)$")
_BRACKET_TAIL = re.compile(r"\s*[(\[](?P<who>[^()\[\]]+)[)\]]\s*$")
_SEPARATORS = " \t-–—:|,;/"

_AGENDA_WORDS = {
    "welcome", "introduction", "introductions", "intro", "overview", "update", "updates",
    "review", "recap", "summary", "steps", "next", "actions", "action", "items", "close",
    "closing", "wrap", "wrap-up", "q&a", "discussion", "decision", "decisions", "session",
    "break", "lunch", "coffee", "plan", "planning", "goals", "objectives", "remarks", "agenda",
    "budget", "roadmap", "strategy", "priorities", "feedback", "results", "report", "questions",
    "open", "aob", "kick-off", "kickoff", "round", "table", "presentation", "demo", "status",
    "team", "teams", "deep", "dive", "check", "check-in", "outlook", "targets", "pipeline",
    "tbc", "tbd", "tba", "draft", "optional", "part", "cont", "continued", "confidential",
    "online", "hybrid", "all", "everyone", "yes/no", "n/a", "none",
}
# Topics: not a name on their own, but a qualifier of one ("Head of Product", "Dan (Finance)").
_TOPIC_WORDS = {
    "plans", "sales", "marketing", "finance", "product", "brand", "market", "markets", "growth",
    "revenue", "operations", "pricing", "launch", "campaign", "campaigns", "forecast", "risks",
    "risk", "hiring", "wins", "lessons", "learnings", "opening", "keynote", "panel",
    "workshop", "dinner", "networking", "apologies", "minutes", "matters", "arising",
    "business", "reports", "approval", "motion", "motions", "election", "options", "retro",
    "retrospective", "insights", "data", "stage", "vote", "voting", "charter", "scope",
    "timeline", "kpis", "metrics", "scorecard", "issues", "headlines", "to-dos", "todos",
    "conclude", "conclusion", "adjourn", "notes", "prep", "preparation", "breakout", "breakouts",
    "showcase", "intros", "icebreaker", "energiser", "energizer", "reflection", "celebration",
}
_DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "eod", "end", "noon", "tomorrow", "today", "next", "q1", "q2", "q3",
    "q4",
}
_ROLE_WORDS = {"chair", "co-chair", "host", "hosts", "co-host", "lead", "leads", "co-lead",
               "co-leads", "facilitator", "facilitators", "moderator", "secretary", "clerk",
               "treasurer", "organiser", "organisers", "organizer", "organizers", "presenter",
               "presenters", "speaker", "speakers", "panel", "officer", "director", "manager",
               "head", "coach", "owner", "owners", "sponsor", "nurse", "coordinator", "teacher",
               "governor", "governors", "trustee", "trustees", "ceo", "cfo", "cmo", "coo", "cto",
               "president", "vice-president", "deputy", "lawyer", "counsel", "auditor",
               "auditors", "consultant", "adviser", "advisor", "champion", "champions"}
_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "sir", "dame", "pc", "cllr",
           "councillor", "rev", "revd", "fr"}
_CONNECTORS = {"of", "and", "&", "de", "van", "von", "der", "da", "la", "le", "the", "+", "/"}
_NAME_TOKEN = re.compile(r"^\(?(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]{2,5}s?)[),]?$")


def _role_phrase(tokens: list[str]) -> bool:
    """ "school nurse", "deputy head": a few lower-case words ending in a role."""
    return 1 <= len(tokens) <= 3 and tokens[-1].lower() in _ROLE_WORDS and all(
        t.isalpha() and t.lower() not in _AGENDA_WORDS for t in tokens)


def looks_like_name(text: str) -> bool:
    """True for "Jane Doe", "Head of Sales", "J. Carter (CMO)", "Panel chair"; false for
    "Next steps"."""
    tokens = text.replace(",", " ").split()
    if _role_phrase(tokens):
        return True
    if not 1 <= len(tokens) <= 6:
        return False
    if not _NAME_TOKEN.match(tokens[0]) and tokens[0].lower().strip("()") not in _ROLE_WORDS:
        return False
    bracketed = False
    for n, token in enumerate(tokens):
        bare = token.strip("(),").lower()
        bracketed = bracketed or token.startswith("(")
        if bare in _ROLE_WORDS:
            continue
        if bare in _AGENDA_WORDS or bare in _DATE_WORDS:
            return False
        if bare in _TOPIC_WORDS and not bracketed and (
                n == 0 or tokens[n - 1].lower() not in ("of", "for", "&", "and")):
            return False
        if (token.lower() not in _CONNECTORS and bare not in _ROLE_WORDS
                and not _NAME_TOKEN.match(token)):
            return False
    return True


def _person_name(text: str) -> bool:
    """A stricter test for a name written first ("Dana Reyes – Opening remarks"): two or three
    capitalised words, none of them all capitals or an agenda word."""
    tokens = text.split()
    if tokens and tokens[0].rstrip(".").lower() in _TITLES:
        tokens = tokens[1:]
    return 2 <= len(tokens) <= 3 and all(
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+|[A-Z]\.", t) for t in tokens) and \
        looks_like_name(" ".join(tokens))


# --- cleaning ----------------------------------------------------------------------------------

def clean(text: str) -> str:
    """What is left after removals, tidied: no emphasis, empty brackets or dangling separators."""
    text = re.sub(r"\*\*|__|`", "", text)
    text = re.sub(r"\[([^\]]+)\]\((?:https?://|www\.)[^)]*\)", r"\1", text)  # [text](url)
    text = re.sub(r"(?<=\S)\s*\[[^\]]+\]\[[^\]]*\]", "", text)  # a trailing [slides][2]
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)  # [Title][2] standing alone
    text = re.sub(r"[(\[]?\s*<?(?:https?://|www\.)\S+?>?\s*[)\]]?(?=\s|$)", "", text)
    text = re.sub(r"[(\[]\s*[,;:\-–—&/]*\s*[)\]]", "", text)  # brackets emptied by removals
    text = re.sub(r"([(\[])\s*[,;:]\s*", r"\1", text)
    text = re.sub(r"\s*[,;]\s*([)\]])", r"\1", text)
    text = re.sub(r"\s+(?:[-–—|]\s+)+(?=[-–—|]\s)", " ", text)  # "a – – b"
    text = re.sub(r"\s+", " ", text)
    return text.strip(_SEPARATORS + ".").strip()


def _cut(text: str, match: re.Match[str]) -> str:
    return text[:match.start()] + " " + text[match.end():]


# --- reading -----------------------------------------------------------------------------------

def clock(match: re.Match[str], tag: str) -> dt.time | None:
    hour = match.group(f"{tag}h")
    if hour is None:
        return None
    groups = match.groupdict()
    minute = groups.get(f"{tag}m") or groups.get(f"{tag}d") or "0"
    ampm = groups.get(f"{tag}a") or groups.get(f"{tag}b") or groups.get(f"{tag}c")
    h = int(hour)
    if ampm and ampm.lower() == "p" and h < 12:
        h += 12
    elif ampm and ampm.lower() == "a" and h == 12:
        h = 0
    return dt.time(h, int(minute))


def _is_time(match: re.Match[str], tag: str) -> bool:
    """A bare number is not a time; a dotted one ("13.30") is one with two hour digits, am/pm
    or as one end of a range (else "1.5" or a sub-number "1.10" would be read as a time)."""
    groups = match.groupdict()
    if match.group(f"{tag}h") is None:
        return False
    if groups.get(f"{tag}m") is not None or groups.get(f"{tag}a") or groups.get(f"{tag}b"):
        return True
    if groups.get(f"{tag}d") is not None:
        ranged = match.group("eh") is not None
        return bool(groups.get(f"{tag}c")) or len(match.group(f"{tag}h")) == 2 or ranged
    return False


_NOON = re.compile(r"\b12\s?noon\b|\bnoon\b|\bmidday\b", re.IGNORECASE)
_H_TIME = re.compile(r"(?<![\w:.])([01]?\d|2[0-3])h([0-5]\d)(?![\d\w])")


def _readable(text: str) -> str:
    """The text with "noon" and "9h00" (the French way) written as clock times, the same
    length, so that positions found in it cut the original."""
    text = _NOON.sub(lambda m: {7: "12:00pm", 6: "12:00p", 4: "12pm", 8: "12:00 pm"}.get(
        len(m.group()), m.group()), text)
    lead = text[:len(text) - len(text.lstrip(" -–—*•|[](\t"))]
    rest = text[len(lead):]
    if _H_TIME.match(rest):  # only as the line's own time: "(1h30)" further on is a length
        rest = _H_TIME.sub(lambda m: f"{m.group(1)}:{m.group(2)}", rest, count=2)
    return lead + rest


def find_times(text: str) -> tuple[re.Match[str] | None, dt.time | None, dt.time | None]:
    """The first time or time range of the text: (the match, start, end)."""
    text = _readable(text)
    four = _FOUR.search(text)
    if four and not text[:four.start()].strip(" -–—*•|[]("):  # "2024-2029" is two years
        return (four, dt.time(int(four.group("sh")), int(four.group("sm"))),
                dt.time(int(four.group("eh")), int(four.group("em"))))
    for found in _TIME.finditer(text):
        if not _is_time(found, "s"):
            continue
        end = clock(found, "e") if _is_time(found, "e") else None
        start = clock(found, "s")
        if end is None and found.group("eh") is not None:
            # "9 - 10:30": the end tells the start's half of the day
            continue
        if found.group("eb") and not found.group("sa") and not found.group("sb") \
                and start is not None and end is not None and end.hour >= 12 > start.hour \
                and start.hour + 12 <= end.hour:
            start = dt.time(start.hour + 12, start.minute)  # "1:30 - 2:15pm"
        return found, start, end
    return None, None, None


def starts_with_time(text: str) -> bool:
    found, start, _ = find_times(text)
    return start is not None and found is not None and not text[:found.start()].strip(
        " -–—*•|[](").strip()


def is_only_times(text: str) -> bool:
    """A line that gives a time or a range and nothing else ("10:40 – 11:25", "4:30pm")."""
    found, start, _ = find_times(text)
    if found is None or start is None:
        return False
    rest = _ZONE_TAG.sub("", _cut(text, found))
    return not rest.strip(_SEPARATORS + "()[].")


def minutes_between(a: dt.time, b: dt.time) -> int | None:
    diff = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
    if diff < 0 and b.hour < 12:
        diff += 12 * 60  # "12:30 … 1:00" written on a 12-hour clock
    return diff if 0 < diff <= MAX_MINUTES else None


def duration_minutes(match: re.Match[str]) -> int:
    if match.group("h"):
        hours = float(match.group("h").replace(",", "."))
        return round(hours * 60) + int(match.group("hm") or 0)
    if match.group("m"):
        return int(match.group("m"))
    return 30 if match.group("half") else 60


def find_duration(text: str) -> re.Match[str] | None:
    """The first length in the text that is not a rate ("3 minutes per team")."""
    for found in _DURATION.finditer(text):
        if not _RATE.match(text[found.end():]) and duration_minutes(found) > 0:
            return found
    return None


def has_duration(text: str) -> bool:
    return find_duration(text) is not None


_RATE_BRACKET = re.compile(r"\s*[(\[]\s*\d{1,3}\s*-?\s*(?:m|mins?\.?|minutes?|')\s*"
                           r"(?:per|each|a)\s+[\w\s-]{1,20}[)\]]", re.IGNORECASE)


def _remove_duration(text: str) -> tuple[str, int | None]:
    found = find_duration(text)
    if not found:
        return text, None
    before = _LIMIT_WORDS.sub("", text[:found.start()])
    return before + " " + text[found.end():], min(duration_minutes(found), MAX_MINUTES)


def _kind(text: str) -> tuple[str, ItemKind | None]:
    purpose = _PURPOSE_TAG.search(text)
    if purpose:
        deciding = purpose.group("purpose").lower() in ("decision", "discussion", "approval",
                                                         "agreement")
        text, tagged = _kind(clean(_cut(text, purpose)))
        return text, tagged or (ItemKind.DISCUSSION_DECISION if deciding else None)
    prefix = _KIND_PREFIX.match(text)
    if prefix:
        return prefix.group("rest"), _KIND_WORDS[" ".join(prefix.group("kind").lower().split())]
    tag = _KIND_TAG.search(text)
    if tag:
        return clean(_cut(text, tag)), _KIND_WORDS[" ".join(tag.group("kind").lower().split())]
    return text, None


def _presenter_like(who: str, bracketed: bool) -> bool:
    who = presenter_name(who)
    if who.count("/") >= 2:
        return False  # "Start / Stop / Continue"
    if looks_like_name(who):
        return True
    # In brackets at the end, capitalised words name who leads: "(People Team)".
    tokens = who.split()
    return bracketed and 1 <= len(tokens) <= 4 and all(
        _NAME_TOKEN.match(t) and t.lower() not in _DATE_WORDS | _NOT_NAMES for t in tokens)


_NOT_NAMES = {"tbc", "tbd", "tba", "draft", "optional", "part", "cont", "continued", "online",
              "hybrid", "q&a", "aob", "confidential", "recap", "demo", "update", "break", "lunch"}


def _presenter(text: str) -> tuple[str, str]:
    """(title, presenter): from a label ("led by"), "by X" at the end, "– X" at the end, a name
    or role in brackets at the end, or a person's name written first."""
    label = _PRESENTER_LABEL.search(text)
    if label and label.start() > 0 and looks_like_name(label.group("who").strip()):
        return text[:label.start()] + text[label.end():], label.group("who").strip()
    cleaned = clean(text)
    for pattern in (_BY, _DASH_TAIL, _BRACKET_TAIL):
        found = pattern.search(cleaned)
        if found and found.start() > 0 and _presenter_like(found.group("who"),
                                                            pattern is _BRACKET_TAIL):
            return cleaned[:found.start()], found.group("who").strip()
    head = _DASH_HEAD.match(cleaned)
    if head and _person_name(head.group("who").strip()) and not looks_like_name(
            head.group("rest")):
        return head.group("rest"), head.group("who").strip()
    return text, ""


_ORGANISATION = re.compile(
    r"\b(?:university|universidade|universit[éà]|institute|institut|school|college|council|police|"
    r"trust|ltd|limited|inc|gmbh|plc|bank|foods|group|partnership|association|society|agency|"
    r"office|department|ministry|nhs|hospital|centre|center|foundation|homes|company|"
    r"corporation|network|north|lab|labs|studio|consulting|services)\b", re.IGNORECASE)


def presenter_name(text: str) -> str:
    """ "the Chair" is the Chair; "Dr Ana Silva, University of Porto" is Dr Ana Silva (where
    they come from is not part of the name); "Maria Lopez, Tom Becker" stays two people."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    head, _, rest = text.partition(",")
    if rest and _person_name(head.strip()) and _ORGANISATION.search(rest):
        return head.strip()
    return text


def unwrap(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def guess_kind(title: str) -> ItemKind:
    """The kind a bare title implies: a break, the close, or OTHER when it says nothing."""
    low = title.strip().lower()
    if re.fullmatch(r"(?:[\w-]+ )?break(?: (?:and|&) [\w\s-]{1,25})?|"
                    r"(?:networking |team )?(?:lunch|dinner|breakfast)|coffee|"
                    r"(?:afternoon |morning )?tea|"
                    r"(?:coffee|tea|lunch|refreshments)(?: (?:and|&|on|in|at) [\w\s-]{1,25})?",
                    low):
        return ItemKind.BREAK
    if re.match(r"(?:close|closing|wrap[- ]?up|next steps|actions?\b(?! plan)|agreed actions|"
                r"actions? (?:and|&) close)\b", low) or re.search(
                r"(?:(?:\band|&) (?:close|closing(?: \w+)?|next steps|wrap[- ]?up)"
                r"|next steps and \w+)$", low):
        return ItemKind.CLOSE_ACTIONS
    return ItemKind.OTHER


def read_item(text: str, number: int = 0) -> ParsedItem:
    """Everything that can be read from one item's text."""
    start = end = None
    minutes: int | None = None
    source = "default"
    cells = re.split(r"\t+|\s\|\s", text)
    if len(cells) > 1:
        text = " — ".join(c.strip() for c in cells if c.strip())
    found, start, end = find_times(text)
    if found is not None and start is not None:
        text = _cut(text, found)
        text = _ZONE_TAG.sub(" ", text[:found.start() + 1]) + text[found.start() + 1:]
        if end is not None:
            length = minutes_between(start, end)
            if length:
                minutes, source = length, "text"
    text = _ZONE_TAG.sub(" ", text)
    text = _RATE_BRACKET.sub(" ", text)  # a rate says how the slot runs, not how long it is
    text, length = _remove_duration(text)
    if length:
        minutes, source = length, "text"
    text, kind = _kind(clean(text))
    text, presenter = _presenter(text)
    title = clean(text)
    title = title[:1].upper() + title[1:]
    return ParsedItem(title=title, kind=kind or guess_kind(title),
                      minutes=minutes if minutes is not None else 0,
                      presenter=presenter_name(unwrap(presenter)), start=start, line=number,
                      minutes_from=source if minutes is not None else "default")
