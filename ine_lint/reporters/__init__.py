"""Stage 7, report: one small class per output format, chosen by name.

Each format's module is imported only when that format is asked for: a run writes one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from ine_lint.reporters.base import Reporter

#: format → (module in this package, class)
_CLASSES = {
    "text": ("text", "TextReporter"),
    "json": ("json", "JsonReporter"),
    "sarif": ("sarif", "SarifReporter"),
    "junit": ("junit", "JunitReporter"),
    "github": ("github", "GithubReporter"),
    "gitlab": ("gitlab", "GitlabReporter"),
    "conciso": ("concise", "ConciseReporter"),
}


class _Reporters(Mapping[str, type[Reporter]]):
    def __getitem__(self, name: str) -> type[Reporter]:
        module, cls = _CLASSES[name]
        found: type[Reporter] = getattr(import_module(f"ine_lint.reporters.{module}"), cls)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)


REPORTER_BY_NAME: Mapping[str, type[Reporter]] = _Reporters()

__all__ = ["REPORTER_BY_NAME", "Reporter"]
