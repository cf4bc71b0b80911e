"""The network of creatives in chat: /profile step by step, /moderate, /find with filters, contact with
consent, bad input on the way, and erasure removing the profile from the bot and the web."""

from __future__ import annotations

import re
from datetime import date

import aiohttp
import pytest

from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.diagnosis import sector_diagnosis
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.sandbox import SandboxMessage
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import STAFF_ID, Harness, HarnessFactory
from tests.e2e.web_helpers import png

pytestmark = pytest.mark.e2e


def text_of(m: SandboxMessage) -> str:
    return m.text or ""


def data_of(m: SandboxMessage, prefix: str) -> str:
    return next(b.value for b in m.flat_buttons if (b.value or "").startswith(prefix))


async def create_profile(h: Harness, user: object) -> int:
    """Walk a creator through /profile with some bad input on the way; returns the profile id."""
    u = user
    await u.send_command("profile")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "What name or brand" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("Studio <b>Fala</b>")  # type: ignore[attr-defined]
    sectors = await h.expect_button(u, "pf:t:sectors:ceramics")  # type: ignore[arg-type]
    for key in ("ceramics", "glass", "wood", "metal"):
        await u.press(sectors, callback_data=f"pf:t:sectors:{key}")  # type: ignore[attr-defined]
        if key != "metal":
            sectors = await h.expect(u, lambda m, k=key: any(  # type: ignore[arg-type]
                b.text.startswith("✅") and b.value == f"pf:t:sectors:{k}" for b in m.flat_buttons))
    # a fourth sector is refused with an alert; three stay chosen
    await h.sandbox.wait_until(lambda: any("at most three" in (a.text or "") for a in u.answered_callbacks),  # type: ignore[attr-defined]
                               5, "too-many-sectors alert")
    await u.press(sectors, callback_data="pf:t:sectors:wood")  # type: ignore[attr-defined]
    sectors = await h.expect(u, lambda m: not any(  # type: ignore[arg-type]
        b.text.startswith("✅") and b.value == "pf:t:sectors:wood" for b in m.flat_buttons))
    await u.press(sectors, callback_data="pf:d:sectors")  # type: ignore[attr-defined]
    country = await h.expect_button(u, "pf:v:country:PL")  # type: ignore[arg-type]
    await u.press(country, callback_data="pf:v:country:PL")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "town or region" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("Gdańsk")  # type: ignore[attr-defined]
    langs = await h.expect_button(u, "pf:t:languages:pl")  # type: ignore[arg-type]
    await u.press(langs, callback_data="pf:t:languages:pl")  # type: ignore[attr-defined]
    langs = await h.expect(u, lambda m: any(b.text.startswith("✅ Polski") for b in m.flat_buttons))  # type: ignore[arg-type]
    await u.press(langs, callback_data="pf:d:languages")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "what you offer" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("Hand-thrown <script>stoneware</script> for restaurants.")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "List your skills" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("wheel throwing, glazing")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "links to your portfolio" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("http://example.org/fala")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "Only secure web addresses" in text_of(m))  # type: ignore[arg-type]
    await u.send_text("https://example.org/fala")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "Send up to three photos" in text_of(m))  # type: ignore[arg-type]
    await u.send_document(b"%PDF-1.4 not an image", "cv.pdf")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "JPEG, PNG or WebP" in text_of(m))  # type: ignore[arg-type]
    await u.send_photo(data=png())  # type: ignore[attr-defined]
    photos = await h.expect(u, lambda m: "One photo added" in text_of(m))  # type: ignore[arg-type]
    await u.press(photos, callback_data="pf:d:photos")  # type: ignore[attr-defined]
    yes = await h.expect_button(u, "pf:v:open:1")  # type: ignore[arg-type]
    await u.press(yes, callback_data="pf:v:open:1")  # type: ignore[attr-defined]
    vis = await h.expect_button(u, "pf:v:visibility:public")  # type: ignore[arg-type]
    await u.press(vis, callback_data="pf:v:visibility:public")  # type: ignore[attr-defined]
    needs = await h.expect_button(u, "pf:t:needs:export")  # type: ignore[arg-type]
    await u.press(needs, callback_data="pf:t:needs:export")  # type: ignore[attr-defined]
    needs = await h.expect(u, lambda m: any(b.text.startswith("✅") for b in m.flat_buttons))  # type: ignore[arg-type]
    await u.press(needs, callback_data="pf:d:needs")  # type: ignore[attr-defined]
    skip = await h.expect_button(u, "pf:s:needs_text")  # type: ignore[arg-type]
    await u.press(skip, callback_data="pf:s:needs_text")  # type: ignore[attr-defined]
    confirm = await h.expect_button(u, "pf:save:1")  # type: ignore[arg-type]
    assert "Studio <b>Fala</b>" in text_of(confirm)  # shown as text, not markup
    assert "Selling abroad" in text_of(confirm)  # the owner sees their needs
    await u.press(confirm, callback_data="pf:save:1")  # type: ignore[attr-defined]
    await h.expect(u, lambda m: "Your profile is saved" in text_of(m))  # type: ignore[arg-type]
    view = await h.services.catalogue.profiles.for_owner(7001)
    assert view is not None and view.status == "pending" and view.sectors == ("ceramics", "glass")
    assert view.links == ("https://example.org/fala",) and len(view.photos) == 1 and view.city == "Gdańsk"
    return view.id


