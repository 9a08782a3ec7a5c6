"""Stage 2, validate: JSON Schema errors turned into findings a CNCS analyst can act on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from functools import cache, partial
from typing import Any

from ine_lint.dates import looks_like_date, read_date
from ine_lint.findings import Finding, Pos, finding
from ine_lint.generated import Invalid
from ine_lint.loader import Line, YMap, YSeq
from ine_lint.resources import data_dir

SCHEMA_FILES = {
    "areas": "areas.schema.json",
    "cncs": "cncs.schema.json",
    "correos": "correos-genericos.schema.json",
    "designaciones": "designaciones.schema.json",
    "cuentas": "cuentas.schema.json",
    # Not a file of the inventory: ``.ine-lint.yaml``, validated by ``config._validate``.
    "config": "ine-lint.schema.json",
}

#: Unknown keys of one mapping that get a did-you-mean suggestion (the report lists at most
#: ``check.MAX_PER_FILE_AND_RULE`` findings of a rule per file).
SUGGESTED_KEYS = 100


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True  # the ``type`` keyword reports it
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def full_validator(schema: dict[str, Any]) -> Any:
    """A jsonschema validator for one of our schemas, with ``format: date`` checked."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date")(_is_date)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=checker)


@cache
def _schema(kind: str) -> dict[str, Any]:
    """The shipped schema of a file kind (read once; callers must not change it)."""
    found: dict[str, Any] = json.loads(
        (data_dir("schemas") / SCHEMA_FILES[kind]).read_text(encoding="utf-8")
    )
    return found


@cache
def validator(kind: str) -> Any:
    return full_validator(_schema(kind))


@cache
def fast_validator(kind: str) -> Any:
    """A compiled validator of the same schema, to tell quickly that a file is valid.

    jsonschema walks every node through its generic machinery; most files are valid, so a
    fastjsonschema function (references inlined, as it is fastest that way) answers first,
    raising :class:`Invalid` at the first error, and only a file it rejects goes through
    jsonschema for the full, positioned report. The function ships as source in
    ``ine_lint.generated``; if the schema was edited since it was generated, it is generated
    in this process instead. Code is never read back from the cache.
    """
    return _shipped_fast(kind) or _compile_fast(kind)


@cache
def schema_digest(kind: str) -> str:
    """Digest of the shipped schema of a file kind (the bytes of its JSON file)."""
    import hashlib

    return hashlib.sha256((data_dir("schemas") / SCHEMA_FILES[kind]).read_bytes()).hexdigest()


def _shipped_fast(kind: str) -> Any:
    import importlib

    module = importlib.import_module(f"ine_lint.generated.esquema_{kind}")
    if schema_digest(kind) != module.SCHEMA_DIGEST:
        return None
    return partial(module.validate, formats={"date": _is_date})


def fast_source(kind: str) -> tuple[str, str]:
    """fastjsonschema's source for a shipped schema (``$ref`` inlined, as draft 7), and the
    name of the function it defines; used here and by ``build_tables``."""
    import fastjsonschema

    schema = _schema(kind)
    inlined = _inline(schema, schema.get("$defs", {}))
    inlined["$schema"] = "http://json-schema.org/draft-07/schema#"
    source = fastjsonschema.compile_to_code(
        inlined, formats={"date": _is_date}, detailed_exceptions=False
    )
    function = re.search(r"^def (\w+)\(", source, re.MULTILINE)
    if function is None:  # pragma: no cover - fastjsonschema always defines one
        raise RuntimeError(f"fastjsonschema generated no function for {kind}")
    return source, function.group(1)


