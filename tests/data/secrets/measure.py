"""Recall and precision of a secret detector over the labelled corpus (see generate.py).

    python tests/data/secrets/measure.py [corpus.jsonl|holdout.jsonl] [-v]

An item counts as found when the detector reports anything in its text. Used by the test
that pins the figures and by ``bench/secrets.py``, which adds detect-secrets beside ours.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Item:
    id: str
    label: int
    cls: str
    text: str
    note: str
    public: tuple[str, ...]


def load(name: str = "corpus.jsonl") -> list[Item]:
    items = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        items.append(
            Item(d["id"], d["label"], d["class"], d["text"], d["note"], tuple(d["public"]))
        )
    return items


#: Classes of items that are a file's path, read as a file name (``scan_name``): the
#: generated corpus's ``nombre`` (secret) and ``nombre_comun`` (harmless).
NAME_CLASSES = ("nombre", "nombre_comun")


def ours(item: Item) -> bool:
    from ine_lint.secrets import HIDDEN_KIND, drop_public, scan, scan_name

    if item.cls in NAME_CLASSES:
        hits = drop_public(scan_name(item.text), frozenset(item.public))
    else:
        hits = scan(item.text + "\n", public=frozenset(item.public))
    return any(h.kind != HIDDEN_KIND for h in hits)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0


def score(
    items: list[Item], predict: Callable[[Item], bool]
) -> tuple[Score, dict[str, Score], list[Item]]:
    """Overall score, score per class, and the items got wrong."""
    total = Score()
    by_class: dict[str, Score] = defaultdict(Score)
    wrong = []
    for item in items:
        said = predict(item)
        for s in (total, by_class[item.cls]):
            if item.label and said:
                s.tp += 1
            elif item.label:
                s.fn += 1
            elif said:
                s.fp += 1
            else:
                s.tn += 1
        if said != bool(item.label):
            wrong.append(item)
    return total, dict(by_class), wrong


def main(argv: list[str]) -> None:
    name = next((a for a in argv if not a.startswith("-")), "corpus.jsonl")
    items = load(name)
    total, by_class, wrong = score(items, ours)
    print(
        f"{name}: recall {total.recall:.3f} precision {total.precision:.3f} "
        f"(tp {total.tp} fp {total.fp} fn {total.fn} tn {total.tn})"
    )
    for cls, s in sorted(by_class.items()):
        print(f"  {cls:10} tp {s.tp:3} fn {s.fn:3} fp {s.fp:3} tn {s.tn:3}")
    if "-v" in argv:
        for item in wrong:
            # The corpus is synthetic, but the habit is kept: ids, never the text.
            print(f"{item.id} label={item.label} {item.cls}: {item.note}")
    if "--text" in argv:
        for item in wrong:
            print(f"{item.id} label={item.label} {item.cls}: {item.text!r}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parents[2]))
    main(sys.argv[1:])
