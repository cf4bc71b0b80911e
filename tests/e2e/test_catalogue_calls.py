"""Cooperation calls end to end: a partner posts, staff approve, matching profiles (and only they) hear of
it in their language, interest relays the profile to the partner; a call nobody matches says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.catalogue.diagnosis import sector_diagnosis
from helpdesk_bot.catalogue.validation import ProfileInput
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.people.actor import Operator
from helpdesk_bot.people.models import Role
from tests.e2e.conftest import STAFF_ID, Harness

pytestmark = pytest.mark.e2e

MAKER = ProfileInput(display_name="Fala Ceramics", sectors=("ceramics",), country="PL", languages=("pl", "en"),
                     offer={"en": "Stoneware for restaurants."}, open_for_commissions=True, visibility="network")


def text_of(m: object) -> str:
    return getattr(m, "text", "") or ""


async def post_call(h: Harness, partner: object, need: str, sector: str, *, cross_border: bool) -> None:
    p = partner
    await p.send_command("call")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "What do you need?" in text_of(m))  # type: ignore[arg-type]
    await p.send_text(need)  # type: ignore[attr-defined]
    sectors = await h.expect_button(p, f"cf:t:sectors:{sector}")  # type: ignore[arg-type]
    await p.press(sectors, callback_data=f"cf:t:sectors:{sector}")  # type: ignore[attr-defined]
    sectors = await h.expect(p, lambda m: any(b.text.startswith("✅") for b in m.flat_buttons))  # type: ignore[arg-type]
    await p.press(sectors, callback_data="cf:d:sectors")  # type: ignore[attr-defined]
    countries = await h.expect_button(p, "cf:t:countries:PL")  # type: ignore[arg-type]
    await p.press(countries, callback_data="cf:t:countries:PL")  # type: ignore[attr-defined]
    countries = await h.expect(p, lambda m: any(b.text.startswith("✅") for b in m.flat_buttons))  # type: ignore[arg-type]
    await p.press(countries, callback_data="cf:d:countries")  # type: ignore[attr-defined]
    languages = await h.expect_button(p, "cf:d:languages")  # type: ignore[arg-type]
    await p.press(languages, callback_data="cf:d:languages")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "Until when" in text_of(m))  # type: ignore[arg-type]
    await p.send_text("2020-01-01")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "must be in the future" in text_of(m))  # type: ignore[arg-type]
    await p.send_text("31.12.2027")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "budget in euros" in text_of(m))  # type: ignore[arg-type]
    await p.send_text("5000-100")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "range such as" in text_of(m))  # type: ignore[arg-type]
    await p.send_text("1000-5000")  # type: ignore[attr-defined]
    border = await h.expect_button(p, "cf:v:cross_border:1")  # type: ignore[arg-type]
    await p.press(border, callback_data=f"cf:v:cross_border:{1 if cross_border else 0}")  # type: ignore[attr-defined]
    org = await h.expect_button(p, "cf:s:organisation")  # type: ignore[arg-type]
    await p.send_text("Nordwerk <GmbH>")  # type: ignore[attr-defined]
    confirm = await h.expect_button(p, "cf:save:1")  # type: ignore[arg-type]
    assert "Nordwerk <GmbH>" in text_of(confirm) and "1000–5000 EUR" in text_of(confirm)
    del org
    await p.press(confirm, callback_data="cf:save:1")  # type: ignore[attr-defined]
    await h.expect(p, lambda m: "Your call is sent" in text_of(m))  # type: ignore[arg-type]


async def test_a_call_reaches_matching_profiles_only(harness: Harness) -> None:
    h = harness
    partner = h.sandbox.user(4001, first_name="Lena", username="lena_nordwerk", language_code="de")
    maker = h.sandbox.user(4101, first_name="Ola", language_code="pl")
    abroad = h.sandbox.user(4102, first_name="Elin", language_code="sv")
    staff = h.user(STAFF_ID, "Staff")
    for user, country, lang in ((partner, "DE", "en"), (maker, "PL", "pl"), (abroad, "SE", "sv"),
                                (staff, "PL", "en")):
        await h.onboard(user, language=lang, country=country)
    # not a partner yet: refused
    await partner.send_command("call")
    await h.expect(partner, lambda m: "only partner organisations" in text_of(m))
    await h.services.people.grant(4001, Role.PARTNER, by=Operator(STAFF_ID))
    profiles = h.services.catalogue.profiles
    await profiles.save(None, 4101, MAKER, status="approved")
    await profiles.save(None, 4102, replace(MAKER, display_name="Berg Keramik", country="SE",
                                            languages=("sv", "en")), status="approved")

    await post_call(h, partner, "Tableware for our <hotel> in Gdańsk", "ceramics", cross_border=False)
    await staff.send_command("calls")
    overview = await h.expect_button(staff, "cr:a:")
    assert "Tableware for our <hotel>" in text_of(overview) and "waiting for approval" in text_of(overview)
    call_id = int(next(b.value for b in overview.flat_buttons if (b.value or "").startswith("cr:a:")).split(":")[2])
    await staff.press(overview, callback_data=f"cr:a:{call_id}")
    await h.expect(staff, lambda m: "one creative has been notified" in text_of(m))

    notice = await h.expect_button(maker, f"ci:{call_id}", timeout=10)
    # in the maker's language (Polish), the partner's text as they wrote it
    assert "Zaproszenie do współpracy pasujące do Twojego profilu" in text_of(notice)
    assert "Tableware for our <hotel>" in text_of(notice) and "Nordwerk <GmbH>" in text_of(notice)
    assert [b.text for b in notice.flat_buttons] == ["Chcę się zgłosić"]
    await h.expect(partner, lambda m: "is approved and reached one creative" in text_of(m), timeout=10)
    await maker.press(notice, callback_data=f"ci:{call_id}")
    await h.expect(maker, lambda m: text_of(m).startswith("Dziękujemy! Twój profil został przekazany"))
    relayed = await h.expect_button(partner, "ca:", timeout=10)
    assert "Fala Ceramics" in text_of(relayed) and "Stoneware for restaurants." in text_of(relayed)
    await partner.press(relayed, callback_data=next(b.value for b in relayed.flat_buttons if b.value.startswith("ca:")))
    await h.expect(partner, lambda m: text_of(m).startswith("Noted: you agreed on cooperation"))
    # the Swedish profile was never told about the Poland-only call
    async with h.services.uow() as uow:
        recipients = set((await uow.session.execute(select(OutboxMessage.recipient_telegram_id))).scalars())
    assert 4102 not in recipients and not any(f"ci:{call_id}" in (b.value or "") for m in abroad.messages
                                              for b in m.flat_buttons)

    # a call nobody matches: the poster is told
    await post_call(h, partner, "A string quartet for our opening", "music", cross_border=True)
    await staff.send_command("calls")
    overview = await h.expect_button(staff, "cr:a:")
    second = int(next(b.value for b in overview.flat_buttons if (b.value or "").startswith("cr:a:")).split(":")[2])
    await staff.press(overview, callback_data=f"cr:a:{second}")
    await h.expect(staff, lambda m: "no profile matches it" in text_of(m))
    await h.expect(partner, lambda m: "no profile in the network matches it" in text_of(m), timeout=10)
    views = {c.id: c for c in await h.services.catalogue.calls.overview(None)}
    assert (views[call_id].notified, views[call_id].responses, views[call_id].agreed) == (1, 1, 1)
    assert views[second].notified == 0
    assert (await sector_diagnosis(h.services.uow))["calls"] == {
        "posted": 2, "approved": 2, "open_across_borders": 1, "answered": 1, "responses": 1, "agreed": 1}
    await h.services.interactions.flush()
    totals = (await h.services.reports.build(Period(date(2026, 1, 1), date(2027, 12, 31)))).totals()
    assert totals["cooperation_contacts"] == 1  # the interest relayed to the partner
