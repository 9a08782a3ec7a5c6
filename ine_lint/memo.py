"""Process-wide memo tables: results worth keeping between files of one run.

Loading a national inventory meets the same texts again and again (keys, dates, field-name
sets, clean lines); a table of what was already worked out saves the work. Each table is a
:class:`Memo`: a plain ``dict`` (so the hot paths look up at C speed) with one bound on its
size. When full it is emptied whole rather than kept in LRU order: the bookkeeping of an
LRU would cost more on every hit than an occasional refill, and what recurs comes back.
Only what ``bench/memos.py`` shows pays is kept in one (README, Performance).
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict of at most ``limit`` entries (``limit`` 0 keeps nothing)."""

    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def keep(self, key: K, value: V) -> V:
        """Remember ``value`` for ``key`` and return it; a full table is emptied first."""
        if len(self) >= self.limit:
            self.clear()
            if not self.limit:
                return value
        self[key] = value
        return value
