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
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

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


def load_all(sources: Sequence[SourceFile], cache_dir: Path | None,
             jobs: int | None = None) -> list[LoadedFile]:
    """Every file loaded, validated and modelled, in the order given."""
    return Loading(sources, cache_dir, jobs).finish()


class Loading:
    """The files of an inventory being loaded.

    Created, it reads every file and takes what the cache holds; above
    ``PARALLEL_MIN_BYTES`` of files left to parse it cuts them into chunks and starts worker
    processes on them at once, so that they parse while this process goes on with its own
    chores (catalogue, rules, calendar). ``finish`` then loads chunks too, taking each from
    the same pipe of chunk numbers as the workers, and collects theirs: however long the
    chores took and however fast each core is, the processes end together. Workers
    inherit the bytes when forked and send back model objects, not trees, which are
    several times larger. A chunk whose worker died is loaded here.
    """

    def __init__(self, sources: Sequence[SourceFile], cache_dir: Path | None,
                 jobs: int | None = None) -> None:
        self.cache = store(cache_dir, "archivos")
        self.results: list[LoadedFile | None] = [None] * len(sources)
        self.todo: list[tuple[int, str]] = []  # (index in sources, cache entry name)
        self.load = next(_LOADS)
        shared: list[tuple[SourceFile, bytes] | None] = []
        for i, source in enumerate(sources):
            raw = _read(source)
            if isinstance(raw, LoadedFile):
                self.results[i] = raw
                continue
            name = self.cache.name(source, raw) if self.cache else ""
            hit = self.cache.get(name, LoadedFile) if self.cache else None
            if hit is not None:
                self.results[i] = hit
            else:
                self.todo.append((i, name))
                shared.append((source, raw))
        _JOBS[self.load] = _Job(shared, store(cache_dir))
        self.pool: Any = None
        self.futures: list[Any] = []
        workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        sizes = [len(item[1]) for item in shared if item is not None]
        if workers > 1 and sum(sizes) >= PARALLEL_MIN_BYTES and len(self.todo) > 1:
            self._start(sizes, workers)

    def _start(self, sizes: list[int], workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        parts = CHUNKS_PER_PROCESS * workers
        job = _JOBS[self.load]
        job.bounds = _cut(sizes, [k / parts for k in range(1, parts)])
        try:
            # The chunk numbers wait in a pipe; whoever reads one, a worker or this
            # process, loads that chunk. The kernel hands each number to one reader.
            job.claims, write = os.pipe()
            os.write(write, b"".join(k.to_bytes(2, "little") for k in range(parts)))
            os.close(write)
            context = multiprocessing.get_context("fork")
            self.pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=context)
            self.futures = [self.pool.submit(_claim, self.load) for _ in range(parts)]
        except (OSError, RuntimeError, ValueError):
            self.close()
            self.futures = []

    def finish(self) -> list[LoadedFile]:
        try:
            if self.futures:
                job = _JOBS[self.load]
                chunks: list[list[LoadedFile] | None] = [None] * (len(job.bounds) - 1)
                while (claimed := _claim(self.load)) is not None:
                    chunks[claimed[0]] = claimed[1]
                for future in self.futures:
                    try:
                        claimed = future.result()
                    except Exception:  # a worker killed, out of memory, or its result
                        continue  # unreadable: its chunk is loaded here below
                    if claimed is not None:
                        chunks[claimed[0]] = claimed[1]
                for k, chunk in enumerate(chunks):
                    if chunk is None:
                        chunks[k] = _work(self.load, range(job.bounds[k], job.bounds[k + 1]))
                loaded = [lf for chunk in chunks for lf in chunk or ()]
            else:
                loaded = _work(self.load, range(len(self.todo)))
        finally:
            self.close()
        for (i, name), lf in zip(self.todo, loaded, strict=True):
            self.results[i] = lf
            if self.cache and not lf.secrets:  # never a second copy of a secret
                self.cache.put(name, lf)
        return [lf for lf in self.results if lf is not None]

    def close(self) -> None:
        """Stop the workers and let go of the bytes (also when ``finish`` is never called)."""
        job = _JOBS.pop(self.load, None)
        if job is not None and job.claims is not None:
            with contextlib.suppress(OSError):
                while os.read(job.claims, 4096):  # no chunk left for a worker to start
                    pass
        if self.pool is not None:
            # Not cancel_futures: before Python 3.12, a cancelled future could make the
            # executor's thread fail with InvalidStateError when a worker had died.
            self.pool.shutdown(wait=True)
            self.pool = None
        if job is not None and job.claims is not None:
            os.close(job.claims)
            job.claims = None


class _Job:
    __slots__ = ("bounds", "claims", "shared", "store")

    def __init__(self, shared: list[tuple[SourceFile, bytes] | None],
                 compiled: Cache | None) -> None:
        self.shared = shared
        self.store = compiled
        self.bounds: list[int] = []  # chunk k is shared[bounds[k]:bounds[k + 1]]
        self.claims: int | None = None  # read end of the pipe of chunk numbers


#: The files each load works on (loads may run at once in threads), registered before the
#: workers are forked so that they inherit the bytes instead of receiving them through a
#: pipe. Each file's bytes are let go once it is loaded.
_JOBS: dict[int, _Job] = {}
_LOADS = itertools.count()

#: Chunks per process: the finer, the closer the processes end; each chunk's results cross
#: between processes in one message.
CHUNKS_PER_PROCESS = 12


def _claim(load: int) -> tuple[int, list[LoadedFile]] | None:
    """Take the next chunk nobody has taken and load it; None when none is left."""
    job = _JOBS[load]
    if job.claims is None:
        return None
    taken = os.read(job.claims, 2)
    if len(taken) < 2:
        return None
    k = int.from_bytes(taken, "little")
    return k, _work(load, range(job.bounds[k], job.bounds[k + 1]))


def _work(load: int, indices: range) -> list[LoadedFile]:
    job = _JOBS[load]
    out = []
    for k in indices:
        item = job.shared[k]
        job.shared[k] = None
        if item is None:  # pragma: no cover - each index is given out once
            raise RuntimeError(f"file {k} loaded twice")
        fast_validator(item[0].kind, job.store)  # compiled once per process, or cached
        out.append(load_and_validate(*item))
    return out


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
