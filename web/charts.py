"""Bar charts drawn on the server as SVG: no library, no script, nothing from the internet.

Values are counts or the suppressed string "<10". A suppressed bar is drawn as a dashed
outline up to the height of 10 and labelled "<10", so its size never tells the hidden count.
Every bar carries a `<title>` and the chart a `role="img"` with a label; the page shows the
same numbers in a table beside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

SUPPRESSED = "<10"
SUPPRESSED_HEIGHT = 10
MAX_VALUE_LABELS = 12
Bar = tuple[str, int | str]


def _value(raw: int | str) -> int | None:
    return raw if isinstance(raw, int) else None


def bar_chart(bars: Sequence[Bar], *, label: str, width: int = 640, height: int = 180) -> Markup:
    """Vertical bars, one per `(name, value)`, names under the axis (every few when many) and
    values above the bars (up to `MAX_VALUE_LABELS` bars)."""
    top = max([SUPPRESSED_HEIGHT, *(v for _, raw in bars if (v := _value(raw)) is not None)])
    margin_bottom, margin_top = 34, 16
    plot = height - margin_bottom - margin_top
    side = 16  # room for the first and last names under the axis
    step = (width - 2 * side) / max(len(bars), 1)
    every = max(1, len(bars) // 10)
    labelled = len(bars) <= MAX_VALUE_LABELS  # more bars: the values are in each bar's <title>
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}" focusable="false">',
        f'<line class="chart-axis" x1="0" y1="{height - margin_bottom}" x2="{width}" '
        f'y2="{height - margin_bottom}"/>',
    ]
    for index, (name, raw) in enumerate(bars):
        value = _value(raw)
        shown = value if value is not None else SUPPRESSED_HEIGHT
        bar_height = plot * shown / top
        x = side + index * step + step * 0.15
        y = height - margin_bottom - bar_height
        css = "chart-bar" if value is not None else "chart-bar chart-bar-suppressed"
        text = str(raw) if value is not None else SUPPRESSED
        parts.append(
            f"<g><title>{escape(name)}: {escape(text)}</title>"
            f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" '
            f'height="{bar_height:.1f}"/>'
            + (
                f'<text class="chart-value" x="{x + step * 0.35:.1f}" y="{y - 3:.1f}" '
                f'text-anchor="middle">{escape(text)}</text>'
                if labelled
                else ""
            )
            + "</g>"
        )
        if index % every == 0:
            parts.append(
                f'<text class="chart-name" x="{x + step * 0.35:.1f}" y="{height - 18}" '
                f'text-anchor="middle">{escape(name)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every value above is escaped
