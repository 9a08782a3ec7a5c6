"""Stage 1, load: read YAML safely and keep where every value came from.

PyYAML's ``safe_load`` lets through duplicate keys (it keeps the last), aliases that expand
without bound, nesting deep enough to exhaust the stack and dates that cannot exist. This
module builds the value tree itself from libyaml's event stream, iteratively, so each of those
becomes a finding with file and line instead of a crash or a silent loss.

The tree is made of plain ``dict``/``list`` subclasses (``YMap``/``YSeq``) carrying positions,
so ``jsonschema`` validates it as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from ine_lint.findings import SCHEMA, YAML, Finding, Pos, finding, stamp
from ine_lint.memo import Memo
from ine_lint.secrets import SecretHit, scan
from ine_lint.suppress import parse_directives

try:  # libyaml's parser is several times faster; fall back cleanly where it is missing
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_DEPTH = 64
MAX_FILE_BYTES = 16 * 1024 * 1024
#: An alias may repeat a subtree, but the expanded document may not grow past this many nodes
#: beyond the ones written ("billion laughs"). A scalar counts one node per
#: ``ALIAS_CHARS_PER_NODE`` characters too, so that an alias of a 4 MB text used 5,000 times
#: is as much a bomb as one of a large tree.
MAX_ALIAS_EXPANSION = 10_000
ALIAS_CHARS_PER_NODE = 64

#: Longest YAML 1.1 base-60 integer (``190:20:30``) converted to a number; a longer one stays
#: text. Each part multiplies a growing integer, so 500,000 parts took most of a minute.
MAX_SEXAGESIMAL = 64

#: Duplicate keys listed one by one in a file; the rest are only counted (one ``limit.more``
#: finding that ``check`` merges into its per-file cap), beyond one per mapping.
MAX_DUPLICATE_FINDINGS = 101

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
    #: What the inventory keeps of the tree once it is modelled (``modelling.load_and_validate``):
    #: the file's model objects, None if it could not be read as a mapping;
    model: Any = None
    #: the value of a per-área file's ``area`` key, with its line and column;
    area: tuple[str, int, int] | None = None
    #: accounts written but left out of the model for a schema error;
    unmodelled: tuple[str, ...] = ()
    #: every date read (an ``modelling.DatesRead``);
    dates: Any = None
    #: and the facts its schema errors make unknown (``unknown.Unknown``, plain tuples).
    unknown: tuple[Any, ...] = ()


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
_RESOLVED: Memo[str, Any] = Memo(50_000)


def _resolve(value: str) -> Any:
    """Resolve a plain scalar the way YAML 1.1 (PyYAML's SafeLoader) does.

    Timestamps stay strings: the schema checks that a ``fecha`` is a real date, so that
    ``2026-13-45`` is a finding on its line rather than an exception in the constructor.
    """
    candidates = _RESOLVERS.get(value[0] if value else "", ())
    for tag, regexp in candidates:
        if not regexp.match(value):
            continue
        kind = tag[len(_STD) :]
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
            if len(text) > MAX_SEXAGESIMAL:
                return value  # 1:1:1:... with thousands of parts: quadratic, and no number
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
    raise _Stop(_mark(event), "yaml.tag")


def _check_tag(event: Any, allowed: str) -> None:
    if event.tag not in (None, "!", _STD + allowed):
        raise _Stop(_mark(event), "yaml.tag")


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


def compose(
    text: str, path: str, rewritten: list[tuple[str, Line]] | None = None
) -> tuple[Any, list[Finding]]:
    """Build the value tree of one YAML document; raise ``_Stop`` on what cannot be read.

    ``rewritten`` receives each quoted scalar whose value is not its text as written
    (escapes, ``''``, an escaped line break joining two lines), with its position: no line
    of the file holds such a value, so 4.3.VI judges it apart (``redact.rewritten_hits``).

    The innermost open container and its state live in local variables, the outer ones wait
    on ``stack``: the common event, a scalar into the innermost container, then touches no
    list or attribute of ours but the container and its positions.
    """
    _check_flow_depth(text)
    problems: list[Finding] = []
    #: anchor → (value, its size in nodes); a container's size is counted when an alias
    #: first names it (``_expanded_size``), so that a file without aliases never pays for it.
    anchors: dict[str, tuple[Any, int]] = {}
    sizes: dict[int, int] = {}  # id of a container → its size, aliases expanded
    stack: list[tuple[Any, Any, Any, bool, Any, Line, Any]] = []
    container: Any = None  # None: the document itself
    # The innermost container's position lists: ``kpos`` and ``vpos`` of a mapping, or
    # ``ipos`` (twice) of a sequence.
    first_pos: Any = None
    value_pos: Any = None
    is_seq = False
    key: Any = _NO_KEY  # the key waiting for its value, in a mapping
    key_line: Line = (0, 0)
    anchor: Any = None
    root: Any = None
    documents = 0
    written = 0
    expanded = 0
    duplicates = uncounted = 0
    uncounted_at: Line = (0, 0)
    told: set[int] = set()  # mappings with a duplicate-key finding

    # The parser's own get_event, not yaml.parse: that generator costs a third of the time.
    parser = _Loader(text)
    get_event = parser.get_event
    scalar_event, stream_end = yaml.ScalarEvent, yaml.StreamEndEvent
    mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    resolvable = _RESOLVABLE
    resolved = _RESOLVED
    no_key = _NO_KEY
    while True:
        event = get_event()
        cls = event.__class__
        if cls is scalar_event:
            written += 1
            raw = event.value
            if event.tag is None and event.implicit[0]:
                if not raw:
                    value = None
                elif raw[0] in resolvable:
                    value = resolved.get(raw, no_key)
                    if value is no_key:
                        value = _resolve(raw)
                        if len(raw) <= 64:  # keys, dates, numbers: short, and recurring
                            resolved.keep(raw, value)
                else:
                    value = raw
            else:
                value = _scalar(event)
            if event.anchor:
                anchors[event.anchor] = (value, 1 + len(raw) // ALIAS_CHARS_PER_NODE)
            mark = event.start_mark
            line = (mark.line + 1, mark.column + 1)
            style = event.style
            # Quoted and as long as written plus its quotes: the value is its text.
            if (
                (style == '"' or style == "'")
                and rewritten is not None
                and event.end_mark.index - mark.index != len(raw) + 2
            ):
                rewritten.append((raw, line))
        elif cls is mapping_end or cls is sequence_end:
            value, done = container, anchor
            line = value.pos
            container, first_pos, value_pos, is_seq, key, key_line, anchor = stack.pop()
            if done:
                anchors[done] = (value, -1)  # its size: counted if an alias names it
        elif cls is mapping_start or cls is sequence_start:
            written += 1
            mark = event.start_mark
            if len(stack) >= MAX_DEPTH:
                raise _Stop((mark.line + 1, mark.column + 1), "yaml.depth", limit=MAX_DEPTH)
            stack.append((container, first_pos, value_pos, is_seq, key, key_line, anchor))
            if event.tag is not None:
                _check_tag(event, "seq" if cls is sequence_start else "map")
            if cls is sequence_start:
                is_seq = True
                container = YSeq((mark.line + 1, mark.column + 1))
                first_pos = value_pos = container.ipos
            else:
                is_seq = False
                container = YMap((mark.line + 1, mark.column + 1))
                first_pos, value_pos = container.kpos, container.vpos
            key, anchor = no_key, event.anchor
            continue
        elif cls is stream_end:
            break
        elif cls is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise _Stop(_mark(event), "yaml.alias_unknown")
            value, node_size = anchors[event.anchor]
            if node_size < 0:
                node_size = _expanded_size(value, sizes)
            expanded += node_size
            if expanded > MAX_ALIAS_EXPANSION + written:
                raise _Stop(_mark(event), "yaml.alias_bomb", limit=MAX_ALIAS_EXPANSION)
            line = _mark(event)
        else:
            if cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Stop(_mark(event), "yaml.multiple_documents")
            continue
        # The node just read (scalar, closed container or alias) goes into the container.
        if is_seq:
            container.append(value)
            value_pos.append(line)
        elif key is no_key:
            if container is None:
                root = value
            elif type(value) is str:
                key = value
                key_line = line
            elif isinstance(value, (YMap, YSeq)):
                raise _Stop(line, "yaml.complex_key")
            else:
                key = _key_text(value)
                key_line = line
        elif key in container:
            # Past the cap, one finding per mapping (``inventory._duplicated`` needs it)
            # and only a count for the rest: millions of ``k: v`` lines stay linear.
            if duplicates < MAX_DUPLICATE_FINDINGS or id(container) not in told:
                duplicates += 1
                told.add(id(container))
                problems.append(
                    finding(
                        Pos(path, *key_line),
                        "schema.duplicate_key",
                        key=key,
                        first=first_pos[key][0],
                    )
                )
            else:
                if not uncounted:
                    uncounted_at = key_line
                uncounted += 1
            key = no_key
        else:  # the first is kept: the later one is the one the reader is told about
            container[key] = value
            first_pos[key] = key_line
            value_pos[key] = line
            key = no_key
    if uncounted:
        problems.append(
            Finding(
                pos=Pos(path, *uncounted_at),
                message="limit.more",
                args=(("count", uncounted), ("rule", SCHEMA)),
            )
        )
    return root, problems


def _expanded_size(node: Any, sizes: dict[int, int]) -> int:
    """How many nodes ``node`` stands for, every alias in it expanded: one per container,
    key and item, and a scalar one more per ``ALIAS_CHARS_PER_NODE`` characters.

    An alias is the same object as its anchor, so a container met again is counted from
    ``sizes`` instead of being walked again: a billion laughs costs one step per container
    written. Iterative: aliases of aliases make a tree deeper than ``MAX_DEPTH``.
    """
    containers = (YMap, YSeq)
    if not isinstance(node, containers):
        return _scalar_size(node)
    todo: list[tuple[Any, bool]] = [(node, False)]
    while todo:
        item, ready = todo.pop()
        if id(item) in sizes:
            continue
        values = item.values() if isinstance(item, YMap) else item
        if not ready:  # its containers first, then itself
            todo.append((item, True))
            todo.extend(
                (v, False) for v in values if isinstance(v, containers) and id(v) not in sizes
            )
            continue
        total = 1 + sum(
            sizes[id(v)] if isinstance(v, containers) else _scalar_size(v) for v in values
        )
        if isinstance(item, YMap):
            total += sum(_scalar_size(k) for k in item)
        sizes[id(item)] = total
    return sizes[id(node)]


def _scalar_size(value: Any) -> int:
    return 1 + len(value) // ALIAS_CHARS_PER_NODE if isinstance(value, str) else 1


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
        return None, finding(
            Pos(path, line, column), "yaml.encoding", byte=f"0x{raw[exc.start]:02x}"
        )
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        return None, finding(Pos(path, line, 1), "yaml.nul")
    return text, None


def scan_undecodable(raw: bytes) -> list[SecretHit]:
    """Secrets in a file that is not UTF-8 (4.3.VI reads it anyway): read both as UTF-8
    with replacement characters and as Latin-1, the usual other encoding of Spanish text,
    and keep the hits of both, one per line."""
    hits = {h.line: h for h in scan(raw.decode("latin-1"))}
    for hit in scan(raw.decode("utf-8", "replace")):
        hits.setdefault(hit.line, hit)
    return [hits[k] for k in sorted(hits)]


#: Bytes looked at to tell a binary file (git's rule: a NUL byte among the first 8000).
BINARY_PROBE = 8000


def load_other(raw: bytes, path: str, kind: str) -> LoadedFile:
    """A file outside the contract, read for secrets only (4.3.VI): any name or extension."""
    loaded = LoadedFile(path=path, kind=kind)
    if b"\x00" in raw[:BINARY_PROBE] or len(raw) > MAX_FILE_BYTES:
        # Each notice is a text of the catalogue, in the language of the run.
        notice = (
            finding(Pos(path, 1, 1), "r.secret.not_read")
            if len(raw) <= MAX_FILE_BYTES
            else finding(
                Pos(path, 1, 1), "r.secret.not_read_size", size=len(raw), limit=MAX_FILE_BYTES
            )
        )
        loaded.findings.append(replace(notice, rule="4.3.VI", severity="info"))
        return loaded
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        loaded.secrets = scan_undecodable(raw)
    else:
        loaded.secrets = scan(text)
    return loaded


def load_text(raw: bytes, path: str, kind: str) -> LoadedFile:
    """Load one file's bytes. Never raises for anything in the bytes."""
    loaded = LoadedFile(path=path, kind=kind)
    if len(raw) > MAX_FILE_BYTES:
        loaded.findings.append(
            stamp(
                finding(Pos(path, 1, 1), "yaml.too_large", size=len(raw), limit=MAX_FILE_BYTES),
                YAML,
            )
        )
        return loaded
    text, problem = decode(raw, path)
    loaded.secrets = scan(text) if text is not None else scan_undecodable(raw)
    if problem is not None or text is None:
        loaded.findings.append(stamp(problem, YAML))  # type: ignore[arg-type]
        return loaded
    loaded.directives = parse_directives(text)
    from ine_lint.redact import merge_hits, quoted_hits

    loaded.secrets = merge_hits(loaded.secrets, quoted_hits(text, loaded.directives))
    rewritten: list[tuple[str, Line]] = []
    try:
        try:
            root, problems = compose(text, path, rewritten)
        finally:
            # Also what was read before YAML gave up: an escaped secret above a syntax
            # error is no less written in the file.
            if rewritten:
                from ine_lint.redact import rewritten_hits

                loaded.secrets = merge_hits(loaded.secrets, rewritten_hits(rewritten))
    except _Stop as stop:
        loaded.findings.append(
            stamp(finding(Pos(path, *stop.line), stop.message, **stop.args_), YAML)
        )
        return loaded
    except yaml.MarkedYAMLError as exc:
        from ine_lint.yamlerrors import diagnose

        # Told by its cause, at the cause's line, never quoting the file (issue 11).
        line_no, column, key, args = diagnose(text, exc)
        loaded.findings.append(stamp(finding(Pos(path, line_no, column), key, **args), YAML))
        return loaded
    except (yaml.YAMLError, RecursionError, MemoryError, ValueError):
        loaded.findings.append(stamp(finding(Pos(path, 1, 1), "yaml.syntax"), YAML))
        return loaded
    loaded.findings.extend(stamp(f, SCHEMA) for f in problems)
    if not isinstance(root, YMap):
        line = root.pos if isinstance(root, YSeq) else (1, 1)
        loaded.findings.append(
            stamp(
                finding(
                    Pos(path, *line), "schema.not_mapping" if root is not None else "schema.empty"
                ),
                SCHEMA,
            )
        )
        return loaded
    loaded.data = root
    return loaded
