"""A store of earlier work, kept between runs, that holds plain data only.

It lives in ``$XDG_CACHE_HOME/ine-lint`` (``~/.cache/ine-lint`` by default), never in the
inventory repository. Whoever can write that folder (a shared ``XDG_CACHE_HOME``, a CI cache
restored from another job) must not be able to run code, so nothing read from it is
unpickled or executed: an entry is ``marshal`` data made only of ``None``, booleans,
numbers, strings, bytes, tuples, lists, dicts and frozensets, and the objects ine-lint keeps
(model objects, findings, the catalogue, dates) are rebuilt from it by the closed table of
``_BUILDERS``; anything else in an entry (a code object, say) makes the entry be ignored.
Entries are also signed with HMAC-SHA256 under a key kept in the folder, so a truncated or
damaged entry, or one written by another installation, is ignored and rebuilt.

The folder is created 0700. A folder or key that belongs to another user, or that others
may write, is not used at all (``check_root`` says why, and the run goes on without a
cache). Writes are atomic: two runs at once never leave half an entry.

Layout: ``clave-hmac`` (the key), ``archivos/`` (one entry per file content, see
``ine_lint.parallel``), ``instantaneas/`` (one snapshot per inventory, same module),
``nombres/`` (the names judged clean, per inventory: ``ine_lint.warm``), ``compilado/`` (the
policy catalogue, when ``policies/`` differs from the one shipped validated in
``ine_lint.generated``). Every entry's name also covers the
tool's version, the Python version and a digest of the code that produced it.

Kept apart from ``ine_lint.parallel`` so that commands which only need the catalogue
(``ine-lint rules``) do not import the loader.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import hmac
import marshal
import os
import stat
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ine_lint import __version__
from ine_lint.memo import Memo

_FORMAT = b"ine-lint-cache-3\n"
KEY_NAME = "clave-hmac"
T = TypeVar("T")


def default_cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/ine-lint``, else ``~/.cache/ine-lint``.

    A relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification says: it would put
    the cache in whatever folder the run starts in, the inventory repository included.
    """
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "ine-lint"
    home = os.environ.get("HOME")
    return Path(home) / ".cache" / "ine-lint" if home and os.path.isabs(home) else None


#: Roots already checked in this process: root → its key, or None when it is not usable.
_KEYS: dict[str, bytes | None] = {}
#: Why a root was refused (a ``messages`` UI key), for the CLI's one line on stderr.
_REFUSED: dict[str, str] = {}


def check_root(root: Path) -> str | None:
    """Create the cache folder (0700) and its key if missing; None if both can be trusted,
    else why not: ``"cache.foreign"`` (others could write it) or ``"cache.unusable"``."""
    key = _root_key(root)
    return None if key is not None else _REFUSED.get(str(root), "cache.unusable")


def _root_key(root: Path) -> bytes | None:
    here = str(root)
    if here in _KEYS:
        return _KEYS[here]
    key = None
    try:
        key = _open_root(root)
    except OSError:
        _REFUSED[here] = "cache.unusable"  # a read-only home: run without a cache
    except _Foreign:
        _REFUSED[here] = "cache.foreign"
    _KEYS[here] = key
    return key


class _Foreign(Exception):
    """The cache folder or its key belongs to someone else, or others may write it."""


def _trusted(info: os.stat_result, is_dir: bool) -> bool:
    kind_ok = stat.S_ISDIR(info.st_mode) if is_dir else stat.S_ISREG(info.st_mode)
    owner = os.geteuid() if hasattr(os, "geteuid") else info.st_uid
    return kind_ok and info.st_uid == owner and not info.st_mode & 0o022


def _open_root(root: Path) -> bytes | None:
    root.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.mkdir(root, 0o700)
    info = os.lstat(root)  # a symbolic link is not followed: it is refused
    if not _trusted(info, is_dir=True):
        raise _Foreign
    if info.st_mode & 0o077:  # ours, but made by an older version: keep it private
        os.chmod(root, 0o700)
    key_file = root / KEY_NAME
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(key_file, flags)
    except FileNotFoundError:
        _atomic_write(key_file, os.urandom(32), mode=0o600)
        fd = os.open(key_file, flags)
    except OSError as exc:
        raise _Foreign from exc  # a symbolic link (ELOOP) or a FIFO, say
    with os.fdopen(fd, "rb") as handle:
        if not _trusted(os.fstat(handle.fileno()), is_dir=False):
            raise _Foreign
        key = handle.read(33)
    return key if len(key) == 32 else None


