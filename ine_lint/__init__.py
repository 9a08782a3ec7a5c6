"""ine-lint: policy-as-code linter for INE's social-network mailbox Lineamientos."""

from __future__ import annotations

import pluggy

__version__ = "0.1.0"

PROJECT = "ine_lint"

#: Decorator for rule implementations, in this package and in third-party rule packs.
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = ["PROJECT", "__version__", "hookimpl"]
