"""The cache: reused when nothing changed, never trusted when it cannot be."""

from __future__ import annotations

import contextlib
import os
import select
import time
from pathlib import Path
from typing import Any

from ine_lint import parallel
from ine_lint import store as store_mod
from ine_lint.check import Options, check

C = "cuentas/JDE01-AGS.yaml"


def run(inv, cache_dir: Path | None):
    return check(inv.root, Options(as_of=inv_as_of(), cache_dir=cache_dir))


def inv_as_of():
    from conftest import AS_OF

    return AS_OF


def entries(cache_dir: Path) -> list[Path]:
    """The entries of files (not of holidays, compiled schemas or the catalogue)."""
    return [p for p in (cache_dir / "archivos").rglob("*") if p.is_file()]


def keyed(result) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.rule) for f in result.findings]


def test_second_run_reads_the_cache_and_gives_the_same_result(inv, tmp_path, monkeypatch):
    cache_dir = tmp_path / "c"
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    first = run(inv, cache_dir)
    assert len(entries(cache_dir)) == 7
    calls = []
    real = parallel.load_and_validate
    monkeypatch.setattr(
        parallel, "load_and_validate", lambda *a: calls.append(a[0].rel) or real(*a)
    )
    second = run(inv, cache_dir)
    assert calls == [] and keyed(second) == keyed(first)
    inv.patch(C, "      - x@ine.mx\n", "      - y@ine.mx\n")
    third = run(inv, cache_dir)
    assert calls == [C] and keyed(third) == keyed(first)


def test_corrupt_truncated_or_foreign_entries_are_rebuilt(inv, tmp_path):
    cache_dir = tmp_path / "c"
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    expected = keyed(run(inv, cache_dir))
    files = entries(cache_dir)
    files[0].write_bytes(files[0].read_bytes()[:40])  # truncated
    files[1].write_bytes(b"\x00" * 200)  # garbage
    body = files[2].read_bytes()
    files[2].write_bytes(body[:-1] + bytes([body[-1] ^ 1]))  # one bit flipped
    import pickle

    files[3].write_bytes(store_mod._FORMAT + b"\x00" * 32 + pickle.dumps("foreign"))
    assert keyed(run(inv, cache_dir)) == expected


def test_a_forged_entry_runs_no_code(inv, tmp_path):
    """An entry planted without the user's key is never unpickled."""
    import pickle

    cache_dir = tmp_path / "c"
    run(inv, cache_dir)
    marker = tmp_path / "ejecutado"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    for entry in entries(cache_dir):
        entry.write_bytes(store_mod._FORMAT + b"\x01" * 32 + pickle.dumps(Evil()))
    run(inv, cache_dir)
    assert not marker.exists()


def test_key_and_entries_are_private_and_writes_are_atomic(inv, tmp_path):
    cache_dir = tmp_path / "c"
    run(inv, cache_dir)
    assert (cache_dir / "clave-hmac").stat().st_mode & 0o077 == 0
    assert not [p for p in cache_dir.rglob(".tmp-*")]


def test_unwritable_cache_only_costs_time(inv, tmp_path):
    cache_dir = tmp_path / "ro"
    cache_dir.mkdir()
    cache_dir.chmod(0o500)
    try:
        if os.access(cache_dir, os.W_OK):  # running as root: permissions do not bind
            cache_dir.chmod(0o700)
            (cache_dir / "clave-hmac").mkdir()  # an unusable key: same effect
        assert run(inv, cache_dir).files == 7
        assert entries(cache_dir) == []  # nothing written, nothing broken
    finally:
        cache_dir.chmod(0o700)


def test_xdg_cache_home_is_honoured(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert store_mod.default_cache_dir() == tmp_path / "xdg" / "ine-lint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store_mod.default_cache_dir() == tmp_path / ".cache" / "ine-lint"


def test_parallel_loading_gives_the_same_result(inv, tmp_path, monkeypatch):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.write("cuentas/ROTO.yaml", "area: [\n")
    serial = check(inv.root, Options(as_of=inv_as_of(), jobs=1))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    in_parallel = check(inv.root, Options(as_of=inv_as_of(), jobs=2))
    assert keyed(in_parallel) == keyed(serial)
    assert [f.text("es") for f in in_parallel.findings] == [f.text("es") for f in serial.findings]


def test_two_runs_at_once_leave_a_usable_cache(inv, tmp_path):
    import threading

    cache_dir = tmp_path / "c"
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(keyed(run(inv, cache_dir))))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert keyed(run(inv, cache_dir)) == results[0]


