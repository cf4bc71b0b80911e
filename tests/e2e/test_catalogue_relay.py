"""Talking through the bot after a contact request is accepted "through the bot only": no handle is shared,
messages go both ways escaped, a limit per day, /cancel ends it, strangers and forged buttons are refused."""

import pytest
from sqlalchemy import func, select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.sandbox import SandboxMessage
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import HarnessFactory

pytestmark = pytest.mark.e2e


def text_of(m: SandboxMessage) -> str:
    return m.text or ""


def data_of(m: SandboxMessage, prefix: str) -> str:
    return next(b.value for b in m.flat_buttons if (b.value or "").startswith(prefix))


async def test_accepted_contact_talks_through_the_bot(harness_factory: HarnessFactory) -> None:
    async with harness_factory(catalogue_relay_per_day=2) as h:
        assert await import_file(h.services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
        profile = next(v for v in await h.services.catalogue.profiles.all_profiles() if v.country == "PL")
        owner = h.sandbox.user(profile.telegram_id, first_name="Ola", username="ola_fala", language_code="en")
        seeker = h.sandbox.user(7202, first_name="Jonas", username="jonas_de", language_code="en")
        stranger = h.sandbox.user(7203, first_name="Eve", username="eve", language_code="en")
        await h.onboard(owner, country="PL")
        await h.onboard(seeker, country="DE")
        stranger_menu = await h.onboard(stranger, country="CZ")

        await seeker.send_command("start", f"profile-{profile.id}")
        await seeker.press(await h.expect_button(seeker, f"ct:{profile.id}"), callback_data=f"ct:{profile.id}")
        await h.expect(seeker, lambda m: "Write your message" in text_of(m))
        await seeker.send_text("Hello, 200 cups for our café?")
        incoming = await h.expect_button(owner, "cc:b:", timeout=10)
        contact_id = int(data_of(incoming, "cc:b:").rsplit(":", 1)[1])

        # the stranger cannot write through this contact, nor with a forged button, before or after
        h.sandbox.queue_callback_query(stranger, stranger_menu, f"rl:{contact_id}")
        await h.expect(stranger, lambda m: "only to someone whose contact request was accepted" in text_of(m))
        # nor can the seeker before the owner answered
        menu = await h.expect(seeker, lambda m: "is on its way" in text_of(m))
        h.sandbox.queue_callback_query(seeker, menu, f"rl:{contact_id}")
        await h.expect(seeker, lambda m: "only to someone whose contact request was accepted" in text_of(m))

        # the owner accepts through the bot only: no handle either way
        await owner.press(incoming, callback_data=f"cc:b:{contact_id}")
        mine = await h.expect_button(owner, f"rl:{contact_id}")
        assert "talk through the bot" in text_of(mine) and "tg://user" not in str(mine.entities)
        told = await h.expect_button(seeker, f"rl:{contact_id}", timeout=10)
        assert "rather talk through the bot" in text_of(told)
        assert "@ola_fala" not in text_of(told) and "tg://user" not in str(told.entities)

        # the seeker writes through the bot; markup arrives as text, without the seeker's handle
        await seeker.press(told, callback_data=f"rl:{contact_id}")
        await h.expect(seeker, lambda m: f"Write your message to {profile.display_name}" in text_of(m))
        await seeker.send_text("<b>Can we meet</b> on Friday?")
        await h.expect(seeker, lambda m: "Passed on to" in text_of(m), timeout=10)
        relayed = await h.expect(owner, lambda m: "<b>Can we meet</b> on Friday?" in text_of(m), timeout=10)
        assert "Message from Jonas" in text_of(relayed) and "jonas_de" not in text_of(relayed)
        assert not relayed.entities or all(e.type != "bold" for e in relayed.entities)

        # the owner replies from the relayed message
        await owner.press(relayed, callback_data=data_of(relayed, "rl:"))
        await h.expect(owner, lambda m: "Write your message to Jonas" in text_of(m))
        await owner.send_text("Yes, 10:00 at the studio.")
        back = await h.expect(seeker, lambda m: "Yes, 10:00 at the studio." in text_of(m), timeout=10)
        assert f"Message from {profile.display_name}" in text_of(back)

        # the limit per person and contact (2 a day here): the third message of the seeker is refused
        await seeker.press(back, callback_data=f"rl:{contact_id}")
        await h.expect(seeker, lambda m: "Write your message" in text_of(m))
        await seeker.send_text("Second one.")
        await h.expect(owner, lambda m: "Second one." in text_of(m), timeout=10)
        await seeker.send_text("Third one.")
        await h.expect(seeker, lambda m: "most messages allowed through the bot" in text_of(m))

        # /cancel ends the flow: the next text is not relayed (it goes to the knowledge base)
        await seeker.send_command("cancel")
        await h.expect(seeker, lambda m: text_of(m).startswith("Cancelled."))
        await seeker.send_text("Fourth one, after cancel.")
        await h.sandbox.wait_for_idle()
        async with h.services.uow() as unit:
            relays = (await unit.session.execute(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.dedup_key.like(f"contact:{contact_id}:relay:%")))).scalar_one()
        assert relays == 3  # two by the seeker, one by the owner

        # forged relay buttons: not a number, too many parts, a contact that does not exist
        before = len(stranger.answered_callbacks)
        for forged in ("rl:abc", "rl:1:2", "rl:999999"):
            h.sandbox.queue_callback_query(stranger, stranger_menu, forged)
        await h.sandbox.wait_until(lambda: len(stranger.answered_callbacks) >= before + 3, 5, "answers to forged")
        assert not any("Fourth one" in (m.text or "") for m in owner.messages)
