"""What the document commands do, once ``cli`` has parsed their options."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from ine_lint.errors import ConfigError
from ine_lint.messages import doc_text
from ine_lint.model import PLACEHOLDER_EMAIL


def warn(text: str, lang: str) -> None:
    print(doc_text("warning", lang, text=text), file=sys.stderr)


def run_anexos(
    inventory_path: Path | None,
    areas: tuple[str, ...],
    all_areas: bool,
    since: date | None,
    output: Path,
    as_of: date | None,
    lang: str | None,
    config_path: Path | None,
    quiet: bool,
) -> int:
    from ine_lint.documents import anexos
    from ine_lint.documents.source import area_paths, load_settings, open_inventory, unreadable
    from ine_lint.store import default_cache_dir

    config = load_settings(config_path)
    language = lang or config.language or "es"
    wanted = [a.strip() for item in areas for a in item.split(",") if a.strip()]
    if all_areas and wanted:
        raise ConfigError(doc_text("area_and_all", language))
    if not all_areas and not wanted:
        raise ConfigError(doc_text("no_area_given", language))
    if since is not None and (all_areas or len(wanted) != 1):
        raise ConfigError(doc_text("designation_many", language))
    if output.exists() and not output.is_dir():
        raise ConfigError(doc_text("not_a_folder", language, path=output))
    when = as_of or _default_as_of()
    opened = open_inventory(inventory_path, config, when, default_cache_dir())
    refuse_inside(output, opened.root)
    inventory = opened.inventory
    if all_areas:
        wanted = [
            key for key in inventory.checked_areas if inventory.current_designation(key) is not None
        ]
        for key in inventory.checked_areas:
            if key not in wanted:  # accounts but nobody designated: nothing to fill in
                warn(
                    doc_text("no_current", language, area=key, as_of=inventory.as_of.isoformat()),
                    language,
                )
    # Every área is planned before anything is written: a wrong clave writes nothing.
    plans = []
    for key in dict.fromkeys(wanted):
        broken = unreadable(opened, area_paths(key))
        for path, count, whole in broken:
            if whole and path.startswith("designaciones/"):
                raise ConfigError(doc_text("unreadable_designations", language, path=path))
            warn(doc_text("unreadable", language, path=path, count=count), language)
        plans.append(anexos.plan(inventory, key, since, language, opened.platform_names))
    plans = _redacted(plans, opened.inventory, config.hidden)
    if anexos.find_font() is None:
        warn(doc_text("no_font", language), language)
    for area_plan in plans:
        for text in area_plan.warnings:
            warn(text, language)
    try:
        written = list(anexos.write(plans, output))
    except OSError as exc:
        raise ConfigError(
            doc_text(
                "cannot_write",
                language,
                path=exc.filename or output,
                reason=exc.strerror or type(exc).__name__,
            )
        ) from None
    if not quiet:
        for pdf in written:
            print(doc_text("wrote", language, path=pdf), file=sys.stderr)
    return 0


def _redacted(plans: list[Any], inventory: Any, hidden: tuple[str, ...]) -> list[Any]:
    """The plans with every secret 4.3.VI sees in the inventory or the configuration shown
    as «oculto» (a cargo or a usuario may be a pasted credential), file names included."""
    from dataclasses import fields, is_dataclass, replace

    from ine_lint.documents.anexos import _safe
    from ine_lint.redact import Redactor, settle_secrets

    settle_secrets(inventory, [])  # a usuario the account's URL shows is public
    redactor = Redactor.of(inventory, hidden)
    if redactor.pattern is None:
        return plans

    def hide(value: Any) -> Any:
        if isinstance(value, str):
            return redactor.text(value)
        if isinstance(value, tuple):
            return tuple(hide(v) for v in value)
        if isinstance(value, list):
            return [hide(v) for v in value]
        if isinstance(value, dict):
            return {k: hide(v) for k, v in value.items()}
        if is_dataclass(value) and not isinstance(value, type):
            changed: Any = replace(
                value, **{f.name: hide(getattr(value, f.name)) for f in fields(value)}
            )
            name = getattr(changed, "filename", None)
            if isinstance(name, str) and name != getattr(value, "filename", None):
                changed = replace(changed, filename=_safe(name))
            return changed
        return value

    return [hide(p) for p in plans]


def refuse_inside(output: Path, root: Path) -> None:
    """A document written into the inventory is an entry the next ``check`` reports (an
    unexpected file, a binary 4.3.VI could not scan): refused, as ``check --output`` is."""
    here, inside = output.resolve(), root.resolve()
    if here == inside or inside in here.parents:
        raise ConfigError("cli.output_inside", path=output, root=root)


def _default_as_of() -> date:
    from ine_lint.today import as_of_from_env, today_in_mexico_city

    return as_of_from_env() or today_in_mexico_city()


def run_listado(
    inventory_path: Path | None,
    output: Path,
    for_utsi: bool,
    as_of: date | None,
    lang: str | None,
    config_path: Path | None,
    quiet: bool,
) -> int:
    from ine_lint.check import Options, check
    from ine_lint.documents import listado
    from ine_lint.documents.source import load_settings, open_inventory, unreadable
    from ine_lint.store import default_cache_dir

    config = load_settings(config_path)
    language = lang or config.language or "es"
    suffix = output.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ConfigError(doc_text("output_format", language, path=output))
    if output.is_dir():
        raise ConfigError(doc_text("is_a_folder", language, path=output))
    when = as_of or _default_as_of()
    cache_dir = default_cache_dir()
    opened = open_inventory(inventory_path, config, when, cache_dir)
    refuse_inside(output, opened.root)
    # The marks come from the real check, with the configuration's waivers and days off, so
    # the list never disagrees with what ``ine-lint check`` reports.
    from ine_lint.findings import CORE_RULES

    # The core rules too: their notes say where the marks could not be evaluated.
    result = check(
        opened.root,
        Options(
            as_of=when,
            select=(*listado.MARKED_RULES, *CORE_RULES),
            ignore=config.ignore,
            severities=config.severities,
            waivers=config.waivers,
            non_working_days=config.non_working_days,
            cache_dir=cache_dir,
        ),
    )
    flagged = listado.flagged_people([(f.rule, f.area, f.subject) for f in result.findings])
    for path, count, _whole in unreadable(opened):
        warn(doc_text("unreadable", language, path=path, count=count), language)
    unknown = listado.unevaluated([dict(f.note) for f in result.findings if f.rule in CORE_RULES])
    data = listado.rows(opened.inventory, flagged, unknown, language)
    if result.inventory is not None:  # never a secret back: a cargo may be a pasted one
        from ine_lint.redact import Redactor

        hide = Redactor.of(result.inventory, config.hidden).text
        data = [
            listado.Row(
                {
                    k: hide(v) if isinstance(v, str) else tuple(map(hide, v))
                    for k, v in row.values.items()
                }
            )
            for row in data
        ]
    columns = listado.UTSI_COLUMNS if for_utsi else listado.COLUMNS
    try:
        if suffix == ".csv":
            listado.write_csv(output, columns, data, language)
        else:
            listado.write_xlsx(output, columns, data, language, when)
    except OSError as exc:
        raise ConfigError(
            doc_text(
                "cannot_write", language, path=output, reason=exc.strerror or type(exc).__name__
            )
        ) from None
    if not quiet:
        print(
            doc_text("listed", language, count=len(data), path=output, as_of=when.isoformat()),
            file=sys.stderr,
        )
    return 0


def run_nueva_area(
    key: str,
    inventory_path: Path | None,
    as_of: date | None,
    lang: str | None,
    config_path: Path | None,
    quiet: bool,
) -> int:
    from ine_lint.documents import skeleton
    from ine_lint.documents.source import load_settings, open_inventory
    from ine_lint.store import default_cache_dir

    config = load_settings(config_path)
    language = lang or config.language or "es"
    opened = open_inventory(inventory_path, config, as_of or _default_as_of(), default_cache_dir())
    root = opened.root
    areas = opened.inventory.areas
    if key not in areas:
        raise ConfigError(
            doc_text("new.unknown", language, area=key, hint=skeleton.closest(key, sorted(areas)))
        )
    targets = {kind: root / kind / f"{key}.yaml" for kind in ("designaciones", "cuentas")}
    for kind, target in targets.items():
        for existing in (target, target.with_suffix(".yml")):
            if existing.exists() or existing.is_symlink():
                raise ConfigError(doc_text("new.exists", language, path=f"{kind}/{existing.name}"))
    packaged = False
    texts = {}
    for kind, target in targets.items():
        modeline, found = skeleton.modeline_for(target, kind)
        packaged = packaged or not found
        texts[kind] = skeleton.area_file(kind, key, modeline)
    written: list[Path] = []
    try:
        for kind, target in targets.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(texts[kind])
            written.append(target)
    except OSError as exc:
        for path in written:  # both files or none
            path.unlink()
        raise ConfigError(
            doc_text(
                "cannot_write",
                language,
                path=exc.filename or root,
                reason=exc.strerror or type(exc).__name__,
            )
        ) from None
    if packaged:
        warn(doc_text("new.modeline", language), language)
    titular = areas[key].titular
    if titular is not None and titular.email == PLACEHOLDER_EMAIL:
        warn(doc_text("new.titular", language, area=key), language)
    if not quiet:
        for kind in targets:
            print(doc_text("created", language, path=f"{kind}/{key}.yaml"), file=sys.stderr)
    return 0


def run_init(
    directory: Path,
    central: bool,
    states: tuple[str, ...],
    districts: bool,
    lang: str | None,
    quiet: bool,
) -> int:
    from ine_lint.documents import skeleton

    language = lang or "es"
    known = skeleton.states_known()
    wanted: list[str] = []
    for item in states:
        for abbr in (s.strip().upper() for s in item.split(",")):
            if not abbr:
                continue
            if abbr in ("TODAS", "ALL"):
                wanted += known
            elif abbr in known:
                wanted.append(abbr)
            else:
                raise ConfigError(
                    doc_text(
                        "init.state",
                        language,
                        state=abbr,
                        hint=skeleton.closest(abbr, known),
                        known=", ".join(known),
                    )
                )
    areas = skeleton.select_areas(central, list(dict.fromkeys(wanted)), districts)
    files = skeleton.init_files(areas)
    for rel in files:
        if (directory / rel).exists() or (directory / rel).is_symlink():
            raise ConfigError(doc_text("init.exists", language, path=directory / rel))
    try:
        for rel, text in files.items():
            path = directory / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "x", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
    except OSError as exc:
        raise ConfigError(
            doc_text(
                "cannot_write",
                language,
                path=exc.filename or directory,
                reason=exc.strerror or type(exc).__name__,
            )
        ) from None
    if not quiet:
        print(doc_text("init.done", language, path=directory, count=len(areas)), file=sys.stderr)
    return 0
