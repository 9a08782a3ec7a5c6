"""ine-lint: policy-as-code linter for INE's social-network mailbox Lineamientos."""

from __future__ import annotations

import pluggy

__version__ = "0.1.0"

PROJECT = "ine_lint"

#: Optional marker for a rule pack's hook functions; plain ``ine_lint_*`` functions are hooks too.
hookimpl = pluggy.HookimplMarker(PROJECT)

__all__ = ["PROJECT", "__version__", "hookimpl"]
