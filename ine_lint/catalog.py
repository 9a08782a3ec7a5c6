"""What ``ine-lint rules`` and ``ine-lint explain`` show."""

from __future__ import annotations

from ine_lint.engine import load_rules
from ine_lint.errors import ConfigError
from ine_lint.messages import Example
from ine_lint.policy import RuleSpec, load_policy


def all_rules() -> list[tuple[RuleSpec, str]]:
    """Catalogue entries and plugin rules, in article order, with their status."""
    return [(spec, status) for spec, status, _ in _entries()]


def _entries() -> list[tuple[RuleSpec, str, Example | None]]:
    from ine_lint.selection import rule_order
    from ine_lint.store import default_cache_dir, store

    policy = load_policy(store=store(default_cache_dir()))
    ruleset = load_rules(policy)
    out: dict[str, tuple[RuleSpec, str, Example | None]] = {}
    for rule_id, spec in policy.rules.items():
        core = not rule_id[:1].isdigit()
        status = "implemented" if core or rule_id in ruleset.rules else "missing"
        out[rule_id] = (spec, status, CORE_EXAMPLES.get(rule_id))
    for rule_id, rule in ruleset.rules.items():
        example = getattr(rule.module, "EXAMPLE", None)
        out[rule_id] = (rule.spec, "implemented", example if isinstance(example, Example) else None)
    return [out[k] for k in sorted(out, key=rule_order)]


def explain_text(rule_id: str, lang: str) -> str:
    """The provision, what is checked, parameters, example and fix; for a group of
    provisions (``4.1.IV``), the list of them. Ids are case-insensitive."""
    from ine_lint import messages
    from ine_lint.messages import ui
    from ine_lint.selection import matches

    entries = _entries()
    found = [e for e in entries if e[0].id.upper() == rule_id.strip().upper()]
    if not found:
        group = [e[0] for e in entries if e[0].id[:1].isdigit() and matches(rule_id, e[0].id)]
        if not group:
            raise ConfigError("explain.unknown", rule=rule_id)
        lines = [ui("explain.group", lang, rule=rule_id.strip().upper()), ""]
        lines += [f"  {spec.id}  {_title(spec, lang)}" for spec in group]
        return "\n".join(lines)
    spec, status, example = found[0]
    lines = [
        f"{spec.id}  {_title(spec, lang)}",
        "",
        *_text_block(spec, lang),
        "",
        ui("explain.checks", lang, text=spec.checks.get(lang) or spec.checks.get("es", "")),
        ui("explain.severity", lang, severity=spec.severity),
    ]
    if status == "missing":
        lines.append(ui("explain.missing", lang))
    if spec.params:
        lines.append(ui("explain.params", lang))
        lines += [f"  {k}: {v}" for k, v in spec.params.items()]
    if example is not None:
        path, key, args = example
        rendered = messages.render(key, lang, dict(args), rule=spec.id)
        lines += [
            "",
            ui("explain.example", lang),
            f"  {path}:12:5  {spec.id}  {spec.severity}  {rendered}",
        ]
    lines += ["", ui("explain.fix", lang, text=spec.fix.get(lang) or spec.fix.get("es", ""))]
    return "\n".join(lines)


def is_provision(spec: RuleSpec) -> bool:
    """A numbered provision (or a rule pack's rule), not one of ine-lint's own rules."""
    return spec.id[:1].isdigit() or spec.origin != "ine-lint"


def description(spec: RuleSpec, lang: str) -> str:
    """A provision's verbatim text (the Lineamientos exist in Spanish only); for ine-lint's
    own rules, whose ``texto`` is our prose, that text in ``lang``."""
    return spec.text_in(lang)


def _text_block(spec: RuleSpec, lang: str) -> list[str]:
    from ine_lint.messages import ui

    if is_provision(spec):
        return [ui("explain.text", lang), f"  > {spec.text_in(lang)}"]
    return [ui("explain.core", lang), f"  > {spec.text_in(lang)}"]


def _title(spec: RuleSpec, lang: str) -> str:
    return spec.title.get(lang) or spec.title.get("es", "")


#: Examples of the findings that are not about a provision; each rule module has its own.
CORE_EXAMPLES: dict[str, Example] = {
    "yaml": Example("cuentas/JDE01-AGS.yaml", "yaml.missing_colon", {}),
    "esquema": Example(
        "cuentas/JDE01-AGS.yaml",
        "schema.unknown_key",
        {
            "key": "acesos",
            "parent": "Cuenta",
            "suggestion": "accesos",
            "known": "accesos, alta, ...",
        },
    ),
    "referencia": Example(
        "cuentas/JDE01-AGS.yaml", "ref.file_name", {"area": "JDE02-AGS", "file": "JDE01-AGS"}
    ),
    "supresion": Example("cuentas/JDE01-AGS.yaml", "filter.no_reason", {"rules": "4.3.V"}),
    "historial": Example(
        "cuentas/JDE01-AGS.yaml",
        "history.altered",
        {
            "rev": "origin/main",
            "list": "facebook/INEJDE01Ags › incidentes",
            "record": "detectado 2026-05-08",
            "changes": "notificado_cncs: 2026-05-11 → 2026-05-08",
        },
    ),
}
