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
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import AS_OF

from ine_lint import parallel
from ine_lint import store as store_mod
from ine_lint.check import Options, check
from ine_lint.cli import main
from ine_lint.memo import Memo

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
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))  # the catalogue is read once per process
    _catalogue_through_the_store(monkeypatch)
    check(inv.root, Options(as_of=AS_OF, cache_dir=cache_dir))
    planted = _entries(cache_dir)
    assert {p.relative_to(cache_dir).parts[0] for p in planted} == {
        "archivos",
        "compilado",
        "instantaneas",
        "nombres",
    }
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
    monkeypatch.setattr(policy_mod, "_LOADED", Memo(16))


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
    snapshots = 0
    for entry in entries:
        blob = entry.read_bytes()
        assert blob.startswith(store_mod._FORMAT)
        body = blob[len(store_mod._FORMAT) + 32 :]
        if entry.relative_to(cache_dir).parts[0] == "instantaneas":
            # Frames of marshal values, each plain; each file's body in it is as plain as
            # the file's own entry.
            snapshots += 1
            _, files = parallel._read_snapshot(body)
            assert len(files) == 7
            for record in files.values():
                walk(record)
                walk(marshal.loads(record[-1]))
        elif entry.relative_to(cache_dir).parts[0] == "nombres":
            # Not marshal at all: the names judged clean, as text joined by NUL.
            names = bytes(body).decode("utf-8").split("\0")
            assert "areas.yaml" in names and "cuentas" in names
        else:
            walk(marshal.loads(body))
    assert snapshots == 1


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


@pytest.mark.parametrize(
    "how", ["root_writable", "key_writable", "root_symlink", "root_owner", "key_owner"]
)
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
    r = cli("check", str(inv.root), "--as-of", "2026-11-30", "--config", os.devnull, "--lang", "en")
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


# ------------------------------------------------------------------ 7. implausible dates


def _two_accounts_one_late_one_forged(inv) -> None:
    """JDE01's Facebook incident is told to CNCS late (a real 4.3.IV violation); JDE02
    gets an incident detected on 9999-12-31."""
    inv.patch(C, "        notificado_cncs: 2026-05-11", "        notificado_cncs: 2026-05-20")
    inv.patch(
        "cuentas/JDE02-AGS.yaml",
        "    cambios_contrasena:\n",
        (
            "    incidentes:\n"
            "      - detectado: 9999-12-31\n"
            "        descripcion: acceso\n"
            "        notificado_titular: 9999-12-31\n"
            "        contrasena_cambiada: 9999-12-31\n"
            "        ticket_cau: CAU-1\n"
            "        notificado_cncs: 9999-12-31\n"
            "    cambios_contrasena:\n"
        ),
        1,
    )


def test_a_far_future_date_is_esquema_and_never_reaches_a_rule(inv):
    _two_accounts_one_late_one_forged(inv)
    found = inv.findings()
    assert not [f for f in found if f.message.startswith("engine.")], found
    late = [f for f in found if f.rule == "4.3.IV"]
    assert [(f.path, f.message) for f in late] == [(C, "r.incident.slow_cncs")]
    forged = [f for f in found if f.path == "cuentas/JDE02-AGS.yaml"]
    assert {(f.rule, f.message) for f in forged} == {("esquema", "schema.implausible_date")}
    line = inv.line_of("cuentas/JDE02-AGS.yaml", "detectado: 9999-12-31")
    assert [f.line for f in forged] == [line, line + 2, line + 3, line + 5]
    assert "9999-12-31" in forged[0].text("es") and "2027-12-01" in forged[0].text("es")
    # File-argument mode (pre-commit) still shows the real violation of the file asked about.
    only = inv.findings(only_paths=frozenset({C}))
    assert [(f.rule, f.message) for f in only] == [("4.3.IV", "r.incident.slow_cncs")]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("alta: 2024-04-22", "alta: 1900-01-01"),  # long before INE
        ("alta: 2024-04-22", "alta: 2031-01-01"),  # years ahead
        ("notificado_titular: 2026-10-05\n", "notificado_titular: 2999-10-05\n"),
    ],
)
def test_dates_outside_the_plausible_window(inv, old, new):
    """Before 2000 or more than a year after the as-of date: one esquema finding, and the
    account that holds it (the Spotify one, here) is not judged on it: no rule finding, no
    crash, no dangling responsiva."""
    text = inv.text(C)
    at = text.rindex(old)  # in the last account of the file
    inv.write(C, text[:at] + new + text[at + len(old) :])
    found = inv.findings()
    assert [(f.rule, f.message) for f in found] == [("esquema", "schema.implausible_date")]
    assert (found[0].line, found[0].path) == (text[:at].count("\n") + 1, C)


