"""Geometry of the report's two charts; the template draws them as inline SVG.

Drawn by the project rather than a plotting library: two simple charts do not justify
matplotlib's import time or pygal's dependency, and inline SVG keeps the file self-contained.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ine_lint.report.data import Ranked
from ine_lint.report.history import Week

#: Severity → (CSS class, marker shape); lines differ by dash and marker, not only colour.
SERIES = (
    ("error", "s-error", "circle"),
    ("warning", "s-warning", "square"),
    ("info", "s-info", "triangle"),
)


@dataclass
class Bar:
    label: str
    title: str
    value: int
    y: float
    width: float


@dataclass
class BarChart:
    width: int
    height: int
    label_width: int
    bar_height: int
    bars: list[Bar]
    ticks: list[tuple[float, int]]


def bar_chart(ranking: list[Ranked], width: int = 760) -> BarChart:
    label_width, bar_height, gap, top = 90, 22, 8, 8
    plot = width - label_width - 60
    top_value = max((r.areas for r in ranking), default=1) or 1
    bars = [
        Bar(
            r.rule,
            r.title,
            r.areas,
            top + i * (bar_height + gap),
            max(2.0, plot * r.areas / top_value),
        )
        for i, r in enumerate(ranking)
    ]
    height = top + len(bars) * (bar_height + gap) + 24
    ticks = [(label_width + plot * v / top_value, v) for v in _nice_ticks(top_value)]
    return BarChart(width, height, label_width, bar_height, bars, ticks)


@dataclass
class Point:
    x: float
    y: float
    value: int


@dataclass
class Series:
    severity: str
    css: str
    marker: str
    points: list[Point]
    path: str = ""


@dataclass
class LineChart:
    width: int
    height: int
    left: int
    top: int
    bottom: int
    right: int
    series: list[Series]
    x_labels: list[tuple[float, str]]
    y_ticks: list[tuple[float, int]] = field(default_factory=list)


def line_chart(weeks: list[Week], width: int = 760, height: int = 280) -> LineChart:
    left, right, top, bottom = 48, 120, 16, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    present = [w for w in weeks if w.commit is not None]
    top_value = max((w.counts.get(s, 0) for w in present for s, _, _ in SERIES), default=0)
    scale_top = max(_nice_ticks(max(top_value, 1)))
    step = plot_w / max(len(weeks) - 1, 1)

    def y_of(v: int) -> float:
        return round(top + plot_h - plot_h * v / scale_top, 1)

    series = []
    for severity, css, marker in SERIES:
        if not any(w.counts.get(severity) for w in present) and severity == "info":
            continue  # no horizon: no notices to draw
        points = [
            Point(
                round(left + i * step, 1),
                y_of(w.counts.get(severity, 0)),
                w.counts.get(severity, 0),
            )
            for i, w in enumerate(weeks)
            if w.commit is not None
        ]
        line = Series(severity, css, marker, points)
        line.path = " ".join(f"{'M' if i == 0 else 'L'}{p.x},{p.y}" for i, p in enumerate(points))
        series.append(line)
    every = max(1, len(weeks) // 8)
    labels = [
        (round(left + i * step, 1), w.day.strftime("%d/%m"))
        for i, w in enumerate(weeks)
        if i % every == 0 or i == len(weeks) - 1
    ]
    ticks = [(y_of(v), v) for v in _nice_ticks(scale_top)]
    return LineChart(width, height, left, top, bottom, right, series, labels, ticks)


def _nice_ticks(top: int) -> list[int]:
    """0 and a few round values up to at least ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 5:
            break
    else:
        step = max(1, top // 5)
    last = -(-top // step) * step
    return list(range(0, last + 1, step))
