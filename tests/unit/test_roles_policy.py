"""The one rule of who may do what: staff may do what advisors and partners do, nobody else borrows a role."""

import pytest

from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView


def person(*roles: Role) -> PersonView:
    return PersonView(id=1, telegram_id=1, actor_ref="a1", language="en", country="PL", timezone="Europe/Warsaw",
                      first_name="Ana", username=None, consent_version="1", roles=frozenset(roles),
                      is_active=True, share_handle=False)


@pytest.mark.parametrize(("roles", "allowed"), [
    ((), set()),
    ((Role.ADVISOR,), {Role.ADVISOR}),
    ((Role.PARTNER,), {Role.PARTNER}),
    ((Role.ADVISOR, Role.PARTNER), {Role.ADVISOR, Role.PARTNER}),
    ((Role.STAFF,), {Role.STAFF, Role.ADVISOR, Role.PARTNER}),
])
def test_who_may_act_in_which_role(roles: tuple[Role, ...], allowed: set[Role]) -> None:
    someone = person(*roles)
    assert {role for role in Role if someone.may(role)} == allowed