class Cache:
    """Signed entries in the folders of ``root`` (``archivos/``, ``instantaneas/``,
    ``nombres/``, ``compilado/``), under the key in ``root/clave-hmac``. One is made per
    run and handed to whatever keeps work in it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = str(root)  # joined as a string for each entry read: faster
        self.key = _root_key(root)

    def entry(self, folder: str, *parts: str | bytes) -> str:
        """The name of an entry in ``folder``: ``folder/`` and a digest of the tool's
        version, the Python version, the code (``_salt``) and ``parts``."""
        digest = hashlib.sha256(_salt())
        for part in parts:
            # A file name that is not UTF-8 arrives with surrogate escapes: keep its bytes.
            digest.update(
                part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
            )
            digest.update(b"\0")
        return f"{folder}/{digest.hexdigest()}"

    def _path(self, name: str) -> str:
        folder, _, digest = name.partition("/")
        return os.path.join(self.base, folder, digest[:2], digest)

    def get(self, name: str, kind: type[T]) -> T | None:
        body = self.get_body(name)
        return None if body is None else from_body(body, kind)

    def get_body(self, name: str) -> bytes | memoryview | None:
        """An entry's body, as :func:`to_body` made it, if we signed it; else None."""
        if self.key is None:
            return None
        try:
            fd = os.open(
                self._path(name),
                os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0),
            )
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    return None
                blob = handle.read()
        except OSError:
            return None
        head = len(_FORMAT)
        if not blob.startswith(_FORMAT) or len(blob) < head + 32:
            return None
        mac, body = blob[head : head + 32], memoryview(blob)[head + 32 :]  # not a copy
        if not hmac.compare_digest(mac, hmac.new(self.key, body, "sha256").digest()):
            return None
        return body

    def put(self, name: str, value: object) -> None:
        body = to_body(value)
        if body is not None:
            self.put_body(name, body)

    def put_body(self, name: str, body: bytes) -> None:
        if self.key is None:
            return
        try:
            mac = hmac.new(self.key, body, "sha256").digest()
            _atomic_write(self._folder(name), _FORMAT + mac, 0o644, (body,))
        except OSError:
            pass  # a cache that cannot be written only costs time

    def put_pieces(self, name: str, pieces: Callable[[], Iterable[bytes]]) -> None:
        """Write an entry whose body is the pieces ``pieces()`` gives (twice: once to sign
        them, once to write them), so that a large body is never held whole."""
        if self.key is None:
            return
        try:
            mac = hmac.new(self.key, digestmod="sha256")
            for piece in pieces():
                mac.update(piece)
            _atomic_write(self._folder(name), _FORMAT + mac.digest(), 0o644, pieces())
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _folder(self, name: str) -> Path:
        """Where entry ``name`` is written, its folders made (0700) if missing."""
        path = Path(self._path(name))
        for folder in (path.parent.parent, path.parent):  # each one 0700: not parents=True
            folder.mkdir(mode=0o700, exist_ok=True)
        return path


def to_body(value: object) -> bytes | None:
    """``value`` as an entry's body: ``marshal`` of plain data; None if it cannot be."""
    try:
        return marshal.dumps(encode(value), 4)
    except (RecursionError, ValueError, TypeError):
        return None


def from_body(body: bytes | memoryview, kind: type[T]) -> T | None:
    """What :func:`to_body` wrote, rebuilt, if it is plain data and a ``kind``; else None."""
    try:
        value = decode(marshal.loads(body))
    except Exception:  # anything but the plain data we write: not ours, ignored
        return None
    return value if isinstance(value, kind) else None


# --------------------------------------------------------------------------- plain data

