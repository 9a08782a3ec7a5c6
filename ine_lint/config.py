"""``.ine-lint.yaml``: where the inventory is, language, non-working days, selection, waivers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from ine_lint.errors import ConfigError, Worded
from ine_lint.findings import Finding
from ine_lint.loader import YMap, YSeq, load_text
from ine_lint.secrets import HIDDEN_KIND, SecretHit, hidden_values

CONFIG_NAME = ".ine-lint.yaml"
#: How far past the as-of date an authority (a waiver, an authorised ``ignorar`` or
#: ``severidades``) may reach: it is reviewed, and renewed by a new oficio, at least yearly.
MAX_VALIDITY_MONTHS = 12
#: 4.3.VI: a waiver of it must name the file and the line.
SECRETS_RULE = "4.3.VI"


@dataclass(frozen=True)
class Waiver:
    rule: str
    reason: str
    authority: str
    expires: date
    area: str | None = None
    account: str | None = None
    file: str | None = None
    line: int = 0
    #: The line of ``file`` it covers (``linea``); None = the whole file.
    file_line: int | None = None

    def covers(
        self, rule: str, area: str, subject: str, path: str, line: int | None = None
    ) -> bool:
        from ine_lint.model import account_key
        from ine_lint.selection import matches

        if not matches(self.rule, rule):
            return False
        if rule == SECRETS_RULE and (self.file is None or self.file_line is None):
            return False  # a leaked credential is waived only at a named file and line
        if self.file_line is not None and self.file_line != line:
            return False
        if self.area is not None and self.area != area:
            return False
        if self.account is not None and account_key(self.account) != account_key(subject):
            return False
        return not (self.file is not None and self.file.strip("./") != path)


def validity_limit(as_of: date) -> date:
    """The latest ``vence`` an authority may carry when checking as of ``as_of``."""
    from ine_lint.dates import add_months

    return add_months(as_of, MAX_VALIDITY_MONTHS)


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    inventory: Path | None = None
    language: str | None = None
    non_working_days: tuple[date, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severities: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    waivers: tuple[Waiver, ...] = ()
    #: Selector or severity prefix → where the file names it ("path:line"), for errors.
    origins: dict[str, str] = field(default_factory=dict)
    #: ``ignorar`` and ``severidades`` entries as written, judged by :func:`authorised`.
    requests: tuple[Request, ...] = ()
    #: The line of ``seleccionar``, for the finding when it leaves provisions out.
    select_line: int = 0
    #: The line of ``falla_con``, for the finding when it would let every error pass.
    fail_on_line: int = 0
    #: What 4.3.VI finds in the file (it is in the repository like the inventory).
    secrets: tuple[SecretHit, ...] = ()

    @property
    def hidden(self) -> tuple[str, ...]:
        """The strings of the file that no output may show (``Options.hidden``)."""
        return tuple(hidden_values(self.secrets))


@dataclass(frozen=True)
class Request:
    """An ``ignorar`` (severity "") or ``severidades`` entry of the configuration, with the
    authority it carries, if any (the same as a waiver's)."""

    rule: str
    severity: str
    line: int
    reason: str = ""
    authority: str = ""
    expires: date | None = None


#: What the configuration can never switch off or downgrade: the checks that judge whether
#: the inventory can be read at all, and the one that finds secrets in it.
NEVER_OFF = ("yaml", "esquema", "referencia", "4.3.VI")


def authorised(
    config: Config, as_of: date, root: Path
) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str], list[Finding]]:
    """The ``seleccionar``, ``ignorar`` and ``severidades`` the configuration may apply as of
    ``as_of``, and an error finding on the configuration for each entry it may not.

    A ``seleccionar`` that leaves a provision out switches it off with no authority at all:
    it is not applied (ask for the provisions to leave out in ``ignorar``, with authority).

    Configuration is policy, and a pull request can change it: switching a provision off
    or lowering its severity needs the authority of a waiver (``motivo``, ``autoriza``,
    ``vence``, before ``vence``), or the entry is not applied and the provision still runs.
    ``yaml``, ``esquema``, ``referencia`` and 4.3.VI can never be switched off or lowered.
    Ignoring ``supresion`` or ``historial``, or raising a severity, needs nothing.
    ``falla_con: never`` is not applied either (``fail_on_threshold``): it would let every
    error pass, and it has no authority to carry.
    """
    import os

    from ine_lint.findings import SCHEMA, SEVERITY_RANK, Pos, finding, stamp
    from ine_lint.policy import load_policy
    from ine_lint.selection import matches

    defaults = {rule: spec.severity for rule, spec in load_policy().rules.items()}
    for rule in NEVER_OFF:
        defaults.setdefault(rule, "error")
    path = (
        ""
        if config.path is None
        else os.path.relpath(config.path.resolve(), root.resolve()).replace(os.sep, "/")
    )
    ignore: list[str] = []
    severities: dict[str, str] = {}
    problems: list[Finding] = []

    def problem(request: Request, message: str, **args: Any) -> None:
        what = "severidades" if request.severity else "ignorar"
        problems.append(
            replace(
                stamp(
                    finding(
                        Pos(path, request.line, 1), message, what=what, rule=request.rule, **args
                    ),
                    SCHEMA,
                ),
                severity="error",
            )
        )

    limit = validity_limit(as_of)
    for waiver in config.waivers:  # _waive does not apply it; here the line says why
        if waiver.expires > limit:
            problems.append(
                replace(
                    stamp(
                        finding(
                            Pos(path, waiver.line, 1),
                            "config.authority_too_long",
                            what="excepciones",
                            rule=waiver.rule,
                            authority=waiver.authority,
                            expires=waiver.expires.isoformat(),
                            limit=limit.isoformat(),
                        ),
                        SCHEMA,
                    ),
                    severity="error",
                )
            )
    select = config.select
    if select:
        from ine_lint.selection import selected

        left_out = [
            r
            for r in defaults
            if (r[:1].isdigit() or r in NEVER_OFF) and not selected(r, select, ())
        ]
        known = (*defaults, "supresion", "historial")
        typo = any(not any(matches(p, r) for r in known) for p in select)
        if left_out and not typo:  # a typo stops the run (exit 2) anyway, naming itself
            select = ()
            problems.append(
                replace(
                    stamp(
                        finding(
                            Pos(path, config.select_line or 1, 1),
                            "config.select_narrows",
                            rules=", ".join(left_out),
                        ),
                        SCHEMA,
                    ),
                    severity="error",
                )
            )
    problems += secret_findings(path, config.secrets)
    if config.fail_on == "never":  # every error, a password's included, would pass
        problems.append(
            replace(
                stamp(
                    finding(Pos(path, config.fail_on_line or 1, 1), "config.fail_on_never"), SCHEMA
                ),
                severity="error",
            )
        )
    for request in config.requests:
        covered = [r for r in defaults if matches(request.rule, r)]
        lowered = [
            r
            for r in covered
            if not request.severity or SEVERITY_RANK[request.severity] < SEVERITY_RANK[defaults[r]]
        ]
        protected = [r for r in lowered if r in NEVER_OFF]
        provisions = [r for r in lowered if r[:1].isdigit()]
        if protected:
            problem(request, "config.never_off", protected=", ".join(protected))
            continue
        if provisions and request.expires is None:
            problem(request, "config.no_authority")
            continue
        if provisions and request.expires is not None and as_of >= request.expires:
            problem(
                request,
                "config.authority_expired",
                authority=request.authority,
                expired=request.expires.isoformat(),
            )
            continue
        if provisions and request.expires is not None and request.expires > limit:
            problem(
                request,
                "config.authority_too_long",
                authority=request.authority,
                expires=request.expires.isoformat(),
                limit=limit.isoformat(),
            )
            continue
        if request.severity:
            severities[request.rule] = request.severity
        else:
            ignore.append(request.rule)
    return select, tuple(ignore), severities, problems


