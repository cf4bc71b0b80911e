"""``helpdesk-bot run`` refuses to start, in one line naming the setting, when the database or the knowledge
base is not usable (issue 10, item 7). The bot never reaches Telegram in these tests: it stops before."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from helpdesk_bot.db.migrate import upgrade
from helpdesk_bot.startup import safe_url

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO / "knowledge"


def _run(tmp_path: Path, database_url: str, knowledge_dir: Path = KNOWLEDGE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELPDESK_")}
    env.update(HELPDESK_TELEGRAM_TOKEN="123:TEST", HELPDESK_TELEGRAM_API_URL="http://127.0.0.1:9",
               HELPDESK_DATABASE_URL=database_url, HELPDESK_KNOWLEDGE_DIR=str(knowledge_dir))
    return subprocess.run([sys.executable, "-m", "helpdesk_bot", "run"], cwd=tmp_path, env=env, text=True,
                          capture_output=True, timeout=120)


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr  # one line, no traceback
    assert "Traceback" not in result.stderr
    return lines[0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_read_only_sqlite_is_refused_at_start(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    upgrade(f"sqlite+aiosqlite:///{path}")
    line = _one_line(_run(tmp_path, f"sqlite+aiosqlite:///file:{path}?mode=ro&uri=true"))
    assert line.startswith("cannot start: HELPDESK_DATABASE_URL:")
    assert "does not accept writes" in line and "readonly" in line


def test_postgresql_down_is_one_line_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://helpdesk:s3cr3t-pw@127.0.0.1:{_closed_port()}/helpdesk"
    line = _one_line(_run(tmp_path, url))
    assert "HELPDESK_DATABASE_URL" in line and "does not answer" in line
    assert "s3cr3t-pw" not in line and "helpdesk:***@127.0.0.1" in line


def test_missing_knowledge_dir_is_refused(tmp_path: Path) -> None:
    line = _one_line(_run(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path / "nowhere"))
    assert line == f"cannot start: HELPDESK_KNOWLEDGE_DIR: {tmp_path / 'nowhere'} is not a directory"


def test_invalid_knowledge_base_names_its_problems(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "vat-pl.yaml").write_text("id: vat-pl\ncategory: taxes\n", encoding="utf-8")
    line = _one_line(_run(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", kb))
    assert "HELPDESK_KNOWLEDGE_DIR" in line and "is invalid" in line and "vat-pl.yaml: translations: missing" in line


def test_empty_knowledge_dir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    line = _one_line(_run(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path / "kb"))
    assert "contains no knowledge-base entries" in line


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql+asyncpg://u:pw@h:5432/db", "postgresql+asyncpg://u:***@h:5432/db"),
    ("sqlite+aiosqlite:///var/bot.sqlite3", "sqlite+aiosqlite:///var/bot.sqlite3"),
])
def test_urls_are_shown_without_password(url: str, shown: str) -> None:
    assert safe_url(url) == shown
