"""Security of the Telegram adapter end to end (issue 10, items 1, 4 and 5).

* a hostile name in the staff attendee list is shown literally (no link, no ``400 can't parse entities``),
  and a person's @handle only once they allowed it;
* in group chats the bot posts nothing personal or privileged: at most "write to me privately";
* crafted numbers in buttons and links are answered as stale buttons (outcome ``invalid``), never an error.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Person
from helpdesk_bot.sandbox import SandboxMessage, SandboxUser
from helpdesk_bot.sandbox.groups import SandboxGroup
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory

HOSTILE = 'Zed <a href="https://evil.example/login">Reset your staff password</a>'
ODD = "a<b & </b>"
ADVISORS_CHAT = -1001234
OTHER_GROUP = -1005678


def _draft(h: Harness) -> EventDraft:
    now = h.services.clock.now()
    return EventDraft(
        kind="workshop", texts={"en": {"title": "Pricing <handmade> & work", "description": "Costs"}},
        default_language="en", starts_at=now + timedelta(days=3), ends_at=now + timedelta(days=3, hours=2),
        timezone="Europe/Warsaw", venue="Kraków", topics=("sales-marketing",), registration_mode="bot", capacity=10,
    )


def _refused_calls(h: Harness) -> list[str]:
    return [f"{c.method}: {c.description}" for c in h.sandbox.calls if c.status == 400]


async def _outcomes(h: Harness) -> list[str]:
    async with h.services.uow() as uow:
        return [row[0] for row in (await uow.session.execute(select(Interaction.outcome))).all()]


async def _register(h: Harness, user: SandboxUser, event_id: int) -> None:
    await h.onboard(user)
    await user.send_command("start", f"event-{event_id}")
    card = await h.expect_button(user, f"ev:reg:{event_id}")
    await user.press(card, callback_data=f"ev:reg:{event_id}")
    await h.expect_button(user, f"ev:unreg:{event_id}")


async def _attendee_list(h: Harness, staff: SandboxUser, event_id: int) -> SandboxMessage:
    staff.consume_all()
    await staff.send_command("start", f"event-{event_id}")
    card = await h.expect_button(staff, f"ev:att:{event_id}")
    await staff.press(card, callback_data=f"ev:att:{event_id}")
    return await staff.wait_for_message(predicate=lambda m: "☐" in m.text)


# ------------------------------------------------------------------------------------------- item 1
async def test_hostile_names_in_the_attendee_list_are_shown_as_text(harness: Harness) -> None:
    h = harness
    event = await h.services.events.catalog.create(_draft(h), created_by=CLI, announce=False)
    zed = h.sandbox.user(611, first_name=HOSTILE, username="zed_handle", language_code="en")
    odd = h.sandbox.user(612, first_name=ODD, username="odd_handle", language_code="en")
    await _register(h, zed, event.id)
    await _register(h, odd, event.id)
    staff = h.user(STAFF_ID, "Sofia")
    await h.onboard(staff)

    listing = await _attendee_list(h, staff, event.id)
    assert HOSTILE in listing.text and ODD in listing.text  # literal text, as typed
    assert "Pricing <handmade> & work" in listing.text
    assert not [e for e in listing.entities if e.get("type") in ("text_link", "text_mention")]
    assert "evil.example" not in str(listing.entities)
    # neither person allowed their handle to be shown
    assert "@zed_handle" not in listing.text and "@odd_handle" not in listing.text
    assert not _refused_calls(h)

    # Zed allows it in /settings: now (and only now) staff see it
    await zed.send_command("settings")
    settings_message = await h.expect_button(zed, "set:share")
    await h.processed(await zed.press(settings_message, callback_data="set:share"))
    listing = await _attendee_list(h, staff, event.id)
    assert "@zed_handle" in listing.text and "@odd_handle" not in listing.text
    assert not _refused_calls(h)
    assert "error" not in await _outcomes(h)


# ------------------------------------------------------------------------------------------- item 4
async def _group_answer(h: Harness, group: SandboxGroup, before: int) -> SandboxMessage:
    await h.sandbox.wait_until(lambda: len(group.messages) > before, 5, "an answer in the group")
    await h.sandbox.wait_for_idle(quiet=0.05)
    new = group.messages[before:]
    assert len(new) == 1, new  # one short answer, nothing else
    return new[0]


def _is_private_redirect(h: Harness, message: SandboxMessage) -> bool:
    link = f"https://t.me/{h.sandbox.bot_username}?start=private-group"
    return ("private chat" in message.text and message.document is None
            and [b.value for b in message.flat_buttons] == [link])


async def test_group_chats_get_only_a_private_link(harness_factory: HarnessFactory) -> None:
    async with harness_factory(advisors_chat_id=ADVISORS_CHAT) as h:
        member = h.user(621, "Greta")
        await h.onboard(member)
        staff = h.user(STAFF_ID, "Sofia")
        await h.onboard(staff)
        for group_id in (OTHER_GROUP, ADVISORS_CHAT):
            group = h.sandbox.group(group_id, "Makers")
            for who, command in ((member, "mydata"), (member, "mybookings"), (member, "settings"),
                                 (staff, "report"), (staff, "roles"), (member, "forget"), (member, "start"),
                                 (member, f"mydata@{h.sandbox.bot_username}")):
                before = len(group.messages)
                await group.member(who).send_command(command)
                answer = await _group_answer(h, group, before)
                assert _is_private_redirect(h, answer), (command, answer)
                assert str(STAFF_ID) not in answer.text and "Greta" not in answer.text

            # talk among members, and commands for other bots: no answer at all
            before = len(group.messages)
            await group.member(member).send_text("Does anyone know a good printer in Kraków?")
            await group.member(member).send_command("start@other_helper_bot")
            await group.member(staff).send_command("mydata@other_helper_bot")
            await h.sandbox.wait_for_idle(quiet=0.2)
            assert len(group.messages) == before
            # speaking to the bot by name: the private link again
            await group.member(member).send_text(f"@{h.sandbox.bot_username} how do I register my business?")
            assert _is_private_redirect(h, await _group_answer(h, group, before))

        # someone who never consented writes in the group: no privacy notice there, only the link
        newcomer = h.user(622, "Nils")
        group = h.sandbox.group(OTHER_GROUP)
        before = len(group.messages)
        await group.member(newcomer).send_command("start")
        answer = await _group_answer(h, group, before)
        assert _is_private_redirect(h, answer) and "Privacy notice" not in answer.text
        assert not newcomer.messages  # and nothing in a private chat they did not open

        # a /forget button pressed in a group (an old message, or forged) does nothing but an alert
        bait = group.messages[-1]
        answers = len(newcomer.answered_callbacks)
        await group.member(newcomer).press(bait, "forget:yes")
        await h.sandbox.wait_until(lambda: len(newcomer.answered_callbacks) > answers, 5, "the alert")
        assert "private chat" in (newcomer.answered_callbacks[-1].text or "")
        async with h.services.uow() as uow:
            people = (await uow.session.execute(select(Person.telegram_id))).scalars().all()
        assert 621 in people and 622 in people

        # ticket buttons keep working in the advisors' group (here: a ticket that does not exist)
        group = h.sandbox.group(ADVISORS_CHAT)
        answers = len(staff.answered_callbacks)
        await group.member(staff).press(group.messages[-1], "tk:take:424242")
        await h.sandbox.wait_until(lambda: len(staff.answered_callbacks) > answers, 5, "the ticket answer")
        assert "private chat" not in (staff.answered_callbacks[-1].text or "")
        assert not _refused_calls(h)
        assert "error" not in await _outcomes(h)


# ------------------------------------------------------------------------------------------- item 5
CRAFTED = ["bk:cx:²", "ev:show:²", "tk:close:²", "kb:cat:taxes:²", "tk:reply:99999999999999999999999",
           "ev:show:99999999999999999999999", "bk:rate:1:²", "adv:tg:²", "av:rmw:١٢", "gap:close:²",
           "bk:cx:-1", "ev:list:00", "bk:again:99999999999999999999999"]


async def _press(h: Harness, user: SandboxUser, data: str) -> str | None:
    menu = [m for m in user.messages if m.has_inline_keyboard][-1]
    answers = len(user.answered_callbacks)
    h.sandbox.queue_callback_query(user, menu, data)
    await h.sandbox.wait_until(lambda: len(user.answered_callbacks) > answers, 10, f"the answer to {data!r}")
    await h.sandbox.wait_for_idle(quiet=0.05)
    return user.answered_callbacks[-1].text


async def test_crafted_numbers_are_stale_buttons_not_errors(harness: Harness) -> None:
    h = harness
    staff = h.user(STAFF_ID, "Sofia")  # staff pass every role check: the numbers themselves are refused
    await h.onboard(staff)
    stale = h.services.translator.plain("en", "stale-button")
    for data in CRAFTED:
        assert await _press(h, staff, data) == stale, data
    staff.consume_all()
    await staff.send_command("start", "event-²")
    reply = await staff.wait_for_message()
    assert "This link is not valid any more" in reply.text
    await h.sandbox.wait_for_idle(quiet=0.05)
    staff.consume_all()
    await staff.send_command("start", "event-99999999999999999999999")
    assert "does not exist" in (await staff.wait_for_message()).text
    outcomes = await _outcomes(h)
    assert "error" not in outcomes
    assert outcomes.count("invalid") >= len(CRAFTED)


FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
numbers = st.one_of(st.text(alphabet="0123456789²³¹⁰١٢٣٤൦߀０１-+ _", min_size=0, max_size=30),
                    st.integers(min_value=-(2**70), max_value=2**70).map(str))
prefixes = st.sampled_from(["bk:cx", "bk:cxy", "bk:rs", "bk:rate:1", "bk:again", "bk:cal", "bk:day", "ev:show",
                            "ev:reg", "ev:att", "ev:mk", "ev:list", "tk:take", "tk:reply", "tk:close",
                            "kb:cat:taxes", "adv:tg", "av:rmx", "gap:close", "evn:ef"])


@FUZZ
@given(prefix=prefixes, number=numbers)
async def test_any_number_in_a_button_never_crashes(harness: Harness, prefix: str, number: str) -> None:
    staff = harness.user(STAFF_ID, "Sofia")
    if not staff.messages:
        await harness.onboard(staff)
    data = f"{prefix}:{number}"
    if len(data.encode()) > 64:
        data = data.encode()[:64].decode(errors="ignore")
    await _press(harness, staff, data)
    assert "error" not in await _outcomes(harness)


@FUZZ
@given(payload=st.one_of(st.text(min_size=1, max_size=80).filter(lambda p: not p.isspace() and " " not in p),
                         numbers.map(lambda n: f"event-{n}"), numbers.map(lambda n: f"book-{n}")))
async def test_any_start_payload_never_crashes(harness: Harness, payload: str) -> None:
    user = harness.user(4545)
    if not user.messages:
        await harness.onboard(user)
    user.consume_all()
    await user.send_command("start", payload.strip() or "x")
    await user.wait_for_message(timeout=10)
    assert "error" not in await _outcomes(harness)