def _requests(data: YMap) -> tuple[Request, ...]:
    out: list[Request] = []
    found = data.get("ignorar")
    seq = found if isinstance(found, YSeq) else YSeq((1, 1))
    for i, item in enumerate(seq):
        line = seq.ipos[i][0] if i < len(seq.ipos) else 1
        if isinstance(item, YMap):
            out.append(
                Request(
                    str(item["regla"]),
                    "",
                    line,
                    item["motivo"],
                    item["autoriza"],
                    date.fromisoformat(item["vence"]),
                )
            )
        else:  # ``ignorar: [4.1]`` reads 4.1 as a number; an article number is meant.
            out.append(Request(str(item), "", line))
    severities = data.get("severidades")
    if isinstance(severities, YMap):
        for rule, value in severities.items():
            line = severities.kpos.get(rule, (1, 1))[0]
            if isinstance(value, YMap):
                out.append(
                    Request(
                        str(rule),
                        value["severidad"],
                        line,
                        value["motivo"],
                        value["autoriza"],
                        date.fromisoformat(value["vence"]),
                    )
                )
            else:
                out.append(Request(str(rule), str(value), line))
    return tuple(out)


def find_config(start: Path) -> Path | None:
    """``.ine-lint.yaml`` in ``start`` or the nearest folder above it."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def secret_findings(path: str, secrets: Iterable[SecretHit]) -> list[Finding]:
    """4.3.VI reads the configuration as any other file: an error for each hit in it."""
    from ine_lint.findings import Pos, finding

    return [
        replace(
            finding(
                Pos(path, hit.line, hit.column), f"r.secret.{hit.kind}", subject=path, term=hit.term
            ),
            rule=SECRETS_RULE,
            severity="error",
        )
        for hit in secrets
        if hit.kind != HIDDEN_KIND
    ]


def working_secrets(path: Path) -> list[SecretHit]:
    """The hits in the working tree's configuration file: with ``--base`` the checks are
    the base's, but the file a pull request changes is in its diff, secrets and all."""
    from ine_lint.loader import MAX_FILE_BYTES, load_text

    try:
        raw = path.read_bytes()[:MAX_FILE_BYTES]
    except OSError:
        return []
    return _own_secrets(load_text(raw, path.name, "config").secrets)


