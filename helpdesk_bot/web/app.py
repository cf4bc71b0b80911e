"""Routes of the web catalogue: ``GET /catalogue`` (search, filters, pages) and ``GET /catalogue/<slug>``.

Only approved public profiles are shown, and of them only what the owner made public (never needs,
status or the Telegram id). Every value goes through Jinja2 autoescaping; translated strings are
unescaped first (the translator escapes for Telegram's HTML) so nothing is escaped twice.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from aiohttp import web

from helpdesk_bot.catalogue.search import CatalogueSearch, SearchFilters
from helpdesk_bot.catalogue.service import CatalogueService
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.catalogue.vocabulary import SECTORS
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.i18n.catalog import Translator
from helpdesk_bot.web.language import ENDONYMS, negotiate

TEMPLATES = Path(__file__).parent / "templates"
PhotoFetcher = Callable[[str], Awaitable[tuple[bytes, str] | None]]
MAX_PAGE = 10_000


@dataclass
class WebContext:
    """What the pages need: the catalogue's use cases, the translations and the bot's username."""

    profiles: CatalogueService
    search: CatalogueSearch
    translator: Translator
    default_language: str
    bot_username: Callable[[], str | None]
    photos: PhotoFetcher | None = None
    page_size: int = 20


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, enable_async=False)


def build_web_app(ctx: WebContext) -> web.Application:
    """The aiohttp application of the web catalogue."""
    env = _environment()
    app = web.Application()

    def page(request: web.Request, template: str, status: int = 200, **values: Any) -> web.Response:
        lang = negotiate(request.query.get("lang"), request.headers.get("Accept-Language"), ctx.default_language)

        def t(key: str, **args: Any) -> str:
            return html.unescape(str(ctx.translator(lang, key, **args)))

        def switch(code: str) -> str:
            query = {k: v for k, v in request.query.items() if k != "lang"}
            query["lang"] = code
            return f"{request.path}?{urlencode(query)}"

        body = env.get_template(template).render(t=t, lang=lang, languages=LANGUAGES, endonyms=ENDONYMS,
                                                 switch=switch, **values)
        response = web.Response(text=body, status=status, content_type="text/html", charset="utf-8")
        response.headers["Content-Language"] = lang
        response.headers["Vary"] = "Accept-Language"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = ("default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
                                                       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def filters_from(request: web.Request) -> tuple[str, SearchFilters, int]:
        q = request.query.get("q", "")[:200]
        sector = request.query.get("sector") or None
        country = request.query.get("country") or None
        language = request.query.get("language") or None
        try:
            page_no = min(max(1, int(request.query.get("page", "1"))), MAX_PAGE)
        except ValueError:
            page_no = 1
        filters = SearchFilters(
            sector=sector if sector in SECTORS else None,
            country=country if country in COUNTRIES else None,
            language=language if language in LANGUAGES else None,
            open_only=request.query.get("open") == "1",
        )
        return q, filters, page_no

    async def catalogue(request: web.Request) -> web.Response:
        q, filters, page_no = filters_from(request)
        lang = negotiate(request.query.get("lang"), request.headers.get("Accept-Language"), ctx.default_language)
        result = await ctx.search.search(q, filters, audience="web", page=page_no, lang=lang, page_size=ctx.page_size)
        base = {k: v for k, v in (("q", q), ("sector", filters.sector), ("country", filters.country),
                                  ("language", filters.language), ("open", "1" if filters.open_only else None),
                                  ("lang", request.query.get("lang") if request.query.get("lang") in LANGUAGES
                                   else None)) if v}

        def page_url(n: int) -> str:
            return "/catalogue?" + urlencode({**base, "page": n})

        return page(request, "catalogue.html", q=q, filters=filters, result=result, sectors=SECTORS,
                    countries=COUNTRIES, page_url=page_url, lang_param=base.get("lang"),
                    offer_lang=lambda view: offer_language(view, lang))

    async def profile(request: web.Request) -> web.Response:
        view = await ctx.profiles.public_by_slug(request.match_info["slug"])
        if view is None:
            return page(request, "not_found.html", status=404)
        username = ctx.bot_username()
        contact = f"https://t.me/{username}?start=profile-{view.id}" if username else None
        lang = negotiate(request.query.get("lang"), request.headers.get("Accept-Language"), ctx.default_language)
        return page(request, "profile.html", profile=view, contact=contact, offer_lang=offer_language(view, lang),
                    lang_param=request.query.get("lang") if request.query.get("lang") in LANGUAGES else None)

    async def photo(request: web.Request) -> web.StreamResponse:
        view = await ctx.profiles.public_by_slug(request.match_info["slug"])
        try:
            number = int(request.match_info["number"])
        except ValueError:
            number = 0
        if view is None or ctx.photos is None or not 1 <= number <= len(view.photos):
            raise web.HTTPNotFound()
        found = await ctx.photos(view.photos[number - 1])
        if found is None:
            raise web.HTTPNotFound()
        data, mime = found
        return web.Response(body=data, content_type=mime,
                            headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"})

    app.router.add_get("/catalogue", catalogue)
    app.router.add_get("/catalogue/", catalogue)
    app.router.add_get("/catalogue/{slug:[a-z0-9-]{1,64}}", profile)
    app.router.add_get("/catalogue/{slug:[a-z0-9-]{1,64}}/photo/{number:[0-9]{1,2}}", photo)
    return app


def offer_language(view: ProfileView, lang: str) -> str:
    """The language the shown offer text is written in (for the ``lang`` attribute)."""
    if lang in view.offer:
        return lang
    if "en" in view.offer:
        return "en"
    return next(iter(view.offer), lang)
