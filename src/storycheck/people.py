"""Find named people and their titles in an article, and resolve short references.

Rules, not a model: a capitalised name is a person when a cue says so — a
title next to it ("US Secretary of State Marco Rubio", "Trump's envoy, Steve
Witkoff,", "Dmitry Peskov, the Kremlin spokesman,"), an honorific ("Mr."), an
affiliation ("Al Jazeera's Imran Khan") or a speech verb after it ("Witkoff
predicted", "…,” said Zelenskyy"). Once a person is known, every later bare surname or full name is
found too and resolved to the fullest form the article uses ("Zelenskyy" ->
"Volodymyr Zelenskyy"). Place, organisation, weekday, month and other
ordinary capitalised words never start a name.

A ``PersonRef``'s ``start``/``end`` cover the name as written; ``title_span``
covers the title (with its modifiers and prefixes) wherever it is written.
A role mention spans both, exactly as in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Article, Mention, RoleValue


@dataclass(frozen=True, slots=True)
class PersonRef:
    """One mention of a person: the name as written, its fullest form, its title."""

    start: int
    end: int
    name: str
    canonical: str
    title: str | None = None
    title_span: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int]:
        """Offsets of the title and the name together."""
        if self.title_span is None:
            return self.start, self.end
        return min(self.start, self.title_span[0]), max(self.end, self.title_span[1])


_Found = tuple[int, int, "tuple[int, int] | None"]  # name start, name end, title span

# --- vocabulary ---------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LO = "a-zß-öø-ÿā-ž"
_SP = r"[^\S\n]+"  # a name or title never runs across a paragraph break

_TITLES = """
secretary of state|secretary of defense|secretary of defence|secretary of the treasury|
secretary of homeland security|secretary general|secretary-general|attorney general|
national security adviser|national security advisor|chief of staff|chief executive|
prime minister|foreign minister|defence minister|defense minister|interior minister|
finance minister|economy minister|energy minister|justice minister|health minister|
foreign secretary|home secretary|defence secretary|defense secretary|treasury secretary|
commerce secretary|state secretary|press secretary|vice president|president-elect|
lieutenant general|major general|lieutenant|captain|sergeant|corporal|minister|secretary|president|chancellor|senator|sen\\.|
congressman|congresswoman|lawmaker|governor|gov\\.|mayor|general|gen\\.|admiral|colonel|
commander|ambassador|envoy|spokesman|spokeswoman|spokesperson|ceo|chairman|chairwoman|
director|chief|leader|premier|king|queen|prince|princess|pope|emperor|commissioner|
correspondent|reporter|editor|analyst|professor|judge|mp
"""
# Titles that cue the name they go with ("campaign manager Robby Mook") but are too common as plain nouns to make
# a description of their own ("the economist" is anyone).
_NAME_TITLES = """
representative|rep\\.|adviser|advisor|aide|strategist|consultant|manager|pollster|economist|historian|fellow|
lawyer|attorney|founder|co-founder|activist|host|anchor|columnist|author|candidate|nominee|chair|chairperson|
official|officer|scientist|researcher|expert|speaker|commentator|co-host|moderator|co-moderator|pastor|rev\\.|
reverend|bishop|rabbi|imam|committeeman|committeewoman|delegate|superdelegate|justice|sheriff|coach|publisher|
producer|comedian|actor|actress|singer|journalist|writer|blogger|donor|businessman|businesswoman|billionaire|
entrepreneur|mogul|tycoon
"""
# Rank abbreviations: a title before a name ("Navy Capt. Jeff Davis"), never a name of its own.
RANK_ABBREVIATIONS = ("Lt", "Capt", "Maj", "Col", "Sgt", "Cpl", "Cmdr", "Adm")


def _alternation(titles: Iterable[str]) -> str:
    """A case-blind regex of ``titles``, longest first, any run of spaces between their words."""
    return "(?i:" + "|".join(t.replace(" ", _SP) for t in sorted(titles, key=len, reverse=True)) + r")(?![\w-])"


def _listed(block: str) -> list[str]:
    return [t.strip() for t in block.split("|") if t.strip()]


_OFFICES = [*_listed(_TITLES), *(rf"{r.lower()}\." for r in RANK_ABBREVIATIONS)]
_TITLE = _alternation(_OFFICES)  # makes a description: "the Ukrainian president"
_NAME_TITLE = _alternation([*_OFFICES, *_listed(_NAME_TITLES)])
# Words that change what a title claims: "former", "acting", "then-".
_MODIFIER = (
    r"(?:(?i:former|acting|new|previous|outgoing|incoming|interim|late|deputy|vice|special|"
    r"senior|top|first|current)" + _SP + r"|(?i:then|ex)-\s*)"
)
# Lower-case organisation words that may precede a title: "Air force spokesman".
_ORG_WORD = (
    r"(?i:force|forces|ministry|department|army|navy|military|government|party|office|agency|defen[cs]e|"
    r"campaign|committee|communications|policy|press)"
)
# (a word ending a sentence, "Committee.", is no prefix: only an abbreviation's full stop, "U.S.", "Rep.", goes on)
_PREFIX = rf"(?:(?![{_UP}][{_LO}]{{4,}}\.(?!\w))[{_UP}][\w.’'&-]*|{_ORG_WORD})"
_TITLE_PHRASE = rf"(?:(?:{_MODIFIER}|{_PREFIX}{_SP})){{0,6}}{_NAME_TITLE}"

_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|ibn|abu|al|dos|das|ter)"
_TOKEN = rf"(?:(?:al|el)-|[{_UP}][’'](?=[{_UP}]))?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:[-'’][{_UP}][{_LO}]+|-[{_LO}]{{2,}})*"
_INITIAL = rf"[{_UP}]\."
_NAME = (
    rf"(?<![\w’'.-])(?:{_INITIAL}{_SP})*{_TOKEN}"
    rf"(?:{_SP}(?:(?:{_PARTICLE}|{_INITIAL}){_SP})*{_TOKEN}){{0,3}}(?![\w])"
)

_SPEECH = (
    r"(?:said|says|told|tells|added|adds|stated|states|noted|notes|wrote|writes|predicted|warned|"
    r"insisted|argued|claimed|stressed|emphasi[sz]ed|explained|asked|replied|responded|declared|"
    r"announced|confirmed|acknowledged|admitted|conceded|remarked|tweeted|posted|called|accused|"
    r"urged|vowed|promised|pledged|suggested|reiterated|recalled|commented|reported|spoke|speaks|"
    r"(?:was|were)\s+quoted)\b"
)
# Words that may sit between a subject and its verb: "Bessent also said", "Trump, who recently called".
FILLER_WORD = (
    r"(?:who|also|recently|earlier|later|then|now|again|previously|still|had|has|have|was|were|is|"
    r"would|will|did|does|to|once|just|first|further|initially|[\w]+ly|"
    r"(?:on|last|this|late|early)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|this|next)\s+(?:week|month|year))"
)
_FILL = rf"(?:[\s,]+{FILLER_WORD}\b)*"

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_MONTHS = "January February March April June July August September October November December"
# Capitalised words that start sentences or headings but never a name; trimmed off the left.
_FUNCTION = frozenset(
    f"""
    {_WEEKDAYS} {_MONTHS} The A An And But Or Nor So Yet For In On At By Of To From With As If When
    While After Before Since Although Though Because Then Now Here There This That These Those It Its
    He She They We I You His Her Their Our My Your Last Next Meanwhile However Also Still Yet Even
    Earlier Later Today Yesterday Tomorrow Tonight Asked Speaking Writing Reporting According Despite
    Says Said Tells Told Asks Calls Called Wants Slams Blasts Amid During Under Over Against Between Across
    Around Recommended Published Source Advertisement Read Watch Listen More Breaking Update Updated Live Can Will Would Should Could Did Does Do Is Are
    Was Were Has Have Had Not No Yes Dear Both Many Some Most All Each Every Other Others Several
    """.split()
)
# Capitalised words that are places, peoples, organisations or title words, never a person's name.
_NOT_NAME = _FUNCTION | frozenset(
    """
    Ukraine Ukrainian Ukrainians Kyiv Kiev Russia Russian Russians Moscow Kremlin Washington America
    American Americans United States Kingdom Nations Union European Europe Europeans Britain British
    England English London Paris France French Germany German Berlin Poland Polish Warsaw China Chinese
    Beijing Japan Japanese India Indian Iran Iranian Israel Israeli Gaza Palestinian Syria Syrian
    Turkey Turkish Saudi Arabia Arabian Qatar Crimea Crimean Donbas Donetsk Luhansk Kharkiv Odesa Kherson
    Zaporizhzhia Belarus Belarusian Minsk Africa African Asia Asian Korea Korean Canada Canadian Mexico
    Brussels Geneva Istanbul Ankara Riyadh Tehran Baghdad Kabul Pakistan Afghanistan Western Eastern
    Northern Southern West East North South Central Soviet Nazi Christian Muslim Jewish Arab
    NATO Congress Senate House Parliament Pentagon Telegram Twitter Facebook Instagram YouTube
    Reuters Bloomberg Associated Press Agence Interfax Jazeera Al Times Post Journal News Daily Guardian
    Party Republican Republicans Democrat Democrats Democratic Force Forces Air Army Navy Ministry
    Department Council Court Agency Service Office Committee Commission Institute University College
    School Bank Fund Company Group Corporation Peninsula Sea River Island Islands City County Province
    Region Oblast Street Square Bridge Airport Republic Federation Republique Place Stories Ties
    Administration Government Police Officials Authorities Analysts Critics Experts Sources Residents
    Witnesses Observers Diplomats Lawmakers Everyone Nobody Someone God Christmas Easter Ramadan
    Relations Talks War Peace Attack Drone Drones Support Uncertainty Military Largest Record Strained
    Secretary President Minister Prime Foreign Deputy Vice Chancellor Senator Governor Mayor General
    Ambassador Envoy Spokesman Spokeswoman Spokesperson Chief Leader Chairman Director Commander
    Former Acting New Previous Treasury State Defense Defence Interior Finance Justice Special King
    Queen Prince Pope Sen Gov Gen Mr Mrs Ms Dr Prof Sir Dame Lord Lady Saint St Rep Representative Adviser
    Advisor Aide Strategist Consultant Manager Pollster Economist Historian Lawyer Attorney Founder Activist
    Host Anchor Columnist Candidate Nominee Chairperson Official Officer Scientist Researcher Expert Speaker
    Commentator Moderator Reverend Rev Rabbi Imam Committeeman Delegate Sheriff Publisher Producer Comedian
    Actor Actress Journalist Blogger Donor Businessman Billionaire Mogul
    Motors Electric Airlines Airways Holdings Industries Systems Technologies Partners Capital Energy
    Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belgium
    Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Chile Colombia Congo Croatia Cuba Cyprus Czechia
    Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland Georgia Ghana Greece Guatemala Haiti
    Hungary Iceland Indonesia Iraq Ireland Italy Jamaica Jordan Kazakhstan Kenya Kosovo Kuwait
    Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Moldova Mongolia
    Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Panama
    Paraguay Peru Philippines Portugal Romania Rwanda Senegal Serbia Singapore Slovakia Slovenia
    Somalia Spain Sudan Sweden Switzerland Taiwan Tajikistan Tanzania Thailand Tunisia Turkmenistan
    Uganda Uruguay Uzbekistan Venezuela Vietnam Yemen Zambia Zimbabwe Hungarian Italian Spanish
    Dutch Swedish Finnish Norwegian Danish Greek Romanian Czech Slovak Estonian Latvian Lithuanian
    Georgian Armenian Egyptian Lebanese Iraqi Jordanian Kuwaiti Emirati Qatari Yemeni Libyan Sudanese
    Nigerian Kenyan Brazilian Argentine Mexican Venezuelan Cuban Colombian Australian Taiwanese
    Vietnamese Indonesian Filipino Pakistani Afghan Kazakh Moldovan Serbian Hungarians Chechen
    Rome Madrid Vienna Prague Budapest Bucharest Sofia Athens Stockholm Oslo Helsinki Copenhagen
    Amsterdam Hague Lisbon Dublin Tokyo Seoul Delhi Mumbai Cairo Damascus Beirut Jerusalem Tel Aviv
    Dubai Doha Baku Tbilisi Yerevan Chisinau Vilnius Riga Tallinn Bratislava Ljubljana Zagreb
    Belgrade Sarajevo Skopje Tirana Ottawa Toronto Sydney Canberra Manila Jakarta Bangkok Hanoi
    Caracas Havana Brasilia Lagos Nairobi Johannesburg Lviv Dnipro Mariupol Bakhmut Kursk Belgorod
    Crimean Sevastopol Bryansk Petersburg Sochi Siberia California Texas Florida York Virginia Ohio
    Michigan Pennsylvania Arizona Nevada Georgia Carolina Alaska Hawaii Chicago Boston Seattle
    """.split()
) | frozenset(RANK_ABBREVIATIONS)
_NATIONALITY = {
    "ukrainian": "ukraine", "russian": "russia", "american": "us", "u.s.": "us", "us": "us",
    "u.s": "us", "usa": "us", "british": "uk", "britain": "uk", "u.k.": "uk", "french": "france",
    "german": "germany", "chinese": "china", "israeli": "israel", "iranian": "iran",
    "european": "eu", "turkish": "turkey", "polish": "poland", "belarusian": "belarus",
}
# A description's head "leader" matches any of these heads of state or government.
_LEADER_TITLES = frozenset("president leader prime premier chancellor king queen emperor".split())

# --- patterns -----------------------------------------------------------------

_TITLED = re.compile(rf"(?<![\w’'.-])(?P<title>{_TITLE_PHRASE}){_SP}(?P<name>{_NAME})")
# "The Prime Minister of Israel, Benjamin Netanyahu," — the title may name its country.
_OF_PLACE = rf"(?:{_SP}of{_SP}(?:the{_SP})?[{_UP}][\w’'.-]*(?:{_SP}[{_UP}][\w’'.-]*){{0,2}})?"
_APPOSITIVE = re.compile(rf"(?<![\w’'.-])(?P<title>{_TITLE_PHRASE}{_OF_PLACE}),{_SP}(?P<name>{_NAME})(?=\s*[,.])")
# "Jennifer Green, director of the literacy program," — the title may say what of.
_TITLE_OF = rf"(?:{_SP}(?:of|at|for){_SP}[^,;\n“”\"]{{1,60}}?)?"
_POSTPOSED = re.compile(
    rf"(?P<name>{_NAME}),{_SP}(?:(?i:the|an?){_SP})?(?P<title>{_TITLE_PHRASE}{_TITLE_OF})(?=\s*,|{_SP}{_SPEECH})"
)
_HONORIFIC = re.compile(rf"(?<![\w])(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?{_SP}(?P<name>{_NAME})")
_AFFILIATION = re.compile(rf"(?<![\w’'.-])[{_UP}][\w.&-]*(?:{_SP}[{_UP}][\w.&-]*){{0,3}}[’']s{_SP}(?P<name>{_NAME})")
_SPEAKER = re.compile(rf"(?P<name>{_NAME}){_FILL}{_SP}{_SPEECH}")
# "…,” said Zelenskyy", "…, said John Smith": an attribution verb between a closing quote or a comma and the name.
_INVERTED = re.compile(rf"(?:[,.!?]?[”\"’]|,){_SP}(?:said|says|added|asked|stated|wrote|noted|insisted){_SP}(?P<name>{_NAME})")
_NAME_TOKENS = re.compile(rf"{_INITIAL}|{_TOKEN}")
_WORDS = re.compile(r"[\w.’'-]+")

DESCRIPTION_PATTERN = (
    rf"(?<![\w])[Tt]he{_SP}(?:(?:{_MODIFIER}|{_PREFIX}{_SP})){{0,4}}{_TITLE}"
)
"""Regex source for a titled description without a name: "the Ukrainian leader"."""


# --- public API ---------------------------------------------------------------


def find_people(text: str) -> list[PersonRef]:
    """Every mention of a named person in ``text``, in order, with canonical names."""
    taken = _Taken()
    found: list[_Found] = []
    bodies: list[tuple[int, int]] = []  # what a title is of: "chief executive of [the National Urban League]"
    for start, end, title_span in _cued(text):
        if title_span is None and any(s <= start and end <= e for s, e in bodies):
            continue  # "…, the chief executive of the National Urban League, forcefully told": no person
        if taken.claim(start, end):
            found.append((start, end, title_span))
            if title_span is not None and (of := text.rfind(" of ", *title_span)) >= 0:
                bodies.append((of + 4, title_span[1]))
    found.extend((s, e, None) for s, e in _recurrences(text, found, taken))
    found.sort()
    return _canonicalize(text, found)


def extract_roles(article: Article) -> list[Mention]:
    """One role mention per person-with-title occurrence; span is title and name together."""
    mentions = []
    for ref in find_people(article.text):
        if ref.title is None:
            continue
        start, end = ref.span
        mentions.append(
            Mention(article.id, start, end, article.text[start:end], RoleValue(ref.canonical, ref.title))
        )
    return mentions


def resolve_description(refs: Sequence[PersonRef], description: str, pos: int) -> str | None:
    """The person a description like "the Ukrainian president" refers to at ``pos``."""
    people = described(titles_of(refs), description)
    return nearest(refs, people, pos) if people else None


def titles_of(refs: Iterable[PersonRef]) -> set[tuple[str, str]]:
    """The distinct (person, title) pairs among ``refs``."""
    return {(r.canonical, r.title) for r in refs if r.title is not None}


def described(titles: Iterable[tuple[str, str]], description: str) -> set[str]:
    """The people whose title best fits a description: all its words, fewest others."""
    words = [_norm(w) for w in _WORDS.findall(description)]
    words = [w for w in words if w and w != "the"]
    if not words:
        return set()
    head, quals = words[-1], set(words[:-1])
    countries = set(_NATIONALITY.values())
    strict: dict[str, int] = {}  # person -> fewest title words the description does not have
    loose: dict[str, int] = {}
    for person, title in titles:
        tw = {_norm(w) for w in _WORDS.findall(title)}
        if not (head in tw or (head == "leader" and tw & _LEADER_TITLES)):
            continue
        extra = len(tw - quals - {head} - countries)  # "Deputy" makes a worse match for "the foreign minister"
        if quals <= tw:
            strict[person] = min(extra, strict.get(person, extra))
        elif not (tw & countries) - quals:
            loose[person] = min(extra, loose.get(person, extra))  # the title names no other country
    pool = strict or loose
    best = min(pool.values(), default=0)
    return {p for p, x in pool.items() if x == best}


def nearest(refs: Sequence[PersonRef], people: set[str], pos: int) -> str:
    """Of ``people``, the one mentioned last before ``pos``, else the first mentioned after."""
    for i in range(bisect_left(refs, pos, key=lambda r: r.start) - 1, -1, -1):
        if refs[i].canonical in people:
            return refs[i].canonical
    return next(r.canonical for r in refs if r.canonical in people)


# --- detection ----------------------------------------------------------------


def _cued(text: str) -> Iterable[tuple[int, int, tuple[int, int] | None]]:
    """(name start, name end, title span) of every cued name, strongest cues first."""
    for pattern in (_TITLED, _APPOSITIVE, _POSTPOSED):
        for m in pattern.finditer(text):
            title = _trim_title(text, m.start("title"), m.end("title"))
            name = _valid_name(text, m.start("name"), m.end("name"), trim=False)
            if title and name:
                yield name[0], name[1], title
    for pattern, min_tokens in ((_HONORIFIC, 1), (_AFFILIATION, 2), (_SPEAKER, 1), (_INVERTED, 1)):
        for m in pattern.finditer(text):
            name = _valid_name(text, m.start("name"), m.end("name"), trim=True)
            if name and len(_NAME_TOKENS.findall(text, name[0], name[1])) >= min_tokens:
                yield name[0], name[1], None


def _trim_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop sentence-initial words ("But", "On Sunday") from the left of a title."""
    for w in _WORDS.finditer(text, start, end):
        if w.group() not in _FUNCTION:
            return w.start(), end
    return None