def _own_secrets(hits: list[SecretHit]) -> list[SecretHit]:
    # An article number is what this file names (``severidades: {4.3.VII: error}``): built
    # of digits and capitals, it is no credential.
    return [h for h in hits if not (h.values and all(_ARTICLE.fullmatch(v) for v in h.values))]


_ARTICLE = re.compile(r"[0-9]{1,2}(?:\.[0-9]+|\.[IVXLC]+)*", re.IGNORECASE)


def load_config(path: Path, raw: bytes | None = None) -> Config:
    """Read and validate a configuration file; any problem is a ``ConfigError`` (exit 2).

    ``raw`` is the file's content when it comes from elsewhere than the disk (``--base``
    reads it from a git revision); ``path`` still anchors its relative paths.
    """
    if raw is None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ConfigError("config.unreadable", path=path, reason=exc.strerror) from None
    loaded = load_text(raw, path.name, "config")
    loaded.secrets = _own_secrets(loaded.secrets)
    try:
        return _config(path, loaded, raw)
    except ConfigError as error:
        # A secret in the file is never quoted by the error that stops the run.
        error.hidden = tuple(hidden_values(loaded.secrets))
        raise


def _config(path: Path, loaded: Any, raw: bytes) -> Config:
    problems = loaded.findings
    if loaded.data is None and not raw.strip():
        return Config(path=path, secrets=tuple(loaded.secrets))
    if problems or loaded.data is None:
        first = problems[0] if problems else None
        where = f"{path}:{first.line}" if first else f"{path}:1"
        raise ConfigError(
            "config.invalid", where=where, message=first or ConfigError("config.not_mapping")
        )
    data = loaded.data
    _validate(data, path)
    base = path.parent
    waivers = []
    for item in data.get("excepciones", []) or []:
        waivers.append(
            Waiver(
                rule=str(item["regla"]),
                reason=item["motivo"],
                authority=item["autoriza"],
                expires=date.fromisoformat(item["vence"]),
                area=item.get("area"),
                account=item.get("cuenta"),
                file=item.get("archivo"),
                line=item.pos[0],
                file_line=item.get("linea"),
            )
        )
    inventory = data.get("inventario")
    return Config(
        path=path,
        inventory=(base / inventory) if inventory else None,
        language=data.get("idioma"),
        non_working_days=tuple(date.fromisoformat(d) for d in data.get("dias_inhabiles", [])),
        # ``ignorar: [4.1]`` reads 4.1 as a number; an article number is meant.
        select=tuple(str(r) for r in data.get("seleccionar", [])),
        requests=_requests(data),
        select_line=data.vpos.get("seleccionar", (0, 0))[0],
        fail_on=data.get("falla_con"),
        fail_on_line=data.vpos.get("falla_con", (0, 0))[0],
        waivers=tuple(waivers),
        origins=_origins(data, path),
        secrets=tuple(loaded.secrets),
    )