def test_a_date_within_a_year_ahead_is_only_a_future_date(inv):
    inv.patch(C, "    alta: 2024-04-22\n", "    alta: 2027-01-15\n")
    found = inv.findings("esquema")
    assert [f.message for f in found] == ["schema.future_date"]


def _crashing_rule(monkeypatch, rule_id: str = "4.3.IV") -> None:
    """Make one rule raise, as a bug in it would."""
    from ine_lint import engine

    real = engine.run_rules

    def run_rules(ruleset, *args, **kwargs):
        rule = ruleset.rules[rule_id]

        class Broken:
            argnames = rule.check.argnames

            @staticmethod
            def function(**_):
                raise OverflowError("date value out of range")

        saved = rule.check
        rule.check = Broken
        try:
            return real(ruleset, *args, **kwargs)
        finally:
            rule.check = saved

    monkeypatch.setattr("ine_lint.check.run_rules", run_rules, raising=False)
    monkeypatch.setattr(engine, "run_rules", run_rules)


def test_a_rule_failure_is_never_filtered(inv, monkeypatch):
    from ine_lint.config import Waiver

    _crashing_rule(monkeypatch)
    cases: dict[str, dict[str, Any]] = {
        "all": {},
        "file argument": {"only_paths": frozenset({"cuentas/JDE02-AGS.yaml"})},
        "selected": {"select": ("4.3.IV",)},
        "downgraded": {"severities": {"4.3.IV": "info", "todas": "info"}},
        "waived": {
            "waivers": (
                Waiver("4.3.IV", "x", "INE/X/1/2026", AS_OF.replace(year=2030), file="."),
                Waiver("4", "x", "INE/X/1/2026", AS_OF.replace(year=2030), area="JDE01-AGS"),
            )
        },
    }
    for name, options in cases.items():
        crashed = [
            f
            for f in inv.findings(**options)  # type: ignore[arg-type]
            if f.message == "engine.rule_crashed"
        ]
        assert [(f.rule, f.severity) for f in crashed] == [("4.3.IV", "error")], name


# ------------------------------------------------------------------ 3. linear in the input

J2 = "cuentas/JDE02-AGS.yaml"
HEAD = "area: JDE02-AGS\ncuentas: []\n"


@pytest.fixture
def hang_guard():
    """Fails a test that runs past ``seconds``: a generous bound (each input below takes
    1–3 s measured with bench/hostile.py; a hang took minutes), never a timing assertion."""
    import signal

    def arm(seconds: int = 60) -> None:
        def expired(*_):
            raise TimeoutError(f"more than {seconds} s: not linear in its input")

        signal.signal(signal.SIGALRM, expired)
        signal.alarm(seconds)

    yield arm
    signal.alarm(0)


def _base32_comment() -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    words = ("".join(alphabet[(i * 7 + k * 13) % 32] for k in range(16)) for i in range(60_000))
    return HEAD + "# " + " ".join(words) + "\n"


HANGS = {  # name: (text, what the file's findings say)
    "directive and a million spaces": (
        lambda: HEAD + "# ine-lint: ignorar" + " " * 1_000_000 + "\n",
        ["filter.no_rules"],
    ),
    "sexagesimal with 500,000 parts": (
        lambda: HEAD + "x: " + ":".join(["1"] * 500_000) + "\n",
        ["schema.unknown_key"],
    ),
    "a 16 MB line": (lambda: HEAD + "# " + "a" * (16 * 2**20 - 64) + "\n", []),
}
SECRET_SCAN_HANGS = {
    "1 MB comment of base32 words": _base32_comment,
    "150,000 lines '# pin: 1'": lambda: HEAD + "# pin: 1\n" * 150_000,
}


