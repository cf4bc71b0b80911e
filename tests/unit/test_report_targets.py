"""Maximum targets (``direction: at_most``) read as missed when exceeded; the chart's legend and labels."""

from __future__ import annotations

import pytest

from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.indicators.charts import CAP, LABEL_ROOM, bar_width, label_x, legend_handles
from helpdesk_bot.indicators.definitions import Direction, IndicatorDefinition
from helpdesk_bot.indicators.definitions_file import load_definitions
from helpdesk_bot.indicators.exports import result_line
from helpdesk_bot.indicators.report import Figure, IndicatorResult

translator = Translator()


def _definition(direction: Direction) -> IndicatorDefinition:
    return next(d for d in load_definitions().indicators if d.target.direction == direction)


def test_a_maximum_exceeded_is_missed_and_below_one() -> None:
    maximum = _definition(Direction.AT_MOST)
    over = IndicatorResult(maximum, Figure(maximum.target.value * 1.43), ())
    assert over.met is False and over.share_of_target is not None and over.share_of_target < 1
    under = IndicatorResult(maximum, Figure(maximum.target.value / 2), ())
    assert under.met is True and under.share_of_target == pytest.approx(2.0)
    zero = IndicatorResult(maximum, Figure(0.0), ())
    assert zero.met is True and zero.share_of_target is None
    line = str(result_line(over, translator, "en"))
    assert "143" not in line and "≤" in line and "⏳" in line


def test_a_minimum_keeps_value_over_target() -> None:
    minimum = _definition(Direction.AT_LEAST)
    half = IndicatorResult(minimum, Figure(minimum.target.value / 2), ())
    assert half.met is False and half.share_of_target == pytest.approx(0.5)


@pytest.mark.parametrize("share", [0.0, 0.3, 0.9, 0.98, 1.0, 1.02, CAP])
def test_labels_never_start_on_or_left_of_the_100_percent_line(share: float) -> None:
    assert label_x(share) > 100
    assert label_x(share) >= 100 * share
    assert label_x(share) < 100 * CAP + LABEL_ROOM


@pytest.mark.parametrize("lang", ["pl", "cs", "sl", "de", "lt", "sv", "en"])
def test_the_legend_is_in_the_readers_language(lang: str) -> None:
    labels = [h.get_label() for h in legend_handles(translator, lang)]
    assert len(labels) == 4 and len(set(labels)) == 4 and all(labels)
    if lang != "en":
        assert labels != [h.get_label() for h in legend_handles(translator, "en")]


def test_every_legend_colour_has_a_bar() -> None:
    minimum, maximum = _definition(Direction.AT_LEAST), _definition(Direction.AT_MOST)
    none = IndicatorResult(minimum, Figure(None), ())
    assert none.met is None and 0 < bar_width(none) < 10
    assert bar_width(IndicatorResult(minimum, Figure(minimum.target.value / 2), ())) == pytest.approx(50)
    assert bar_width(IndicatorResult(maximum, Figure(maximum.target.value * 2), ())) == pytest.approx(50)
    assert bar_width(IndicatorResult(maximum, Figure(0.0), ())) == 100 * CAP
