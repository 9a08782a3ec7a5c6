"""Render the report as one self-contained HTML file (Jinja2; CSS and SVG inline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from ine_lint.findings import Finding
from ine_lint.report.charts import bar_chart, line_chart
from ine_lint.report.data import AMBER, GREEN, GREY, NA, RED, ReportData, due_date, rule_anchor
from ine_lint.report.history import NoHistory, Week
from ine_lint.report.texts import long_date, texts

#: Each state has a symbol as well as a colour: colour is never the only signal.
SYMBOLS = {RED: "✖", AMBER: "▲", GREY: "?", GREEN: "✓", NA: "–"}


def render(
    data: ReportData,
    lang: str,
    trend: list[Week] | NoHistory | None,
    stream: IO[str],
    hide: Callable[[str], str] | None = None,
) -> None:
    """``hide`` replaces what 4.3.VI found: the page also shows inventory values as they are."""
    import jinja2

    from ine_lint.display import printable

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("ine_lint.report", "templates"),
        # Everything shown comes from the inventory, which a pull request controls.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        # and no secret nor control or bidirectional character reaches the page as it is.
        finalize=lambda value: printable(conceal(value)) if isinstance(value, str) else value,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    t = texts(lang)
    conceal: Callable[[str], str] = hide if hide is not None else str

    def message(f: Finding) -> str:
        return f.text(lang)

    def trend_reason(exc: NoHistory) -> str:
        return t["trend_none"].format(reason=t[exc.reason].format(detail=exc.detail))

    context: dict[str, Any] = {
        "d": data,
        "t": t,
        "lang": lang,
        "symbols": SYMBOLS,
        "long_date": lambda day: long_date(day, lang),
        "message": message,
        "due_date": due_date,
        "rule_anchor": rule_anchor,
        "bars": bar_chart(data.ranking) if data.ranking else None,
        "weeks": trend if isinstance(trend, list) else None,
        "lines": line_chart(trend) if isinstance(trend, list) else None,
        "no_trend": trend_reason(trend) if isinstance(trend, NoHistory) else None,
        "states": (RED, AMBER, GREY, GREEN, NA),
    }
    for chunk in env.get_template("reporte.html.j2").generate(**context):
        stream.write(chunk)