@pytest.mark.parametrize("name", list(HANGS))
def test_small_hostile_files_do_not_hang(inv, hang_guard, name):
    make, expected = HANGS[name]
    inv.write(J2, make())
    hang_guard(60)
    found = inv.findings()
    assert not [f for f in found if f.message.startswith("engine.")]
    assert [f.message for f in found if f.path == J2] == expected


@pytest.mark.parametrize("name", list(SECRET_SCAN_HANGS))
def test_the_secret_scan_is_linear(inv, hang_guard, name):
    inv.write(J2, SECRET_SCAN_HANGS[name]())
    hang_guard(60)
    found = [f for f in inv.findings() if f.path == J2]
    assert not [f for f in found if f.message.startswith("engine.")]
    assert {f.rule for f in found} <= {"4.3.VI"}


def test_directives_are_parsed_as_before():
    """The hand-cut parser gives what the old single pattern gave, on every line shape."""
    from ine_lint.suppress import parse_directives

    text = (
        "a: 1  # ine-lint: ignorar 4.3.V, 4.3.VIII -- motivo # con almohadilla\n"
        "# ine-lint : Ignore 4.1 --   razón  \n"
        "b: 2 # ine-lint: ignorar 4.3.V # otro comentario\n"
        "c: 3 # ine-lint: ignorarla 4.3.V -- no es directiva\n"
        "# x # ine-lint: ignorar 4.2\n"
        "# ine-lint: ignorar 4.3.V #a # ine-lint: ignorar 4.3.IX -- ok\n"
    )
    found = [(d.line, d.column, d.target, d.rules, d.reason) for d in parse_directives(text)]
    assert found == [
        (1, 7, 1, ("4.3.V", "4.3.VIII"), "motivo # con almohadilla"),
        (2, 1, 3, ("4.1",), "razón"),
        (5, 5, 5, ("4.2",), ""),
        (6, 30, 6, ("4.3.IX",), "ok"),
    ]


# ------------------------------------------------------------------ 4. amplification


def test_an_alias_counts_the_size_of_what_it_repeats(inv, hang_guard):
    big = "a" * (4 * 2**20)
    inv.write(J2, HEAD + f"nota: &x {big}\notra: [{', '.join(['*x'] * 5_000)}]\n")
    hang_guard(60)
    [f] = inv.findings()
    assert (f.rule, f.message, f.line) == ("yaml", "yaml.alias_bomb", 4)
    # A long text repeated a few times is fine.
    inv.write(J2, HEAD + "nota: &x " + "una nota larga, " * 120 + "\notra: [*x, *x, *x]\n")
    assert [f.message for f in inv.findings()] == ["schema.unknown_key"] * 2


def _report_bytes(inv, fmt: str = "json") -> int:
    r = cli(
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--config",
        os.devnull,
        "--format",
        fmt,
        "--no-cache",
    )
    assert r.exit_code == 1, r.output
    return len(r.stdout.encode())


def test_findings_are_capped_per_file_and_rule(inv, hang_guard):
    """20,000 unknown keys: 100 findings, then one that counts the rest; the report stays
    a small multiple of the file (bench/hostile.py measures 200,000)."""
    text = (
        "area: JDE02-AGS\ncuentas:\n  - red: x\n    usuario: u\n    alta: 2026-01-05\n"
        "    registro: correo\n" + "".join(f"    clave_{i}: 1\n" for i in range(20_000))
    )
    inv.write(J2, text)
    hang_guard(120)
    found = [f for f in inv.findings() if f.path == J2]
    assert len(found) == 101 and all(f.rule == "esquema" for f in found)
    *listed, more = found
    assert all(f.message == "schema.unknown_key" for f in listed)
    assert more.message == "limit.more" and dict(more.args)["count"] == 20_000 - 100
    assert more.line == listed[-1].line + 1
    assert more.text("es").startswith("Y 19900 hallazgos más de esquema en este archivo")
    assert more.text("en").startswith("And 19900 more esquema findings in this file")
    for fmt in ("json", "text", "sarif", "junit"):
        assert _report_bytes(inv, fmt) < 2 * len(text), fmt


