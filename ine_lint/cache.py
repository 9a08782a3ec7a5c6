"""Load every file, reusing earlier work: a content-keyed cache and a process pool.

Parsing, schema validation and modelling depend only on a file's bytes, its path, the tool's
code and the shipped schemas and policies, so their result (findings and model objects, never
the tree) is cached under a hash of all of those. What depends on the as-of date (future
dates, every rule) is recomputed on each run.

The cache lives in ``$XDG_CACHE_HOME/ine-lint`` (``~/.cache/ine-lint`` by default), never in
the inventory repository: a pull request cannot plant an entry. Entries are pickles signed
with HMAC-SHA256 under a key that only this user can read, and any entry that is truncated,
corrupt, foreign or unsigned is ignored and rebuilt. Files in which 4.3.VI found something
that looks like a secret are never cached, so the cache never becomes a second copy of it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import secrets as _random
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from ine_lint import __version__
from ine_lint.dates import HolidaySource, federal_holidays
from ine_lint.findings import YAML, Pos, finding, stamp
from ine_lint.inventory import SourceFile, load_and_validate
from ine_lint.loader import LoadedFile
from ine_lint.schema import fast_validator

#: Below this many bytes to parse, a process pool costs more than it saves.
PARALLEL_MIN_BYTES = 2 * 1024 * 1024
_FORMAT = b"ine-lint-cache-2\n"
T = TypeVar("T")


def default_cache_dir() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "ine-lint"
    home = os.environ.get("HOME")
    return Path(home) / ".cache" / "ine-lint" if home else None


class Cache:
    def __init__(self, directory: Path, salt: str) -> None:
        self.directory = directory
        self.salt = salt.encode()
        self.key = self._key()

    def _key(self) -> bytes | None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            key_file = self.directory / "clave-hmac"
            try:
                key = key_file.read_bytes()
                if len(key) == 32:
                    return key
            except FileNotFoundError:
                pass
            key = _random.token_bytes(32)
            _atomic_write(key_file, key, mode=0o600)
            return key_file.read_bytes()
        except OSError:
            return None  # a read-only home: run without a cache

    def name(self, source: SourceFile, raw: bytes) -> str:
        digest = hashlib.sha256(self.salt)
        digest.update(source.kind.encode() + b"\0" + source.rel.encode() + b"\0")
        digest.update(raw)
        return digest.hexdigest()

    def entry(self, *parts: str) -> str:
        """The name of an entry that is not a file's: holidays of a year, for example."""
        digest = hashlib.sha256(self.salt)
        digest.update("\0".join(parts).encode())
        return digest.hexdigest()

    def get(self, name: str, kind: type[T]) -> T | None:
        if self.key is None:
            return None
        try:
            blob = (self.directory / name[:2] / name).read_bytes()
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


def store(cache_dir: Path | None, *salt: str) -> Cache | None:
    """The cache for work that depends on this version of the code and ``salt``."""
    if cache_dir is None:
        return None
    return Cache(cache_dir, ":".join((__version__, sys.version, _code_digest(), *salt)))


def cached_holidays(cache_dir: Path | None) -> HolidaySource:
    """Federal holidays by year, computed by the ``holidays`` package once per version of it
    and then read from the cache."""
    if cache_dir is None:
        return federal_holidays
    from importlib.metadata import PackageNotFoundError, version

    try:
        cache = store(cache_dir / "festivos", version("holidays"))
    except PackageNotFoundError:
        return federal_holidays
    if cache is None:  # pragma: no cover - cache_dir is not None here
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


def _read(source: SourceFile) -> bytes | LoadedFile:
    try:
        with open(source.path, "rb") as handle:
            return handle.read()
    except IsADirectoryError:
        reason = "yaml.not_a_file"
    except OSError as exc:
        lf = LoadedFile(source.rel, source.kind)
        lf.findings.append(stamp(finding(Pos(source.rel), "yaml.unreadable",
                                         reason=exc.strerror or type(exc).__name__), YAML))
        return lf
    lf = LoadedFile(source.rel, source.kind)
    lf.findings.append(stamp(finding(Pos(source.rel), reason), YAML))
    return lf


