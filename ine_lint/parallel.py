"""Load every file, reusing earlier work: a content-keyed cache and worker processes.

Parsing, schema validation and modelling depend only on a file's bytes, its path, the tool's
code and the shipped schemas, so their result (findings and model objects, never the tree)
is kept in the store (``ine_lint.store``, folder ``archivos/``) under a hash of all of
those. What depends on the as-of date (future dates, every rule) is recomputed on each run.
Files in which 4.3.VI found something that looks like a secret are never kept, so the cache
never becomes a second copy of it.
"""

from __future__ import annotations

import contextlib
import itertools
import marshal
import os
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any

from ine_lint.discovery import KINDS, SourceFile, Unreadable, read_regular
from ine_lint.findings import YAML, Pos, finding, stamp
from ine_lint.loader import LoadedFile
from ine_lint.modelling import load_and_validate
from ine_lint.schema import fast_validator
from ine_lint.secrets import SecretHit, hidden_values
from ine_lint.store import Cache, from_body, to_body

#: Below this many bytes to parse, a process pool costs more than it saves: on a busy 2-core
#: machine a 4 MB inventory loaded with two processes took longer than with one (7
#: alternating runs: 4.7 s against 3.9 s wall, 1.6 s against 1.4 s CPU).
PARALLEL_MIN_BYTES = 5 * 1024 * 1024


def _read(source: SourceFile) -> bytes | LoadedFile:
    """A file's bytes, or, if it is not a regular file ``read_regular`` may read, a finding
    naming it."""
    try:
        return read_regular(source.path)
    except Unreadable as exc:
        lf = LoadedFile(source.rel, source.kind)
        lf.findings.append(stamp(finding(Pos(source.rel, 1, 1), exc.reason, **exc.details), YAML))
        return lf


