"""4.3.VI measured: recall and precision of ine-lint's detector on the labelled corpus, beside
detect-secrets (default plugins, and with a Spanish keyword plugin added).

    .venv/bin/pip install '.[bench]' && .venv/bin/python bench/secrets.py

The corpus is ``tests/data/secrets/corpus.jsonl`` (development) and ``holdout.jsonl``
(written separately, measured once at the end); see ``tests/data/secrets/generate.py``.
``blind_dev.jsonl`` and ``blind_holdout_v1.jsonl`` were written by someone who had not seen
the detector (the held-out half was read after it was measured: it is one more development
set now).
An item counts as found when the detector reports anything in its text. detect-secrets
scans each item as a file of its own (``notas.txt``), as it would scan a repository.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(REPO / "tests" / "data" / "secrets")]

import measure  # noqa: E402

PLUGIN = HERE / "ds_spanish_plugin.py"


def detect_secrets_predictor(spanish: bool) -> Callable[[measure.Item], bool]:
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.core.scan import scan_file
    from detect_secrets.settings import default_settings

    folder = Path(tempfile.mkdtemp(prefix="ine-lint-ds-"))

    def predict(item: measure.Item) -> bool:
        path = folder / "notas.txt"
        path.write_text(item.text + "\n", encoding="utf-8")
        with default_settings() as settings:
            if spanish:
                settings.configure_plugins(
                    [{"name": "SpanishKeywordDetector", "path": PLUGIN.as_uri()}]
                )
            get_mapping_from_secret_type_to_class.cache_clear()
            try:
                return any(True for _ in scan_file(str(path)))
            finally:
                get_mapping_from_secret_type_to_class.cache_clear()

    return predict


def main() -> None:
    detectors: list[tuple[str, Callable[[measure.Item], bool]]] = [("ine-lint", measure.ours)]
    try:
        detectors += [
            ("detect-secrets", detect_secrets_predictor(False)),
            ("detect-secrets + plugin español", detect_secrets_predictor(True)),
        ]
    except ImportError:
        print("detect-secrets is not installed (pip install '.[bench]'): ine-lint only")
    for name in ("corpus.jsonl", "holdout.jsonl", "blind_dev.jsonl", "blind_holdout_v1.jsonl"):
        items = measure.load(name)
        results = [(label, *measure.score(items, predict)) for label, predict in detectors]
        positives = sum(i.label for i in items)
        print(
            f"\n{name}: {len(items)} items ({positives} secrets, "
            f"{len(items) - positives} harmless)\n"
        )
        print("| detector | recall | precision |")
        print("|---|---|---|")
        for label, total, _, _ in results:
            print(f"| {label} | {total.recall:.3f} | {total.precision:.3f} |")
        classes = sorted({i.cls for i in items})
        print("\n| class | items | " + " | ".join(label for label, *_ in results) + " |")
        print("|---|---|" + "---|" * len(results))
        for cls in classes:
            n = sum(1 for i in items if i.cls == cls)
            pos = sum(i.label for i in items if i.cls == cls)
            kind = "secret" if pos == n else "harmless" if not pos else f"{pos} secret"
            cells = []
            for _, _, by_class, _ in results:
                s = by_class[cls]
                cell = []
                if pos:
                    cell.append(f"{s.tp}/{pos} found")
                if n - pos:
                    cell.append(f"{s.fp}/{n - pos} flagged")
                cells.append(", ".join(cell))
            print(f"| {cls} ({kind}) | {n} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