def test_cached_files_do_not_depend_on_the_as_of_date(inv, tmp_path):
    """Entries hold what the bytes say; a date in the future is decided at each run."""
    cache_dir = tmp_path / "c"
    run(inv, cache_dir)
    earlier = inv_as_of().replace(month=8, day=1)
    cached = check(inv.root, Options(as_of=earlier, cache_dir=cache_dir))
    fresh = check(inv.root, Options(as_of=earlier))
    assert "schema.future_date" in {f.message for f in fresh.findings}
    assert keyed(cached) == keyed(fresh)
    assert [f.text("es") for f in cached.findings] == [f.text("es") for f in fresh.findings]


_PARENT = os.getpid()
_REAL_WORK = parallel._work
_IN_PARENT: list[range] = []
_DEATHS: list[int] = []  # the pipe on which a worker says which files it took before dying


def _dies_in_a_worker(load, indices):
    if os.getpid() != _PARENT:
        os.write(_DEATHS[1], f"{indices.start} {indices.stop}\n".encode())
        os._exit(3)  # killed by the system, say, out of memory
    _IN_PARENT.append(indices)
    return _REAL_WORK(load, indices)


def test_parallel_loading_survives_a_dead_worker(inv, tmp_path, monkeypatch, capfd):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    serial = check(inv.root, Options(as_of=inv_as_of(), jobs=1))
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "FILES_PER_TASK", 2)
    monkeypatch.setattr(parallel, "_work", _dies_in_a_worker)
    for jobs in (2, 3):
        _IN_PARENT.clear()
        _DEATHS[:] = os.pipe()
        try:
            in_parallel = check(inv.root, Options(as_of=inv_as_of(), jobs=jobs))
            taken = os.read(_DEATHS[0], 4096).decode().split()
        finally:
            for fd in _DEATHS:
                os.close(fd)
        assert keyed(in_parallel) == keyed(serial)
        # Every task a worker took died with it; the pool is then broken, so every task
        # was loaded here, task by task (not all at once), each file once, and the
        # executor's clean-up printed nothing (no InvalidStateError from its thread).
        died = {range(int(a), int(b)) for a, b in zip(taken[::2], taken[1::2], strict=True)}
        assert died and died <= set(_IN_PARENT)
        assert all(len(r) <= 2 for r in _IN_PARENT)
        assert sorted(i for r in _IN_PARENT for i in r) == list(range(in_parallel.files))
        assert capfd.readouterr().err == ""


_STARTED: list[int] = []  # the pipe on which a worker says it started a task


def _waits_for_the_stop(load, indices):
    if os.getpid() != _PARENT:
        os.write(_STARTED[1], b".")
        deadline = time.monotonic() + 120  # a bound against a hang, never reached
        while not parallel._JOBS[load].stop[0] and time.monotonic() < deadline:
            time.sleep(0.001)
    return _REAL_WORK(load, indices)


def test_stopping_early_drops_the_tasks_no_worker_has_started(inv, monkeypatch):
    """Ctrl-C (or any error) while the workers load: the tasks they hold are finished, the
    others are not started, and nothing waits for them."""
    from ine_lint.discovery import discover

    sources, _ = discover(inv.root)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "FILES_PER_TASK", 1)
    monkeypatch.setattr(parallel, "_work", _waits_for_the_stop)
    _STARTED[:] = os.pipe()
    try:
        loading = parallel.Loading(sources, None, jobs=2)
        assert len(loading.tasks) == len(sources) > 4
        started = b""
        while len(started) < 2:  # each worker holds a task
            ready, _, _ = select.select([_STARTED[0]], [], [], 120)
            assert ready, "no worker took a task"
            started += os.read(_STARTED[0], 16)
        loading.close()
        os.set_blocking(_STARTED[0], False)
        with contextlib.suppress(BlockingIOError):  # nothing more: as it should be
            started += os.read(_STARTED[0], 16)
    finally:
        for fd in _STARTED:
            os.close(fd)
    assert started == b".."
    assert loading.pool is None and loading.load not in parallel._JOBS


