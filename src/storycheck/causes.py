"""What a casualty figure is blamed on: the weapon or kind of attack named beside it.

"a Russian missile attack on the central town of Kryvyi Rih left one man dead"
blames the death on a *missile* attack; "Moscow launched a record 267 drones
at Ukraine overnight, killing at least one person" on the *drones*. Two
sources that report the same deaths but blame different weapons disagree on
what happened, even when their numbers agree.

:func:`cause_of` reads the sentence of a casualty mention and returns the
weapon nearest to the figure, preferring the clause before it (the attack is
usually the subject: "a missile attack … killed", "launched drones …,
killing"), and the place the sentence names ("the town of Kryvyi Rih", "in
Kharkiv"). Weapons fold to one word each ("airstrike" → "air strike",
"shelling" → "artillery", "rockets" → "rocket"). A sentence naming no weapon
has no cause: nothing is compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import sentence_at

# weapon word -> the cause it names
_WEAPONS = {
    "drone": "drone", "drones": "drone", "shahed": "drone", "shaheds": "drone", "uav": "drone", "uavs": "drone",
    "missile": "missile", "missiles": "missile", "ballistic": "missile", "cruise": "missile",
    "rocket": "rocket", "rockets": "rocket",
    "shelling": "artillery", "shells": "artillery", "shell": "artillery", "artillery": "artillery", "mortar": "artillery",
    "airstrike": "air strike", "airstrikes": "air strike", "air strike": "air strike", "air strikes": "air strike",
    "air raid": "air strike", "bomb": "bomb", "bombs": "bomb", "bombing": "bomb", "bomber": "bomb",
    "explosion": "explosion", "blast": "explosion", "shooting": "shooting", "gunman": "shooting",
    "gunfire": "shooting", "shot": "shooting", "stabbing": "stabbing", "knife": "stabbing",
    "crash": "crash", "collision": "crash", "fire": "fire", "blaze": "fire", "flood": "flood", "floods": "flood",
    "flooding": "flood", "earthquake": "earthquake", "quake": "earthquake", "storm": "storm", "landslide": "landslide",
}
_WEAPON = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _WEAPONS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
# "the town of Kryvyi Rih", "the city of Kharkiv", "in Kharkiv" (a capitalised name after "in")
_PLACE = re.compile(
    r"\b(?:(?:town|city|village|region|province|port|capital)\s+of|in|on|near)\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)"
)
_NOT_PLACES = frozenset({"The", "A", "An", "On", "In", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


@dataclass(frozen=True, slots=True)
class Cause:
    weapon: str  # "missile", "drone", "air strike", … (one word per kind)
    place: str | None = None
    words: str = ""  # the weapon as written

    @property
    def label(self) -> str:
        """The cause as a summary names it: "drones", "a missile attack"."""
        return _LABELS.get(self.weapon, f"a {self.weapon}")


_LABELS = {
    "drone": "drones", "missile": "a missile attack", "rocket": "rockets", "artillery": "shelling",
    "air strike": "an air strike", "bomb": "bombs", "explosion": "an explosion", "flood": "floods",
    "earthquake": "an earthquake",
}


def cause_of(text: str, start: int, end: int) -> Cause | None:
    """The weapon (and place) the sentence around ``text[start:end]`` blames its figure on."""
    lo, hi = sentence_at(text, start)
    hi = max(hi, end)
    before = [m for m in _WEAPON.finditer(text, lo, start)]
    after = [m for m in _WEAPON.finditer(text, end, hi)]
    if before:
        m = before[-1]
    elif after:
        m = after[0]
    else:
        return None
    word = m.group(1).casefold()
    return Cause(weapon=_WEAPONS[word], place=_place(text, lo, hi), words=m.group(1))


def _place(text: str, lo: int, hi: int) -> str | None:
    for m in _PLACE.finditer(text, lo, hi):
        name = m.group(1)
        if name.split()[0] not in _NOT_PLACES:
            return name
    return None
