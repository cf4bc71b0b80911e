"""Profile input rules: https-only links, photos, slugs, limits; HTML kept as text (escaped on output)."""

import pytest

from helpdesk_bot.catalogue.search import country_named, country_stems, query_words
from helpdesk_bot.catalogue.validation import (
    ProfileError,
    ProfileInput,
    check_link,
    check_photo,
    make_slug,
    validate,
)


def _input(**changes: object) -> ProfileInput:
    values: dict[str, object] = {"display_name": "Studio Fala", "sectors": ("ceramics",), "country": "pl",
                                 "languages": ("pl",)}
    values.update(changes)
    return ProfileInput(**values)  # type: ignore[arg-type]


def test_valid_input_is_cleaned() -> None:
    data = validate(_input(skills=(" glaze ", "Glaze", "wheel"), links=("https://example.org/a",),
                           offer={"pl": "  Naczynia  ", "en": ""}, city="  Gdańsk "))
    assert data.country == "PL" and data.skills == ("glaze", "wheel") and data.offer == {"pl": "Naczynia"}
    assert data.city == "Gdańsk"


@pytest.mark.parametrize("url", ["http://example.org", "javascript:alert(1)", "ftp://example.org/x",
                                 "https://localhost", "https://user:pw@example.org", "https://exa mple.org",
                                 "https://example.org/\"onmouseover=x", "example.org"])
def test_links_must_be_https_addresses(url: str) -> None:
    with pytest.raises(ProfileError) as err:
        check_link(url)
    assert err.value.reason == "link-not-https"


def test_html_is_kept_as_text() -> None:
    data = validate(_input(display_name="<b>Fala</b> & <script>x</script>", offer={"en": "<i>pots</i>"}))
    assert data.display_name == "<b>Fala</b> & <script>x</script>" and data.offer["en"] == "<i>pots</i>"


@pytest.mark.parametrize(("changes", "reason"), [
    ({"display_name": "  "}, "name-invalid"),
    ({"display_name": "x" * 81}, "name-invalid"),
    ({"sectors": ()}, "sector-missing"),
    ({"sectors": ("ceramics", "glass", "wood", "metal")}, "too-many-sectors"),
    ({"sectors": ("pottery",)}, "sector-unknown"),
    ({"country": "FR"}, "country-unknown"),
    ({"languages": ()}, "language-missing"),
    ({"languages": ("fr",)}, "language-unknown"),
    ({"photos": ("a", "b", "c", "d")}, "too-many-photos"),
    ({"links": tuple(f"https://example.org/{i}" for i in range(6))}, "too-many-links"),
    ({"visibility": "everyone"}, "visibility-unknown"),
    ({"needs": ("money",)}, "need-unknown"),
    ({"slug": "Bad Slug"}, "slug-invalid"),
    ({"offer": {"en": "x" * 601}}, "offer-too-long"),
])
def test_bad_input_has_a_reason(changes: dict[str, object], reason: str) -> None:
    with pytest.raises(ProfileError) as err:
        validate(_input(**changes))
    assert err.value.reason == reason


def test_photos_must_be_small_images() -> None:
    check_photo("image/jpeg", 300_000)
    check_photo(None, None)
    with pytest.raises(ProfileError, match="photo-not-image"):
        check_photo("application/pdf", 1000)
    with pytest.raises(ProfileError, match="photo-too-large"):
        check_photo("image/png", 6 * 1024 * 1024)


def test_slugs_are_folded_names() -> None:
    assert make_slug("Pracownia Ceramiki Fała!") == "pracownia-ceramiki-fala"
    assert make_slug("Škofja Loka Ćma") == "skofja-loka-cma"
    assert make_slug("<<>>") == "profile"


def test_query_words_and_countries_in_any_language() -> None:
    assert query_words("Ceramika w Gdańsku!", "pl") == ["ceramika", "gdansku"]
    stems = country_stems([("PL", "Polska"), ("SE", "Schweden"), ("SE", "Švedija"), ("DE", "Niemcy"),
                           ("CZ", "Czechy")])
    assert country_named("polsce", stems) == "PL" and country_named("polska", stems) == "PL"
    assert country_named("schweden", stems) == "SE" and country_named("svedijoje", stems) == "SE"
    assert country_named("niemczech", stems) == "DE"
    assert country_named("ceramika", stems) is None and country_named("pl", stems) is None
