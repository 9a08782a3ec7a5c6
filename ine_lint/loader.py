"""Stage 1, load: read YAML safely and keep where every value came from.

PyYAML's ``safe_load`` lets through duplicate keys (it keeps the last), aliases that expand
without bound, nesting deep enough to exhaust the stack and dates that cannot exist. This
module builds the value tree itself from libyaml's event stream, iteratively, so each of those
becomes a finding with file and line instead of a crash or a silent loss.

The tree is made of plain ``dict``/``list`` subclasses (``YMap``/``YSeq``) carrying positions,
so ``jsonschema`` validates it as it is and the cache can pickle it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ine_lint.findings import SCHEMA, YAML, Finding, Pos, finding, stamp
from ine_lint.secrets import SecretHit, scan
from ine_lint.suppress import parse_directives

try:  # libyaml's parser is several times faster; fall back cleanly where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
MAX_FILE_BYTES = 16 * 1024 * 1024
#: An alias may repeat a subtree, but the expanded document may not grow past this many nodes
#: beyond the ones written ("billion laughs").
MAX_ALIAS_EXPANSION = 10_000

Line = tuple[int, int]


class YMap(dict[str, Any]):
    """A mapping that remembers the position of itself, each key and each value."""

    __slots__ = ("kpos", "pos", "vpos")

    def __init__(self, pos: Line) -> None:
        super().__init__()
        self.pos = pos
        self.kpos: dict[str, Line] = {}
        self.vpos: dict[str, Line] = {}


class YSeq(list[Any]):
    """A sequence that remembers the position of itself and each item."""

    __slots__ = ("ipos", "pos")

    def __init__(self, pos: Line) -> None:
        super().__init__()
        self.pos = pos
        self.ipos: list[Line] = []


@dataclass
class LoadedFile:
    """One file of the inventory, as far as it could be read."""

    path: str  # relative to the inventory root, with forward slashes
    kind: str  # areas | cncs | correos | designaciones | cuentas
    data: YMap | None = None
    findings: list[Finding] = field(default_factory=list)
    #: Where the text holds something that looks like a secret (4.3.VI); never the value.
    secrets: list[SecretHit] = field(default_factory=list)
    #: Inline ``# ine-lint: ignorar`` comments, by line.
    directives: list[Any] = field(default_factory=list)
    #: What the inventory keeps of the tree once it is modelled (``inventory.load_and_validate``):
    #: the file's model objects, None if it could not be read as a mapping;
    model: Any = None
    #: the value of a per-área file's ``area`` key and its packed position;
    area: tuple[str, int] | None = None
    #: accounts written but left out of the model for a schema error;
    unmodelled: tuple[str, ...] = ()
    #: and every date read (an ``inventory.DatesRead``).
    dates: Any = None


class _Stop(Exception):
    def __init__(self, line: Line, message: str, **args: Any) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.args_ = args


_STD = "tag:yaml.org,2002:"
_BOOL = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
#: First characters for which YAML 1.1 may resolve a plain scalar to something else than a
#: string; any other plain scalar is a string without trying a pattern.
_RESOLVABLE = frozenset(k for k in _RESOLVERS if k)
#: Plain scalars already resolved: keys and dates repeat throughout an inventory, and a
#: look-up here is a small fraction of trying the resolver's patterns. Values are immutable.
_RESOLVED: dict[str, Any] = {}


def _resolve(value: str) -> Any:
    """Resolve a plain scalar the way YAML 1.1 (PyYAML's SafeLoader) does.

    Timestamps stay strings: the schema checks that a ``fecha`` is a real date, so that
    ``2026-13-45`` is a finding on its line rather than an exception in the constructor.
    """
    candidates = _RESOLVERS.get(value[0] if value else "", ())
    for tag, regexp in candidates:
        if not regexp.match(value):
            continue
        kind = tag[len(_STD):]
        if kind == "null":
            return None
        if kind == "bool":
            return _BOOL[value.lower()]
        if kind == "int":
            return _to_int(value)
        if kind == "float":
            return _to_float(value)
        return value  # timestamp, merge, value: keep the text
    return value


def _to_int(value: str) -> Any:
    text = value.replace("_", "")
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    try:
        if text.startswith("0b"):
            return sign * int(text[2:], 2)
        if text.startswith("0x"):
            return sign * int(text[2:], 16)
        if text.startswith("0") and len(text) > 1 and ":" not in text:
            return sign * int(text, 8)
        if ":" in text:
            total = 0
            for part in text.split(":"):
                total = total * 60 + int(part)
            return sign * total
        return sign * int(text)
    except ValueError:
        return value


def _to_float(value: str) -> Any:
    text = value.replace("_", "").lower()
    if text in (".nan",):
        return value  # NaN never equals itself; keep the text, the schema will say it is wrong
    if text.endswith(".inf"):
        return value
    try:
        return float(text)
    except ValueError:
        return value


def _mark(event: Any) -> Line:
    m = event.start_mark
    return (m.line + 1, m.column + 1)


def _scalar(event: Any) -> Any:
    tag = event.tag
    if tag in (None, "!") and event.implicit[0]:
        return _resolve(event.value)
    if tag in (None, "!", _STD + "str"):
        return event.value
    if tag == _STD + "null":
        return None
    if tag == _STD + "bool":
        return _BOOL.get(event.value.lower(), event.value)
    if tag == _STD + "int":
        return _to_int(event.value)
    if tag == _STD + "float":
        return _to_float(event.value)
    if tag == _STD + "timestamp":
        return event.value
    raise _Stop(_mark(event), "yaml.tag", tag=str(tag))


def _check_tag(event: Any, allowed: str) -> None:
    if event.tag not in (None, "!", _STD + allowed):
        raise _Stop(_mark(event), "yaml.tag", tag=str(event.tag))


_BRACKET = re.compile(r"[\[\]{}]")


def _check_flow_depth(text: str) -> None:
    """libyaml's scanner is quadratic in flow nesting (``[[[[...``): 20,000 brackets keep it
    busy for many seconds before the first event. Refuse such a file before parsing.

    Brackets inside quoted strings are counted too, which can only make this stricter than
    the parser, never let deeper nesting through.
    """
    if text.count("[") + text.count("{") < MAX_DEPTH:
        return  # too few openings to nest that deep: two passes in C instead of a loop
    depth = 0
    for match in _BRACKET.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth >= MAX_DEPTH:
                index = match.start()
                line = text.count("\n", 0, index) + 1
                column = index - (text.rfind("\n", 0, index) + 1) + 1
                raise _Stop((line, column), "yaml.depth", limit=MAX_DEPTH)
        elif depth:
            depth -= 1


def compose(text: str, path: str) -> tuple[Any, list[Finding]]:
    """Build the value tree of one YAML document; raise ``_Stop`` on what cannot be read."""
    _check_flow_depth(text)
    problems: list[Finding] = []
    anchors: dict[str, tuple[Any, int]] = {}
    # Each frame: [container, pending key, pending key position, expanded size, anchor,
    #              is a sequence]
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    written = 0
    expanded = 0

    def add(value: Any, line: Line, size: int) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        frame[3] += size
        if frame[5]:
            container.append(value)
            container.ipos.append(line)
            return
        if frame[1] is _NO_KEY:
            if isinstance(value, (YMap, YSeq)):
                raise _Stop(line, "yaml.complex_key")
            key = value if isinstance(value, str) else _key_text(value)
            frame[1] = key
            frame[2] = line
            return
        key = frame[1]
        frame[1] = _NO_KEY
        if key in container:
            first = container.kpos[key][0]
            problems.append(finding(Pos(path, *frame[2]), "schema.duplicate_key", key=key,
                                    first=first))
            return  # keep the first: the later one is the one the reader is told about
        container[key] = value
        container.kpos[key] = frame[2]
        container.vpos[key] = line

    # The parser's own get_event, not yaml.parse: that generator costs a third of the time.
    parser = _Loader(text)
    get_event = parser.get_event
    scalar_event, stream_end = yaml.ScalarEvent, yaml.StreamEndEvent
    resolvable = _RESOLVABLE
    resolved = _RESOLVED
    no_key = _NO_KEY
    while True:
        event = get_event()
        cls = event.__class__
        if cls is scalar_event:
            # The common case, inlined: a scalar into the innermost container.
            written += 1
            raw = event.value
            if event.tag is None and event.implicit[0]:
                if not raw:
                    value = None
                elif raw[0] in resolvable:
                    value = resolved.get(raw, no_key)
                    if value is no_key:
                        if len(resolved) >= 50_000:
                            resolved.clear()
                        value = resolved[raw] = _resolve(raw)
                else:
                    value = raw
            else:
                value = _scalar(event)
            if event.anchor:
                anchors[event.anchor] = (value, 1)
            mark = event.start_mark
            line = (mark.line + 1, mark.column + 1)
            if not stack:
                root = value
                continue
            frame = stack[-1]
            container = frame[0]
            frame[3] += 1
            if frame[5]:
                container.append(value)
                container.ipos.append(line)
            elif frame[1] is no_key:
                frame[1] = value if type(value) is str else _key_text(value)
                frame[2] = line
            else:
                key = frame[1]
                frame[1] = no_key
                if key in container:
                    problems.append(finding(Pos(path, *frame[2]), "schema.duplicate_key",
                                            key=key, first=container.kpos[key][0]))
                else:
                    container[key] = value
                    container.kpos[key] = frame[2]
                    container.vpos[key] = line
        elif cls is stream_end:
            break
        elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
            written += 1
            if len(stack) >= MAX_DEPTH:
                raise _Stop(_mark(event), "yaml.depth", limit=MAX_DEPTH)
            opened: YMap | YSeq
            if cls is yaml.MappingStartEvent:
                _check_tag(event, "map")
                opened = YMap(_mark(event))
            else:
                _check_tag(event, "seq")
                opened = YSeq(_mark(event))
            stack.append([opened, _NO_KEY, (0, 0), 1, event.anchor,
                          cls is yaml.SequenceStartEvent])
        elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            frame = stack.pop()
            if frame[4]:
                anchors[frame[4]] = (frame[0], frame[3])
            add(frame[0], frame[0].pos, frame[3])
        elif cls is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise _Stop(_mark(event), "yaml.alias_unknown", anchor=str(event.anchor))
            value, size = anchors[event.anchor]
            expanded += size
            if expanded > MAX_ALIAS_EXPANSION + written:
                raise _Stop(_mark(event), "yaml.alias_bomb", limit=MAX_ALIAS_EXPANSION)
            add(value, _mark(event), size)
        elif cls is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Stop(_mark(event), "yaml.multiple_documents")
    return root, problems


class _NoKey:
    __slots__ = ()


_NO_KEY = _NoKey()


def _key_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def decode(raw: bytes, path: str) -> tuple[str | None, Finding | None]:
    """Decode UTF-8 (a byte-order mark is dropped); name the line of the first bad byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, finding(Pos(path, line, column), "yaml.encoding",
                             byte=f"0x{raw[exc.start]:02x}")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return None, finding(Pos(path, line, 1), "yaml.nul")
    return text, None


def load_text(raw: bytes, path: str, kind: str) -> LoadedFile:
    """Load one file's bytes. Never raises for anything in the bytes."""
    loaded = LoadedFile(path=path, kind=kind)
    if len(raw) > MAX_FILE_BYTES:
        loaded.findings.append(stamp(finding(Pos(path, 1, 1), "yaml.too_large",
                                              size=len(raw), limit=MAX_FILE_BYTES), YAML))
        return loaded
    text, problem = decode(raw, path)
    loaded.secrets = scan(text if text is not None else raw.decode("utf-8", "replace"))
    if problem is not None or text is None:
        loaded.findings.append(stamp(problem, YAML))  # type: ignore[arg-type]
        return loaded
    loaded.directives = parse_directives(text)
    try:
        root, problems = compose(text, path)
    except _Stop as stop:
        loaded.findings.append(stamp(finding(Pos(path, *stop.line), stop.message,
                                             **stop.args_), YAML))
        return loaded
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        loaded.findings.append(stamp(finding(
            Pos(path, *line), "yaml.syntax",
            problem=_clean(exc.problem or exc.context or "")), YAML))
        return loaded
    except (yaml.YAMLError, RecursionError, MemoryError, ValueError) as exc:
        loaded.findings.append(stamp(finding(Pos(path, 1, 1), "yaml.syntax",
                                              problem=_clean(type(exc).__name__)), YAML))
        return loaded
    loaded.findings.extend(stamp(f, SCHEMA) for f in problems)
    if not isinstance(root, YMap):
        line = root.pos if isinstance(root, YSeq) else (1, 1)
        loaded.findings.append(stamp(finding(
            Pos(path, *line), "schema.not_mapping" if root is not None else "schema.empty"),
            SCHEMA))
        return loaded
    loaded.data = root
    return loaded


def _clean(problem: str) -> str:
    # libyaml's wording is kept: it is precise, and names at most one character or an
    # anchor of the file, never a value.
    return problem.strip()
