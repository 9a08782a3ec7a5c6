"""A signed store of earlier work, kept between runs.

It lives in ``$XDG_CACHE_HOME/ine-lint`` (``~/.cache/ine-lint`` by default), never in the
inventory repository: a pull request cannot plant an entry. Entries are pickles signed with
HMAC-SHA256 under a key that only this user can read, and any entry that is truncated,
corrupt, foreign or unsigned is ignored and rebuilt. Writes are atomic: two runs at once
never leave half an entry.

Layout: ``clave-hmac`` (the key), ``archivos/`` (one entry per file content, see
``ine_lint.cache``), ``compilado/`` (the policy catalogue and the compiled schema
validators), ``festivos/`` (federal holidays by year). Every entry's name also covers the
tool's version, the Python version and a digest of the code that produced it.

Kept apart from ``ine_lint.cache`` so that commands which only need the catalogue
(``ine-lint rules``) do not import the loader.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from ine_lint import __version__
from ine_lint.dates import HolidaySource, federal_holidays

if TYPE_CHECKING:
    from ine_lint.inventory import SourceFile

_FORMAT = b"ine-lint-cache-2\n"
T = TypeVar("T")


class Store(Protocol):
    """What the modules that keep work between runs need of a :class:`Cache`."""

    def entry(self, *parts: str) -> str: ...

    def get(self, name: str, kind: type[T]) -> T | None: ...

    def put(self, name: str, value: object) -> None: ...


def default_cache_dir() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "ine-lint"
    home = os.environ.get("HOME")
    return Path(home) / ".cache" / "ine-lint" if home else None


class Cache:
    """Signed entries in ``root/part``, under the key in ``root/clave-hmac``."""

    def __init__(self, root: Path, part: str, salt: str) -> None:
        self.root = root
        self.directory = root / part
        self.folder = str(self.directory)  # joined as a string for each entry read: faster
        self.salt = salt.encode()
        self.key = self._key()

    def _key(self) -> bytes | None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            key_file = self.root / "clave-hmac"
            try:
                key = key_file.read_bytes()
                if len(key) == 32:
                    return key
            except FileNotFoundError:
                pass
            key = os.urandom(32)
            _atomic_write(key_file, key, mode=0o600)
            return key_file.read_bytes()
        except OSError:
            return None  # a read-only home: run without a cache

    def name(self, source: SourceFile, raw: bytes) -> str:
        """The name of a file's entry: its kind, path and bytes."""
        return self.entry(source.kind, source.rel, raw)

    def entry(self, *parts: str | bytes) -> str:
        """The name of an entry: a digest of the salt and ``parts``."""
        digest = hashlib.sha256(self.salt)
        for part in parts:
            digest.update(part.encode() if isinstance(part, str) else part)
            digest.update(b"\0")
        return digest.hexdigest()

    def get(self, name: str, kind: type[T]) -> T | None:
        if self.key is None:
            return None
        try:
            with open(os.path.join(self.folder, name[:2], name), "rb") as handle:
                blob = handle.read()
        except OSError:
            return None
        head = len(_FORMAT)
        if not blob.startswith(_FORMAT) or len(blob) < head + 32:
            return None
        mac, body = blob[head:head + 32], blob[head + 32:]
        if not hmac.compare_digest(mac, hmac.new(self.key, body, "sha256").digest()):
            return None
        try:
            value = pickle.loads(body)
        except Exception:
            return None
        return value if isinstance(value, kind) else None

    def put(self, name: str, value: object) -> None:
        if self.key is None:
            return
        try:
            body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            mac = hmac.new(self.key, body, "sha256").digest()
            folder = self.directory / name[:2]
            folder.mkdir(exist_ok=True)
            _atomic_write(folder / name, _FORMAT + mac + body)
        except (OSError, RecursionError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs time


def store(cache_dir: Path | None, part: str = "compilado", *salt: str) -> Cache | None:
    """The cache, in the folder ``part``, for work that depends on this version of the code
    and on ``salt``."""
    return Cache(cache_dir, part, _salt(*salt)) if cache_dir is not None else None


def _salt(*parts: str) -> str:
    return ":".join((__version__, sys.version, _code_digest(), *parts))


def cached_holidays(cache_dir: Path | None) -> HolidaySource:
    """Federal holidays by year, computed by the ``holidays`` package once per version of it
    and then read from the cache."""
    if cache_dir is None:
        return federal_holidays
    from importlib.metadata import PackageNotFoundError, version

    try:
        cache = Cache(cache_dir, "festivos", _salt(version("holidays")))
    except PackageNotFoundError:
        return federal_holidays

    def federal(year: int) -> frozenset[date]:
        name = cache.entry(str(year))
        days = cache.get(name, frozenset)
        if days is None or not all(isinstance(d, date) for d in days):
            days = federal_holidays(year)
            cache.put(name, days)
        return days

    return federal


def _atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    import tempfile  # only when writing: a warm run writes one entry or none

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)  # readers see the old entry or the new one, never half of one
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@functools.cache
def _code_digest() -> str:
    """The shipped schemas and the code whose output is cached: a change to any of them,
    even without a new version number, must not reuse an entry made by the old one."""
    from ine_lint.resources import data_dir

    digest = hashlib.sha256()
    here = Path(__file__).parent
    for module in ("dates", "inventory", "loader", "model", "policy", "schema", "secrets",
                   "suppress", "store"):
        digest.update((here / f"{module}.py").read_bytes())
    folder = data_dir("schemas")
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()