class Loading:
    """The files of an inventory being loaded.

    Created, it reads every file and takes what the cache holds; above
    ``PARALLEL_MIN_BYTES`` of files left to parse it hands them, ``FILES_PER_TASK`` at a
    time, to a ``concurrent.futures.ProcessPoolExecutor`` of forked workers at once, so
    that they parse while this process goes on with its own chores (catalogue, rules,
    calendar); ``finish`` collects their results in order. Workers inherit the bytes when
    forked and send back model objects, not trees, which are several times larger. The
    tasks are those ``Executor.map(..., chunksize=FILES_PER_TASK)`` would make, submitted
    here so that their futures stay ours: ``map``'s iterator cancels the outstanding ones
    when one fails, which on Python 3.11 races the executor's own clean-up after a worker
    dies. Nothing is ever cancelled: stopping early (Ctrl-C, an error) raises a flag that
    makes every task not yet started return at once, and a task whose worker died (so
    every task the pool had not finished) is loaded here.
    """

    def __init__(
        self,
        sources: Sequence[SourceFile],
        cache: Cache | None,
        jobs: int | None = None,
        name_hits: Sequence[SecretHit] = (),
    ) -> None:
        self.cache = cache
        #: Secrets in the names of entries (4.3.VI): no cache entry may hold them either.
        self.name_hits = name_hits
        self.results: list[LoadedFile | None] = [None] * len(sources)
        self.todo: list[tuple[int, str]] = []  # (index in sources, cache entry name)
        self.load = next(_LOADS)
        self.snapshot = _Snapshot(cache, sources) if cache is not None else None
        shared: list[tuple[SourceFile, bytes] | None] = []
        for i, source in enumerate(sources):
            if self.snapshot is not None:
                taken = self.snapshot.take(i, source)
                if taken is not None:
                    self.results[i] = taken
                    continue
            raw = _read(source)
            if isinstance(raw, LoadedFile):
                self.results[i] = raw
                continue
            name = self.cache.entry("archivos", source.kind, source.rel, raw) if self.cache else ""
            body = self.cache.get_body(name) if self.cache else None
            hit = from_body(body, LoadedFile) if body is not None else None
            if hit is not None and body is not None:
                self.results[i] = hit
                if self.snapshot is not None:
                    self.snapshot.keep(i, bytes(body))
            else:
                self.todo.append((i, name))
                shared.append((source, raw))
        if self.snapshot is not None:
            self.snapshot.files = {}  # what is kept is in its records now; the rest can go
        _JOBS[self.load] = _Job(shared)
        self.pool: Any = None
        #: The workers' tasks in file order: (first file, end, future).
        self.tasks: list[tuple[int, int, Any]] = []
        workers = jobs if jobs is not None else min(2, os.cpu_count() or 1)
        sizes = [len(item[1]) for item in shared if item is not None]
        if workers > 1 and sum(sizes) >= PARALLEL_MIN_BYTES and len(self.todo) > 1:
            # Validators first, so that the workers inherit them instead of each making its
            # own (they ship as source: importing them is all there is to it).
            for kind in {item[0].kind for item in shared if item is not None}:
                fast_validator(kind)
            self._start(workers)

    def _start(self, workers: int) -> None:
        import mmap
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        job = _JOBS[self.load]
        try:
            context = multiprocessing.get_context("fork")
            # One shared byte, set to stop: the workers inherit the mapping when forked.
            job.stop = mmap.mmap(-1, 1)
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=context,
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
            # The workers are forked at the first submit, before the executor starts its
            # thread (forking a process with threads can copy a held lock).
            for first in range(0, len(job.shared), FILES_PER_TASK):
                end = min(first + FILES_PER_TASK, len(job.shared))
                self.tasks.append((first, end, self.pool.submit(_task, self.load, first, end)))
        except (OSError, RuntimeError, ValueError):  # no fork here (Windows), or a worker
            # died already (the pool is broken): what was not submitted is loaded here.
            if not self.tasks:
                self._stop_workers()

    def finish(self) -> list[LoadedFile]:
        try:
            job = _JOBS[self.load]
            loaded: list[LoadedFile] = []
            for first, end, future in self.tasks:
                try:
                    chunk = future.result()
                except Exception:  # a worker killed, out of memory, or its result
                    chunk = None  # unreadable: the task is done here
                loaded += chunk if chunk is not None else _work(self.load, range(first, end))
            loaded += _work(self.load, range(len(loaded), len(job.shared)))
        finally:
            self.close()
        # A secret found in one file may be quoted by another's findings or model: no
        # entry that holds one is written (4.3.VI).
        hits = [h for lf in loaded for h in lf.secrets] + list(self.name_hits)
        hidden = [v.encode("utf-8", "surrogatepass").lower() for v in hidden_values(hits)]
        for (i, name), lf in zip(self.todo, loaded, strict=True):
            self.results[i] = lf
            if self.cache and not lf.secrets:  # never a second copy of a secret
                body = to_body(lf)
                if body is not None and not _holds(body, hidden):
                    self.cache.put_body(name, body)
                    if self.snapshot is not None:
                        self.snapshot.keep(i, body)
        if self.snapshot is not None:
            self.snapshot.write(hidden)
        return [lf for lf in self.results if lf is not None]

    def close(self) -> None:
        """Stop the workers and let go of the bytes (also when ``finish`` is never called)."""
        self._stop_workers()
        _JOBS.pop(self.load, None)

    def _stop_workers(self) -> None:
        job = _JOBS.get(self.load)
        if job is not None and job.stop is not None:
            job.stop[0] = 1  # no task left for a worker to start
        if self.pool is not None:
            # Not cancel_futures: before Python 3.12, a cancelled future could make the
            # executor's thread fail with InvalidStateError when a worker had died.
            self.pool.shutdown(wait=True)
            self.pool = None
        self.tasks = []
        if job is not None and job.stop is not None:
            job.stop.close()
            job.stop = None