def _validate(data: YMap, path: Path) -> None:
    import json

    from ine_lint.generated import Invalid
    from ine_lint.resources import data_dir
    from ine_lint.schema import fast_validator

    # The shipped compiled validator tells a valid file without importing jsonschema (about
    # 0.06 s of a run); jsonschema describes the errors of an invalid one.
    try:
        fast_validator("config")(data)
        return
    except Invalid:
        pass
    from ine_lint.schema import _describe, full_validator

    schema = json.loads((data_dir("schemas") / "ine-lint.schema.json").read_text("utf-8"))
    validator = full_validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    lines: list[tuple[int, Worded]] = []
    for error in errors:
        if error.validator == "anyOf" and list(error.absolute_path)[:1] == ["excepciones"]:
            node = _walk(data, error.absolute_path)
            line = node.pos[0] if isinstance(node, (YMap, YSeq)) else 1
            lines.append((line, ConfigError("config.waiver_scope", where=f"{path}:{line}")))
            continue
        lines += [
            (f.line, _Located(f"{path}:{f.line}", f)) for f in _describe(error, data, path.name)
        ]
    lines.sort(key=lambda item: item[0])  # in the order of the file
    raise ConfigError("config.invalid_lines", lines=_Lines([item for _, item in lines]))


class _Located:
    """A finding of the configuration, shown after its file and line."""

    def __init__(self, where: str, finding: Finding) -> None:
        self.where, self.finding = where, finding

    def text(self, lang: str) -> str:
        return f"{self.where}: {self.finding.text(lang)}"


class _Lines:
    """Several problems, one per line, each worded in the language asked for."""

    def __init__(self, items: list[Worded]) -> None:
        self.items = items

    def text(self, lang: str) -> str:
        return "\n".join(item.text(lang) for item in self.items)


def _origins(data: YMap, path: Path) -> dict[str, str]:
    """Where each selector and severity prefix is written, for an error that names it."""
    out: dict[str, str] = {}
    for key in ("seleccionar", "ignorar"):
        seq = data.get(key)
        if isinstance(seq, YSeq):
            for i, item in enumerate(seq):
                rule = item.get("regla") if isinstance(item, YMap) else item
                if rule is not None and i < len(seq.ipos):
                    out.setdefault(str(rule), f"{path}:{seq.ipos[i][0]}")
    severities = data.get("severidades")
    if isinstance(severities, YMap):
        for rule, (line, _) in severities.kpos.items():
            out.setdefault(str(rule), f"{path}:{line}")
    return out


def _walk(data: Any, steps: Any) -> Any:
    for step in steps:
        data = data[step]
    return data


def fail_on_threshold(option: str | None, config: Config) -> str:
    """The severity that fails the run: the command line's, else the configuration's unless
    it is ``never`` (which ``authorised`` reports), else ``error``."""
    configured = config.fail_on if config.fail_on != "never" else None
    return option or configured or "error"
