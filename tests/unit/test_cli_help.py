"""``helpdesk-bot --help`` reads as plain text (no reStructuredText double backticks)."""

from __future__ import annotations

import pytest

from helpdesk_bot.cli import build_parser


def test_help_has_no_raw_double_backticks(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    out = capsys.readouterr().out
    assert "helpdesk-bot" in out and "``" not in out