def test_without_fork_the_load_is_serial(inv, monkeypatch):
    """Where processes cannot be forked (Windows), a large inventory loads here, whole."""
    import multiprocessing

    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    serial = check(inv.root, Options(as_of=inv_as_of(), jobs=1))

    def no_fork(method=None):
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    assert keyed(check(inv.root, Options(as_of=inv_as_of(), jobs=2))) == keyed(serial)


def _age(inv, seconds: int = 3600) -> None:
    """Every file of the inventory last written ``seconds`` ago (as after a checkout)."""
    past = time.time_ns() - seconds * 1_000_000_000
    for path in inv.root.rglob("*.yaml"):
        os.utime(path, ns=(past, past))


def _spy_reads(monkeypatch) -> list[str]:
    read: list[str] = []
    real = parallel._read
    monkeypatch.setattr(parallel, "_read", lambda s: read.append(s.rel) or real(s))
    return read


def test_warm_run_takes_unchanged_files_from_one_snapshot(inv, tmp_path, monkeypatch):
    cache_dir = tmp_path / "c"
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    _age(inv)
    first = run(inv, cache_dir)
    [snapshot] = [p for p in (cache_dir / "instantaneas").rglob("*") if p.is_file()]
    read = _spy_reads(monkeypatch)
    written: list[str] = []
    put = store_mod.Cache.put_pieces
    monkeypatch.setattr(
        store_mod.Cache,
        "put_pieces",
        lambda self, name, pieces: written.append(name) or put(self, name, pieces),
    )
    assert keyed(run(inv, cache_dir)) == keyed(first) and read == []
    assert written == []  # nothing changed: the snapshot is not written again
    # An edit: only that file is read again, and what it now says is what is reported.
    inv.patch(C, "      - x@ine.mx\n", "      - maria.lopez@ine.mx\n")
    _age(inv, 1800)
    read.clear()
    fixed = run(inv, cache_dir)
    assert read != [] and keyed(fixed) != keyed(first)
    read.clear()
    assert keyed(run(inv, cache_dir)) == keyed(fixed) and read == []
    # A damaged snapshot is not trusted: every file is read, with the same result.
    snapshot.write_bytes(snapshot.read_bytes()[:-5])
    assert keyed(run(inv, cache_dir)) == keyed(fixed) and len(read) == fixed.files


def _edit(inv, rel: str, old: str, new: str, seconds: int) -> None:
    """Edit one file, then date it ``seconds`` ago: written well before the next snapshot."""
    inv.patch(rel, old, new)
    past = time.time_ns() - seconds * 1_000_000_000
    os.utime(inv.path(rel), ns=(past, past))


