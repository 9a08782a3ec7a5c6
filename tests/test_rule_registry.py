"""One place per provision: its module, its policy entry, its test module; nothing else."""

from __future__ import annotations

import re
import string
from importlib.metadata import entry_points
from pathlib import Path

from click.testing import CliRunner

from ine_lint.cli import main
from ine_lint.messages import MESSAGES, Example
from ine_lint.policy import load_policy
from ine_lint.rules import RULES

REPO = Path(__file__).resolve().parent.parent


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_each_provision_of_the_policy_has_one_module_and_each_module_an_entry():
    provisions = {r for r in load_policy().rules if r[0].isdigit()}
    assert set(RULES) == provisions


def test_built_in_rules_are_not_entry_points():
    group = entry_points(group="ine_lint")
    assert not [ep for ep in group if ep.value.startswith("ine_lint.")]


def test_each_module_declares_what_a_rule_is():
    for rule_id, module in RULES.items():
        assert rule_id == module.ID
        assert module.TITLE["es"] and module.TITLE["en"], rule_id
        assert isinstance(module.EXAMPLE, Example), rule_id
        assert module.EXAMPLE.key in module.MESSAGES, rule_id
        name = module.__name__.rsplit(".", 1)[-1]
        assert (REPO / "tests" / "rules" / f"test_{name}.py").is_file(), name
        assert not hasattr(module, "POLICY"), f"{rule_id}: its policy entry is in policies/"


def test_message_keys_are_unique_and_each_is_used_by_its_module():
    seen: dict[str, str] = {key: "messages.py" for key in MESSAGES}
    for rule_id, module in RULES.items():
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        code = source.split("\ndef ", 1)[1]
        for key in module.MESSAGES:
            assert key not in seen, f"{key} in {rule_id} and {seen[key]}"
            seen[key] = rule_id
            # 4.3.VI names its keys from the kind of secret found: r.secret.{kind}.
            assert f'"{key}"' in code or key.startswith("r.secret."), f"{key} unused"


def test_each_rule_message_is_in_both_languages_with_the_same_placeholders():
    for module in RULES.values():
        for key, entry in module.MESSAGES.items():
            assert set(entry) == {"es", "en"}, key
            for part in (0, 1):
                assert placeholders(entry["es"][part]) == placeholders(entry["en"][part]), key


def test_the_example_fills_every_placeholder_of_its_message():
    for rule_id, module in RULES.items():
        example = module.EXAMPLE
        entry = module.MESSAGES[example.key]
        needed = placeholders(entry["es"][0]) | placeholders(entry["es"][1])
        assert needed <= set(example.args), (rule_id, needed - set(example.args))


def test_readme_rule_table_matches_ine_lint_rules():
    out = CliRunner().invoke(main, ["rules"], catch_exceptions=False).output
    listed = {
        (rid, sev)
        for rid, sev in re.findall(r"^([0-9][0-9.IVX]*)\s.*\s(error|warning|info)$", out, re.M)
    }
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = set(
        re.findall(r"^\| `([0-9][0-9.IVX]*)` \| .* \| (error|warning|info) \|$", readme, re.M)
    )
    assert len(listed) == len(RULES)
    assert table == listed


def test_each_rule_is_typed_with_the_model_not_any():
    """mypy --strict checks a rule against the model (``account.emial`` fails) only if its
    check is annotated with the model's types: ``Inventory``, ``Policy``, ``Context``, each
    imported from where it is defined."""
    expected = {
        "inventory": ("Inventory", "from ine_lint.inventory import Inventory"),
        "policy": ("Policy", "from ine_lint.policy import Policy"),
        "context": ("Context", "from ine_lint.context import Context"),
    }
    for rule_id, module in RULES.items():
        annotations = dict(module.ine_lint_check.__annotations__)
        returned = annotations.pop("return")
        assert annotations, rule_id
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        for name, annotation in annotations.items():
            assert annotation == expected[name][0], (rule_id, name, annotation)
            assert expected[name][1] in source, (rule_id, name)
        assert "Finding" in returned and "Any" not in returned, (rule_id, returned)
