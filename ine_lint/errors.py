"""One exception hierarchy, with messages written for the person at the terminal."""

from __future__ import annotations

import os
from typing import Protocol, runtime_checkable


@runtime_checkable
class Worded(Protocol):
    """Anything shown in the user's language: a finding, an error, a list of problems."""

    def text(self, lang: str) -> str: ...


class IneLintError(Exception):
    """Base of every error ine-lint raises on purpose.

    Raised with a key of the catalogue's ``UI`` texts and its arguments, and worded in the
    user's language when shown (:meth:`text`); ``str()`` is the Spanish text.
    """

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = args
        #: Secrets found in what the error is about (a configuration file): never shown.
        self.hidden: tuple[str, ...] = ()

    def text(self, lang: str = "es") -> str:
        from ine_lint.messages import UI, ui
        from ine_lint.redact import Redactor, secret_like
        from ine_lint.secrets import HIDDEN

        if self.key not in UI:  # a text that is not a key: shown as it is
            return Redactor(self.hidden).text(self.key)
        # A value that is itself worded by language (a finding, another error) is worded too.
        # Never print a secret back, not even in an error: a value built like one is hidden.
        # (A hint is ine-lint's own suggestion, a name it knows: never a pasted value.)
        values = {
            k: v.text(lang)
            if isinstance(v, Worded)
            else _shown_path(v)
            if isinstance(v, os.PathLike) or (k in _PATH_KEYS and isinstance(v, str))
            else HIDDEN
            if isinstance(v, str) and k != "hint" and secret_like(v)
            else v
            for k, v in self.values.items()
        }
        return Redactor(self.hidden).text(ui(self.key, lang, **values))

    def __str__(self) -> str:
        return self.text("es")


#: Arguments that hold a path (``where`` with its ``:line``): judged part by part.
_PATH_KEYS = frozenset({"path", "where", "root"})


def _shown_path(value: object) -> str:
    """A path as an error may show it: each part built like a secret is ``«oculto»``, the
    others stay, so the message still says where (judged whole, a path with digits and
    a dot reads like a password and the file would not be named at all)."""
    from ine_lint.redact import secret_like
    from ine_lint.secrets import HIDDEN

    parts = os.fspath(value).split(os.sep)  # type: ignore[call-overload]
    return os.sep.join(
        HIDDEN if len(p) >= 4 and secret_like(p.rsplit(":", 1)[0]) else p for p in parts
    )


class ConfigError(IneLintError):
    """The configuration or an option cannot be used (exit code 2)."""


class InventoryError(IneLintError):
    """The inventory cannot be found or read as a whole (exit code 2)."""
