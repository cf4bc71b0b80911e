"""Taking a ticket: advisors only, and why a ticket that is no longer open cannot be taken (no database)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.ticket_views import TicketView, take_refusal
from helpdesk_bot.knowledge_base.tickets import TicketService
from helpdesk_bot.people.actor import Forbidden
from helpdesk_bot.people.models import Role
from tests.unit.test_role_rules import NoDatabase
from tests.unit.test_roles_policy import person

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _ticket(state: str, advisor_person_id: int | None = None) -> TicketView:
    return TicketView(id=3, state=state, question="VAT?", language="en", country="PL", entry_id=None, person_id=50,
                      person_telegram_id=101, actor_ref="a50", advisor_person_id=advisor_person_id,
                      advisor_telegram_id=None, created_at=NOW, taken_at=None, answered_at=None, closed_at=None,
                      closed_by=None)


def _service(uow: NoDatabase) -> TicketService:
    return TicketService(uow, ManualClock(), None, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("who", [person(), person(Role.PARTNER)])
async def test_only_advisors_and_staff_take_or_answer_a_ticket_and_a_refusal_touches_nothing(who: object) -> None:
    uow = NoDatabase()
    service = _service(uow)
    with pytest.raises(Forbidden) as refused:
        await service.take(3, who)  # type: ignore[arg-type]
    assert refused.value.role == Role.ADVISOR
    with pytest.raises(Forbidden):
        await service.answer(3, who, "Here you are.")  # type: ignore[arg-type]
    assert uow.calls == 0


@pytest.mark.parametrize(("ticket", "reason"), [
    (_ticket("closed"), "closed"),
    (_ticket("closed", advisor_person_id=1), "closed"),
    (_ticket("taken", advisor_person_id=1), "already_yours"),
    (_ticket("answered", advisor_person_id=1), "already_yours"),
    (_ticket("taken", advisor_person_id=2), "already_taken"),
])
def test_why_a_ticket_that_is_no_longer_open_cannot_be_taken(ticket: TicketView, reason: str) -> None:
    assert take_refusal(ticket, advisor_person_id=1) == reason
