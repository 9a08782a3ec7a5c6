"""One exception hierarchy, with messages written for the person at the terminal."""

from __future__ import annotations


class IneLintError(Exception):
    """Base of every error ine-lint raises on purpose; ``str()`` is the user-facing line."""


class ConfigError(IneLintError):
    """The configuration or an option cannot be used (exit code 2)."""


class InventoryError(IneLintError):
    """The inventory cannot be found or read as a whole (exit code 2)."""
