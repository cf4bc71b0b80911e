"""The progress chart: each indicator's value as a share of its target (PNG, matplotlib without a display)."""

from __future__ import annotations

import io

from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.indicators.definitions import Direction
from helpdesk_bot.indicators.exports import format_value
from helpdesk_bot.indicators.results import IndicatorResult, Report

MET = "#2e7d32"
NOT_MET = "#ef6c00"
NO_VALUE = "#9e9e9e"
CAP = 1.5  # bars stop at 150 % of the target (the label still shows the real value)
NO_VALUE_STUB = 2  # width of an indicator without a value (x axis units)
LEGEND_GAP_INCHES = 0.5  # from the bottom of the bars to the legend
LABEL_ROOM = 55  # room right of the longest bar for its label (x axis units, % of target)


def label_x(share: float) -> float:
    """Where a bar's label starts: after the bar, and never on the 100 % line (short bars: right of it)."""
    return max(100 * share, 100) + 3


def bar_share(result: IndicatorResult) -> float:
    """Where a bar ends as a share of the target, capped at :data:`CAP` (a maximum met with a zero value has
    no ratio and is drawn as far better than the target)."""
    if result.met and result.share_of_target is None:
        return CAP
    return min(result.share_of_target or 0.0, CAP)


def bar_width(result: IndicatorResult) -> float:
    """A bar's length in x axis units; an indicator without a value gets a short grey stub, so the legend's
    grey has something to name."""
    return NO_VALUE_STUB if result.met is None else 100 * bar_share(result)


def legend_handles(translator: Translator, lang: str) -> list[Artist]:
    """The chart's legend in the reader's language: the three bar colours and the dashed 100 % line."""
    return [Patch(color=MET, label=translator.plain(lang, "report-legend-met")),
            Patch(color=NOT_MET, label=translator.plain(lang, "report-legend-missed")),
            Patch(color=NO_VALUE, label=translator.plain(lang, "report-legend-no-value")),
            Line2D([0], [0], color="#424242", linestyle="--", linewidth=1,
                   label=translator.plain(lang, "report-legend-target"))]


def progress_chart(report: Report, translator: Translator, lang: str) -> bytes:
    """A horizontal bar per indicator: value / target, a line at 100 %, the values written on the bars.

    Uses the Agg canvas directly (no pyplot, no global state), so it is safe in any thread.
    """
    results = list(report.results)
    names = [r.definition.label(lang) for r in results]
    # a maximum met with a zero value has no ratio: drawn as far better than the target
    shares = [bar_share(r) for r in results]
    colours = [NO_VALUE if r.met is None else (MET if r.met else NOT_MET) for r in results]
    height = 1.8 + 0.45 * len(results)
    figure = Figure(figsize=(10, height), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(results)))[::-1]
    axes.barh(positions, [bar_width(r) for r in results], color=colours, height=0.6)
    axes.axvline(100, color="#424242", linestyle="--", linewidth=1)
    axes.set_yticks(positions)
    axes.set_yticklabels(names, fontsize=9)
    axes.set_xlim(0, 100 * CAP + LABEL_ROOM)
    axes.set_xlabel(translator.plain(lang, "report-chart-axis"))
    for pos, share, result in zip(positions, shares, results, strict=True):
        unit = result.definition.unit
        arrow = " ≤" if result.definition.target.direction == Direction.AT_MOST else ""
        label = f"{format_value(result.value, unit, lang)} /{arrow} {format_value(result.target, unit, lang)}"
        axes.text(label_x(share), pos, label, va="center", fontsize=8)
    axes.set_title(translator.plain(lang, "report-chart-title", start=report.period.start.isoformat(),
                              end=report.period.end.isoformat()), fontsize=11)
    # just below the axis title, whatever the number of bars (the offset is in inches, as a share of the axes)
    axes.legend(handles=legend_handles(translator, lang), loc="upper center", ncol=4, fontsize=8, frameon=False,
                bbox_to_anchor=(0.5, -LEGEND_GAP_INCHES / (0.45 * len(results) + 0.4)))
    axes.spines["top"].set_visible(False)
    axes.spines["right"].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