def test_millions_of_duplicate_keys_are_counted_not_listed(inv, hang_guard):
    """16 MB of ``k: v`` lines (3.3 million duplicates of one key): the loader lists the
    first ones and only counts the rest, so the run stays linear (12 s measured with
    bench/hostile.py; it took minutes when every duplicate became a finding first)."""
    lines = (16 * 2**20 - 64) // 5
    inv.write(J2, HEAD + "k: v\n" * lines)
    hang_guard(300)
    found = [f for f in inv.findings() if f.path == J2]
    assert not [f for f in found if f.message.startswith("engine.")]
    *listed, more = found
    assert len(listed) == 100 and all(f.rule == "esquema" for f in found)
    assert listed[0].message == "schema.unknown_key"
    assert {f.message for f in listed[1:]} == {"schema.duplicate_key"}
    assert [f.line for f in listed] == list(range(3, 103))
    assert more.message == "limit.more" and more.line == 103
    # Every duplicate is counted: listed and summed up, they are all the lines but the first.
    assert dict(more.args)["count"] + len(listed) - 1 == lines - 1


def test_duplicates_past_the_cap_still_make_their_mapping_unknown(inv):
    """Past the loader's cap a mapping's first duplicate is still a finding: which value
    is right is unknown, so the account's facts are unknown rather than judged."""
    from ine_lint import loader

    text = "area: JDE02-AGS\ncuentas:\n" + "".join(
        f"  - red: x\n    usuario: u{i}\n    usuario: u{i}\n" for i in range(150)
    )
    _, problems = loader.compose(text, J2)
    dup = [p for p in problems if p.message == "schema.duplicate_key"]
    assert len(dup) == 150  # one per account, none lost to the cap
    text = HEAD + "k: v\n" * 300
    _, problems = loader.compose(text, J2)
    assert [p.message for p in problems] == ["schema.duplicate_key"] * 101 + ["limit.more"]
    assert dict(problems[-1].args)["count"] == 299 - 101


def test_a_long_value_is_quoted_short(inv, hang_guard):
    """An account linked to 10,000 aliases of a 20 KB reference: the alias budget stops
    it; written out 100 times, each finding quotes it cut short."""
    ref = "x/" + "u" * 20_000
    inv.write(
        J2,
        (
            "area: JDE02-AGS\ncuentas:\n  - red: x\n    usuario: &r " + ref + "\n"
            "    alta: 2026-01-05\n    registro: correo\n    vinculada_a: ["
            + ", ".join(["*r"] * 10_000)
            + "]\n"
        ),
    )
    hang_guard(60)
    assert [f.message for f in inv.findings("yaml")] == ["yaml.alias_bomb"]
    text = (
        "area: JDE02-AGS\ncuentas:\n  - red: facebook\n    usuario: u\n"
        "    alta: 2026-01-05\n    registro: correo\n    vinculada_a:\n"
        + "".join(f"      - {ref}{i}\n" for i in range(100))
    )
    inv.write(J2, text)
    links = [f for f in inv.findings() if f.message == "r.external.link"]
    assert len(links) == 100
    assert all(len(f.text("es")) < 2_000 and "…" in f.text("es") for f in links)
    assert _report_bytes(inv) < len(text) // 2


# ------------------------------------------------------------------ 8. injection

ESC_KEY = '"\\e]52;c;ZXZpbA==\\a\\e[2J": 1'  # OSC 52 (clipboard), then clear screen
FORGED_KEY = '"u\\n::error file=x.yaml,line=1::forjado\\r\\u2028": 1'
NAMES = [
    "Área con espacio.yaml",
    "a b#c%41?d.yaml",
    "acta 2#1 100% ok?.yaml",
    "\x1b[2J\n::error file=x::f.yaml",
]
RAW_NAME = b"\xff\xfeno-utf8.yaml"


