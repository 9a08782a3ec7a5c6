"""Safe on a hostile pull request (issue 9): what an attacker controls gets them nothing.

Every hostile input is built here, in the test; none is committed. Item numbers follow the
issue.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import AS_OF

from ine_lint import store as store_mod
from ine_lint.check import Options, check
from ine_lint.cli import main

C = "cuentas/JDE01-AGS.yaml"


def cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), catch_exceptions=False, env=env)


def keyed(result) -> list[tuple[str, int, str, str]]:
    return [(f.path, f.line, f.rule, f.message) for f in result.findings]


@pytest.fixture(autouse=True)
def _fresh_cache_roots(monkeypatch):
    """Each test judges its cache folder anew (the verdict is kept once per process)."""
    monkeypatch.setattr(store_mod, "_KEYS", {})
    monkeypatch.setattr(store_mod, "_REFUSED", {})


# ------------------------------------------------------------------ 1. the cache


def _entries(cache_dir: Path) -> list[Path]:
    return [p for p in cache_dir.rglob("*") if p.is_file() and p.name != "clave-hmac"]


class _WritesMarker:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "ejecutado"))


def test_planted_entries_signed_with_the_cache_key_run_no_code(inv, tmp_path, monkeypatch):
    """Whoever can write the cache also reads its key: they sign what they plant. A pickle
    that writes a file when loaded, and marshalled code, run nothing and are ignored."""
    from ine_lint import policy as policy_mod

    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    cache_dir = tmp_path / "c"
    expected = keyed(check(inv.root, Options(as_of=AS_OF)))
    monkeypatch.setattr(policy_mod, "_LOADED", {})  # the catalogue is read once per process
    _catalogue_through_the_store(monkeypatch)
    check(inv.root, Options(as_of=AS_OF, cache_dir=cache_dir))
    planted = _entries(cache_dir)
    assert {p.relative_to(cache_dir).parts[0] for p in planted} == {"archivos", "compilado"}
    key = (cache_dir / "clave-hmac").read_bytes()
    marker = tmp_path / "marcador"
    code = compile(f"open({str(marker)!r}, 'w').write('ejecutado')", "<plantado>", "exec")
    payloads = [
        pickle.dumps(_WritesMarker(marker)),
        marshal.dumps(code),
        marshal.dumps((store_mod._TAG, "LoadedFile", code)),
        marshal.dumps((store_mod._TAG, "exec", "print('x')")),
    ]
    for i, entry in enumerate(planted):
        body = payloads[i % len(payloads)]
        mac = hmac.new(key, body, hashlib.sha256).digest()
        entry.write_bytes(store_mod._FORMAT + mac + body)
    for _ in range(2):  # the planted entries, then the ones written in their place
        policy_mod._LOADED.clear()
        assert keyed(check(inv.root, Options(as_of=AS_OF, cache_dir=cache_dir))) == expected
    assert not marker.exists()
    # The payloads really are live: loaded the unsafe way, the pickle does write the marker.
    pickle.loads(payloads[0])
    assert marker.read_text() == "ejecutado"


def _catalogue_through_the_store(monkeypatch):
    """The shipped catalogue comes validated in the package; one edited since is read from
    policies/ and kept in the store: make this run's catalogue be such a one."""
    from ine_lint import policy as policy_mod
    from ine_lint.generated import catalogo

    monkeypatch.setattr(catalogo, "DIGEST", "policies/ edited")
    monkeypatch.setattr(policy_mod, "_LOADED", {})


def test_entries_are_plain_data(inv, tmp_path, monkeypatch):
    """What the cache holds reads back with marshal as plain values only: no code, no
    object marshal cannot make from data."""
    cache_dir = tmp_path / "c"
    _catalogue_through_the_store(monkeypatch)
    check(inv.root, Options(as_of=AS_OF, cache_dir=cache_dir))
    plain = (type(None), bool, int, float, str, bytes, tuple, list, dict, frozenset)

    def walk(value):
        assert type(value) in plain, type(value)
        if isinstance(value, (tuple, list, frozenset)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(k)
                walk(v)

    entries = _entries(cache_dir)
    assert len(entries) > 7
    for entry in entries:
        blob = entry.read_bytes()
        assert blob.startswith(store_mod._FORMAT)
        walk(marshal.loads(blob[len(store_mod._FORMAT) + 32:]))


def test_cache_folder_is_created_private(inv, tmp_path):
    cache_dir = tmp_path / "nueva" / "ine-lint"
    check(inv.root, Options(as_of=AS_OF, cache_dir=cache_dir))
    assert cache_dir.stat().st_mode & 0o777 == 0o700
    for folder in (p for p in cache_dir.rglob("*") if p.is_dir()):
        assert folder.stat().st_mode & 0o077 == 0, folder
    assert (cache_dir / "clave-hmac").stat().st_mode & 0o077 == 0


def _foreign(cache_dir: Path, how: str) -> None:
    check_root = store_mod.check_root(cache_dir)
    assert check_root is None  # made and trusted
    store_mod._KEYS.clear()
    if how == "root_writable":
        cache_dir.chmod(0o777)
    elif how == "key_writable":
        (cache_dir / "clave-hmac").chmod(0o666)
    elif how == "root_symlink":
        real = cache_dir.with_name("otra")
        cache_dir.rename(real)
        cache_dir.symlink_to(real)
    elif how in ("root_owner", "key_owner"):
        if os.geteuid() != 0:
            pytest.skip("giving a file to another user needs root (CI runs as root)")
        os.chown(cache_dir if how == "root_owner" else cache_dir / "clave-hmac", 65534, 65534)


@pytest.mark.parametrize("how", ["root_writable", "key_writable", "root_symlink",
                                 "root_owner", "key_owner"])
def test_a_cache_others_could_write_is_not_used(inv, tmp_path, monkeypatch, how):
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache_dir = tmp_path / "xdg" / "ine-lint"
    _foreign(cache_dir, how)
    before = sorted(cache_dir.rglob("*"))
    read = []
    real_get = store_mod.Cache.get
    monkeypatch.setattr(store_mod.Cache, "get", lambda *a: read.append(1) or real_get(*a))
    r = cli("check", str(inv.root), "--as-of", "2026-11-30", "--config", os.devnull)
    assert r.exit_code == 1 and "4.1.III" in r.stdout  # the run went on
    [line] = r.stderr.splitlines()
    assert line.startswith("ine-lint: no se usa la caché ") and str(cache_dir) in line
    assert sorted(cache_dir.rglob("*")) == before and read == []  # neither read nor written
    store_mod._KEYS.clear()
    store_mod._REFUSED.clear()
    r = cli("check", str(inv.root), "--as-of", "2026-11-30", "--config", os.devnull,
            "--lang", "en")
    assert r.stderr.startswith("ine-lint: not using the cache ")


def test_relative_xdg_cache_home_is_ignored(inv, tmp_path, monkeypatch):
    monkeypatch.chdir(inv.root)
    monkeypatch.setenv("XDG_CACHE_HOME", "cache-en-el-repo")
    monkeypatch.setenv("HOME", str(tmp_path / "casa"))
    assert store_mod.default_cache_dir() == tmp_path / "casa" / ".cache" / "ine-lint"
    r = cli("check", ".", "--as-of", "2026-11-30", "--config", os.devnull)
    assert r.exit_code == 0
    assert not (inv.root / "cache-en-el-repo").exists()
    assert (tmp_path / "casa" / ".cache" / "ine-lint" / "clave-hmac").exists()
    monkeypatch.setenv("HOME", "casa-relativa")
    assert store_mod.default_cache_dir() is None
