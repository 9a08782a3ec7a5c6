"""The inline-suppression filters of ``ine_lint.suppress``, each on its own.

End-to-end behaviour (a directive in a file of the inventory, through ``check``) is in
test_filters.py; these pin each small filter with hand-made directives and findings.
"""

from __future__ import annotations

from ine_lint.findings import Finding, Pos
from ine_lint.suppress import (
    Directive,
    apply,
    coverage,
    directive_problems,
    parse_directives,
    secret_ignores,
    unused,
)

F = "cuentas/JDE01-AGS.yaml"
KNOWN = ("4.3.V", "4.3.VI", "4.3.VIII", "supresion")


def directive(
    rules: tuple[str, ...], reason: str = "motivo", line: int = 3, target: int = 4
) -> Directive:
    return Directive(line=line, column=5, target=target, rules=rules, reason=reason)


def found(rule: str, line: int, path: str = F) -> Finding:
    return Finding(pos=Pos(path, line, 1), message="r.x", rule=rule, severity="error")


def summary(findings: list[Finding]) -> list[tuple[str, int, str, tuple[tuple[str, object], ...]]]:
    return [(f.path, f.line, f.message, f.args) for f in findings]


# ------------------------------------------------------------------ directive_problems


def test_a_well_formed_directive_has_no_problem():
    assert directive_problems(F, directive(("4.3.V", "4.3")), KNOWN) == []


def test_a_directive_without_rules_is_only_that():
    d = directive((), reason="")
    assert summary(directive_problems(F, d, KNOWN)) == [(F, 3, "filter.no_rules", ())]


def test_each_unknown_rule_is_named_and_a_missing_reason_is_reported_after_them():
    d = directive(("4.3.V", "9.9", "4.3.X"), reason="")
    assert summary(directive_problems(F, d, KNOWN)) == [
        (F, 3, "filter.unknown_rule", (("rule", "9.9"),)),
        (F, 3, "filter.unknown_rule", (("rule", "4.3.X"),)),
        (F, 3, "filter.no_reason", (("rules", "4.3.V, 9.9, 4.3.X"),)),
    ]


def test_rule_prefixes_and_case_are_known():
    assert directive_problems(F, directive(("4.3.viii", "4", "todas")), KNOWN) == []


# ------------------------------------------------------------------ secret_ignores


def test_naming_4_3_vi_is_a_secret_error_of_its_own():
    [f] = secret_ignores(F, directive(("4.3.V", "4.3.VI")))
    assert (f.path, f.line, f.column, f.message, f.rule, f.severity) == (
        F,
        3,
        5,
        "r.secret.inline_ignore",
        "4.3.VI",
        "error",
    )


def test_a_prefix_covering_4_3_vi_counts_as_naming_it():
    assert len(secret_ignores(F, directive(("4.3",)))) == 1
    assert secret_ignores(F, directive(("4.3.V", "4.2"))) == []


def test_without_a_reason_it_is_no_attempt_to_silence_anything():
    assert secret_ignores(F, directive(("4.3.VI",), reason="")) == []


# ------------------------------------------------------------------ coverage


def test_coverage_maps_each_rule_to_the_line_covered():
    a, b = directive(("4.3.V", "4.3.VIII"), target=4), directive(("4.3.V",), line=7, target=7)
    assert coverage([(F, [a, b]), ("areas.yaml", [])]) == {
        (F, 4): [(a, "4.3.V"), (a, "4.3.VIII")],
        (F, 7): [(b, "4.3.V")],
    }


def test_a_directive_without_reason_or_rules_covers_nothing():
    assert coverage([(F, [directive(("4.3.V",), reason=""), directive(())])]) == {}


# ------------------------------------------------------------------ apply


def test_apply_suppresses_only_the_covered_line_and_matching_rule():
    d = directive(("4.3",), target=4)
    covered, other_line, other_rule, other_file = (
        found("4.3.V", 4),
        found("4.3.V", 5),
        found("4.2.V", 4),
        found("4.3.V", 4, "b.yaml"),
    )
    active, suppressed, used = apply(
        [covered, other_line, other_rule, other_file], coverage([(F, [d])])
    )
    assert active == [other_line, other_rule, other_file]
    assert [(f.pos, f.suppressed_by) for f in suppressed] == [
        (covered.pos, "# ine-lint: ignorar 4.3 -- motivo")
    ]
    assert used == {(F, 3, "4.3")}


def test_apply_never_suppresses_4_3_vi():
    leak = found("4.3.VI", 4)
    active, suppressed, used = apply([leak], coverage([(F, [directive(("4.3.VI",))])]))
    assert (active, suppressed, used) == ([leak], [], set())


# ------------------------------------------------------------------ unused


def test_unused_names_each_rule_that_suppressed_nothing():
    d = directive(("4.3.V", "4.3.VIII"), target=4)
    covering = coverage([(F, [d])])
    [f] = unused(covering, {(F, 3, "4.3.V")}, ran=KNOWN)
    assert (f.path, f.line, f.message, dict(f.args)) == (
        F,
        3,
        "filter.unused",
        {"rule": "4.3.VIII", "target": 4},
    )


def test_unused_says_nothing_of_a_rule_that_did_not_run_nor_of_4_3_vi():
    covering = coverage([(F, [directive(("4.3.VIII", "4.3.VI"))])])
    assert unused(covering, set(), ran=("4.3.V",)) == []
    assert len(unused(covering, set(), ran=("4.3.VIII",))) == 1


def test_parse_then_filter():
    text = "a: 1\n# ine-lint: ignorar 4.3.V -- en trámite\nb: 2\n"
    [d] = parse_directives(text)
    active, suppressed, _ = apply([found("4.3.V", 3)], coverage([(F, [d])]))
    assert active == [] and len(suppressed) == 1