class _Snapshot:
    """What the last run loaded from an inventory, in one entry: a warm run reads it and
    each file's ``stat`` instead of every file and an entry per file.

    A file is taken from it while its size, ``mtime_ns`` and inode are those recorded, as
    build tools and git do: an edit changes at least one of them, since an editor or a
    checkout writes a new file or rewrites this one (its mtime moves). A record whose mtime
    is within ``_RACY_NS`` of the moment the snapshot was written is not trusted: the file
    might have been written again within the same tick of a coarse clock. Files in which
    4.3.VI found something, or that could not be read, are never in it. The entry is plain
    data like every other (each file's body exactly as its own entry holds it), signed;
    one that is damaged or foreign is ignored and the files are loaded as without it.
    """

    def __init__(self, cache: Cache, sources: Sequence[SourceFile]) -> None:
        self.cache = cache
        self.sources = sources
        first = sources[0] if sources else None
        root = (
            str(first.path)[: -len(first.rel)]
            if first and str(first.path).endswith(first.rel)
            else ""
        )
        self.name = cache.entry("instantaneas", "instantanea", root) if root else ""
        self.written = 0
        self.files: dict[Any, Any] = {}
        body = cache.get_body(self.name) if self.name else None
        if body is not None:
            try:
                self.written, self.files = _read_snapshot(body)
            except Exception:  # not what we write: ignored, files are loaded without it
                self.written, self.files = 0, {}
        #: index in sources → (kind, size, mtime_ns, inode, body) to write next.
        self.records: dict[int, tuple[str, int, int, int, bytes]] = {}
        self.stats: dict[int, tuple[int, int, int]] = {}
        self.changed = not self.files
        self.known = len(self.files)  # ``files`` is let go once the files are taken
        #: Files not taken from it this run, and whether one of them was refused only for
        #: being written too close to the snapshot (``_RACY_NS``).
        self.missed = 0
        self.racy = False

    def take(self, i: int, source: SourceFile) -> LoadedFile | None:
        """The file's loaded form if it is unchanged since the snapshot; else None (and its
        ``stat`` is noted, before it is read, for the next snapshot)."""
        try:
            info = os.stat(source.path, follow_symlinks=False)
        except OSError:
            self.missed += 1
            return None
        if not stat.S_ISREG(info.st_mode):
            self.missed += 1
            return None
        seen = (info.st_size, info.st_mtime_ns, info.st_ino)
        self.stats[i] = seen
        record = self.files.get(source.rel)
        if (
            type(record) is tuple
            and len(record) == 5
            and record[0] == source.kind
            and record[1:4] == seen
            and type(record[4]) is bytes
        ):
            if seen[1] >= self.written - _RACY_NS:
                self.racy = True  # written again, the next snapshot will trust it
            else:
                lf = from_body(record[4], LoadedFile)
                if lf is not None and lf.path == source.rel and lf.kind == source.kind:
                    self.records[i] = record
                    return lf
        self.missed += 1
        return None

    def keep(self, i: int, body: bytes) -> None:
        """Record a file loaded (or taken from its own entry) this run."""
        seen = self.stats.get(i)
        if seen is not None:
            self.records[i] = (self.sources[i].kind, *seen, body)

    def write(self, hidden: Sequence[bytes] = ()) -> None:
        """Write the snapshot if files came or went, or if more than one in
        ``_MISSES_PER_REWRITE`` changed since it was written, leaving out any file whose
        entry would quote one of ``hidden`` (secrets found this run, 4.3.VI, in lower case).

        A file edited since is read, hashed and taken from its own entry: a fraction of a
        millisecond, where writing the snapshot again costs some 14 microseconds for every
        file of the inventory (10 ms at national scale). So a run that edits a file or two
        leaves the snapshot as it is, and a later run that finds enough files changed
        writes it again.
        """
        if not self.name or not (
            self.changed
            or self.racy
            or len(self.records) != self.known
            or self.missed * _MISSES_PER_REWRITE > self.known
        ):
            return
        # The path is kept too: a file named after a secret is left out whole.
        records = [
            (self.sources[i].rel, *record)
            for i, record in sorted(self.records.items())
            if not _holds(record[4], hidden) and not _holds(_encoded(self.sources[i].rel), hidden)
        ]
        head = (_SNAPSHOT, time.time_ns(), len(records))

        def pieces() -> Iterator[bytes]:
            # One framed marshal value at a time: a 10x inventory's snapshot is tens of MB,
            # and joined it would be held twice more at the end of the run.
            for value in (head, *records):
                chunk = marshal.dumps(value, 4)
                yield len(chunk).to_bytes(4, "little")
                yield chunk

        self.cache.put_pieces(self.name, pieces)


def _encoded(rel: str) -> bytes:
    return rel.encode("utf-8", "surrogatepass")


