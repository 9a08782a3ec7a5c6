"""The built-in rules: one module per provision, each a pluggy plugin of its own.

They are registered through the ``ine_lint`` entry-point group (see ``pyproject.toml``),
exactly as a third-party rule pack is.
"""
