"""Never print a secret back, whatever field it is put in: a property test over every line
of every file kind of the base inventory, every way of writing it there, and every format."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from conftest import AS_OF, BASE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ine_lint.check import Options, check
from ine_lint.reporters import REPORTER_BY_NAME

FILES = sorted(p.relative_to(BASE).as_posix() for p in BASE.rglob("*.yaml"))
LINES = [(rel, n) for rel in FILES
         for n, line in enumerate((BASE / rel).read_text(encoding="utf-8").splitlines())
         if line.strip()]

_LOWER = "abcdefghijkmnopqrstuvwxyz"
_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

#: Secrets 4.3.VI must recognise by shape wherever they are: passwords built per UTSI
#: (letters, digits, a symbol), base32 seeds, otpauth URIs.
passwords = st.builds(
    lambda a, s, d, b: a + s + d + b,
    st.text(_UPPER + _LOWER, min_size=3, max_size=8), st.sampled_from("$%!&"),
    st.text("0123456789", min_size=3, max_size=5), st.text(_UPPER + _LOWER, min_size=1,
                                                            max_size=5))
seeds = st.builds(lambda body, d: body[:5] + d + body[5:],
                  st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=15, max_size=31),
                  st.sampled_from("234567"))
uris = seeds.map(lambda s: f"otpauth://totp/INE:redes?secret={s}&issuer=INE")
secrets = st.one_of(passwords, seeds, uris)

#: How the secret is put on the chosen line.
MODES = ("value", "quoted value", "key", "list item", "comment", "comment line", "tag",
         "alias", "suppression reason", "file name", "other file")


def place(root: Path, rel: str, index: int, mode: str, secret: str) -> None:
    path = root / rel
    lines = path.read_text(encoding="utf-8").splitlines()
    line = lines[index]
    indent = line[:len(line) - len(line.lstrip())]
    body = line.strip()
    key, sep, _ = body.partition(":")
    lead = "- " if body.startswith("- ") else ""
    if mode == "value" and sep:
        lines[index] = f"{indent}{key}: {secret}"
    elif mode == "quoted value" and sep:
        lines[index] = f"{indent}{key}: '{secret}'"
    elif mode == "key" and sep:
        lines[index] = f"{indent}{lead}{secret}:{body.partition(':')[2]}"
    elif mode == "list item":
        lines[index] = f"{indent}- {secret}"
    elif mode == "comment":
        lines[index] = f"{line}  # {secret}"
    elif mode == "comment line":
        lines.insert(index, f"{indent}# {secret}")
    elif mode == "tag" and sep:
        lines[index] = f"{indent}{key}: !{secret}"
    elif mode == "alias" and sep:
        lines[index] = f"{indent}{key}: *{secret}"
    elif mode == "suppression reason":
        lines.insert(index, f"{indent}# ine-lint: ignorar 4.3.VIII -- {secret}")
    elif mode == "file name":
        (root / f"{rel.rsplit('/', 1)[0] if '/' in rel else '.'}/{secret}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8")
        return
    elif mode == "other file":
        (root / "notas.txt").write_text(f"pendientes\n{secret}\n", encoding="utf-8")
        return
    else:
        lines[index] = f"{line}  # {secret}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(secret=secrets, where=st.sampled_from(LINES), mode=st.sampled_from(MODES))
def test_a_secret_anywhere_is_never_printed(tmp_path_factory, secret, where, mode):
    if mode == "file name" and "/" in secret:
        mode = "other file"  # a name cannot hold a slash
    root = tmp_path_factory.mktemp("inv") / "inventario"
    shutil.copytree(BASE, root)
    place(root, where[0], where[1], mode, secret)
    cache = tmp_path_factory.mktemp("cache")
    result = check(root, Options(as_of=AS_OF, cache_dir=cache))
    assert [f for f in result.findings if f.rule == "4.3.VI"], (mode, where)
    for fmt, reporter in sorted(REPORTER_BY_NAME.items()):
        for lang in ("es", "en"):
            out = io.StringIO()
            reporter(lang=lang, show_suppressed=True).write(result, out)
            assert secret not in out.getvalue(), (fmt, lang, mode, where)
    needle = secret.encode()
    for entry in cache.rglob("*"):
        if entry.is_file():
            assert needle not in entry.read_bytes(), (entry, mode, where)
