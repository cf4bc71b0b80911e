"""The web catalogue over HTTP: search, filters, pages, languages, escaping, and nothing that is not public."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest
from aiohttp.test_utils import TestClient, TestServer

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.validation import ProfileInput
from helpdesk_bot.web.app import build_web_app
from helpdesk_bot.web.language import negotiate
from helpdesk_bot.web.server import web_context
from tests.conftest import PROJECT_ROOT

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
EVIL = ProfileInput(display_name='<script>alert("x")</script> Studio', sectors=("glass",), country="SE",
                    languages=("sv", "en"), offer={"en": "<img src=x onerror=alert(1)> glass & light"},
                    skills=("<b>bold</b>",), city="Malmö", links=("https://example.org/a?b=1&c=2",),
                    photos=("PHOTO-1", "PHOTO-2"), visibility="public", needs=("funding",),
                    needs_text="SECRET-NEED-TEXT", open_for_commissions=True)


@dataclass
class Site:
    client: TestClient  # type: ignore[type-arg]
    services: Services
    ids: dict[str, int]


async def fake_photos(file_id: str) -> tuple[bytes, str] | None:
    return (PNG, "image/png") if file_id.startswith("PHOTO") else None


@pytest.fixture
async def site(db_services: Services) -> AsyncIterator[Site]:
    assert await import_file(db_services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
    profiles = db_services.catalogue.profiles
    ids = {
        "evil": (await profiles.save(None, 801, EVIL, status="approved")).id,
        "network": (await profiles.save(None, 802, replace(EVIL, display_name="Network Glass", photos=(),
                                                           visibility="network"), status="approved")).id,
        "hidden": (await profiles.save(None, 803, replace(EVIL, display_name="Hidden Glass", photos=(),
                                                          visibility="hidden"), status="approved")).id,
        "pending": (await profiles.save(None, 804, replace(EVIL, display_name="Pending Glass", photos=()),
                                        status="pending")).id,
        "paused": (await profiles.save(None, 805, replace(EVIL, display_name="Paused Glass", photos=()),
                                       status="paused")).id,
    }
    ctx = web_context(db_services, "helpdesk_test_bot")
    ctx.photos = fake_photos
    ctx.page_size = 5
    client = TestClient(TestServer(build_web_app(ctx)))
    await client.start_server()
    try:
        yield Site(client, db_services, ids)
    finally:
        await client.close()


async def get(site: Site, url: str, lang: str | None = None, status: int = 200) -> str:
    headers = {"Accept-Language": lang} if lang else {}
    response = await site.client.get(url, headers=headers)
    assert response.status == status, url
    return await response.text()


async def test_list_shows_public_approved_profiles_only(site: Site) -> None:
    page = await get(site, "/catalogue?lang=en")
    assert "15 profiles found" in page
    for name in ("Network Glass", "Hidden Glass", "Pending Glass", "Paused Glass", "SECRET-NEED-TEXT"):
        assert name not in page
    for key in ("network", "hidden", "pending", "paused"):
        view = await site.services.catalogue.profiles.get(site.ids[key])
        assert view is not None
        await get(site, f"/catalogue/{view.slug}", status=404)


async def test_everything_is_escaped(site: Site) -> None:
    view = await site.services.catalogue.profiles.get(site.ids["evil"])
    assert view is not None
    for url in ("/catalogue?q=glass&lang=en", f"/catalogue/{view.slug}?lang=en"):
        page = await get(site, url)
        assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Studio" in page
        assert "<img src=x" not in page and "<b>bold" not in page
    page = await get(site, f"/catalogue/{view.slug}?lang=en")
    assert "SECRET-NEED-TEXT" not in page and "Selling abroad" not in page and "Funding" not in page
    assert 'href="https://example.org/a?b=1&amp;c=2"' in page
    assert f'href="https://t.me/helpdesk_test_bot?start=profile-{view.id}"' in page
    alts = re.findall(r'<img src="([^"]+)" alt="([^"]+)"', page)
    assert [src for src, _ in alts] == [f"/catalogue/{view.slug}/photo/1", f"/catalogue/{view.slug}/photo/2"]
    assert all("Photo" in alt and "&lt;script&gt;" in alt for _, alt in alts)
    response = await site.client.get(f"/catalogue/{view.slug}/photo/1")
    assert response.status == 200 and response.content_type == "image/png" and await response.read() == PNG
    await get(site, f"/catalogue/{view.slug}/photo/3", status=404)
    q = await get(site, "/catalogue?q=%3Cscript%3E&sector=%3Cx%3E&page=abc")
    assert "<script>" not in q and 'value="&lt;script&gt;"' in q


async def test_search_filters_and_pages(site: Site) -> None:
    page = await get(site, "/catalogue?q=ceramika+Gda%C5%84sk&lang=pl")
    assert "Pracownia Ceramiki Fala" in page and "Hantverkshuset Ystad" not in page  # both words match
    page = await get(site, "/catalogue?q=ceramics&lang=en")
    assert "Pracownia Ceramiki Fala" in page and "Hantverkshuset Ystad" in page
    page = await get(site, "/catalogue?country=LT&lang=en")
    assert "2 profiles found" in page and "Austėja Linen Studio" in page and "Fala" not in page
    page = await get(site, "/catalogue?sector=heritage&open=1&lang=en")
    assert "Kovaštvo Kranjc" in page and "Petrauskas" not in page
    page = await get(site, "/catalogue?language=sv&lang=en")
    assert "Hantverkshuset Ystad" in page and "Lederwerk" not in page
    first = await get(site, "/catalogue?lang=en&open=1")  # 5 per page in these tests
    assert "Page 1 of 3" in first and 'rel="next" href="/catalogue?open=1&amp;lang=en&amp;page=2"' in first
    second = await get(site, "/catalogue?lang=en&open=1&page=2")
    assert "Page 2 of 3" in second and 'rel="prev"' in second and 'rel="next"' in second
    assert "Page 3 of 3" in await get(site, "/catalogue?lang=en&open=1&page=999")


async def test_languages_from_header_and_switcher(site: Site) -> None:
    assert "Znaleziono 15 profili" in await get(site, "/catalogue", lang="pl-PL,pl;q=0.9,en;q=0.5")
    assert "15 Profile gefunden" in await get(site, "/catalogue", lang="fr, de;q=0.8")
    page = await get(site, "/catalogue?lang=lt", lang="de")
    assert '<html lang="lt">' in page and "Rasta 15 profilių" in page
    assert 'href="/catalogue?lang=sv" hreflang="sv" lang="sv"' in page
    assert negotiate(None, "xx;q=1, sl;q=0.2, cs;q=0.7", "en") == "cs"
    assert negotiate("zz", None, "en") == "en"


async def test_forgetting_removes_the_page(site: Site) -> None:
    view = await site.services.catalogue.profiles.get(site.ids["evil"])
    assert view is not None
    await get(site, f"/catalogue/{view.slug}")
    await site.services.catalogue.profiles.delete(None, 801)
    await get(site, f"/catalogue/{view.slug}", status=404)
    assert "Studio" not in await get(site, "/catalogue?q=glass")


async def test_every_page_names_the_centre_in_its_language(site: Site) -> None:
    translator = site.services.translator
    for lang in ("pl", "de", "en"):
        page = await get(site, f"/catalogue?lang={lang}")
        assert f"<footer>\n<p>{translator.plain(lang, 'web-run-by')}</p>" in page
        assert translator.centre_name(lang) in page
    assert translator.centre_name("pl") != translator.centre_name("en")  # not one English string everywhere