async def test_profile_moderation_search_contact_and_erasure(harness_factory: HarnessFactory) -> None:
    async with harness_factory(web_port=0) as h:
        web = h.application.web
        creator = h.sandbox.user(7001, first_name="Ola", username="ola_fala", language_code="en")
        seeker = h.sandbox.user(7002, first_name="Jonas", username=None, language_code="en")
        staff = h.user(STAFF_ID, "Staff")
        await h.onboard(creator, country="PL")
        await h.onboard(seeker, country="DE")
        await h.onboard(staff)
        profile_id = await create_profile(h, creator)

        # not findable before approval
        await seeker.send_command("find", "fala")
        await h.expect(seeker, lambda m: "Nothing found" in text_of(m))
        await seeker.send_command("start", f"profile-{profile_id}")  # the web's deep link, before approval
        await h.expect(seeker, lambda m: "cannot be contacted" in text_of(m))

        # staff approve; the owner hears it through the outbox
        await seeker.send_command("moderate")
        await h.expect(seeker, lambda m: "Only staff" in text_of(m) or "staff" in text_of(m).lower())
        await staff.send_command("moderate")
        queue = await h.expect_button(staff, f"mod:a:{profile_id}")
        assert "Selling abroad" in text_of(queue)
        await staff.press(queue, callback_data=f"mod:a:{profile_id}")
        await h.expect(staff, lambda m: "No profile is waiting" in text_of(m))
        await h.expect(creator, lambda m: "is approved" in text_of(m), timeout=10)

        # on the web now, without the needs
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{web.url}/studio-b-fala-b?lang=en") as r:
                page = await r.text()
                assert r.status == 200 and "Studio &lt;b&gt;Fala&lt;/b&gt;" in page and "Selling abroad" not in page

        # search (no diacritics, Polish words) with a filter; contact with a message
        await seeker.send_command("find", "ceramika gdansk")
        results = await h.expect(seeker, lambda m: "One profile found" in text_of(m))
        await seeker.press(results, callback_data="fd:m:country")
        menu = await h.expect_button(seeker, "fd:c:SE")
        await seeker.press(menu, callback_data="fd:c:SE")
        await h.expect(seeker, lambda m: "Nothing found" in text_of(m) and "Sweden" in text_of(m))
        await seeker.press(await h.expect_button(seeker, "fd:x:1"), callback_data="fd:x:1")
        results = await h.expect_button(seeker, f"ct:{profile_id}")
        await seeker.press(results, callback_data=f"ct:{profile_id}")
        await h.expect(seeker, lambda m: "Write your message" in text_of(m))
        await seeker.send_text("Hello <i>Ola</i>, 200 cups for our café?")
        await h.expect(seeker, lambda m: "is on its way" in text_of(m))
        incoming = await h.expect_button(creator, "cc:a:", timeout=10)
        assert "Hello <i>Ola</i>, 200 cups" in text_of(incoming) and "@" not in text_of(incoming)
        # a second request while the first waits is refused
        await seeker.send_command("start", f"profile-{profile_id}")
        card = await h.expect_button(seeker, f"ct:{profile_id}")
        await seeker.press(card, callback_data=f"ct:{profile_id}")
        await h.expect(seeker, lambda m: "Write your message" in text_of(m))
        await seeker.send_text("Again?")
        await h.expect(seeker, lambda m: "already wrote to this person" in text_of(m))

        # the owner accepts: both see each other's handle
        await creator.press(incoming, callback_data=data_of(incoming, "cc:a:"))
        mine = await h.expect(creator, lambda m: text_of(m).startswith("Accepted."))
        assert "tg://user?id=7002" in ((mine.source_text or "") + str(mine.entities))
        told = await h.expect(seeker, lambda m: "accepted your request" in text_of(m), timeout=10)
        assert "@ola_fala" in text_of(told)
        # the indicators count the listed profile and the (cross-border: DE -> PL) contact
        await h.services.interactions.flush()
        totals = (await h.services.reports.build(Period(date(2026, 1, 1), date(2027, 12, 31)))).totals()
        assert (totals["catalogue_profiles"], totals["cooperation_contacts"], totals["cross_border_contacts"]) == (1, 1, 1)
        diagnosis = await sector_diagnosis(h.services.uow)
        assert diagnosis["by_sector"] == {"ceramics": 1, "glass": 1} and diagnosis["needs"] == {"export": 1}
        assert diagnosis["contacts"] == {"requested": 1, "accepted": 1, "cross_border": 1, "cross_border_accepted": 1}

        # the owner pauses: no contact possible; then /forget erases the profile everywhere
        await creator.send_command("profile")
        manage = await h.expect_button(creator, "pm:pause:0")
        await creator.press(manage, callback_data="pm:pause:0")
        await h.expect(creator, lambda m: "is paused" in text_of(m))
        await seeker.send_command("start", f"profile-{profile_id}")
        await h.expect(seeker, lambda m: "cannot be contacted" in text_of(m))
        await creator.send_command("forget")
        erased = await creator.press(await h.expect_button(creator, "forget:yes"), callback_data="forget:yes")
        await h.processed(erased)  # the erasure's update is done: its effects are in the database
        assert await h.services.catalogue.profiles.get(profile_id) is None
        async with aiohttp.ClientSession() as http, http.get(f"{web.url}/studio-b-fala-b") as r:
            assert r.status == 404