def _valid_name(text: str, start: int, end: int, trim: bool) -> tuple[int, int] | None:
    """The name's span with non-name words trimmed from its ends, or None if it is no name."""
    tokens = [(m.start(), m.end(), m.group()) for m in _NAME_TOKENS.finditer(text, start, end)]
    if trim:  # "Treasury Secretary Scott Bessent said": a speech cue's run may start with a title
        while tokens and (tokens[0][2] in _NOT_NAME or tokens[0][2].endswith(".")):
            tokens.pop(0)
    while tokens and tokens[-1][2] in _FUNCTION:
        tokens.pop()
    words = [t[2] for t in tokens if not t[2].endswith(".")]
    if not words or any(w in _NOT_NAME or w.endswith("ians") for w in words):
        return None
    return tokens[0][0], tokens[-1][1]


def _recurrences(text: str, found: Sequence[_Found], taken: _Taken) -> Iterable[tuple[int, int]]:
    """Later (and earlier) uses of a known person's full name or surname."""
    forms: set[str] = set()
    for start, end, _ in found:
        words = text[start:end].split()
        forms.add(" ".join(words))
        forms.add(words[-1])
    if not forms:
        return
    alts = "|".join(re.escape(f).replace(r"\ ", _SP) for f in sorted(forms, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w’'.-])(?:{alts})(?![\w])", text):
        if taken.claim(m.start(), m.end()):
            yield m.start(), m.end()


class _Taken:
    """Name spans already claimed, kept sorted so an overlap check is a bisection."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []

    def claim(self, start: int, end: int) -> bool:
        """Claim ``[start, end)`` unless it overlaps a claimed span."""
        i = bisect_left(self.spans, (start, end))
        if i > 0 and self.spans[i - 1][1] > start or i < len(self.spans) and self.spans[i][0] < end:
            return False
        self.spans.insert(i, (start, end))
        return True


# --- canonical names ----------------------------------------------------------


def _canonicalize(text: str, found: Sequence[_Found]) -> list[PersonRef]:
    """Resolve each name to the fullest form of that person's name in the text."""
    names = [" ".join(text[s:e].split()) for s, e, _ in found]
    full: dict[str, _Forms] = {}  # by surname
    for (start, _, _), name in zip(found, names):
        parts = name.split()
        if len(parts) > 1:
            full.setdefault(parts[-1], _Forms()).add(start, name)
    refs = []
    for (start, end, title_span), name in zip(found, names):
        forms = full.get(name.split()[-1])
        canonical = forms.fullest(name, start) if forms else name
        title = text[title_span[0] : title_span[1]] if title_span else None
        refs.append(PersonRef(start, end, text[start:end], canonical, title, title_span))
    return refs


class _Forms:
    """The full names sharing one surname: where each occurs, and the longest per given name."""

    def __init__(self) -> None:
        self.positions: list[int] = []  # added in text order
        self.given: list[str] = []
        self.longest: dict[str, str] = {}

    def add(self, pos: int, name: str) -> None:
        given = name.split()[0]
        self.positions.append(pos)
        self.given.append(given)
        if len(name) > len(self.longest.get(given, "")):
            self.longest[given] = name

    def fullest(self, name: str, pos: int) -> str:
        """The longest form sharing the name's given name; for a bare surname, the nearest person's."""
        parts = name.split()
        if len(parts) > 1:
            return self.longest.get(parts[0], name)
        i = bisect_left(self.positions, pos)
        return self.longest[self.given[i - 1] if i > 0 else self.given[0]]


def _norm(word: str) -> str:
    """Lower-case a title word; possessives and demonyms become their country."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _NATIONALITY.get(w, w)
    return _NATIONALITY.get(w.rstrip("."), w)
