"""Load every file, reusing earlier work: a content-keyed cache and a process pool.

Parsing and schema validation depend only on a file's bytes, its path, the tool version and
the shipped schemas/policies, so their result is cached under a hash of all of those. What
depends on the as-of date (future dates, every rule) is recomputed on each run.

The cache lives in ``$XDG_CACHE_HOME/ine-lint`` (``~/.cache/ine-lint`` by default), never in
the inventory repository: a pull request cannot plant an entry. Entries are pickles signed
with HMAC-SHA256 under a key that only this user can read, and any entry that is truncated,
corrupt, foreign or unsigned is ignored and rebuilt. Files in which 4.3.VI found something
that looks like a secret are never cached, so the cache never becomes a second copy of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import pickle
import secrets as _random
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from ine_lint import __version__
from ine_lint.findings import YAML, Pos, finding, stamp
from ine_lint.inventory import SourceFile, load_and_validate
from ine_lint.loader import LoadedFile, tree_only

#: Below this many bytes to parse, a process pool costs more than it saves.
PARALLEL_MIN_BYTES = 2 * 1024 * 1024
_FORMAT = b"ine-lint-cache-1\n"


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

    def has(self, name: str) -> bool:
        return self.key is not None and (self.directory / name[:2] / name).is_file()

    def get(self, name: str) -> LoadedFile | None:
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
        return value if isinstance(value, LoadedFile) else None

    def put(self, name: str, loaded: LoadedFile) -> None:
        if self.key is None or loaded.secrets:
            return
        try:
            body = pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL)
            mac = hmac.new(self.key, body, "sha256").digest()
            folder = self.directory / name[:2]
            folder.mkdir(exist_ok=True)
            _atomic_write(folder / name, _FORMAT + mac + body)
        except (OSError, RecursionError, pickle.PicklingError):
            pass  # a cache that cannot be written only costs time


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


def _work(item: tuple[SourceFile, bytes]) -> LoadedFile:
    """In the worker: everything but the tree, which would cost more to ship than to build."""
    loaded = load_and_validate(*item)
    loaded.data = None
    return loaded


def load_all(sources: Sequence[SourceFile], cache_dir: Path | None, policy_digest: str,
             jobs: int | None = None) -> Iterator[LoadedFile]:
    """Every file loaded and validated, yielded in the order given.

    A generator, so that the caller can model each file and let its tree go before the next
    one arrives. Above ``PARALLEL_MIN_BYTES`` of files to parse, a worker process validates
    and scans every file while this one builds the trees: shipping trees between processes
    costs about as much as parsing them, so both parse and only findings travel.
    """
    cache = None
    if cache_dir is not None:
        cache = Cache(cache_dir, f"{__version__}:{policy_digest}:{_schemas_digest()}")
    # (source, bytes or a finding-only LoadedFile, cache entry name, whether it has one)
    plan: list[tuple[SourceFile, bytes | LoadedFile, str, bool]] = []
    for source in sources:
        raw = _read(source)
        if isinstance(raw, LoadedFile):
            plan.append((source, raw, "", False))
            continue
        name = cache.name(source, raw) if cache else ""
        plan.append((source, raw, name, bool(cache and cache.has(name))))
    pending = [i for i, (_, item, _, cached) in enumerate(plan)
               if isinstance(item, bytes) and not cached]
    size = sum(_size(plan[i][1]) for i in pending)
    workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
    results: Iterator[LoadedFile] | None = None
    pool = None
    if workers > 1 and size >= PARALLEL_MIN_BYTES and len(pending) > 1:
        pool, results = _start_pool([(plan[i][0], plan[i][1]) for i in pending])
    offloaded = set(pending) if results is not None else set()
    try:
        for i, (source, item, name, cached) in enumerate(plan):
            if isinstance(item, LoadedFile):
                yield item
                continue
            # Entries are read here, one at a time, so only one tree is in memory at once.
            loaded = cache.get(name) if cache and cached else None
            if loaded is None:
                if i in offloaded and results is not None:
                    # The worker validates and scans; this process only builds the tree the
                    # model needs. Only the worker's findings cross between the processes.
                    tree = tree_only(item)
                    loaded = next(results)
                    loaded.data = tree
                else:
                    loaded = load_and_validate(source, item)
                if cache:
                    cache.put(name, loaded)
            yield loaded
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)  # type: ignore[attr-defined]


def _size(item: bytes | LoadedFile) -> int:
    return len(item) if isinstance(item, bytes) else 0


def _start_pool(items: list[tuple[SourceFile, bytes | LoadedFile]],
                ) -> tuple[object | None, Iterator[LoadedFile] | None]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        context = multiprocessing.get_context("fork")
        pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        return pool, pool.map(_work, items, chunksize=max(1, len(items) // 16))
    except (OSError, RuntimeError, ValueError):
        return None, None


def _schemas_digest() -> str:
    from ine_lint.resources import data_dir

    digest = hashlib.sha256()
    folder = data_dir("schemas")
    for path in sorted(folder.glob("*.json")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()
