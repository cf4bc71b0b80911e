"""Indicator definitions: what is measured and how, declared in a YAML file the centre edits.

A definition never contains code. Its ``measure`` names interaction kinds (see
:mod:`helpdesk_bot.indicators.kinds`; ``booking.*`` matches a prefix), optional filters on language,
country, topic and outcome (``cross_border: true`` keeps people from countries other than the
centre's), and one aggregation:

* ``count``: rows of the selected set;
* ``distinct_people``: different ``actor_ref`` values in the set;
* ``distinct_subjects``: different ``subject`` values (e.g. tickets answered, whatever the number of replies);
* ``share``: the ``numerator`` set over the ``denominator`` set, counted in rows, (``of: people``) in people
  or (``of: values``) as the sum of their values (e.g. hours booked over hours open);
* ``average``: the mean ``value`` (e.g. a rating) of the rows that carry one;
* ``sum``: the total of the rows' ``value`` (e.g. machine hours).

Example::

    project_start: 2026-01-01
    activities:
      advice: {en: Business advice, pl: Doradztwo, ...}
    indicators:
      - id: consultations_held
        type: output
        activity: advice
        name: {en: Consultations held, ...}
        description: {en: ..., ...}
        unit: count
        target: {value: 300, date: 2027-12-31}
        measure:
          aggregation: count
          select: {kinds: [booking.held]}

:mod:`helpdesk_bot.indicators.definitions_file` reads the file: its :func:`load_definitions` raises
:class:`DefinitionError` whose lines each name the field at fault (``indicators[3].measure.select[0].kinds: ...``).
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from helpdesk_bot.config import COUNTRIES, LANGUAGES, OTHER_COUNTRY

_KIND = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*(\.\*)?$")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


class IndicatorType(StrEnum):
    """Output (what the centre did) or result (what changed for the people it served)."""

    OUTPUT = "output"
    RESULT = "result"


class Aggregation(StrEnum):
    """How the selected interactions become one number."""

    COUNT = "count"
    DISTINCT_PEOPLE = "distinct_people"
    DISTINCT_SUBJECTS = "distinct_subjects"
    SHARE = "share"
    AVERAGE = "average"
    SUM = "sum"


class Unit(StrEnum):
    """What the number is (translated as ``unit-<value>`` in indicators.ftl)."""

    PEOPLE = "people"
    COUNT = "count"
    PERCENT = "percent"
    RATING = "rating"
    HOURS = "hours"


class Direction(StrEnum):
    """Whether reaching the target means getting at least or at most the target value."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selector(_Strict):
    """One set of interactions: kinds, and optional filters that all have to hold."""

    kinds: tuple[str, ...] = Field(min_length=1)
    outcome: tuple[str, ...] | None = None
    language: tuple[str, ...] | None = None
    country: tuple[str, ...] | None = None
    topic: tuple[str, ...] | None = None
    cross_border: bool = False

    @field_validator("kinds", "outcome", "language", "country", "topic", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("kinds")
    @classmethod
    def _check_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for kind in value:
            if not _KIND.match(kind):
                raise ValueError(f"{kind!r} is not an interaction kind (lower-case words joined by dots, "
                                 "optionally ending in .* for a prefix)")
        return value

    @field_validator("outcome", "topic")
    @classmethod
    def _not_empty(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None and (not value or any(not v.strip() for v in value)):
            raise ValueError("must list at least one non-empty value (or be left out)")
        return value

    @field_validator("language")
    @classmethod
    def _check_languages(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            if not value:
                raise ValueError("must list at least one language (or be left out)")
            for lang in value:
                if lang not in LANGUAGES:
                    raise ValueError(f"{lang!r} is not one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _upper_countries(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list | tuple):
            return [v.upper() if isinstance(v, str) else v for v in value]
        return value

    @field_validator("country")
    @classmethod
    def _check_countries(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is not None:
            if not value:
                raise ValueError("must list at least one country (or be left out)")
            for country in value:
                if country not in (*COUNTRIES, OTHER_COUNTRY):
                    raise ValueError(f"{country!r} is not one of {', '.join((*COUNTRIES, OTHER_COUNTRY))}")
        return value


def _selectors(value: Any) -> Any:
    """A single selector mapping is accepted where a list of selectors is expected."""
    return [value] if isinstance(value, dict) else value


SelectorList = Annotated[tuple[Selector, ...], Field(min_length=1)]


class Measure(_Strict):
    """How an indicator is computed from the interaction log."""

    aggregation: Aggregation
    select: SelectorList | None = None
    numerator: SelectorList | None = None
    denominator: SelectorList | None = None
    of: Literal["rows", "people", "values"] = "rows"

    @field_validator("select", "numerator", "denominator", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        return _selectors(value)

    @model_validator(mode="after")
    def _shape(self) -> Measure:
        if self.aggregation == Aggregation.SHARE:
            if self.numerator is None or self.denominator is None:
                raise ValueError("a share needs both 'numerator' and 'denominator' (each a selection of kinds)")
            if self.select is not None:
                raise ValueError("a share uses 'numerator' and 'denominator', not 'select'")
        else:
            if self.select is None:
                raise ValueError(f"aggregation {self.aggregation.value!r} needs 'select' (which kinds to use)")
            if self.numerator is not None or self.denominator is not None:
                raise ValueError("'numerator' and 'denominator' only go with aggregation 'share'")
            if self.of != "rows":
                raise ValueError("'of' only goes with aggregation 'share'")
        return self

    def selector_sets(self) -> list[tuple[Selector, ...]]:
        """Every selection this measure uses."""
        if self.aggregation == Aggregation.SHARE:
            assert self.numerator is not None and self.denominator is not None
            return [self.numerator, self.denominator]
        assert self.select is not None
        return [self.select]


class Target(_Strict):
    """The value that defines success, and when it must be reached."""

    value: float = Field(ge=0)
    date: date
    direction: Direction = Direction.AT_LEAST


def _check_translations(value: dict[str, str]) -> dict[str, str]:
    missing = [lang for lang in LANGUAGES if not (value.get(lang) or "").strip()]
    if missing:
        raise ValueError(f"missing translation for {', '.join(missing)} (every language needs one)")
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"unknown language {', '.join(unknown)}")
    return value


class IndicatorDefinition(_Strict):
    """One output or result indicator."""

    id: str
    type: IndicatorType
    activity: str
    name: dict[str, str]
    description: dict[str, str]
    unit: Unit
    target: Target
    measure: Measure

    @field_validator("name", "description")
    @classmethod
    def _check_texts(cls, value: dict[str, str]) -> dict[str, str]:
        return _check_translations(value)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be lower-case letters, digits and _ (starting with a letter, at most 48)")
        return value

    @model_validator(mode="after")
    def _unit_fits(self) -> IndicatorDefinition:
        aggregation = self.measure.aggregation
        if aggregation == Aggregation.SHARE and self.unit != Unit.PERCENT:
            raise ValueError("unit: a share is measured in 'percent'")
        if aggregation != Aggregation.SHARE and self.unit == Unit.PERCENT:
            raise ValueError("unit: 'percent' is only for aggregation 'share'")
        if aggregation == Aggregation.SHARE and self.target.value > 100:
            raise ValueError("target.value: a share cannot exceed 100 (percent)")
        return self

    def label(self, lang: str) -> str:
        """The name in ``lang`` (English when missing)."""
        return self.name.get(lang) or self.name["en"]

    def explain(self, lang: str) -> str:
        """The description in ``lang`` (English when missing)."""
        return self.description.get(lang) or self.description["en"]


class IndicatorSet(_Strict):
    """The whole definitions file."""

    project_start: date
    activities: dict[str, dict[str, str]] = Field(min_length=1)
    indicators: tuple[IndicatorDefinition, ...] = Field(min_length=1)

    @field_validator("activities")
    @classmethod
    def _check_activities(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for key, names in value.items():
            if not _ID.match(key):
                raise ValueError(f"{key!r}: activity ids are lower-case letters, digits and _")
            missing = [lang for lang in LANGUAGES if not (names.get(lang) or "").strip()]
            if missing:
                raise ValueError(f"{key}: missing translation for {', '.join(missing)}")
        return value

    @model_validator(mode="after")
    def _cross_checks(self) -> IndicatorSet:
        seen: set[str] = set()
        for index, indicator in enumerate(self.indicators):
            if indicator.id in seen:
                raise ValueError(f"indicators[{index}].id: {indicator.id!r} is used twice")
            seen.add(indicator.id)
            if indicator.activity not in self.activities:
                raise ValueError(f"indicators[{index}].activity: {indicator.activity!r} is not listed under "
                                 f"'activities' ({', '.join(sorted(self.activities))})")
        return self

    def activity_label(self, activity: str, lang: str) -> str:
        """The activity's name in ``lang``."""
        names = self.activities.get(activity, {})
        return names.get(lang) or names.get("en") or activity

    def get(self, indicator_id: str) -> IndicatorDefinition | None:
        """The indicator with this id."""
        return next((i for i in self.indicators if i.id == indicator_id), None)