def test_a_few_edited_files_are_read_from_their_own_entries_until_enough_change(
    inv, tmp_path, monkeypatch
):
    """Rewriting the snapshot costs for every file of the inventory, reading an edited file
    from its own entry only for that file: the snapshot is written again when more than one
    file in ``_MISSES_PER_REWRITE`` was not taken from it (here, more than one in four)."""
    monkeypatch.setattr(parallel, "_MISSES_PER_REWRITE", 4)
    cache_dir = tmp_path / "c"
    _age(inv)
    first = run(inv, cache_dir)
    read = _spy_reads(monkeypatch)
    written: list[str] = []
    put = store_mod.Cache.put_pieces
    monkeypatch.setattr(
        store_mod.Cache,
        "put_pieces",
        lambda self, name, pieces: written.append(name) or put(self, name, pieces),
    )
    _edit(inv, C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n", 1800)
    edited = run(inv, cache_dir)
    assert read == [C] and written == [] and keyed(edited) != keyed(first)
    read.clear()
    # Still not in the snapshot: read again (its own entry saves the parse), same findings.
    assert keyed(run(inv, cache_dir)) == keyed(edited) and read == [C] and written == []
    read.clear()
    # Two files of seven changed: the snapshot is written again, and then trusted.
    _edit(inv, "areas.yaml", "areas:\n", "areas:\n\n", 900)
    more = run(inv, cache_dir)
    assert sorted(read) == sorted([C, "areas.yaml"]) and written != []
    read.clear()
    assert keyed(run(inv, cache_dir)) == keyed(more) and read == []
    assert [f.line for f in more.findings if f.path == "areas.yaml"] == [
        f.line + 1 for f in edited.findings if f.path == "areas.yaml"
    ]


def test_files_refused_for_being_written_as_the_snapshot_was_taken_are_trusted_next_time(
    inv, tmp_path, monkeypatch
):
    import types

    monkeypatch.setattr(parallel, "_MISSES_PER_REWRITE", 1)  # misses alone: no rewrite
    cache_dir = tmp_path / "c"
    _age(inv)
    written_at = time.time_ns() - 3600 * 1_000_000_000 + 1_000_000_000
    monkeypatch.setattr(parallel, "time", types.SimpleNamespace(time_ns=lambda: written_at))
    run(inv, cache_dir)  # a snapshot taken a second after every file was written
    monkeypatch.setattr(parallel, "time", time)
    read = _spy_reads(monkeypatch)
    run(inv, cache_dir)
    assert len(read) == 7  # none trusted, so the snapshot is written again...
    read.clear()
    run(inv, cache_dir)
    assert read == []  # ...and then every file is


def test_snapshot_trusts_size_mtime_and_inode_only_when_all_agree(inv, tmp_path, monkeypatch):
    cache_dir = tmp_path / "c"
    _age(inv)
    expected = keyed(run(inv, cache_dir))
    read = _spy_reads(monkeypatch)
    path = inv.path(C)
    old = path.read_text(encoding="utf-8")
    new = old.replace("      - maria.lopez@ine.mx\n", "      - x.xxxxxxxxx@ine.mx\n", 1)
    assert len(new) == len(old) and new != old
    info = path.stat()
    # Same size and mtime, another inode: a file put in place of the old one.
    replacement = path.with_suffix(".tmp")
    replacement.write_text(new, encoding="utf-8")
    os.utime(replacement, ns=(info.st_atime_ns, info.st_mtime_ns))
    os.replace(replacement, path)
    assert path.stat().st_ino != info.st_ino
    changed = keyed(run(inv, cache_dir))
    assert C in read and changed != expected


def test_snapshot_does_not_trust_a_file_written_as_it_was_taken(inv, tmp_path, monkeypatch):
    """Same size, mtime and inode, yet other bytes: possible only when the file was written
    again within one tick of a coarse clock, so a file written just before the snapshot
    is read again."""
    cache_dir = tmp_path / "c"
    path = inv.path(C)
    os.utime(path)  # written a moment ago
    run(inv, cache_dir)
    info = path.stat()
    old = path.read_bytes()
    new = old.replace(b"      - maria.lopez@ine.mx\n", b"      - x.xxxxxxxxx@ine.mx\n", 1)
    with open(path, "r+b") as handle:  # in place: same inode
        handle.write(new)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (
        info.st_size,
        info.st_mtime_ns,
        info.st_ino,
    )
    fresh = keyed(check(inv.root, Options(as_of=inv_as_of())))
    assert keyed(run(inv, cache_dir)) == fresh


def test_code_digest_covers_every_module_of_the_package(tmp_path):
    """Entries are named after the whole package's source: editing any module, findings.py
    included, or adding one, never reuses an entry the old code made."""
    import shutil

    package = Path(store_mod.__file__).parent
    copy = tmp_path / "ine_lint"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = store_mod.source_digest(copy)
    assert before == store_mod.source_digest(package)  # the same files give the same digest
    modules = sorted(copy.rglob("*.py"))
    assert copy / "findings.py" in modules and copy / "rules" / "__init__.py" in modules
    for module in modules:
        original = module.read_bytes()
        module.write_bytes(original + b"\n")
        assert store_mod.source_digest(copy) != before, module.relative_to(copy)
        module.write_bytes(original)
    assert store_mod.source_digest(copy) == before
    (copy / "nuevo.py").write_text("", encoding="utf-8")
    assert store_mod.source_digest(copy) != before
    (copy / "nuevo.py").rename(copy / "otro.py")  # a rename is a change too
    after_rename = store_mod.source_digest(copy)
    assert after_rename not in (before, store_mod.source_digest(package))


def test_names_found_clean_are_not_judged_again_and_others_are_never_kept(
    inv, tmp_path, monkeypatch
):
    from ine_lint import redact

    cache_dir = tmp_path / "c"
    token = "ghp_aB3xZ9kLm2Qr7TvW1yN5pC8dF0gH4jK6sU2e"
    inv.write(f"cuentas/{token}.txt", "notas\n")
    first = run(inv, cache_dir)
    judged: list[str] = []
    real = redact.name_hits
    monkeypatch.setattr(redact, "name_hits", lambda name: judged.append(name) or real(name))
    second = run(inv, cache_dir)
    # Only the name that holds something is judged again, and it is reported again.
    assert judged == [f"cuentas/{token}.txt"]
    assert [f for f in first.findings if f.rule == "4.3.VI"] != []
    assert keyed(second) == keyed(first)
    [names] = [p for p in (cache_dir / "nombres").rglob("*") if p.is_file()]
    assert token.encode() not in names.read_bytes()
    assert b"areas.yaml" in names.read_bytes()
    # A new name is judged once, then known.
    inv.write("cuentas/notas.txt", "nada\n")
    judged.clear()
    run(inv, cache_dir)
    assert sorted(judged) == sorted([f"cuentas/{token}.txt", "cuentas/notas.txt"])
    # Without a cache every name is judged.
    judged.clear()
    run(inv, None)
    assert len(judged) > 10


def test_every_file_of_the_sample_reads_back_from_its_entry_as_it_was_built():
    """The model's leaves (positions, dates) are rebuilt by each class's own builder, not by
    the generic walk: what comes back must be equal, of the same types, field by field."""
    import dataclasses
    from datetime import date

    from ine_lint.discovery import discover, read_regular
    from ine_lint.loader import LoadedFile
    from ine_lint.model import FieldPositions
    from ine_lint.modelling import load_and_validate

    root = Path(__file__).resolve().parent.parent / "inventories"
    sources, _ = discover(root)
    seen = {"positions": 0, "dates": 0}

    def same(a: Any, b: Any) -> None:
        assert type(a) is type(b), (a, b)
        if isinstance(a, FieldPositions):
            seen["positions"] += 1
            assert a._key() == b._key()
        elif isinstance(a, (tuple, list)):  # model objects (named tuples) too
            for x, y in zip(a, b, strict=True):
                same(x, y)
        else:
            seen["dates"] += isinstance(a, date)
            assert a == b

    for source in sources:
        built = load_and_validate(source, read_regular(source.path))
        body = store_mod.to_body(built)
        assert body is not None
        back = store_mod.from_body(body, LoadedFile)
        assert back is not None and dataclasses.replace(back, dates=None) == dataclasses.replace(
            built, dates=None
        )
        d, e = built.dates, back.dates
        assert (d.latest, d.keys, list(d.entries)) == (e.latest, e.keys, list(e.entries))
        same(built.model, back.model)
    assert seen["positions"] > 100 and seen["dates"] > 100


def test_a_model_leaf_of_another_shape_is_walked_like_any_value():
    """A position or date field holding something else than what the encoder writes there
    is rebuilt by the generic walk (an object it knows) or makes the entry be ignored."""
    from ine_lint.loader import LoadedFile
    from ine_lint.model import Access

    tag = store_mod._TAG
    positions = (tag, "FieldPositions", "cuentas/X.yaml", 3, 5, ("email",), (0, 7))
    good = (tag, "Access", positions, "x@ine.mx")
    assert store_mod.decode(good).where("email").column == 7
    for bad in (
        (tag, "Access", (tag, "exec", "print(1)"), "x@ine.mx"),
        (tag, "Access", positions[:-1], "x@ine.mx"),
        (tag, "PasswordChange", positions, (tag, "date", "hoy"), None, None, None),
    ):
        body = marshal_dumps(bad)
        assert store_mod.from_body(body, Access) is None
        assert store_mod.from_body(body, LoadedFile) is None


def marshal_dumps(value):
    import marshal

    return marshal.dumps(value, 4)
