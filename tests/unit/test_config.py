"""Configuration from HELPDESK_* variables."""

import pytest
from pydantic import ValidationError

from helpdesk_bot.config import load_settings, timezone_for_country


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("HELPDESK_DATABASE_URL", "HELPDESK_TELEGRAM_TOKEN", "HELPDESK_STAFF_IDS"):
        monkeypatch.delenv(key, raising=False)
    settings = load_settings(_env_file=None)
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.database_url.startswith("sqlite+aiosqlite:///./var/")
    assert settings.default_language == "en" and settings.timezone == "Europe/Warsaw" and settings.home_country == "PL"
    assert settings.telegram_token is None and settings.staff_ids == frozenset()


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELPDESK_STAFF_IDS", "12, 34")
    monkeypatch.setenv("HELPDESK_TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("HELPDESK_DEFAULT_LANGUAGE", "lt")
    settings = load_settings(_env_file=None)
    assert settings.staff_ids == frozenset({12, 34})
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.default_language == "lt"


@pytest.mark.parametrize(
    ("name", "value"),
    [("HELPDESK_STAFF_IDS", "abc"), ("HELPDESK_DEFAULT_LANGUAGE", "fr"), ("HELPDESK_TIMEZONE", "Mars/Base"),
     ("HELPDESK_HOME_COUNTRY", "FR")],
)
def test_invalid_values_are_rejected(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        load_settings(_env_file=None)


def test_timezone_follows_country() -> None:
    assert timezone_for_country("LT", "Europe/Warsaw") == "Europe/Vilnius"
    assert timezone_for_country("OTHER", "Europe/Warsaw") == "Europe/Warsaw"
    assert timezone_for_country(None, "UTC") == "UTC"
