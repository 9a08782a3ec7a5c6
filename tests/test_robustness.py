"""Whatever is typed into the inventory: findings or a clean error, never a traceback."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import AS_OF, BASE, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ine_lint.check import Options, Result, check
from ine_lint.loader import load_text

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_load_to_findings_or_data(raw):
    loaded = load_text(raw, "x.yaml", "cuentas")
    assert loaded.data is not None or loaded.findings


yaml_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates().map(str),
)
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=25,
)


@SETTINGS
@given(yaml_values)
def test_any_yaml_in_any_file_kind(tmp_path_factory, value):
    root = tmp_path_factory.mktemp("inv")
    shutil.copytree(BASE, root, dirs_exist_ok=True)
    text = yaml.safe_dump(value, allow_unicode=True)
    for rel in (
        "areas.yaml",
        "cncs.yaml",
        "correos-genericos.yaml",
        "designaciones/JDE01-AGS.yaml",
        "cuentas/JDE01-AGS.yaml",
    ):
        (root / rel).write_text(text, encoding="utf-8")
    assert_no_rule_broke(check(root, Options(as_of=AS_OF)))


def assert_no_rule_broke(result: Result) -> None:
    """No traceback is not enough: a rule that crashed on the input is a finding too."""
    broken = [
        f for f in result.findings if f.message in ("engine.rule_crashed", "engine.rule_bad_result")
    ]
    assert broken == [], [f.text("en") for f in broken]


def damage(text: str, rng: random.Random) -> str:
    lines = text.splitlines(keepends=True)
    if not lines:  # an earlier edit truncated the file to nothing
        return rng.choice(["", ":", "- [", "area: X\n"])
    kind = rng.randrange(6)
    i = rng.randrange(len(lines))
    if kind == 0:  # drop a line (a key)
        del lines[i]
    elif kind == 1:  # swap a value's type
        line = lines[i]
        if ":" in line:
            key = line.split(":", 1)[0]
            lines[i] = f"{key}: {rng.choice(['[]', '{}', '12', 'true', 'null', '[a, b]'])}\n"
    elif kind == 2:  # duplicate a line (a duplicated key)
        lines.insert(i, lines[i])
    elif kind == 3:  # truncate
        return text[: rng.randrange(len(text))]
    elif kind == 4:  # wrong indentation
        lines[i] = " " * rng.randrange(1, 7) + lines[i].lstrip()
    else:  # strip the indentation of a line
        lines[i] = lines[i].lstrip()
    return "".join(lines)


@SETTINGS
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=4))
def test_random_damage_to_a_valid_inventory(tmp_path_factory, seed, edits):
    rng = random.Random(seed)
    root = tmp_path_factory.mktemp("inv")
    shutil.copytree(BASE, root, dirs_exist_ok=True)
    files = sorted(p for p in root.rglob("*.yaml"))
    for _ in range(edits):
        target = rng.choice(files)
        target.write_text(damage(target.read_text(encoding="utf-8"), rng), encoding="utf-8")
    result = check(root, Options(as_of=AS_OF))
    assert result.files == len(files)
    assert_no_rule_broke(result)


# ------------------------------------------------------------------ limits


def test_very_large_file_is_a_finding(inv):
    inv.write("cuentas/JDE02-AGS.yaml", "area: JDE02-AGS\ncuentas: []\n" + "#" * (50 * 2**20))
    found = inv.findings("yaml")
    assert [(f.path, f.message) for f in found] == [("cuentas/JDE02-AGS.yaml", "yaml.too_large")]


def test_a_file_with_a_hundred_thousand_accounts(inv):
    body = "".join(
        f"  - {{red: x, usuario: U{i}, alta: 2026-10-30, registro: correo}}\n"
        for i in range(100_000)
    )
    inv.write("cuentas/JDE02-AGS.yaml", "area: JDE02-AGS\ncuentas:\n" + body)
    result = inv.check()
    counts: dict[str, int] = {}
    for f in result.findings:
        counts[f.rule] = counts.get(f.rule, 0) + 1
    # Each account lacks its mailbox, its association notice and its second factor: 100 of
    # each are listed, and one more finding counts the other 99,900.
    assert counts["4.1.IV.1"] == counts["4.3.III"] == counts["4.3.V"] == 101
    more = {f.rule: dict(f.args)["count"] for f in result.findings if f.message == "limit.more"}
    assert {rule: more.get(rule) for rule in ("4.1.IV.1", "4.3.III", "4.3.V")} == {
        "4.1.IV.1": 99_900,
        "4.3.III": 99_900,
        "4.3.V": 99_900,
    }
    assert "yaml" not in counts and "esquema" not in counts


def test_unreadable_file(inv, monkeypatch):
    # Simulated: CI runs as root, for whom file permissions do not bind.
    real_open = os.open
    target = str(inv.path("cuentas/JDE02-AGS.yaml"))

    def fake_open(file, *args, **kwargs):
        if str(file) == target:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    [f] = inv.findings("yaml")
    assert f.message == "yaml.unreadable" and "Permission denied" in f.text("en")


def test_symlink_loop_under_the_inventory(inv):
    os.symlink("bucle.yaml", inv.path("cuentas/bucle.yaml"))
    os.symlink(str(inv.path("cuentas")), inv.path("cuentas/sub.yaml"))
    found = inv.findings("yaml")
    assert {f.path for f in found} >= {"cuentas/bucle.yaml"}


def test_paths_with_spaces_and_accents(tmp_path):
    root = tmp_path / "inventario de prueba ñandú"
    shutil.copytree(BASE, root)
    result = check(root, Options(as_of=AS_OF))
    assert result.findings == []


def test_empty_file(inv):
    inv.write("cuentas/JDE02-AGS.yaml", "")
    assert {f.message for f in inv.findings("esquema")} == {"schema.empty"}


def test_directory_where_a_file_should_be(inv):
    inv.path("cncs.yaml").unlink()
    inv.path("cncs.yaml").mkdir()
    inv.path("cuentas/OTRA.yaml").mkdir()
    found = inv.findings("yaml")
    assert {(f.path, f.message) for f in found} == {
        ("cncs.yaml", "yaml.not_a_file"),
        ("cuentas/OTRA.yaml", "yaml.not_a_file"),
    }


def test_missing_areas_yaml(inv):
    from ine_lint.errors import InventoryError

    inv.path("areas.yaml").unlink()
    with pytest.raises(InventoryError, match=r"no tiene areas\.yaml"):
        inv.findings()


def _parallel_run(tmp_path: Path) -> subprocess.Popen[bytes]:
    """A cold check of a 13 MB inventory (workers are used, and kept busy), once its first
    worker is forked."""
    sys.path.insert(0, str(REPO / "bench"))
    from generate import generate

    root = generate(tmp_path / "nacional", 3)
    exe = Path(sys.executable).parent / "ine-lint"
    cmd = [
        str(exe),
        "check",
        str(root),
        "--as-of",
        "2026-11-27",
        "--config",
        os.devnull,
        "--no-cache",
        "--format",
        "json",
        "--output",
        os.devnull,
    ]
    proc = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 30
    while not _children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before its workers started"
    time.sleep(0.3)  # into the middle of the load
    return proc


def test_ctrl_c_during_a_parallel_load_ends_cleanly(tmp_path):
    """Ctrl-C reaches every process of the group: the run stops with the one-line message
    and exit 2, no worker prints a traceback, nothing waits forever."""
    proc = _parallel_run(tmp_path)
    try:
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 2
    assert err.decode().strip() == "ine-lint: interrumpido"


@pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the kernel's parent-death "
    "signal is Linux's; elsewhere a worker stops before its next chunk",
)
def test_workers_die_with_their_parent(tmp_path):
    """Killed by a CI timeout, the run leaves no worker loading on and holding its output."""
    proc = _parallel_run(tmp_path)
    workers = _children(proc.pid)
    try:
        os.kill(proc.pid, signal.SIGKILL)
        _, err = proc.communicate(timeout=10)  # stderr closes: no worker holds it any more
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert err == b""
    # stderr closes while the kernel is still tearing a worker down: give it a moment to
    # become a zombie (or be gone), but no time to load another chunk.
    deadline = time.monotonic() + 5
    while any(_state(pid) not in "ZX" for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert all(_state(pid) in "ZX" for pid in workers), [_state(p) for p in workers]


def _state(pid: str) -> str:
    """A process's state letter; X once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ")[1][0]
    except FileNotFoundError:
        return "X"


def _children(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return handle.read().split()
    except OSError:
        return []
