"""The web catalogue served by the running bot (HELPDESK_WEB_PORT): over HTTP and in headless chromium."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.validation import ProfileInput
from tests.conftest import PROJECT_ROOT
from tests.e2e.conftest import HarnessFactory
from tests.e2e.web_helpers import chromium, png

pytestmark = pytest.mark.e2e

STUDIO = ProfileInput(display_name="Szkło & <Światło>", sectors=("glass", "interior-design"), country="PL",
                      languages=("pl", "en"), offer={"pl": "Witraże i lampy na zamówienie.",
                                                     "en": "Stained glass and lamps made to order."},
                      skills=("witraż", "fusing"), city="Bydgoszcz", links=("https://example.org/swiatlo",),
                      visibility="public", open_for_commissions=True, needs=("funding",),
                      needs_text="PRIVATE: looking for a loan")


async def _get(url: str, lang: str = "en") -> tuple[int, str, bytes]:
    async with aiohttp.ClientSession() as session, session.get(url, headers={"Accept-Language": lang}) as r:
        body = await r.read()
        return r.status, r.content_type, body


async def test_the_bot_serves_the_catalogue(harness_factory: HarnessFactory) -> None:
    async with harness_factory(web_port=0) as h:
        web = h.application.web
        assert web is not None and web.url.startswith("http://127.0.0.1:")
        assert await import_file(h.services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
        photo = h.sandbox.register_file("photo", png(), "work.png", "image/png")
        view = await h.services.catalogue.profiles.save(None, 4242, replace(STUDIO, photos=(photo.file_id,)),
                                                        status="approved")
        status, _, body = await _get(f"{web.url}?q=szklo+bydgoszcz", "pl")
        page = body.decode()
        assert status == 200 and "Szkło &amp; &lt;Światło&gt;" in page and "Znaleziono jeden profil" in page
        status, _, body = await _get(f"{web.url}/{view.slug}")
        page = body.decode()
        assert status == 200 and f"https://t.me/{h.sandbox.bot_username}?start=profile-{view.id}" in page
        assert "PRIVATE" not in page and "Stained glass and lamps" in page
        status, mime, data = await _get(f"{web.url}/{view.slug}/photo/1")
        assert (status, mime, data) == (200, "image/png", png())
        # the owner deletes the profile: gone from the web at once
        await h.services.catalogue.profiles.delete(None, 4242)
        assert (await _get(f"{web.url}/{view.slug}"))[0] == 404
        assert (await _get(f"{web.url}/{view.slug}/photo/1"))[0] == 404


@pytest.mark.browser
async def test_pages_in_headless_chromium(harness_factory: HarnessFactory, tmp_path: Path) -> None:
    async with harness_factory(web_port=0) as h:
        web = h.application.web
        assert await import_file(h.services, PROJECT_ROOT / "catalogue.sample.yaml") == 0
        photo = h.sandbox.register_file("photo", png(), "work.png", "image/png")
        view = await h.services.catalogue.profiles.save(None, 4242, replace(STUDIO, photos=(photo.file_id,)),
                                                        status="approved")
        dom = await chromium(f"{web.url}?q=ceramics&country=PL&lang=en", tmp_path / "chrome", "--dump-dom")
        assert "Pracownia Ceramiki Fala" in dom and "Hantverkshuset" not in dom
        assert '<label for="q">' in dom and 'aria-label="Language of this page"' in dom
        dom = await chromium(f"{web.url}/{view.slug}?lang=de", tmp_path / "chrome", "--dump-dom")
        assert '<html lang="de">' in dom and "Über Telegram kontaktieren" in dom
        assert "<Światło>" not in dom and "Szkło &amp; &lt;Światło&gt;" in dom  # text, not markup
        assert 'alt="Szkło &amp; &lt;Światło&gt;: Foto 1 aus dem Portfolio"' in dom
        shot = tmp_path / "profile.png"
        await chromium(f"{web.url}/{view.slug}?lang=pl", tmp_path / "chrome", f"--screenshot={shot}",
                       "--window-size=1000,1200", "--hide-scrollbars")
        assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 5000
        keep = os.environ.get("HELPDESK_SCREENSHOT_DIR")  # to look at the page: set it to a folder
        if keep:
            shutil.copy(shot, Path(keep) / "catalogue-profile.png")
            await chromium(f"{web.url}?lang=sv", tmp_path / "chrome", f"--screenshot={Path(keep) / 'catalogue.png'}",
                           "--window-size=1000,1400", "--hide-scrollbars")