#: Marks a tuple as an object to rebuild: ``(_TAG, kind, *fields)``. The data ine-lint keeps
#: holds no bytes anywhere else at the head of a tuple, so it cannot be mistaken.
_TAG = b"\0ine-lint"


def encode(value: Any) -> Any:
    """``value`` as plain data that ``marshal`` writes and ``decode`` rebuilds."""
    return _Encoder().encode(value)


class _Encoder:
    def __init__(self) -> None:
        self.memo: dict[int, Any] = {}
        self.keep: list[Any] = []  # keeps encoded objects alive while their id is memoised

    def encode(self, value: Any) -> Any:
        t = type(value)
        if value is None or t in (str, int, float, bool, bytes):
            return value
        found = self.memo.get(id(value))
        if found is not None:
            return found  # shared objects stay shared (marshal writes a reference)
        out: Any
        if t is tuple:
            out = tuple(self.encode(v) for v in value)
        elif t is list:
            out = [self.encode(v) for v in value]
        elif t is dict:
            out = {self.encode(k): self.encode(v) for k, v in value.items()}
        elif t is frozenset:
            out = frozenset(self.encode(v) for v in value)
        else:
            fields = _FIELDS_OF.get(t) or _registered().get(t)
            if fields is None:
                raise TypeError(f"not kept in the cache: {t.__name__}")
            out = (_TAG, t.__name__, *(self.encode(v) for v in fields(value)))
        self.memo[id(value)] = out
        self.keep.append(value)
        return out


def decode(plain: Any) -> Any:
    """Rebuild what ``encode`` wrote. Raises on anything else (``TypeError``, ``KeyError``,
    ``ValueError``): the caller then ignores the entry."""
    memo: dict[int, Any] = {}
    return _decode(plain, memo)


_SCALARS = frozenset({type(None), str, int, float, bool})
#: What one entry's rebuilding has made so far, by the id of its plain form.
Rebuilt = dict[int, Any]


def _decode(v: Any, memo: Rebuilt) -> Any:
    t = type(v)
    if t in _SCALARS:
        return v
    # Each container is rebuilt once, however often the entry refers to it: shared objects
    # stay shared, and a forged entry cannot make this walk longer than the entry itself.
    found = memo.get(id(v))
    if found is not None:
        return found
    out: Any
    if t is tuple:
        if v and v[0] == _TAG:
            build = _BUILDERS.get(v[1])
            if build is None:
                _registered()  # what a loaded file is made of, registered on first need
                build = _BUILDERS[v[1]]
            out = build(v, memo)
        else:
            out = tuple([_decode(x, memo) for x in v])
    elif t is list:
        out = [_decode(x, memo) for x in v]
    elif t is dict:
        out = {_decode(k, memo): _decode(x, memo) for k, x in v.items()}
    elif t is frozenset:
        out = frozenset([_decode(x, memo) for x in v])
    elif t is bytes:
        out = v
    else:  # a code object, a set, anything marshal can make that ine-lint never writes
        raise TypeError(f"not plain data: {t.__name__}")
    memo[id(v)] = out
    return out


#: type → its fields, in the order its builder takes them.
_FIELDS_OF: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
#: kind → how to rebuild it from ``(_TAG, kind, *fields)``. Nothing else is ever built.
_BUILDERS: dict[str, Callable[[tuple[Any, ...], Rebuilt], Any]] = {}


def _register(
    cls: type,
    fields: Callable[[Any], tuple[Any, ...]],
    build: Callable[[tuple[Any, ...], Rebuilt], Any],
) -> None:
    _FIELDS_OF[cls] = fields
    _BUILDERS[cls.__name__] = build


def _fields(v: tuple[Any, ...], memo: Rebuilt, *types: type) -> tuple[Any, ...]:
    """The decoded fields of ``v``, which must be of ``types``."""
    fields = tuple([_decode(x, memo) for x in v[2:]])
    if len(fields) != len(types) or not all(map(isinstance, fields, types)):
        raise TypeError(f"{v[1]}: fields of the wrong type")
    return fields


