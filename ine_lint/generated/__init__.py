"""Modules made from the shipped data by ``python -m ine_lint.build_tables``.

Every module but this one is generated; ``tests/test_generated.py`` checks that they match
``schemas/``, ``policies/`` and the ``holidays`` package.
"""

from __future__ import annotations


class Invalid(ValueError):
    """Raised by a generated validator: the data does not follow the schema."""
