"""Granting and revoking roles, and the one authorisation check of the use cases (no database: a unit
of work that fails when opened shows that a refusal touches nothing)."""

from __future__ import annotations

import pytest

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.people.actor import CLI, Forbidden, Operator, channel, require
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PeopleService, RoleChangeError, check_revoke
from tests.unit.test_roles_policy import person

CONFIGURED = frozenset({9000})


class NoDatabase:
    """A unit-of-work factory a refused use case must never call."""

    calls = 0

    def __call__(self) -> object:
        self.calls += 1
        raise AssertionError("the use case opened a transaction although it refused")


def _service(uow: NoDatabase) -> PeopleService:
    return PeopleService(uow, ManualClock(), staff_ids=CONFIGURED, default_language="en",  # type: ignore[arg-type]
                         default_timezone="Europe/Warsaw", notice_version="1")


@pytest.mark.parametrize("actor", [person(), person(Role.ADVISOR), person(Role.PARTNER),
                                   person(Role.ADVISOR, Role.PARTNER), Operator(5, roles=frozenset())])
async def test_only_staff_grant_or_revoke_and_a_refusal_touches_nothing(actor: object) -> None:
    uow = NoDatabase()
    service = _service(uow)
    for change in (service.grant, service.revoke):
        with pytest.raises(Forbidden) as refused:
            await change(77, Role.ADVISOR, by=actor)  # type: ignore[arg-type]
        assert refused.value.role == Role.STAFF
    assert uow.calls == 0


def test_the_command_line_and_staff_pass_the_one_check_and_are_told_apart_in_audit_rows() -> None:
    for actor in (CLI, Operator(9000), person(Role.STAFF)):
        require(actor, Role.STAFF)
        require(actor, Role.ADVISOR)
    assert channel(CLI) == "cli" and channel(person(Role.STAFF)) == "telegram"
    with pytest.raises(Forbidden):
        require(person(Role.ADVISOR), Role.STAFF)
    with pytest.raises(Forbidden):
        require(person(Role.PARTNER), Role.ADVISOR)


@pytest.mark.parametrize(("target", "role", "by", "reason"), [
    (9000, Role.STAFF, Operator(1), "configured_staff"),  # configuration, not the chat, decides
    (9000, Role.STAFF, CLI, "configured_staff"),
    (1, Role.STAFF, Operator(1), "self_revoke"),  # the last staff member cannot leave the bot without staff
    (2, Role.STAFF, Operator(1), None),
    (1, Role.ADVISOR, Operator(1), None),  # one's own advisor role may go
    (9000, Role.ADVISOR, Operator(1), None),
])
def test_what_cannot_be_revoked(target: int, role: Role, by: Operator, reason: str | None) -> None:
    if reason is None:
        check_revoke(target, role, by=by, configured_staff=CONFIGURED)
        return
    with pytest.raises(RoleChangeError) as refused:
        check_revoke(target, role, by=by, configured_staff=CONFIGURED)
    assert refused.value.reason == reason


async def test_a_refused_revocation_touches_nothing() -> None:
    uow = NoDatabase()
    with pytest.raises(RoleChangeError, match="self_revoke"):
        await _service(uow).revoke(1, Role.STAFF, by=Operator(1))
    assert uow.calls == 0
