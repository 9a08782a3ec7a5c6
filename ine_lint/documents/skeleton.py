"""Skeletons: a new área's files (``nueva-area``) and a new inventory (``init``)."""

from __future__ import annotations

import difflib


def closest(name: str, known: list[str]) -> str | None:
    """The known name nearest to ``name`` (case-insensitive), if any is near enough."""
    by_upper = {k.upper(): k for k in known}
    if name.upper() in by_upper:
        return by_upper[name.upper()]
    found = difflib.get_close_matches(name.upper(), list(by_upper), n=1, cutoff=0.6)
    return by_upper[found[0]] if found else None