#: One ``date`` per ordinal read back: an entry repeats a few thousand dates many times.
_DAYS: Memo[int, date] = Memo(100_000)


def _day(v: tuple[Any, ...], memo: Rebuilt) -> date:
    ordinal = v[2]
    found = _DAYS.get(ordinal) if type(ordinal) is int and len(v) == 3 else None
    if found is None:
        (ordinal,) = _fields(v, memo, int)
        found = _DAYS.keep(ordinal, date.fromordinal(ordinal))
    return found


def _catalogue() -> None:
    """What the catalogue is made of (``ine-lint rules`` needs no more)."""
    from ine_lint.policy import Platform, Policy, RuleSpec

    _register(date, lambda d: (d.toordinal(),), _day)
    for cls in (RuleSpec, Platform):
        _register_dataclass(cls)
    _register(
        Policy,
        lambda p: (p.rules, p.platforms, p.digest),
        lambda v, memo: Policy(*_fields(v, memo, dict, dict, str)),
    )


@functools.cache
def _registered() -> dict[type, Callable[[Any], tuple[Any, ...]]]:
    """Register what a loaded file is made of, on first need (importing the loader); the
    result is the table of fields, for the encoder."""
    from array import array

    from ine_lint import model
    from ine_lint.findings import Finding, Pos
    from ine_lint.loader import LoadedFile
    from ine_lint.modelling import DatesRead
    from ine_lint.secrets import SecretHit
    from ine_lint.suppress import Directive

    for cls in vars(model).values():
        if isinstance(cls, type) and issubclass(cls, model.Located) and cls is not model.Located:
            _register(cls, tuple, _named_tuple(cls))

    def positions(v: tuple[Any, ...], memo: Rebuilt) -> model.FieldPositions:
        if len(v) != 7:
            raise TypeError("FieldPositions: fields of the wrong type")
        return model.FieldPositions(*v[2:])  # text, two numbers, two tuples of them

    _register(
        model.FieldPositions, lambda p: (p.path, p.line, p.column, p.names, p.offsets), positions
    )

    def dates_read(v: tuple[Any, ...], memo: Rebuilt) -> DatesRead:
        latest, keys, raw = _fields(v, memo, int, tuple, bytes)
        return DatesRead(latest, keys, array("q", raw))

    _register(DatesRead, lambda d: (d.latest, d.keys, d.entries.tobytes()), dates_read)

    from ine_lint.unknown import Unknown

    _register(
        Unknown,
        tuple,
        lambda v, memo: Unknown(*_fields(v, memo, str, str, str, str, int, int, str, str)),
    )
    for cls in (Finding, Pos, LoadedFile, SecretHit, Directive):
        _register_dataclass(cls)
    return _FIELDS_OF


def _register_dataclass(cls: Any) -> None:
    names = tuple(f.name for f in dataclasses.fields(cls))

    def build(v: tuple[Any, ...], memo: Rebuilt) -> Any:
        fields = [_decode(x, memo) for x in v[2:]]
        if len(fields) != len(names):
            raise TypeError(f"{cls.__name__}: {len(fields)} fields")
        return cls(**dict(zip(names, fields, strict=True)))

    _register(cls, functools.partial(_attributes, names=names), build)


