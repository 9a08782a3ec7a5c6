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
    from ine_lint.reporters.base import rule_order
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
        out[rule_id] = (rule.spec, "implemented",
                        example if isinstance(example, Example) else None)
    return [out[k] for k in sorted(out, key=rule_order)]


def explain_text(rule_id: str, lang: str) -> str:
    from ine_lint import messages

    rules = {spec.id: (spec, status, example) for spec, status, example in _entries()}
    if rule_id not in rules:
        raise ConfigError(f"no existe la regla {rule_id}; vea «ine-lint rules»")
    spec, status, example = rules[rule_id]
    es = lang != "en"
    lines = [f"{spec.id}  {spec.title.get(lang) or spec.title.get('es', '')}", ""]
    lines.append("Disposición (texto de los Lineamientos):" if es else
                 "Provision (text of the Lineamientos):")
    lines += [f"  > {spec.text}", ""]
    lines.append(("Qué se revisa: " if es else "What is checked: ")
                 + (spec.checks.get(lang) or spec.checks.get("es", "")))
    lines.append(("Severidad por omisión: " if es else "Default severity: ") + spec.severity)
    if status == "missing":
        lines.append("Estado: sin implementar en esta instalación" if es else
                     "Status: not implemented in this installation")
    if spec.params:
        lines.append("Parámetros (policies/lineamientos.yaml):" if es else
                     "Parameters (policies/lineamientos.yaml):")
        lines += [f"  {k}: {v}" for k, v in spec.params.items()]
    if example is not None:
        path, key, args = example
        rendered = messages.render(key, lang, dict(args), rule=spec.id)
        lines += ["", "Ejemplo de hallazgo:" if es else "Example finding:",
                  f"  {path}:12:5  {spec.id}  {spec.severity}  {rendered}"]
    lines += ["", ("Cómo corregir: " if es else "How to fix: ")
              + (spec.fix.get(lang) or spec.fix.get("es", ""))]
    return "\n".join(lines)



#: Examples of the findings that are not about a provision; each rule module has its own.
CORE_EXAMPLES: dict[str, Example] = {
    "yaml": Example("cuentas/JDE01-AGS.yaml", "yaml.syntax",
                    {"problem": "expected <block end>, but found '-'"}),
    "esquema": Example("cuentas/JDE01-AGS.yaml", "schema.unknown_key",
                       {"key": "acesos", "parent": "Cuenta", "suggestion": "accesos",
                        "known": "accesos, alta, ..."}),
    "referencia": Example("cuentas/JDE01-AGS.yaml", "ref.file_name",
                          {"area": "JDE02-AGS", "file": "JDE01-AGS"}),
    "supresion": Example("cuentas/JDE01-AGS.yaml", "filter.no_reason", {"rules": "4.3.V"}),
    "historial": Example("cuentas/JDE01-AGS.yaml", "history.altered", {
        "rev": "origin/main", "list": "facebook/INEJDE01Ags › incidentes",
        "record": "detectado 2026-05-08",
        "changes": "notificado_cncs: 2026-05-11 → 2026-05-08"}),
}
