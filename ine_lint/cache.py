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

Layout: ``clave-hmac`` (the key), ``archivos/`` (one entry per file content), ``compilado/``
(the policy catalogue and the compiled schema validators), ``festivos/`` (federal holidays
by year). Every entry's name also covers the tool's version, the Python version and a
digest of the code that produced it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import itertools
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
    """Signed entries in ``root/part``, under the key in ``root/clave-hmac``."""

    def __init__(self, root: Path, part: str, salt: str) -> None:
        self.root = root
        self.directory = root / part
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


def store(cache_dir: Path | None, part: str = "compilado", *salt: str) -> Cache | None:
    """The cache, in the folder ``part``, for work that depends on this version of the code
    and on ``salt``."""
    if cache_dir is None:
        return None
    return Cache(cache_dir, part, ":".join((__version__, sys.version, _code_digest(), *salt)))


def cached_holidays(cache_dir: Path | None) -> HolidaySource:
    """Federal holidays by year, computed by the ``holidays`` package once per version of it
    and then read from the cache."""
    if cache_dir is None:
        return federal_holidays
    from importlib.metadata import PackageNotFoundError, version

    try:
        cache = store(cache_dir, "festivos", version("holidays"))
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
    cache = store(cache_dir, "archivos", policy_digest)
    results: list[LoadedFile | None] = [None] * len(sources)
    todo: list[tuple[int, str]] = []  # (index in sources, cache entry name)
    load = next(_LOADS)
    shared = _SHARED[load] = []
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
            todo.append((i, name))
            shared.append((source, raw))
    try:
        compiled = store(cache_dir)
        for kind in sorted({sources[i].kind for i, _ in todo}):
            fast_validator(kind, compiled)  # compiled once here, inherited by the workers
        workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        sizes = [len(item[1]) for item in shared if item is not None]
        if workers > 1 and sum(sizes) >= PARALLEL_MIN_BYTES and len(todo) > 1:
            loaded = _load_parallel(load, sizes, workers)
        else:
            loaded = _work(load, range(len(todo)))
    finally:
        del _SHARED[load]
    for (i, name), lf in zip(todo, loaded, strict=True):
        results[i] = lf
        if cache and not lf.secrets:  # the cache must not become a second copy of a secret
            cache.put(name, lf)
    return [lf for lf in results if lf is not None]


#: The files each load works on (loads may run at once in threads), set before the workers
#: are forked so that they inherit the bytes instead of receiving them through a pipe. Each
#: entry is let go once loaded.
_SHARED: dict[int, list[tuple[SourceFile, bytes] | None]] = {}
_LOADS = itertools.count()

#: This process's share of the files relative to a worker's: besides its share, it receives
#: the workers' results and then puts the inventory together and runs the rules.
MAIN_SHARE = 0.7


def _work(load: int, indices: range) -> list[LoadedFile]:
    shared = _SHARED[load]
    out = []
    for k in indices:
        item = shared[k]
        shared[k] = None
        if item is None:  # pragma: no cover - each index is given out once
            raise RuntimeError(f"file {k} loaded twice")
        out.append(load_and_validate(*item))
    return out


def _load_parallel(load: int, sizes: list[int], workers: int) -> list[LoadedFile]:
    """This process takes the first share of the files and forked workers the others.

    Shares are contiguous runs cut by size; the workers' shares are cut in a few chunks
    each, so their results arrive while this process is still busy with its own. A worker
    inherits the bytes of every file; this process lets go of each as soon as it is loaded,
    but keeps the workers' until their results are in, to load them itself if one fails.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    first = MAIN_SHARE / (MAIN_SHARE + workers - 1)
    chunks = 4 * (workers - 1)
    bounds = _cut(sizes, [first + (1 - first) * k / chunks for k in range(chunks)])
    mine = range(0, bounds[1])
    pool = None
    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=context)
        futures = [pool.submit(_work, load, range(bounds[k], bounds[k + 1]))
                   for k in range(1, len(bounds) - 1)]
    except (OSError, RuntimeError, ValueError):
        futures = []
        mine = range(len(sizes))
    try:
        out = _work(load, mine)
        for k, future in enumerate(futures, start=1):
            try:
                out.extend(future.result())
            except Exception:  # a worker killed, out of memory, or its result unreadable
                out.extend(_work(load, range(bounds[k], bounds[k + 1])))
        return out
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _cut(sizes: list[int], fractions: list[float]) -> list[int]:
    """Boundaries cutting ``sizes`` into contiguous runs: 0, then for each of ``fractions``
    (ascending, between 0 and 1) the first index where the running total reaches that
    fraction of the whole, then ``len(sizes)``."""
    total = sum(sizes) or 1
    bounds = [0]
    running = 0
    pending = list(fractions)
    for i, size in enumerate(sizes):
        running += size
        while pending and running >= total * pending[0]:
            bounds.append(i + 1)
            pending.pop(0)
    bounds += [len(sizes)] * (len(pending) + 1)
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
