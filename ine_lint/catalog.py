"""What ``ine-lint rules`` and ``ine-lint explain`` show."""

from __future__ import annotations

from ine_lint.engine import load_rules
from ine_lint.errors import ConfigError
from ine_lint.policy import RuleSpec, load_policy


def all_rules() -> list[tuple[RuleSpec, str]]:
    """Catalogue entries and plugin rules, in article order, with their status."""
    from ine_lint.reporters.base import rule_order
    from ine_lint.store import default_cache_dir, store

    policy = load_policy(store=store(default_cache_dir()))
    ruleset = load_rules(policy)
    out: dict[str, tuple[RuleSpec, str]] = {}
    for rule_id, spec in policy.rules.items():
        core = not rule_id[:1].isdigit()
        status = "implemented" if core or rule_id in ruleset.rules else "missing"
        out[rule_id] = (spec, status)
    for rule_id, rule in ruleset.rules.items():
        out[rule_id] = (rule.spec, "implemented")
    return [out[k] for k in sorted(out, key=rule_order)]


def explain_text(rule_id: str, lang: str) -> str:
    from ine_lint import messages

    rules = {spec.id: (spec, status) for spec, status in all_rules()}
    if rule_id not in rules:
        raise ConfigError(f"no existe la regla {rule_id}; vea «ine-lint rules»")
    spec, status = rules[rule_id]
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
    example = EXAMPLES.get(spec.id)
    if example:
        path, key, args = example
        rendered = messages.render(key, lang, dict(args), rule=spec.id)
        lines += ["", "Ejemplo de hallazgo:" if es else "Example finding:",
                  f"  {path}:12:5  {spec.id}  {spec.severity}  {rendered}"]
    lines += ["", ("Cómo corregir: " if es else "How to fix: ")
              + (spec.fix.get(lang) or spec.fix.get("es", ""))]
    return "\n".join(lines)


_ACC: dict[str, object] = {"subject": "facebook/INEJDE01Ags", "area": "JDE01-AGS"}
EXAMPLES: dict[str, tuple[str, str, dict[str, object]]] = {
    "yaml": ("cuentas/JDE01-AGS.yaml", "yaml.syntax",
             {"problem": "expected <block end>, but found '-'"}),
    "esquema": ("cuentas/JDE01-AGS.yaml", "schema.unknown_key",
                {"key": "acesos", "parent": "Cuenta", "suggestion": "accesos",
                 "known": "accesos, alta, ..."}),
    "referencia": ("cuentas/JDE01-AGS.yaml", "ref.file_name",
                   {"area": "JDE02-AGS", "file": "JDE01-AGS"}),
    "supresion": ("cuentas/JDE01-AGS.yaml", "filter.no_reason", {"rules": "4.3.V"}),
    "4.1.III": ("cuentas/JDE01-AGS.yaml", "r.access.former",
                {"email": "pedro.soto@ine.mx", "account": "facebook/INEJDE01Ags", **_ACC}),
    "4.1.IV.1": ("cuentas/JDE01-AGS.yaml", "r.domain.outside",
                 {"email": "inejde01ags@gmail.com", "domain": "ine.mx", **_ACC}),
    "4.1.IV.2": ("cuentas/JDE01-AGS.yaml", "r.external.link", {"link": "x/PersonalAcct",
                                                               **_ACC}),
    "4.1.IV.3": ("cuentas/JDE01-AGS.yaml", "r.mechanism", {"registration": "telefono", **_ACC}),
    "4.2.II": ("cuentas/JDE01-AGS.yaml", "r.generic.personal",
               {"email": "juan.perez@ine.mx", "role": "propietaria", **_ACC}),
    "4.2.III": ("designaciones/JDE01-AGS.yaml", "r.admins.level",
                {"name": "Ana Ruiz Soto", "role": "propietaria", "level": "operativo",
                 "allowed": "mando_medio, mando_superior", "area": "JDE01-AGS"}),
    "4.2.IV": ("designaciones/JDE01-AGS.yaml", "r.form.unsigned",
               {"since": "2025-11-03", "missing": "titular"}),
    "4.2.V": ("designaciones/JDE01-AGS.yaml", "r.report.overdue",
              {"last": "2026-05-04", "due": "2026-08-04"}),
    "4.3.I": ("designaciones/JDE01-AGS.yaml", "r.responsiva.missing",
              {"email": "ana.ruiz@ine.mx", "role": "suplente",
               "account": "tiktok/INEJDE01Ags"}),
    "4.3.II": ("correos-genericos.yaml", "r.request.not_admin",
               {"email": "redes.jde01ags@ine.mx", "requester": "luis.mora@ine.mx", **_ACC}),
    "4.3.III": ("cuentas/JDE01-AGS.yaml", "r.association.missing", _ACC),
    "4.3.IV": ("cuentas/JDE01-AGS.yaml", "r.incident.slow_cncs",
               {"detected": "2026-05-08", "notified": "2026-05-13", "limit": "2026-05-11",
                **_ACC}),
    "4.3.V": ("cuentas/JDE01-AGS.yaml", "r.2fa.device",
              {"device": "ana.ruiz@ine.mx", "owner": "juan.perez@ine.mx", **_ACC}),
    "4.3.VI": ("cuentas/JDE01-AGS.yaml", "r.secret.key", {"term": "contraseña", **_ACC}),
    "4.3.VII": ("cuentas/JDE01-AGS.yaml", "r.quality", {"date": "2026-10-01", **_ACC}),
    "4.3.VIII": ("cuentas/JDE01-AGS.yaml", "r.rotation.late",
                 {"last": "2026-09-15", "due": "2026-11-15", **_ACC}),
    "4.3.IX": ("cuentas/JDE01-AGS.yaml", "r.notice.missing", {"date": "2026-10-01", **_ACC}),
    "4.4.II": ("correos-genericos.yaml", "r.register.name",
               {"email": "juan.perez.redes@ine.mx", "example": "redes.jd00ags@ine.mx"}),
    "4.5.III": ("designaciones/JDE01-AGS.yaml", "r.cncs.absent",
                {"email": "ana.ruiz@ine.mx", "role": "suplente", "since": "2026-09-14"}),
}