def _attributes(value: Any, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(getattr(value, n) for n in names)


#: Words of a field's annotation that hold no object to rebuild.
_PLAIN_WORDS = frozenset({"str", "int", "bool", "float", "None", "tuple", ""})


def _named_tuple(cls: Any) -> Callable[[tuple[Any, ...], Rebuilt], Any]:
    """A model class's builder. Its fields' annotations tell which can hold an object to
    rebuild (walked); the others hold text, numbers or tuples of them, and are taken as
    ``marshal`` made them: whatever a forged entry puts there is data, never run.

    The two leaves every object has, its ``FieldPositions`` and its dates, are built here
    rather than through ``_decode``: a national inventory has tens of thousands of each,
    and the walk's dispatch and memo cost more than building them (rebuilding lean 1×'s
    707 files: 0.051 → 0.041 s; heavy 1×: 0.087 → 0.068 s). Anything else in those fields
    is walked as before."""
    import re

    from ine_lint.model import FieldPositions

    size = len(cls._fields)
    notes: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        notes.update(getattr(base, "__annotations__", {}))
    places, days, walked = [], [], []
    for i, name in enumerate(cls._fields, start=2):
        note = notes.get(name, "?")
        words = set(re.split(r"[^A-Za-z_]+", str(getattr(note, "__forward_arg__", note))))
        if words == {"FieldPositions"}:
            places.append(i)
        elif words <= {"Day", "None", ""} and "Day" in words:
            days.append(i)
        elif not words <= _PLAIN_WORDS:
            walked.append(i)
    new = tuple.__new__
    get_day = _DAYS.get

    def build(v: tuple[Any, ...], memo: Rebuilt) -> Any:
        if len(v) != size + 2:
            raise TypeError(f"{cls.__name__}: {len(v) - 2} fields")
        fields = list(v)
        for i in places:
            p = fields[i]
            if type(p) is tuple and len(p) == 7 and p[0] == _TAG and p[1] == "FieldPositions":
                fields[i] = FieldPositions(p[2], p[3], p[4], p[5], p[6])
            else:
                fields[i] = _decode(p, memo)
        for i in days:
            d = fields[i]
            if d is None:
                continue
            if type(d) is tuple and len(d) == 3 and d[1] == "date" and type(d[2]) is int:
                found = get_day(d[2])
                if found is not None and d[0] == _TAG:
                    fields[i] = found
                    continue
            fields[i] = _decode(d, memo)
        for i in walked:
            fields[i] = _decode(fields[i], memo)
        return new(cls, fields[2:])

    return build


_catalogue()


def store(cache_dir: Path | None) -> Cache | None:
    """The cache in ``cache_dir`` (None: no cache). Made once per run and handed down."""
    return Cache(cache_dir) if cache_dir is not None else None


@functools.cache
def _salt() -> bytes:
    """What every entry's name covers besides its own parts: computed on the first name,
    so a run that names no entry (``ine-lint rules``) never reads the package's source."""
    return ":".join((__version__, sys.version, _code_digest())).encode()


def _atomic_write(
    path: Path, data: bytes, mode: int = 0o644, more: Iterable[bytes | memoryview] = ()
) -> None:
    """Write ``data`` and then ``more`` (pieces, not joined: an entry may be tens of MB)."""
    fd, tmp = _new_file(path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            for piece in more:
                handle.write(piece)
        os.chmod(tmp, mode)
        os.replace(tmp, path)  # readers see the old entry or the new one, never half of one
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


#: How a temporary entry is opened: created here and now (never an existing file or a
#: symbolic link planted under its name), readable by this user only until renamed.
_NEW_FILE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _new_file(folder: Path) -> tuple[int, str]:
    """A new file with an unpredictable name in ``folder``, as ``tempfile.mkstemp`` makes
    one: without importing ``tempfile`` (with ``shutil`` and ``random``, 4 ms of a 0.3 s
    warm run, which writes the entry of the file it found edited)."""
    for _ in range(100):
        tmp = os.path.join(folder, f".tmp-{os.urandom(8).hex()}")
        try:
            return os.open(tmp, _NEW_FILE, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


@functools.cache
def _code_digest() -> str:
    """The code and the shipped schemas: a change to any of them, even without a new
    version number, must not reuse an entry made by the old code."""
    from ine_lint.resources import data_dir

    digest = hashlib.sha256(source_digest(Path(__file__).parent).encode())
    for path in sorted(data_dir("schemas").glob("*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def source_digest(package: Path) -> str:
    """A digest of every Python source file under ``package``, with its path: the whole
    package rather than a list of the modules whose output is kept, so that none can be
    forgotten; sorted by path, so that it does not depend on the file system's order."""
    digest = hashlib.sha256()
    sources = sorted(
        os.path.relpath(os.path.join(folder, name), package).replace(os.sep, "/")
        for folder, _, names in os.walk(package)
        for name in names
        if name.endswith(".py")
    )
    for rel in sources:
        data = (package / rel).read_bytes()
        digest.update(f"{rel}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()