async def test_find_in_another_language_and_pages(harness: Harness) -> None:
    assert await import_file(harness.services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
    user = harness.user(7101, language_code="pl")
    await harness.onboard(user, language="pl", country="PL")
    await user.send_command("find")
    first = await harness.expect_button(user, "fd:p:2")
    assert re.search(r"\b14\b", text_of(first)) and "1. " in text_of(first)
    await user.press(first, callback_data="fd:p:2")
    second = await harness.expect(user, lambda m: "6. " in text_of(m))
    assert any(b.value == "fd:p:1" for b in second.flat_buttons)
    assert any(b.text == "Wyczyść filtry" for b in second.flat_buttons)
    # forged buttons (more parts than the protocol has; a contact to a profile that does not exist)
    for forged in ("fd:p:99:9", "ct:999999", "cc:a:12345", "mod:a:1", "pf:t:sectors:pottery"):
        before = len(user.answered_callbacks)
        harness.sandbox.queue_callback_query(user, second, forged)
        await harness.sandbox.wait_until(lambda b=before: len(user.answered_callbacks) > b, 5, f"answer to {forged}")
    texts = [m.text for m in user.messages if m.from_bot]
    assert "Z tym profilem nie można teraz się skontaktować." in texts and "Nie ma takiej prośby o kontakt." in texts