#: The head of a snapshot; and how close to the snapshot's writing a file's mtime may be
#: for the record to be trusted (coarse file-system clocks tick by up to 2 s).
_SNAPSHOT = "ine-lint-instantanea-2"
_RACY_NS = 2_000_000_000
#: The snapshot is written again when more than one file in this many was not taken from it.
_MISSES_PER_REWRITE = 32


def _read_snapshot(body: bytes | memoryview) -> tuple[int, dict[str, Any]]:
    """The moment a snapshot was written and its records by path; raises on anything else.

    The body is a run of frames (4-byte length, then one ``marshal`` value): a head
    ``(_SNAPSHOT, written, count)``, then ``count`` records ``(rel, kind, size, mtime_ns,
    inode, body)``. Only plain values are accepted; each file's body is checked when used.
    """
    view = memoryview(body)
    offset = 0

    def frame() -> Any:
        nonlocal offset
        size = int.from_bytes(view[offset : offset + 4], "little")
        chunk = view[offset + 4 : offset + 4 + size]
        if len(chunk) != size or size == 0:
            raise ValueError("truncated snapshot")
        offset += 4 + size
        return marshal.loads(chunk)

    head = frame()
    if not (
        type(head) is tuple
        and len(head) == 3
        and head[0] == _SNAPSHOT
        and type(head[1]) is int
        and type(head[2]) is int
    ):
        raise ValueError("not a snapshot")
    files: dict[str, Any] = {}
    for _ in range(head[2]):
        record = frame()
        if not (type(record) is tuple and len(record) == 6 and type(record[0]) is str):
            raise ValueError("not a snapshot record")
        files[record[0]] = record[1:]
    return head[1], files


def _holds(body: bytes, hidden: Sequence[bytes]) -> bool:
    """Whether ``body`` holds one of ``hidden`` (given in lower case) in any case: messages
    hide a secret whatever its case (ine-lint lower-cases some values), so the store keeps
    no copy of one in another case either."""
    if not hidden:
        return False
    low = body.lower()
    return any(v in low for v in hidden)


class _Job:
    __slots__ = ("owner", "shared", "stop")

    def __init__(self, shared: list[tuple[SourceFile, bytes] | None]) -> None:
        self.shared = shared
        self.owner = os.getpid()  # the process that loads: the workers' parent
        self.stop: Any = None  # a shared one-byte mmap: non-zero once the load is abandoned


#: The files each load works on (loads may run at once in threads), registered before the
#: workers are forked so that they inherit the bytes instead of receiving them through a
#: pipe. Each file's bytes are let go once it is loaded.
_JOBS: dict[int, _Job] = {}
_LOADS = itertools.count()

#: Files per task given to a worker (what ``Executor.map`` calls ``chunksize``): each
#: task's results cross between processes in one message. Chosen with
#: ``bench/scheduler.py`` (README, "Memo tables and the parallel loader's scheduler").
FILES_PER_TASK = 16


def _worker_start(parent: int) -> None:
    """In a worker, first of all.

    Ctrl-C is the parent's to handle: a worker ignores it, finishes the task it has and
    stops when told (an interrupted worker printed a traceback, and could leave the pool
    waiting for it). And a worker does not outlive its parent: killed by a CI timeout, say,
    the parent cannot tell it to stop, and it would go on loading every task already queued
    and hold the output pipes open. On Linux the kernel kills it with its parent; elsewhere
    it stops before its next task (``_task``).
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(0)


def _task(load: int, first: int, end: int) -> list[LoadedFile] | None:
    """In a worker: load files ``first`` to ``end``; None if the load was abandoned."""
    job = _JOBS[load]
    if os.getppid() != job.owner:
        os._exit(0)  # the parent has died: nobody wants the results
    if job.stop is None or job.stop[0]:
        return None
    return _work(load, range(first, end))


def _work(load: int, indices: range) -> list[LoadedFile]:
    job = _JOBS[load]
    out = []
    for k in indices:
        item = job.shared[k]
        job.shared[k] = None
        if item is None:  # pragma: no cover - each index is given out once
            raise RuntimeError(f"file {k} loaded twice")
        if item[0].kind in KINDS:  # a file read for secrets only has no schema
            fast_validator(item[0].kind)  # compiled once per process, for the kinds it parses
        out.append(load_and_validate(*item))
    return out
