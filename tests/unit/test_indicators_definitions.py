"""Indicator definitions: the shipped defaults are valid and complete; bad files are refused naming the field."""

from pathlib import Path
from typing import Any

import pytest
import yaml

from helpdesk_bot.config import LANGUAGES
from helpdesk_bot.indicators.definitions import Aggregation
from helpdesk_bot.indicators.definitions_file import (
    DEFAULT_DEFINITIONS_FILE,
    DefinitionError,
    DefinitionsSource,
    load_definitions,
    parse_definitions,
)


def _defaults() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_DEFINITIONS_FILE.read_text(encoding="utf-8"))
    return data


def test_defaults_cover_every_indicator_the_centre_reports() -> None:
    definitions = load_definitions()
    ids = {i.id for i in definitions.indicators}
    assert ids >= {"entrepreneurs_supported", "questions_answered_by_bot", "questions_answered_by_advisors",
                   "consultations_held", "no_show_rate", "event_registrations", "event_participants",
                   "satisfaction_rating", "helpful_answers", "cross_border_reach", "knowledge_gaps_closed"}
    for indicator in definitions.indicators:
        assert set(indicator.name) == set(LANGUAGES) and set(indicator.description) == set(LANGUAGES)
    by_id = {i.id: i for i in definitions.indicators}
    assert by_id["entrepreneurs_supported"].measure.aggregation == Aggregation.DISTINCT_PEOPLE
    assert by_id["questions_answered_by_bot"].measure.aggregation == Aggregation.SHARE
    assert by_id["satisfaction_rating"].measure.aggregation == Aggregation.AVERAGE
    assert by_id["no_show_rate"].target.direction == "at_most"
    assert by_id["cross_border_reach"].measure.select is not None
    assert all(s.cross_border for s in by_id["cross_border_reach"].measure.select)


def _problems(mutate: Any) -> list[str]:
    data = _defaults()
    mutate(data)
    with pytest.raises(DefinitionError) as err:
        parse_definitions(data, "test.yaml")
    assert "test.yaml" in str(err.value)
    return err.value.problems


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d["indicators"][3]["measure"]["select"].update(kinds=["Booking Held"]),
     "indicators[3](consultations_held).measure.select[0].kinds: 'Booking Held' is not an interaction kind"),
    (lambda d: d["indicators"][0]["name"].pop("lt"),
     "indicators[0](entrepreneurs_supported).name: missing translation for lt"),
    (lambda d: d["indicators"][5]["measure"].update(aggregation="median"),
     "indicators[5](event_registrations).measure.aggregation:"),
    (lambda d: d["indicators"][4]["measure"].pop("denominator"),
     "indicators[4](no_show_rate).measure: a share needs both 'numerator' and 'denominator'"),
    (lambda d: d["indicators"][3].update(unit="percent"),
     "indicators[3](consultations_held).unit: 'percent' is only for aggregation 'share'"),
    (lambda d: d["indicators"][1].update(unit="count"),
     "indicators[1](questions_answered_by_bot).unit: a share is measured in 'percent'"),
    (lambda d: d["indicators"][2].pop("target"), "indicators[2](questions_answered_by_advisors).target: is required"),
    (lambda d: d["indicators"][2]["target"].update(date="soon"), "indicators[2](questions_answered_by_advisors).target.date:"),
    (lambda d: d["indicators"][6].update(activity="parties"), "indicators[6].activity: 'parties' is not listed"),
    (lambda d: d["indicators"][7].update(id=d["indicators"][6]["id"]), "indicators[7].id: 'event_participants' is used twice"),
    (lambda d: d["indicators"][8]["measure"]["numerator"].update(country=["XX"]),
     "indicators[8](helpful_answers).measure.numerator[0].country: 'XX' is not one of"),
    (lambda d: d["indicators"][8]["measure"]["numerator"].update(colour="red"),
     "indicators[8](helpful_answers).measure.numerator[0].colour: is not a known field"),
    (lambda d: d["indicators"][0].update(type="impact"), "indicators[0](entrepreneurs_supported).type:"),
    (lambda d: d.pop("project_start"), "project_start: is required"),
])
def test_invalid_definitions_name_the_field(mutate: Any, expected: str) -> None:
    problems = _problems(mutate)
    assert any(p.startswith(expected) for p in problems), problems


def test_unreadable_and_non_yaml_files_are_explained(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError) as err:
        load_definitions(tmp_path / "missing.yaml")
    assert "cannot be read" in err.value.problems[0]
    bad = tmp_path / "bad.yaml"
    bad.write_text("indicators: [unclosed", encoding="utf-8")
    with pytest.raises(DefinitionError) as err:
        load_definitions(bad)
    assert "not valid YAML" in err.value.problems[0]


def test_source_rereads_the_file_when_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    data = _defaults()
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    source = DefinitionsSource(path)
    assert len(source.get().indicators) == len(data["indicators"])
    data["indicators"] = data["indicators"][:2]
    path.write_text(yaml.safe_dump(data, allow_unicode=True) + "\n# edited\n", encoding="utf-8")
    assert len(source.get().indicators) == 2


def test_makerspace_indicators_use_sums_of_hours_and_a_share_of_values() -> None:
    by_id = {i.id: i for i in load_definitions().indicators}
    assert by_id["makerspace_hours_booked"].measure.aggregation == Aggregation.SUM
    assert by_id["makerspace_hours_booked"].unit == "hours"
    assert by_id["makerspace_utilisation"].measure.of == "values"
    assert {"makerspace_hours_used", "makerspace_makers", "makerspace_inductions",
            "makerspace_no_shows"} <= set(by_id)
    data = _defaults()
    data["indicators"][-1]["measure"] = {"aggregation": "sum", "numerator": {"kinds": ["makerspace.booked"]},
                                         "denominator": {"kinds": ["makerspace.booked"]}}
    with pytest.raises(DefinitionError) as refused:
        parse_definitions(data)
    assert any("needs 'select'" in p for p in refused.value.problems)
