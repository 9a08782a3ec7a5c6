"""4.3.VI measured, not asserted case by case: recall and precision over the labelled corpus
(``tests/data/secrets``: what INE staff write, secret or not), and a scan that stays linear
on hostile input."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data" / "secrets"))
import measure

MIN_RECALL = 0.97
MIN_PRECISION = 0.97


#: blind_dev.jsonl and blind_holdout_v1.jsonl were written by someone who had not seen the
#: detector (2026-11-29). The held-out half was kept from us until the lead measured it
#: (recall 0.819, precision 0.958) and read it; from then on it is one more development
#: corpus, and acceptance uses a newer blind set that we have not read.
@pytest.mark.parametrize(
    "name", ["corpus.jsonl", "holdout.jsonl", "blind_dev.jsonl", "blind_holdout_v1.jsonl"]
)
def test_recall_and_precision(name):
    items = measure.load(name)
    assert len(items) >= 200
    total, _, wrong = measure.score(items, measure.ours)
    detail = "\n".join(f"{i.id} label={i.label} {i.cls}" for i in wrong)
    assert total.recall >= MIN_RECALL, detail
    assert total.precision >= MIN_PRECISION, detail


def test_the_development_corpus_is_big_and_balanced():
    items = measure.load("corpus.jsonl")
    positives = sum(i.label for i in items)
    assert len(items) >= 300 and 0.4 <= positives / len(items) <= 0.6


def test_the_measure_can_fail():
    """A detector that says yes to everything, or no, is below both bounds."""
    items = measure.load("corpus.jsonl")
    yes, _, _ = measure.score(items, lambda i: True)
    no, _, _ = measure.score(items, lambda i: False)
    assert yes.precision < MIN_PRECISION and no.recall < MIN_RECALL


def _seed_words(n: int) -> str:
    return " ".join("ABCD" if k % 2 else "EFGH" for k in range(n))


HOSTILE = {
    "base32 words in a comment": "# " + _seed_words(250_000) + "\n",
    "one long run": "notas: " + "A" * 1_000_000 + "\n",
    "a long run of base32 then a bad char": "x: " + "AB2C" * 250_000 + "0\n",
    "labels without values": "contraseña de " * 80_000 + "\n",
    "labels with separators": "pin: pin: " * 100_000 + "\n",
    "URL-like runs": ("https://a.b/" + "Zx9" * 20 + " ") * 12_000 + "\n",
    "e-mail-like": ("a@" * 300_000) + "\n",
    "symbols": "a1!" * 300_000 + "\n",
    "yaml keys with digits": "x1: y\n" * 150_000,
    "quadratic groups": ("ABCD " * 3 + "ABC0 ") * 50_000 + "\n",
    "many short lines": "pwd: x\n" * 150_000,
    "200,000 secret-like keys": "".join(f"    clave_desconocida_{i}: 1\n" for i in range(200_000)),
    "label lines with verbs": "".join(
        f"# se cambió la contraseña a la {i}\n" for i in range(60_000)
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_scan_is_linear_on_hostile_input(name):
    """A hang guard, not a timing: 1 MB of input must take well under the bound (measured
    at ~1 s or less each on a shared 2-core machine)."""
    from ine_lint.secrets import scan

    text = HOSTILE[name]
    started = time.process_time()
    scan(text)
    assert time.process_time() - started < 30, name