def _compile_fast(kind: str) -> Any:
    import fastjsonschema

    source, function = fast_source(kind)
    namespace: dict[str, Any] = {}
    # The source was generated just now from our own shipped schema, never read from disk.
    exec(compile(source, f"<esquema {kind}>", "exec"), namespace)
    compiled = partial(namespace[function], custom_formats={"date": _is_date})

    def check(data: Any) -> Any:
        try:
            return compiled(data)
        except fastjsonschema.JsonSchemaException:
            raise Invalid(kind) from None

    return check


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = defs[node["$ref"].rsplit("/", 1)[-1]]
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return _inline(merged, defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def validate(
    kind: str, data: YMap, path: str, flagged: list[tuple[tuple[Any, ...], Pos]] | None = None
) -> list[Finding]:
    """Every schema error of one file, as ``esquema`` findings at the offending node.

    ``flagged`` receives, for each error, the path of the node it makes unknown (for an
    unknown or missing key, the mapping that holds it) and the position of its finding.
    """
    try:
        fast_validator(kind)(data)
        return []
    except Invalid:
        pass
    out: list[Finding] = []
    # A misspelt key is one mistake: «vigente_dsde» says «¿quiso decir vigente_desde?», and
    # a second finding that vigente_desde is missing would only repeat it.
    errors = [
        (tuple(e.absolute_path), _describe(e, data, path))
        for e in validator(kind).iter_errors(data)
    ]
    meant = {
        (where, dict(f.args).get("suggestion"))
        for where, found in errors
        for f in found
        if f.message == "schema.unknown_key"
    }
    for where, found in errors:
        found = [
            f
            for f in found
            if f.message != "schema.required" or (where, dict(f.args).get("key")) not in meant
        ]
        if flagged is not None and found:
            flagged.append((where, found[0].pos))
        out.extend(found)
    return out


def _node(data: Any, path: Iterable[Any]) -> tuple[Any, Line, Any, Any]:
    """Walk to a node; return it, its position, its parent container and its key."""
    node, pos, parent, key = data, getattr(data, "pos", (1, 1)), None, None
    for step in path:
        parent, key = node, step
        if isinstance(node, YMap):
            pos = node.vpos.get(step, node.pos)
        elif isinstance(node, YSeq):
            pos = node.ipos[step] if step < len(node.ipos) else node.pos
        node = node[step]
    return node, pos, parent, key


def _label(schema: dict[str, Any], key: Any) -> str:
    """The field's name, or the object's title ("" = the document); messages word it."""
    if key is None or isinstance(key, int):
        return str(schema.get("title", ""))
    return str(key)


def _container_label(schema: dict[str, Any]) -> str:
    return str(schema.get("title", ""))


def _describe(error: Any, data: YMap, path: str) -> list[Finding]:
    node, line, _, key = _node(data, error.absolute_path)
    validator_name = error.validator
    schema = error.schema
    where = Pos(path, *line)
    field = _label(schema, key)
    if validator_name == "additionalProperties":
        import difflib  # only for a file with a schema error

        known = sorted(schema.get("properties", {}))
        joined = ", ".join(known)
        out: list[Finding] = []
        for extra in node:
            if extra in schema.get("properties", {}):
                continue
            # Only the first ones get a suggestion: a report lists at most that many findings
            # of a rule per file, and matching 200,000 keys took over a minute.
            close = (
                difflib.get_close_matches(extra, known, n=1, cutoff=0.6)
                if len(out) < SUGGESTED_KEYS
                else []
            )
            kpos = node.kpos.get(extra, node.pos)
            out.append(
                finding(
                    Pos(path, *kpos),
                    "schema.unknown_key",
                    key=str(extra),
                    parent=_container_label(schema),
                    suggestion=close[0] if close else "",
                    known=joined,
                )
            )
        return out
    if validator_name == "required":
        missing = [k for k in error.validator_value if k not in node]
        return [
            finding(where, "schema.required", key=k, parent=_container_label(schema))
            for k in missing
        ]
    if validator_name == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        return [
            finding(
                where,
                "schema.type",
                field=field,
                expected=",".join(names),
                got=_json_type(node),
                suggestion=_boolean_meant(node) if "boolean" in names else "",
            )
        ]
    if validator_name == "enum":
        allowed = [str(v) for v in error.validator_value]
        return [
            finding(
                where,
                "schema.enum",
                field=field,
                allowed=", ".join(allowed),
                suggestion=_closest(node, allowed),
            )
        ]
    if validator_name == "format" and error.validator_value == "date":
        return [_date_finding(where, field, node)]
    if validator_name == "pattern":
        # ``red: Facebook``: the platform id is written in lower case; an oficio in upper.
        written = node.strip() if isinstance(node, str) else ""
        meant = next(
            (
                m
                for m in (written.lower(), written.upper())
                if m != node and re.fullmatch(str(error.validator_value), m)
            ),
            "",
        )
        return [
            finding(
                where,
                "schema.pattern",
                field=field,
                description=str(schema.get("description", "")),
                suggestion=meant,
                pattern=str(error.validator_value),
            )
        ]
    if validator_name in ("minLength", "minItems"):
        return [finding(where, "schema.empty_value", field=field)]
    if validator_name in ("anyOf", "oneOf"):
        # A mapping where one branch is the mapping (``ignorar: [{regla, autoriza, ...}]``):
        # what is wrong is inside it, at its own line.
        branches = error.validator_value
        inner = [
            c
            for c in error.context or ()
            if isinstance(node, dict)
            and c.relative_schema_path
            and isinstance(c.relative_schema_path[0], int)
            and branches[c.relative_schema_path[0]].get("type") == "object"
        ]
        if inner:
            return [f for c in inner for f in _describe(c, data, path)]
        # The branches are alternatives of one field (``baja``: a date or null); describe the
        # field as a whole, as check-jsonschema's best_match does for the common case.
        if any(c.validator == "format" for c in error.context or ()):
            return [_date_finding(where, field, node)]
        return [
            finding(
                where,
                "schema.alternatives",
                field=field,
                description=str(schema.get("description", "")),
            )
        ]
    if validator_name == "const":
        return [finding(where, "schema.enum", field=field, allowed=str(error.validator_value))]
    return [finding(where, "schema.other", field=field, rule_name=str(validator_name))]


def _date_finding(where: Pos, field: str, node: Any) -> Finding:
    """A bad date: what was found, and the date it must have meant (``dates.read_date``).

    Only a value shaped like a date is shown back (a field's value could be anything, even
    a secret pasted in the wrong place).
    """
    text = node.strip() if isinstance(node, str) else ""
    if not looks_like_date(text):
        return finding(where, "schema.date", field=field)
    meant, two_ways = read_date(text)
    if two_ways:
        return finding(
            where, "schema.date_value", field=field, value=text, suggestion=meant or "", order="dmy"
        )
    return finding(where, "schema.date_value", field=field, value=text, suggestion=meant or "")


_TRUE_WORDS = frozenset({"sí", "si", "verdadero", "cierto", "activo", "activado", "1"})
_FALSE_WORDS = frozenset({"falso", "inactivo", "desactivado", "0"})


def _boolean_meant(node: Any) -> str:
    word = str(node).strip().lower() if isinstance(node, (str, int)) else ""
    if word in _TRUE_WORDS:
        return "true"
    if word in _FALSE_WORDS:
        return "false"
    return ""


def _closest(node: Any, allowed: list[str]) -> str:
    """The allowed value a wrong one was meant to be: ``Facebook`` → ``facebook``,
    ``mando medio`` → ``mando_medio``; else the closest by spelling, if close enough."""
    if not isinstance(node, str):
        return ""
    import unicodedata

    plain = "".join(
        c
        for c in unicodedata.normalize("NFD", node.strip().lower())
        if unicodedata.category(c) != "Mn"
    )
    plain = re.sub(r"[\s-]+", "_", plain)
    if plain in allowed:
        return plain
    import difflib

    close = difflib.get_close_matches(plain, allowed, n=1, cutoff=0.75)
    return close[0] if close else ""


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