@pytest.fixture
def hostile_names(inv):
    inv.patch(
        "cuentas/JDE02-AGS.yaml", "area: JDE02-AGS\n", f"area: JDE02-AGS\n{ESC_KEY}\n{FORGED_KEY}\n"
    )
    for name in NAMES:
        inv.write(f"cuentas/{name}", "area: JDE02-AGS\ncuentas: []\n")
    (inv.root / "cuentas").joinpath(os.fsdecode(RAW_NAME)).write_bytes(
        b"area: JDE02-AGS\ncuentas: []\n"
    )
    return inv


def _run(inv, fmt: str):
    r = cli(
        "check", str(inv.root), "--as-of", "2026-11-30", "--config", os.devnull, "--format", fmt
    )
    assert r.exit_code == 1 and "Traceback" not in r.output and not r.stderr, r.output
    return r.stdout


def _raw_controls(text: str) -> set[str]:
    return {
        c
        for c in text
        if (ord(c) < 32 and c != "\n")
        or 0x7F <= ord(c) <= 0x9F
        or c in "\u2028\u2029"
        or 0xD800 <= ord(c) <= 0xDFFF
    }


def test_text_and_github_escape_control_characters(hostile_names):
    import json

    doc = json.loads(_run(hostile_names, "json"))
    assert len(doc["findings"]) >= 6
    text = _run(hostile_names, "text")
    assert not _raw_controls(text)
    assert not [line for line in text.splitlines() if line.startswith("::")]
    assert "\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J" in text  # shown, escaped
    assert "\\n::error file=x.yaml,line=1::forjado\\r\\u2028" in text
    assert "\\xff\\xfeno-utf8.yaml" in text and "%C3" not in text
    github = _run(hostile_names, "github")
    assert not _raw_controls(github)
    commands = [line for line in github.splitlines() if line.startswith("::")]
    assert len(commands) == len(doc["findings"])  # one per finding, none forged
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in commands)


def test_the_concise_format_escapes_control_characters(hostile_names):
    concise = _run(hostile_names, "conciso")
    assert not _raw_controls(concise)
    assert not [line for line in concise.splitlines() if line.startswith("::")]
    assert "\\x1b]52;c;ZXZpbA==\\x07\\x1b[2J" in concise  # shown, escaped


def test_machine_formats_carry_no_raw_control_character(hostile_names):
    import json

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for k, v in value.items():
                yield k
                yield from strings(v)
        elif isinstance(value, list):
            for v in value:
                yield from strings(v)

    for fmt in ("json", "gitlab", "sarif"):
        doc = json.loads(_run(hostile_names, fmt))
        assert not set().union(*(_raw_controls(s) for s in strings(doc))), fmt


def test_junit_is_well_formed_xml_with_any_input(hostile_names):
    import xml.etree.ElementTree as ET

    import xmlschema
    from conftest import vendor

    text = _run(hostile_names, "junit")
    ET.fromstring(text.encode())
    assert all(
        c in "\t\n\r" or 0x20 <= ord(c) <= 0xD7FF or 0xE000 <= ord(c) <= 0xFFFD or ord(c) >= 0x10000
        for c in text
    )
    xmlschema.XMLSchema(str(vendor("junit.xsd"))).validate(text)


