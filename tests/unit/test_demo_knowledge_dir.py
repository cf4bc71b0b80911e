"""Which knowledge base the demo answers from, wherever it is started (a new user's first command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpdesk_bot import demo
from helpdesk_bot.config import Settings


def _settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_in_the_projects_folder_the_local_knowledge_base_is_used(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HELPDESK_KNOWLEDGE_DIR", raising=False)
    (tmp_path / "knowledge").mkdir()
    monkeypatch.chdir(tmp_path)
    assert demo.demo_knowledge_dir(_settings(), project_dir=tmp_path / "elsewhere") == Path("knowledge")


def test_from_another_folder_the_projects_own_knowledge_base_is_used(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HELPDESK_KNOWLEDGE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert demo.demo_knowledge_dir(_settings()) == demo.PROJECT_KNOWLEDGE_DIR
    assert (demo.PROJECT_KNOWLEDGE_DIR / "_topics.yaml").is_file()


def test_a_configured_folder_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HELPDESK_KNOWLEDGE_DIR", str(tmp_path / "missing"))
    assert demo.demo_knowledge_dir(_settings()) is None
    (tmp_path / "mine").mkdir()
    monkeypatch.setenv("HELPDESK_KNOWLEDGE_DIR", str(tmp_path / "mine"))
    assert demo.demo_knowledge_dir(_settings()) == tmp_path / "mine"


def test_without_a_knowledge_base_the_demo_says_what_to_do_and_does_not_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HELPDESK_KNOWLEDGE_DIR", str(tmp_path / "missing"))
    started: list[object] = []
    monkeypatch.setattr(demo, "run_demo_async", lambda *a, **k: started.append(a))
    assert demo.run_demo(_settings()) == 2
    assert started == []
    err = capsys.readouterr().err
    assert "no knowledge base at" in err and "HELPDESK_KNOWLEDGE_DIR" in err
    assert not (tmp_path / "var").exists()
