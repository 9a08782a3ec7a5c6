"""One exception hierarchy, with messages written for the person at the terminal."""

from __future__ import annotations

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
            else HIDDEN
            if isinstance(v, str) and k != "hint" and secret_like(v)
            else v
            for k, v in self.values.items()
        }
        return Redactor(self.hidden).text(ui(self.key, lang, **values))

    def __str__(self) -> str:
        return self.text("es")


class ConfigError(IneLintError):
    """The configuration or an option cannot be used (exit code 2)."""


class InventoryError(IneLintError):
    """The inventory cannot be found or read as a whole (exit code 2)."""