def load_all(sources: Sequence[SourceFile], cache_dir: Path | None, policy_digest: str,
             jobs: int | None = None) -> list[LoadedFile]:
    """Every file loaded, validated and modelled, in the order given.

    What the cache holds is taken from it; the rest is parsed here and, above
    ``PARALLEL_MIN_BYTES``, also in worker processes, each taking a share of the files by
    size. Workers send back the model objects, not the trees, which are several times larger.
    """
    cache = store(cache_dir, policy_digest)
    results: list[LoadedFile | None] = [None] * len(sources)
    todo: list[tuple[int, SourceFile, bytes, str]] = []
    for i, source in enumerate(sources):
        raw = _read(source)
        if isinstance(raw, LoadedFile):
            results[i] = raw
            continue
        name = cache.name(source, raw) if cache else ""
        hit = cache.get(name, LoadedFile) if cache else None
        if hit is not None:
            results[i] = hit
        else:
            todo.append((i, source, raw, name))
    for kind in sorted({source.kind for _, source, _, _ in todo}):
        fast_validator(kind, cache)  # compiled once here, inherited by the workers
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    size = sum(len(raw) for _, _, raw, _ in todo)
    if workers > 1 and size >= PARALLEL_MIN_BYTES and len(todo) > 1:
        loaded = _load_parallel(todo, workers)
    else:
        loaded = [load_and_validate(source, raw) for _, source, raw, _ in todo]
    for (i, _, _, name), lf in zip(todo, loaded, strict=True):
        results[i] = lf
        if cache and not lf.secrets:  # the cache must not become a second copy of a secret
            cache.put(name, lf)
    return [lf for lf in results if lf is not None]


#: The files a parallel load works on, set before the workers are forked so that they
#: inherit the bytes instead of receiving them through a pipe.
_SHARED: list[tuple[int, SourceFile, bytes, str]] = []


def _work(indices: range) -> list[LoadedFile]:
    return [load_and_validate(_SHARED[k][1], _SHARED[k][2]) for k in indices]


def _load_parallel(todo: list[tuple[int, SourceFile, bytes, str]],
                   workers: int) -> list[LoadedFile]:
    """This process takes the first share of the files and forked workers the others.

    Shares are contiguous runs of about equal size; the workers' shares are cut in a few
    chunks each, so their results arrive while this process is still busy with its own.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _SHARED
    bounds = _split([len(raw) for _, _, raw, _ in todo], workers * 4)
    mine = range(0, bounds[4])
    _SHARED = todo
    pool = None
    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=context)
        futures = [pool.submit(_work, range(bounds[k], bounds[k + 1]))
                   for k in range(4, len(bounds) - 1)]
    except (OSError, RuntimeError, ValueError):
        futures = []
        mine = range(len(todo))
    try:
        out = _work(mine)
        for k, future in enumerate(futures):
            try:
                out.extend(future.result())
            except Exception:  # a worker killed, out of memory, or its result unreadable
                out.extend(_work(range(bounds[k + 4], bounds[k + 5])))
        return out
    finally:
        _SHARED = []
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _split(sizes: list[int], parts: int) -> list[int]:
    """Boundaries cutting ``sizes`` into ``parts`` contiguous runs of about equal total."""
    total = sum(sizes) or 1
    bounds = [0]
    running = 0
    for i, size in enumerate(sizes):
        running += size
        while len(bounds) < parts and running >= total * len(bounds) / parts:
            bounds.append(i + 1)
    while len(bounds) <= parts:
        bounds.append(len(sizes))
    return bounds


@functools.cache
def _code_digest() -> str:
    """The shipped schemas and the code whose output is cached: a change to any of them,
    even without a new version number, must not reuse an entry made by the old one."""
    from ine_lint import dates, inventory, loader, model, policy, schema, secrets, suppress
    from ine_lint.resources import data_dir

    digest = hashlib.sha256()
    for module in (dates, inventory, loader, model, policy, schema, secrets, suppress):
        digest.update(Path(module.__file__ or "").read_bytes())
    folder = data_dir("schemas")
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()
