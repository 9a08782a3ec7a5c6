"""Never print a secret back: what 4.3.VI found is hidden in every other finding.

A value 4.3.VI flagged may also be quoted by another finding: a schema error on the same
line, an unknown key named like it, a suppression's reason, the path of a file named after
it. Every such string becomes ``«oculto»`` in the finding's arguments, subject, área, path,
suppression and note, before any reporter sees it, so no format can let it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ine_lint.findings import Finding, Pos
from ine_lint.memo import Memo
from ine_lint.secrets import (
    HIDDEN,
    HIDDEN_KIND,
    SecretHit,
    bare_secrets,
    drop_public,
    hidden_values,
    looks_secret,
    scan,
)

if TYPE_CHECKING:
    from ine_lint.inventory import Inventory
    from ine_lint.suppress import Directive


#: Distinct words built like a secret judged in one file, and lines read for them: past
#: these a file of nothing but secrets is not read further (linear, but 25 µs a word).
MAX_SECRET_WORDS = 1_000
MAX_SECRET_LINES = 10_000
#: Words already judged by :func:`quoted_hits` (as split by whitespace), with whether they
#: hold a secret by their shape: an inventory repeats its words across files.
_WORDS: Memo[str, bool] = Memo(100_000)
#: Four groups of four base32 characters in a row, as a seed is shown (``KRSX G5CT …``).
_GROUPED = re.compile(
    r"[\s/!*&\"'\[{,][A-Za-z2-7]{4}[ \t]+[A-Za-z2-7]{4}[ \t]+[A-Za-z2-7]{4}"
    r"[ \t]+[A-Za-z2-7]{4}"
)


def quoted_hits(text: str, directives: Iterable[Directive] = ()) -> list[SecretHit]:
    """Secrets by shape in what other findings quote: every key, value and list item of a
    YAML file (read line by line, so a file YAML cannot read is covered too, tags and
    aliases included) and the rules and reason of each inline suppression.

    These are tested with :func:`ine_lint.secrets.bare_secrets`, which takes shorter random
    strings than the scan of free text does: a field holds a word, a name or a code, and a
    random string there is a pasted secret. Comments are free text and left to the scan.
    A hit may be public data (a ``usuario`` the account's URL shows): ``settle_secrets``
    drops it then.

    Cost: each distinct word of the text is judged once (and remembered across files);
    only the lines that hold a word so judged, four groups of a seed or a suppression are
    then read one by one. (A key that holds a labelled secret, ``PIN 4821 7730:``, is
    hidden where a message quotes it by :meth:`Redactor.finding`.)
    """
    secret: set[str] = set()
    for word in set(text.split()):
        if len(word) < 8:
            continue
        bad = _WORDS.get(word)
        if bad is None:
            bad = bool(bare_secrets(word))
            _WORDS.keep(word, bad)
        if bad:
            secret.add(word)
            if len(secret) >= MAX_SECRET_WORDS:
                break  # a file of nothing but secrets: enough to report, the rest unread
    grouped = _GROUPED.search(f"\n{text}") is not None  # (the line feed stands for the start)
    if not secret and not grouped and "ine-lint" not in text:
        return _directive_hits(directives, {}, text)
    # Lines as the scan and the loader number them: by line feeds.
    lines = text.split("\n")
    wanted = [
        number
        for number, line in enumerate(lines, start=1)
        if (secret and not secret.isdisjoint(line.split()))
        or "ine-lint" in line
        or (grouped and _GROUPED.search(f"\n{line}") is not None)
    ]
    if len(wanted) > MAX_SECRET_LINES:
        # Past this many lines each is not read on its own: the words judged secret are
        # still hidden everywhere (a hit that is not reported), the first lines reported.
        hide = SecretHit(wanted[MAX_SECRET_LINES], 1, HIDDEN_KIND, "", tuple(sorted(secret)))
        out = quoted_lines(lines, wanted[:MAX_SECRET_LINES], directives, text)
        return sorted([*out, hide], key=lambda h: h.line)
    return quoted_lines(lines, wanted, directives, text)


def quoted_lines(
    lines: list[str], wanted: list[int], directives: Iterable[Directive], text: str
) -> list[SecretHit]:
    """The hits of :func:`quoted_hits` on the lines ``wanted`` (1-based)."""
    found: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
    for number in wanted:
        line = lines[number - 1]
        code = line
        if "#" in line:
            head = line.find("ine-lint")
            if head >= 0:  # what looks like a suppression is quoted when it is one
                said = bare_secrets(line[head:])
                if said:
                    found[number] = [(kind, kind, values) for kind, values in said]
            if line.lstrip().startswith("#"):
                continue
            cut = line.find(" #")
            code = line if cut < 0 else line[:cut]
        parts: list[tuple[str, str, tuple[str, ...]]] = found.get(number, [])
        parts = parts + [(kind, kind, values) for kind, values in bare_secrets(code)]
        if parts:
            found[number] = parts
    return _directive_hits(directives, found, text)


def _directive_hits(
    directives: Iterable[Directive],
    found: dict[int, list[tuple[str, str, tuple[str, ...]]]],
    text: str,
) -> list[SecretHit]:
    """Add what each suppression's rules and reason hold; the hits, by line."""
    for d in directives:
        # Its rules and reason are quoted by the findings about it: read as a line of
        # their own (``ignorar PIN 4821 -- x`` quotes ``4821`` as an unknown rule).
        rules = " ".join(d.rules)
        told = [(kind, kind, values) for kind, values in bare_secrets(f"{rules} {d.reason}")]
        for piece in (rules, d.reason):
            told += [(h.kind, h.term, h.values) for h in scan(piece) if h.kind != HIDDEN_KIND]
        if told:
            found.setdefault(d.line, []).extend(told)
    if not found:
        return []
    lines = text.split("\n")
    out = []
    for number, held in sorted(found.items()):
        values = tuple(v for _, _, vs in held for v in vs)
        at = lines[number - 1].find(values[0]) if number <= len(lines) else -1
        out.append(
            SecretHit(
                number, at + 1 if at >= 0 else 1, held[0][0], held[0][1], values, public_ok=True
            )
        )
    return out


def rewritten_hits(rewritten: Iterable[tuple[str, tuple[int, int]]]) -> list[SecretHit]:
    """Secrets in the quoted values YAML builds unlike their text (``compose``'s
    ``rewritten``): ``"\\x54\\x7a…"``, ``'it''s'``, or an escaped line break joining two
    halves. No line holds such a value, so neither the scan nor :func:`quoted_hits` can
    see it, yet the findings about the field quote it: it is judged here as what it is,
    a bare value, and read as a line of text (``"contrase\\u00f1a: X"``).

    Cost: one judgement per such value, each in time linear in its length; ordinary
    inventories quote few values and escape fewer.
    """
    found: dict[int, list[tuple[str, str, tuple[str, ...]]]] = {}
    labelled: set[int] = set()  # lines where a label, not a shape, names the secret
    for value, (line, _column) in rewritten:
        if len(value) < 4:
            continue
        held = [(kind, kind, values) for kind, values in bare_secrets(value)]
        read = [(h.kind, h.term, h.values) for h in scan(value)]
        if any(kind != HIDDEN_KIND for kind, _, _ in read):
            labelled.add(line)
        held += read
        if held:
            # The whole value is hidden too: a message may quote it as one string.
            whole = () if any(c.isspace() for c in value) else (value,)
            found.setdefault(line, []).extend([*held, (HIDDEN_KIND, "", whole)])
    out = []
    for number, held in sorted(found.items()):
        shown = [h for h in held if h[0] != HIDDEN_KIND] or held
        values = tuple(v for _, _, vs in held for v in vs)
        out.append(
            SecretHit(number, 1, shown[0][0], shown[0][1], values, public_ok=number not in labelled)
        )
    return out


def secret_like(value: str) -> bool:
    """Whether a string shown alone (an error's or a finding's argument) holds a secret:
    one word by its shape, or read as a line of text by the scan (``NIP 4821 7730``). A
    phrase is left to the scan: ine-lint composes some (``¿quiso decir «JDE03-AGS»?``)."""
    if not any(c.isspace() for c in value.strip()) and looks_secret(value):
        return True
    return any(h.kind != HIDDEN_KIND for h in scan(value))


def name_hits(name: str) -> list[SecretHit]:
    """Hits in an entry's path (``scan_name``), and by shape in its own name (the last
    part: its folders are entries of their own), as every finding about it quotes it."""
    from ine_lint.secrets import scan_name

    hits = scan_name(name)
    own = name.rsplit("/", 1)[-1].replace("\\", " ")
    stem = own.rsplit(".", 1)[0] if "." in own[1:] else own
    parts = bare_secrets(own) + (bare_secrets(stem) if stem != own else [])
    if not parts:
        return hits
    values = tuple(v for _, vs in parts for v in vs)
    if hits:
        return [replace(hits[0], values=hits[0].values + values), *hits[1:]]
    return [SecretHit(1, 1, parts[0][0], parts[0][0], values, public_ok=True)]


def shown_path(rel: str) -> str:
    """An inventory-relative path as it may be shown: any part of it named after a secret
    (``name_hits`` of each folder and of the file) becomes ``«oculto»``."""
    parts = rel.split("/")
    values = [
        v for i in range(len(parts)) for h in name_hits("/".join(parts[: i + 1])) for v in h.values
    ]
    return Redactor(values).text(rel) if values else rel


def merge_hits(scanned: list[SecretHit], quoted: list[SecretHit]) -> list[SecretHit]:
    """One hit per line: a line the scan found keeps its hit, with the values of
    :func:`quoted_hits` added to those to hide."""
    if not quoted:
        return scanned
    by_line = {h.line: h for h in scanned}
    known = {v for h in scanned if h.kind != HIDDEN_KIND for v in h.values}
    for hit in quoted:
        if all(v in known for v in hit.values):
            continue  # the scan reported it already, from its label's line
        had = by_line.get(hit.line)
        if had is None:
            by_line[hit.line] = hit
        elif had.kind == HIDDEN_KIND:  # only hidden so far: now a finding of its own
            by_line[hit.line] = replace(hit, values=hit.values + had.values)
        else:
            by_line[hit.line] = replace(
                had, values=had.values + hit.values, public_ok=had.public_ok and hit.public_ok
            )
    return [by_line[k] for k in sorted(by_line)]


def public_values(inventory: Inventory) -> frozenset[str]:
    """What the inventory publishes: the parts of each account's URL, and its usuario when
    the URL shows it too (a token typed as a usuario is not published by being there)."""
    out: set[str] = set()
    for account in inventory.accounts:
        url = getattr(account, "url", None)
        if not isinstance(url, str) or "://" not in url:
            continue  # not a URL: nothing in it is published by being there
        parts = {p for p in re.split(r"[/?&=#@]+", url) if len(p) >= 4}
        out.update(parts)
        user = getattr(account, "user", None)
        if isinstance(user, str) and user.lstrip("@") in parts:
            out.update((user, user.lstrip("@")))
    return frozenset(out)


def settle_secrets(inventory: Inventory, named: Iterable[tuple[str, SecretHit]]) -> None:
    """Drop hits that stand only on published values, in files and in entries' names."""
    public = public_values(inventory)
    for lf in inventory.files:
        if lf.secrets:
            lf.secrets = drop_public(lf.secrets, public)
    inventory.name_secrets = [(name, hit) for name, hit in named if drop_public([hit], public)]


class Redactor:
    """Replaces every known secret string by ``«oculto»``."""

    def __init__(self, values: Iterable[str]) -> None:
        ordered = sorted(set(values), key=len, reverse=True)
        # Any case: ine-lint re-cases some values before quoting them (a red in lower case).
        self.pattern = (
            re.compile("|".join(map(re.escape, ordered)), re.IGNORECASE) if ordered else None
        )

    @classmethod
    def of(cls, inventory: Inventory, extra: Iterable[str] = ()) -> Redactor:
        hits: list[SecretHit] = [h for lf in inventory.files for h in lf.secrets]
        hits += [h for _, h in inventory.name_secrets]
        return cls([*hidden_values(hits), *(v for v in extra if len(v) >= 4)])

    def text(self, value: str) -> str:
        return self.pattern.sub(HIDDEN, value) if self.pattern is not None else value

    def _any(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, tuple):
            return tuple(self._any(v) for v in value)
        if isinstance(value, list):
            return [self._any(v) for v in value]
        return value

    def finding(self, f: Finding) -> Finding:
        args = tuple((k, v if k == "hint" else _guarded(v)) for k, v in f.args)
        if self.pattern is None:
            return f if args == f.args else replace(f, args=args)
        return replace(
            f,
            pos=Pos(self.text(f.pos.path), f.pos.line, f.pos.column),
            args=tuple((k, self._any(v)) for k, v in args),
            area=self.text(f.area),
            subject=self.text(f.subject),
            suppressed_by=self.text(f.suppressed_by),
            note=tuple((k, self._any(v)) for k, v in f.note),
        )


#: Arguments already judged by :func:`_guarded` (findings repeat their dates and names).
_GUARDED: Memo[str, bool] = Memo(50_000)


def _guarded(value: Any) -> Any:
    """A finding's argument, or ``«oculto»`` when it holds a secret by itself: the last
    guard for a string quoted alone that no hit named (a key ``PIN 4821 7730``)."""
    if not isinstance(value, str) or len(value) < 4:
        return value
    bad = _GUARDED.get(value)
    if bad is None:
        bad = secret_like(value)
        _GUARDED.keep(value, bad)
    return HIDDEN if bad else value