def test_sarif_uris_are_percent_encoded_and_pass_check_jsonschema(hostile_names, tmp_path):
    import json
    import subprocess
    import sys

    from conftest import vendor

    text = _run(hostile_names, "sarif")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(text)["runs"][0]["results"]
    }
    # (4.3.VI takes "b#c%41?d" for a password and hides it: that name is shown «oculto».)
    assert {
        "inventario/cuentas/%C3%81rea%20con%20espacio.yaml",
        "inventario/cuentas/acta%202%231%20100%25%20ok%3F.yaml",
        "inventario/cuentas/%1B%5B2J%0A%3A%3Aerror%20file%3Dx%3A%3Af.yaml",
        "inventario/cuentas/%FF%FEno-utf8.yaml",
    } <= {u.split("/", 0)[0] for u in uris}
    out = tmp_path / "r.sarif"
    out.write_text(text, encoding="utf-8")
    exe = Path(sys.executable).with_name("check-jsonschema")
    r = subprocess.run(
        [str(exe), "--schemafile", str(vendor("sarif-schema-2.1.0.json")), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert r.returncode == 0, r.stdout + r.stderr


# ------------------------------------------------------------------ 5. only regular files


def _special_entries(inv, tmp_path) -> dict[str, str]:
    """A link to a file outside, a FIFO, a socket and a link to /dev/zero, in cuentas/."""
    import socket

    outside = tmp_path / "fuera.yaml"
    outside.write_text("area: JDE02-AGS\ncuentas: []\n# token: " + "Zx9" * 20 + "\n")
    cuentas = inv.root / "cuentas"
    os.symlink(outside, cuentas / "ENLACE.yaml")
    os.symlink("/dev/zero", cuentas / "CERO.yaml")
    os.mkfifo(cuentas / "FIFO.yaml")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(cuentas / "SOCKET.yaml"))
    sock.close()
    return {
        "cuentas/ENLACE.yaml": "yaml.symlink",
        "cuentas/CERO.yaml": "yaml.symlink",
        "cuentas/FIFO.yaml": "yaml.fifo",
        "cuentas/SOCKET.yaml": "yaml.socket",
    }


def test_links_fifos_devices_and_sockets_are_findings_never_opened(
    inv, tmp_path, monkeypatch, hang_guard
):
    expected = _special_entries(inv, tmp_path)
    opened: list[str] = []
    real_open = os.open

    def watch(path, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", watch)
    hang_guard(60)  # a FIFO opened for reading would block here forever
    found = inv.findings()
    mine = {f.path: f.message for f in found if f.path in expected}
    assert mine == expected
    assert all(f.rule == "yaml" and f.severity == "error" for f in found if f.path in expected)
    assert not [p for p in opened if any(p.endswith(name) for name in expected)]
    assert not [f for f in found if f.rule == "4.3.VI"]  # the file outside was never read
    assert "enlace simbólico" in next(f for f in found if f.path == "cuentas/ENLACE.yaml").text(
        "es"
    )


def test_a_symlinked_folder_is_not_followed(inv, tmp_path):
    elsewhere = tmp_path / "otra"
    (inv.root / "designaciones").rename(elsewhere)
    os.symlink(elsewhere, inv.root / "designaciones")
    found = inv.findings("yaml")
    assert [(f.path, f.message) for f in found] == [("designaciones", "yaml.symlink")]


def test_a_staged_symlink_is_the_same_finding(inv, tmp_path, monkeypatch):
    """In file-argument mode (pre-commit) a link is reported, not 'nothing to check'."""
    target = tmp_path / "passwd"
    target.write_text("root:x:0:0:root:/root:/bin/bash\n")
    link = inv.root / "cuentas" / "JDE03-AGS.yaml"
    os.symlink(target, link)
    monkeypatch.chdir(inv.root)
    r = cli(
        "check",
        "cuentas/JDE03-AGS.yaml",
        "--as-of",
        "2026-11-30",
        "--config",
        os.devnull,
        "--format",
        "json",
    )
    import json

    assert r.exit_code == 1, r.output
    found = [(f["path"], f["rule"]) for f in json.loads(r.stdout)["findings"]]
    assert ("cuentas/JDE03-AGS.yaml", "yaml") in found


def test_size_is_checked_before_reading(inv, monkeypatch):
    from ine_lint import discovery

    monkeypatch.setattr(discovery, "MAX_FILE_BYTES", 20_000)  # every other file is smaller
    inv.write(J2, HEAD + "# " + "x" * 200 + "\n")
    assert [f.path for f in inv.findings("yaml")] == []
    inv.write(J2, HEAD + "# " + "x" * 19_999 + "\n")
    [f] = [f for f in inv.findings("yaml") if f.path == J2]
    assert (f.path, f.message, dict(f.args)["size"]) == (J2, "yaml.too_large", 20_030)


def test_a_file_that_grows_after_its_size_is_taken_is_read_whole_but_bounded(tmp_path, monkeypatch):
    import os

    from ine_lint import discovery

    path = tmp_path / "f.yaml"
    body = b"".join(b"linea %06d\n" % i for i in range(20_000))  # 240 kB: several reads
    path.write_bytes(body)
    real = os.fstat

    def stale(fd: int) -> os.stat_result:  # the size as it was before the file grew
        info = real(fd)
        return os.stat_result((*info[:6], 10, *info[7:]))

    monkeypatch.setattr(discovery.os, "fstat", stale)
    assert discovery.read_regular(path) == body
    monkeypatch.setattr(discovery, "MAX_FILE_BYTES", 100_000)
    assert discovery.read_regular(path) == body[:100_001]  # what the loader then refuses


# ------------------------------------------------------------------ 6. output


def _many_findings(inv) -> None:
    """Some hundreds of finding lines: more than a pipe holds."""
    body = "".join(
        f"  - {{red: x, usuario: U{i}, alta: 2026-10-30, registro: correo}}\n" for i in range(300)
    )
    inv.write(J2, "area: JDE02-AGS\ncuentas:\n" + body)


def _ine_lint(*args: str, **kwargs):
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-P", "-m", "ine_lint", *args], stderr=subprocess.PIPE, **kwargs
    )


def test_a_closed_pipe_ends_quietly(inv):
    """``ine-lint check | head -1``: no traceback, no message, the run's own exit code."""
    import subprocess

    _many_findings(inv)
    proc = _ine_lint(
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--config",
        os.devnull,
        "--no-cache",
        stdout=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 1
    assert first and err == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_one_line_and_exit_2(inv, tmp_path):
    _many_findings(inv)
    base = ("check", str(inv.root), "--as-of", "2026-11-30", "--config", os.devnull, "--no-cache")
    with open("/dev/full", "w") as full:
        proc = _ine_lint(*base, stdout=full)
        assert proc.stderr is not None
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 2
    assert err.count("\n") == 1 and "<stdout>" in err and "Traceback" not in err
    proc = _ine_lint(*base, "--output", "/dev/full", "--lang", "en")
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 2
    assert err.count("\n") == 1 and "/dev/full: cannot write" in err


def test_output_is_replaced_whole_or_not_at_all(inv, tmp_path, monkeypatch):
    from ine_lint.reporters.json import JsonReporter

    report = tmp_path / "informe.json"
    report.write_text("el informe anterior\n")
    report.chmod(0o640)
    args = (
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--config",
        os.devnull,
        "--format",
        "json",
        "--output",
        str(report),
    )
    real = JsonReporter.write

    def fails_midway(self, result, stream):
        stream.write('{"version": 1, "findi')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(JsonReporter, "write", fails_midway)
    r = cli(*args)
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "No space left" in r.stderr
    assert report.read_text() == "el informe anterior\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["informe.json", "inventario", "xdg-cache"]
    monkeypatch.setattr(JsonReporter, "write", real)
    assert cli(*args).exit_code == 0
    assert report.read_text().startswith("{") and report.stat().st_mode & 0o777 == 0o640


# ------------------------------------------------------------------ 2. configuration authority

AUTH = "motivo: la cuenta se da de baja, autoriza: INE/CNCS/0456/2026, vence: 2027-01-31"


def _with_a_password(inv) -> None:
    """The pull request adds a password (4.3.VI) and an outsider with access (4.1.III)."""
    inv.patch(C, "      - maria.lopez@ine.mx\n", "      - x@ine.mx\n")
    inv.patch(
        C, "    registro: correo\n", "    registro: correo  # contraseña: Zq8#Lm2$Vr7!Tk4\n", 1
    )


def _judged(inv, tmp_path, config: str, lang: str = "es"):
    import json

    cfg = inv.root.parent / ".ine-lint.yaml"
    cfg.write_text(config, encoding="utf-8")
    r = cli(
        "check",
        str(inv.root),
        "--as-of",
        "2026-11-30",
        "--config",
        str(cfg),
        "--format",
        "json",
        "--lang",
        lang,
    )
    assert r.exit_code in (0, 1), r.output
    return r.exit_code, json.loads(r.stdout)["findings"]


@pytest.mark.parametrize(
    "config",
    [
        'ignorar: ["4", yaml, esquema, referencia, supresion]\n',
        'severidades: {"4": info}\n',
        "ignorar: [todas]\nseveridades: {todas: info}\n",
        f'ignorar:\n  - {{regla: "4", {AUTH}}}\n',
        f'severidades:\n  "4.3": {{severidad: info, {AUTH}}}\n',
        f"ignorar:\n  - {{regla: 4.3.VI, {AUTH}}}\n  - {{regla: esquema, {AUTH}}}\n",
        "falla_con: never\n",
    ],
)
def test_a_pull_request_cannot_switch_the_checks_off(inv, tmp_path, config):
    _with_a_password(inv)
    code, found = _judged(inv, tmp_path, config)
    assert code == 1
    rules = {(f["rule"], f["severity"]) for f in found}
    assert ("4.3.VI", "error") in rules and ("4.1.III", "error") in rules
    refused = [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    assert refused and all(f["rule"] == "esquema" and f["severity"] == "error" for f in refused)
    lines = {f["line"] for f in refused}
    assert lines <= set(range(1, config.count("\n") + 1))


def test_authorised_entries_apply_until_they_expire(inv, tmp_path):
    _with_a_password(inv)
    config = f"ignorar:\n  - {{regla: 4.1.III, {AUTH}}}\nseveridades:\n  4.3.VII: error\n"
    code, found = _judged(inv, tmp_path, config)
    assert code == 1 and "4.1.III" not in {f["rule"] for f in found}
    assert not [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    r = cli(
        "check",
        str(inv.root),
        "--as-of",
        "2027-01-31",
        "--config",
        str(inv.root.parent / ".ine-lint.yaml"),
        "--format",
        "json",
        "--lang",
        "en",
    )
    import json

    found = json.loads(r.stdout)["findings"]
    assert "4.1.III" in {f["rule"] for f in found}
    [expired] = [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    assert expired["line"] == 2 and "expired on 2027-01-31" in expired["message"]


def test_refusals_name_the_line_and_say_what_to_do(inv, tmp_path):
    _with_a_password(inv)
    config = "idioma: es\nignorar:\n  - 4.1.III\n  - supresion\nseveridades:\n  4.3.VI: warning\n"
    _, found = _judged(inv, tmp_path, config)
    refused = sorted(
        (f["line"], f["message"]) for f in found if f["path"].endswith(".ine-lint.yaml")
    )
    assert [line for line, _ in refused] == [3, 6]  # supresion may be ignored freely
    assert refused[0][1].startswith("«ignorar: 4.1.III» apaga o baja de severidad")
    assert "autoriza" in refused[0][1] and "vence" in refused[0][1]
    assert refused[1][1].startswith("«severidades: 4.3.VI» alcanza a 4.3.VI")


def test_a_selection_that_leaves_provisions_out_is_not_applied(inv, tmp_path):
    _with_a_password(inv)
    code, found = _judged(inv, tmp_path, "seleccionar: [supresion]\n")
    assert code == 1 and {"4.3.VI", "4.1.III"} <= {f["rule"] for f in found}
    [refused] = [f for f in found if f["path"].endswith(".ine-lint.yaml")]
    assert refused["line"] == 1 and "4.3.VI" in refused["message"]
    _, found = _judged(inv, tmp_path, "seleccionar: [4, yaml, esquema, referencia]\n")
    assert not [f for f in found if f["path"].endswith(".ine-lint.yaml")]
