"""Every stored text is cleaned of what PostgreSQL cannot store, in one place (issue 10, item 10)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.db.storable import storable, storable_text
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.models import AuditEntry, Interaction
from helpdesk_bot.knowledge_base.models import Gap, GapKind

HOSTILE = "a\x00b\ud800c\udfffd"


def test_storable_text_removes_nul_and_lone_surrogates_only() -> None:
    assert storable_text(HOSTILE) == "abcd"
    assert storable_text("zażółć 🎨 ok") == "zażółć 🎨 ok"
    clean = "plain"
    assert storable_text(clean) is clean
    assert storable({"k\x00": ["x\x00", ("y\ud800", 3)], "n": None}) == {"k": ["x", ("y", 3)], "n": None}


async def test_orm_core_json_and_raw_sql_all_store_cleaned_texts(db_services: Services) -> None:
    services = db_services
    now = datetime(2026, 12, 1, tzinfo=UTC)
    gap_id = await services.knowledge.gaps.add(GapKind.UNANSWERED, HOSTILE, language="en", entry_id=None,
                                               person_id=None)
    await services.interactions.record(InteractionRecord(kind="kb.question", subject=HOSTILE, occurred_at=now))
    await services.audit.add("test.hostile", actor=None, target=HOSTILE, note=HOSTILE, items=[HOSTILE])
    async with services.uow() as uow:
        await uow.session.execute(
            text("INSERT INTO kb_gaps (kind, text, created_at) VALUES ('unanswered', :t, :at)"),
            {"t": HOSTILE, "at": now.replace(tzinfo=None) if services.settings.database_url.startswith("sqlite")
             else now})
        await uow.commit()
    async with services.uow() as uow:
        s = uow.session
        gap = await s.get(Gap, gap_id)
        assert gap is not None and gap.text == "abcd"
        assert list((await s.execute(select(Gap.text).order_by(Gap.id))).scalars()) == ["abcd", "abcd"]
        assert (await s.execute(select(Interaction.subject))).scalar_one() == "abcd"
        entry = (await s.execute(select(AuditEntry))).scalar_one()
        assert entry.target == "abcd"
        assert entry.detail == {"note": "abcd", "items": ["abcd"]}
        # a lookup by the hostile text finds the cleaned row (parameters of queries are cleaned too)
        assert (await s.execute(select(Gap.id).where(Gap.text == HOSTILE).limit(1))).scalar_one() == gap_id
