"""The errors storycheck raises, as one small tree.

    StorycheckError
    ├── InputError            one input cannot be analyzed; the batch goes on
    │   ├── UnreadableInput     missing, empty, binary, undecodable, too large
    │   ├── NoArticleText       HTML or a record with no story text in it
    │   ├── MalformedRecord     a JSON Lines row that is not JSON or lacks `text`
    │   └── DuplicateId         a second article with an id already taken
    └── MissingDependency     an optional feature's extra is not installed

An ``InputError`` carries the source it is about, so the CLI can print one
line naming the file and the reason and set that input aside.
"""

from __future__ import annotations


class StorycheckError(Exception):
    """Base of every error storycheck raises on purpose."""


class InputError(StorycheckError):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnreadableInput(InputError):
    pass


class NoArticleText(InputError):
    pass


class MalformedRecord(InputError):
    pass


class DuplicateId(InputError):
    pass


class MissingDependency(StorycheckError):
    def __init__(self, extra: str, purpose: str) -> None:
        super().__init__(f"install storycheck[{extra}] to {purpose}")
        self.extra = extra
