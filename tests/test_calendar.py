"""``ine-lint calendario``: the ICS read back with icalendar, event by event."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner
from conftest import REPO

from ine_lint.check import Options, check
from ine_lint.cli import main
from ine_lint.config import load_config
from ine_lint.report.data import area_of, due_date, file_areas

AS_OF = date(2026, 11, 27)


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "inventories", root / "inventories")
    shutil.copy(REPO / ".ine-lint.yaml", root / ".ine-lint.yaml")
    monkeypatch.chdir(root)
    return root


def calendar(work: Path, *args: str, as_of: date = AS_OF) -> icalendar.Calendar:
    out = work.parent / "plazos.ics"
    r = CliRunner().invoke(
        main,
        ["calendario", "--as-of", as_of.isoformat(), "-o", str(out), *args],
        catch_exceptions=False,
    )
    assert r.exit_code == 0, r.output
    return icalendar.Calendar.from_ical(out.read_bytes())


def events(cal: icalendar.Calendar) -> list[icalendar.Event]:
    return [e for e in cal.walk("VEVENT") if isinstance(e, icalendar.Event)]


def notices(work: Path, horizon: int, as_of: date = AS_OF):
    config = load_config(work / ".ine-lint.yaml")
    result = check(
        work / "inventories",
        Options(
            as_of=as_of,
            horizon=horizon,
            waivers=config.waivers,
            non_working_days=config.non_working_days,
            cache_dir=None,
        ),
    )
    assert result.inventory is not None
    by_file = file_areas(result.inventory)
    return [(f, due_date(f), area_of(f, by_file)) for f in result.findings if f.severity == "info"]


def test_one_all_day_event_per_notice_of_check_horizon(work):
    got = events(calendar(work, "--horizon", "60"))
    expected = notices(work, 60)
    assert len(expected) == 21 and len(got) == len(expected)
    unmatched = list(got)
    for f, due, _area in expected:
        match = [
            e
            for e in unmatched
            if e.decoded("dtstart") == due
            and f.rule in str(e["summary"])
            and f.subject in str(e["summary"])
        ]
        assert len(match) == 1, (f.rule, f.subject, due)
        event = match[0]
        unmatched.remove(event)
        assert type(event.decoded("dtstart")) is date  # all-day, not a time
        assert event.decoded("dtend") == due + timedelta(days=1)
        desc = str(event["description"])
        assert f.text("es") in desc and f"{f.path}:{f.line}" in desc
        assert str(event["uid"]).endswith("@ine-lint")
    assert len({str(e["uid"]) for e in got}) == len(got)


def test_horizon_bounds_the_events(work):
    assert events(calendar(work, "--horizon", "5")) == []
    days = sorted(e.decoded("dtstart") for e in events(calendar(work, "--horizon", "15")))
    assert days and all(AS_OF <= d <= AS_OF + timedelta(days=15) for d in days)
    assert date(2026, 12, 12) in days  # instagram/ineags, changed on 2026-10-12


def test_waiver_about_to_expire_is_an_event(work):
    # The sample's waiver for youtube/INECivica expires on 2027-01-31, 65 days after as-of.
    assert not [
        e
        for e in events(calendar(work, "--horizon", "64"))
        if "INE/CNCS/0456/2026" in str(e["summary"])
    ]
    got = [
        e
        for e in events(calendar(work, "--horizon", "65"))
        if "INE/CNCS/0456/2026" in str(e["summary"])
    ]
    assert len(got) == 1
    event = got[0]
    assert event.decoded("dtstart") == date(2027, 1, 31)
    assert "4.3.V" in str(event["summary"]) and "youtube/INECivica" in str(event["summary"])
    assert "cuentas/DECEYEC.yaml:55" in str(event["description"])
    only = events(calendar(work, "--horizon", "65", "--area", "DECEYEC"))
    assert event["uid"] in [e["uid"] for e in only]
    assert not [
        e
        for e in events(calendar(work, "--horizon", "65", "--area", "JLE-COL"))
        if "INE/CNCS/0456/2026" in str(e["summary"])
    ]


def test_unreported_change_of_administrators(work):
    # A change of propietaria dated 2026-11-25 and not yet reported: due 5 business days on.
    path = work / "inventories/designaciones/JDE01-AGS.yaml"
    text = path.read_text(encoding="utf-8")
    block = text.split("informes:")[0].split("designaciones:\n", 1)[1]
    block = block.replace("vigente_desde: ", "vigente_desde: 2026-11-25 #", 1)
    block = "\n".join(line for line in block.splitlines() if "fecha_oficio" not in line) + "\n"
    path.write_text(text.replace("informes:", block + "informes:"), encoding="utf-8")
    got = [
        e
        for e in events(calendar(work, "--horizon", "30"))
        if "4.2.V" in str(e["summary"]) and "JDE01-AGS" in str(e["summary"])
    ]
    assert [e.decoded("dtstart") for e in got] == [date(2026, 12, 2)]
    assert "2026-11-25" in str(got[0]["description"])


def test_area_filter(work):
    got = events(calendar(work, "--horizon", "30", "--area", "JLE-COL"))
    expected = [f for f, _, area in notices(work, 30) if area == "JLE-COL"]
    assert len(got) == len(expected) == 4
    assert all(any(s in str(e["summary"]) for s in ("inecolima", "INEColima")) for e in got)


def test_uids_are_stable_across_dates_and_when_the_obligation_moves(work):
    def uids(cal: icalendar.Calendar) -> dict[str, tuple[str, date]]:
        return {str(e["summary"]): (str(e["uid"]), e.decoded("dtstart")) for e in events(cal)}

    first = uids(calendar(work, "--horizon", "60"))
    again = uids(calendar(work, "--horizon", "60", as_of=AS_OF + timedelta(days=3)))
    assert first == {s: v for s, v in again.items() if s in first}
    # The password of facebook/INEColima is changed: the next change moves, the UID stays.
    path = work / "inventories/cuentas/JLE-COL.yaml"
    text = path.read_text(encoding="utf-8")
    old = "      - fecha: 2026-10-06\n        conforme_utsi: true\n        notificado_titular: 2026-10-06\n"
    assert old in text
    path.write_text(
        text.replace(
            old,
            old + "      - fecha: 2026-11-20\n        conforme_utsi: true\n"
            "        notificado_titular: 2026-11-20\n",
            1,
        ),
        encoding="utf-8",
    )
    moved = uids(calendar(work, "--horizon", "60"))
    key = next(s for s in first if "facebook/INEColima" in s)
    assert moved[key][0] == first[key][0]
    assert (first[key][1], moved[key][1]) == (date(2026, 12, 6), date(2027, 1, 20))
    # Different obligations never share a UID.
    assert len({u for u, _ in moved.values()}) == len(moved)


def test_english_and_deterministic(work):
    out = work.parent / "plazos.ics"
    runner = CliRunner()
    args = [
        "calendario",
        "--as-of",
        AS_OF.isoformat(),
        "--horizon",
        "30",
        "--lang",
        "en",
        "-o",
        str(out),
    ]
    assert runner.invoke(main, args).exit_code == 0
    first = out.read_bytes()
    assert runner.invoke(main, args).exit_code == 0
    assert out.read_bytes() == first
    cal = icalendar.Calendar.from_ical(first)
    assert "Latest password change" in str(events(cal)[0]["description"])
    assert str(cal["x-wr-calname"]) == "Lineamientos deadlines"


def test_inventory_text_cannot_forge_lines_of_an_event(work):
    # The schemas keep control characters out of usernames and claves; the calendar escapes
    # them anyway, as every format does, in case a rule pack's finding carries one.
    import io
    from dataclasses import replace

    from ine_lint.report.ics import write_calendar

    config = load_config(work / ".ine-lint.yaml")
    options = Options(
        as_of=AS_OF,
        horizon=30,
        waivers=config.waivers,
        non_working_days=config.non_working_days,
        cache_dir=None,
    )
    result = check(work / "inventories", options)
    i = next(i for i, f in enumerate(result.findings) if f.subject == "facebook/INEColima")
    result.findings[i] = replace(
        result.findings[i], subject="facebook/INEColima\x1b]52;c;\nEND:VEVENT"
    )
    out = io.BytesIO()
    write_calendar(result, options, "es", None, out)
    raw = out.getvalue()
    assert b"\x1b" not in raw
    lines = raw.decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == len(notices(work, 30))
    forged = [
        str(e["summary"])
        for e in events(icalendar.Calendar.from_ical(raw))
        if "END:VEVENT" in str(e["summary"])
    ]
    assert len(forged) == 1
    assert "facebook/INEColima\\x1b]52;c;\\nEND:VEVENT" in forged[0]


def test_pending_incident_actions_are_events_until_their_deadlines(work):
    # An unauthorised access found on Friday 2026-11-27 and only just recorded: the password
    # change (at once, by the next day) and the notice to CNCS (next business day) are due.
    path = work / "inventories/cuentas/JLE-COL.yaml"
    text = path.read_text(encoding="utf-8")
    old = "        notificado_cncs: 2026-10-20\n"
    assert old in text
    path.write_text(
        text.replace(
            old,
            old + "      - detectado: 2026-11-27\n"
            "        descripcion: Sesión abierta por terceros\n",
            1,
        ),
        encoding="utf-8",
    )
    expected = [(f, due) for f, due, _ in notices(work, 30) if f.rule == "4.3.IV"]
    got = [
        e
        for e in events(calendar(work, "--horizon", "30"))
        if str(e["summary"]).startswith("4.3.IV")
    ]
    assert len(expected) >= 2 and len(got) == len(expected)
    assert sorted(e.decoded("dtstart") for e in got) == sorted(d for _, d in expected)
    assert {e.decoded("dtstart") for e in got} == {date(2026, 11, 28), date(2026, 11, 30)}
    for e in got:
        assert "x/INEColima" in str(e["summary"])
        assert "2026-11-27" in str(e["description"])
    # Once the deadlines pass the actions are violations, not calendar entries.
    later = events(calendar(work, "--horizon", "30", as_of=date(2026, 12, 1)))
    assert not [e for e in later if str(e["summary"]).startswith("4.3.IV")]


def test_output_to_a_pipe_is_written_through_not_replaced(work, tmp_path):
    import os
    import stat
    import threading

    fifo = tmp_path / "plazos.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = CliRunner().invoke(
        main, ["calendario", "--as-of", AS_OF.isoformat(), "-o", str(fifo)], catch_exceptions=False
    )
    reader.join(timeout=60)
    assert r.exit_code == 0, r.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a file put in its place
    assert got and got[0].startswith(b"BEGIN:VCALENDAR")


def test_a_pending_incident_keeps_its_uids_as_its_actions_are_done(work):
    # Found on Friday: the immediate actions are due Saturday, the notice to CNCS on Monday.
    # Recording one immediate action is progress on the same obligations, so re-importing
    # must update the two events, not add new ones beside the old.
    path = work / "inventories/cuentas/JLE-COL.yaml"
    text = path.read_text(encoding="utf-8")
    old = "        notificado_cncs: 2026-10-20\n"
    incident = "      - detectado: 2026-11-27\n        descripcion: Sesión abierta por terceros\n"
    path.write_text(text.replace(old, old + incident, 1), encoding="utf-8")

    def uids() -> dict[date, str]:
        got = [
            e
            for e in events(calendar(work, "--horizon", "30"))
            if str(e["summary"]).startswith("4.3.IV")
        ]
        return {e.decoded("dtstart"): str(e["uid"]) for e in got}

    before = uids()
    assert set(before) == {date(2026, 11, 28), date(2026, 11, 30)}
    assert len(set(before.values())) == 2  # two obligations, two events
    path.write_text(
        text.replace(old, old + incident + "        notificado_titular: 2026-11-27\n", 1),
        encoding="utf-8",
    )
    assert uids() == before
