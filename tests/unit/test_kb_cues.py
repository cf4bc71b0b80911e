"""Country cues (``knowledge/_cues.yaml``): names and system terms in the seven languages, not VAT words."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpdesk_bot.knowledge_base.cues import Cues, load_cues, parse_cues
from helpdesk_bot.knowledge_base.normalise import tokens
from helpdesk_bot.knowledge_base.validation import validate_directory

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="module")
def cues() -> Cues:
    loaded, problems = load_cues(KNOWLEDGE / "_cues.yaml")
    assert problems == []
    return loaded


def countries(cues: Cues, text: str, lang: str, profile: str | None = None) -> list[str]:
    return cues.countries(tokens(text), lang, profile)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # country names, inflected, in each language
        ("Jak zarejestrować firmę w Szwecji?", "pl", "SE"),
        ("Czy w Czechach płaci się VAT od pierwszej korony?", "pl", "CZ"),
        ("Sprzedaję na Litwie, co z podatkiem?", "pl", "LT"),
        ("Jak podnikat v Německu?", "cs", "DE"),
        ("DPH ve Švédsku", "cs", "SE"),
        ("Prodávám v Polsku na trzích", "cs", "PL"),
        ("Registracija podjetja v Nemčiji", "sl", "DE"),
        ("Kako odprem dejavnost v Sloveniji", "sl", "SI"),
        ("DDV na Češkem", "sl", "CZ"),
        ("Gewerbe in Polen anmelden", "de", "PL"),  # the named country wins over a German term
        ("Steuern in Schweden", "de", "SE"),
        ("Ich ziehe nach Litauen", "de", "LT"),
        ("Kaip pradėti verslą Švedijoje?", "lt", "SE"),
        ("PVM Lietuvoje", "lt", "LT"),
        ("Ar Vokietijoje reikia registruotis?", "lt", "DE"),
        ("Starta företag i Tyskland", "sv", "DE"),
        ("moms i Sverige", "sv", "SE"),
        ("Säljer i Slovenien", "sv", "SI"),
        ("How to start a business in Lithuania", "en", "LT"),
        ("Czech VAT threshold", "en", "CZ"),
        ("Swedish social security for artists", "en", "SE"),
        # English names in any language's question
        ("rejestracja w Germany", "pl", "DE"),
        # without diacritics
        ("dph ve svedsku", "cs", "SE"),
        ("kaip pradeti versla svedijoje", "lt", "SE"),
        ("ddv v nemciji", "sl", "DE"),
    ],
)
def test_country_names_are_found(cues: Cues, text: str, lang: str, country: str) -> None:
    assert countries(cues, text, lang, "PL" if country != "PL" else "SE")[0] == country


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Ile płacę do ZUS-u na początku?", "pl", "PL"),
        ("Czy muszę mieć kasę fiskalną na jarmarku?", "pl", "PL"),
        ("ryczałt czy skala?", "pl", "PL"),
        ("wpis do CEIDG krok po kroku", "en", "PL"),
        ("Kolik musím platit na sociální pojištění, když mám živnost jen jako vedlejší činnost?", "cs", "CZ"),
        ("Vyplatí se mi paušální daň?", "cs", "CZ"),
        ("Jsem OSVČ, musím mít EET?", "cs", "CZ"),
        ("kolik plati osvc na pojisteni", "cs", "CZ"),
        ("Kako odprem s.p.?", "sl", "SI"),
        ("Ali se kot normiranec splača?", "sl", "SI"),
        ("prispevki ZZZS in FURS", "sl", "SI"),
        ("Ali rabim davčno blagajno na sejmu?", "sl", "SI"),
        ("Wie melde ich ein Gewerbe an?", "de", "DE"),
        ("Lohnt sich die Kleinunternehmerregelung?", "de", "DE"),
        ("Muss ich in die KSK?", "de", "DE"),
        ("Brauche ich eine TSE für meine Kasse?", "de", "DE"),
        ("Gründungszuschuss beantragen", "de", "DE"),
        ("Kaip įregistruoti individualią veiklą?", "lt", "LT"),
        ("verslo liudijimas ar individuali veikla", "lt", "LT"),
        ("Kiek mokėti Sodrai?", "lt", "LT"),
        ("Ar reikia kasos aparato mugėje?", "lt", "LT"),
        ("Behöver jag F-skattsedel för att sälja mina keramikskålar på julmarknader?", "sv", "SE"),
        ("Hur mycket egenavgifter betalar jag?", "sv", "SE"),
        ("Kan Arbetsförmedlingen hjälpa mig starta?", "sv", "SE"),
        ("Behöver jag kassaregister på marknaden?", "sv", "SE"),
        ("bidrag från Konstnärsnämnden", "sv", "SE"),
        # a speaker of one language using another country's system term
        ("Jsem normiranec ve Slovinsku, kolik platím?", "cs", "SI"),
        ("Mam działalność i płacę do Sodry", "pl", "LT"),
        ("I registered for F-tax? no, F-skatt with Skatteverket", "en", "SE"),
    ],
)
def test_system_terms_are_found(cues: Cues, text: str, lang: str, country: str) -> None:
    other = "PL" if country != "PL" else "DE"
    assert countries(cues, text, lang, other) == [country]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a language's ordinary word for VAT or tax is not a cue (a Czech speaker in Slovenia says DPH)
        ("Musím platit DPH?", "cs"),
        ("Kdy se musím registrovat k dani?", "cs"),
        ("Ali moram plačati DDV?", "sl"),
        ("Kdaj postanem davčni zavezanec?", "sl"),
        ("Czy muszę płacić VAT i podatek dochodowy?", "pl"),
        ("Muss ich MwSt und Umsatzsteuer zahlen? Welche Steuern?", "de"),
        ("Ar turiu mokėti PVM ir kokius mokesčius?", "lt"),
        ("Måste jag betala moms och skatt?", "sv"),
        ("Do I have to pay VAT and tax?", "en"),
        # words that only look like a cue
        ("How to polish silver jewellery", "en"),
        ("Kiek kainuoja čekio spausdinimas?", "lt"),  # "čekis" (a receipt) is not Czechia
        ("Wir arbeiten zusammen an einem Projekt", "de"),
        ("I need a spot at the market", "en"),
        # city names that are also ordinary words are left out of the places
        ("Kaj se zgodi, ko presežem prag za DDV?", "sl"),  # "prag" is a threshold, not Prag (Prague)
        ("Czy koper z ogrodu mogę sprzedawać na targu?", "pl"),  # dill, not Koper
        ("Where can I buy a polished brass sign?", "en"),
        ("Was kostet ein Stand fürs Wochenende?", "de"),  # "fürs" (für das), not FURS
    ],
)
def test_ordinary_words_are_not_cues(cues: Cues, text: str, lang: str) -> None:
    assert countries(cues, text, lang, "PL") == []


def test_sp_z_oo_is_polish_and_sp_alone_is_slovenian_in_slovene(cues: Cues) -> None:
    assert countries(cues, "Czy założyć sp. z o.o.?", "pl") == ["PL"]
    assert countries(cues, "Kako zaprem s.p.?", "sl") == ["SI"]
    assert countries(cues, "Kako zaprem s. p.?", "pl") == []  # "s.p." is only a cue in Slovene and English


def test_the_other_country_wins_when_the_profiles_is_named_too(cues: Cues) -> None:
    # people name their home as context and ask about the other country
    assert countries(cues, "I live in Poland but want to start a company in Germany", "en", "PL") == ["DE", "PL"]
    assert countries(cues, "Bydlím v Česku, ale chci podnikat v Polsku", "cs", "CZ") == ["PL", "CZ"]
    assert countries(cues, "from Poland to Germany and back to Poland", "en", None) == ["PL", "DE"]
    assert countries(cues, "Gewerbe in Polen", "de", "SE") == ["PL", "DE"]  # names before terms


def test_names_are_removable_terms_are_not(cues: Cues) -> None:
    assert cues.is_name("szwecji", "pl")
    assert cues.is_name("sweden", "pl")  # English names in every question
    assert not cues.is_name("szwecji", "de")  # a Polish form is not a name in a German question
    assert not cues.is_name("zus", "pl")  # a system term is also a topic word
    assert cues.is_not_cue("dph") and cues.is_not_cue("podatku") and not cues.is_not_cue("zus")


# ------------------------------------------------------------------------------ validation


def _problems(data: object) -> list[str]:
    return [f"{p.field}: {p.message}" for p in parse_cues(data)[1]]


NAMES = {lang: ["Xland*"] for lang in ("pl", "cs", "sl", "de", "lt", "sv", "en")}


def test_a_valid_cue_file_has_no_problems() -> None:
    assert _problems({"countries": {"PL": {"names": NAMES, "terms": {"pl": ["ZUS"]}}}}) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "yaml: must be a mapping"),
        ({"countries": {"XX": {"names": NAMES}}}, "countries.XX: is not one of"),
        ({"countries": {"PL": {"names": {"pl": ["Polsk*"]}}}}, "countries.PL.names: missing language(s): cs"),
        ({"countries": {"PL": {"names": NAMES, "terms": {"xx": ["ZUS"]}}}}, "countries.PL.terms.xx: unknown language"),
        ({"countries": {"PL": {"names": NAMES, "terms": {"pl": ["Z*"]}}}}, "is too short"),
        ({"countries": {"PL": {"names": NAMES, "terms": {"pl": [3]}}}}, "must be a non-empty string"),
        ({"countries": {"PL": {"names": NAMES, "extra": {}}}}, "countries.PL.extra: unknown key"),
        (
            {"not_cues": {"pl": ["VAT"]}, "countries": {"PL": {"names": NAMES, "terms": {"pl": ["VAT*"]}}}},
            "an ordinary word (not_cues)",
        ),
        (
            {"countries": {"PL": {"names": NAMES, "terms": {"pl": ["ZUS"]}},
                           "CZ": {"names": NAMES, "terms": {"cs": ["ZUS"]}}}},
            "is also a cue of",
        ),
    ],
)
def test_cue_file_problems(data: object, expected: str) -> None:
    assert any(expected in p for p in _problems(data)), _problems(data)


def test_kb_validate_reports_a_broken_cue_file(tmp_path: Path) -> None:
    (tmp_path / "_cues.yaml").write_text("countries:\n  PL:\n    names: {pl: ['Polsk*']}\n    terms: {pl: [VAT]}\n"
                                         "not_cues:\n  pl: [VAT]\n", encoding="utf-8")
    problems = [str(p) for p in validate_directory(tmp_path)]
    assert any(p.startswith("_cues.yaml: countries.PL.terms: 'VAT' would match") for p in problems), problems
    assert any(p.startswith("_cues.yaml: countries.PL.names: missing language(s)") for p in problems), problems


def test_the_shipped_cues_are_valid_and_cover_every_country_and_language(cues: Cues) -> None:
    assert [str(p) for p in validate_directory(KNOWLEDGE) if p.file == "_cues.yaml"] == []
    found = {(p.country, lang) for lang, p in cues.patterns if p.kind == "names"}
    for country in ("PL", "CZ", "SI", "DE", "LT", "SE"):
        # "*": the English names, recognised in every question
        assert {lang for c, lang in found if c == country} == {"pl", "cs", "sl", "de", "lt", "sv", "*"}


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        # cities, inflected as each language writes them
        ("Mieszkam w Pradze i chcę tam otworzyć pracownię", "pl", "CZ"),
        ("Od jara bydlím v Drážďanech", "cs", "DE"),
        ("Imam atelje v Mariboru", "sl", "SI"),
        ("Ich ziehe nach Breslau", "de", "PL"),
        ("Gyvenu Krokuvoje", "lt", "PL"),
        ("Jag har en studio i Vilnius", "sv", "LT"),
        ("I am a designer based in Gothenburg", "en", "SE"),
        ("Preselila sem se v Berlin", "sl", "DE"),
        ("Živim v Münchnu in rišem za založbe", "sl", "DE"),
        # "Polish" is Poland only with what follows it
        ("Do I have to pay Polish VAT on my sales?", "en", "PL"),
        ("Which Polish taxes apply to a sculptor?", "en", "PL"),
        # an exception holds only in its language: FURS is still the Slovenian tax office elsewhere
        ("Musím se hlásit na FURS, když prodávám na trzích?", "cs", "SI"),
    ],
)
def test_places_and_polish_with_its_noun_are_found(cues: Cues, text: str, lang: str, country: str) -> None:
    other = "PL" if country != "PL" else "SE"
    assert countries(cues, text, lang, other) == [country]


def test_a_place_ranks_after_a_named_country_and_the_profiles_country_goes_last(cues: Cues) -> None:
    # a Swede in Gdańsk asking about Polish VAT: the nationality is context
    text = "I'm Swedish and opening a studio in Gdańsk: up to what turnover am I exempt from Polish VAT?"
    assert countries(cues, text, "en", "SE") == ["PL", "SE"]
    # living in one city, moving to another: the profile's country (home) goes last
    assert countries(cues, "I live in Kraków but I'm moving to Leipzig", "en", "PL") == ["DE", "PL"]


def test_places_are_taken_out_of_topic_matching_like_country_names(cues: Cues) -> None:
    # a city says where, not what: "VAT in Göteborg" is about VAT
    assert cues.is_name("goteborg", "sv") and cues.is_name("krakowie", "pl")
    assert not cues.is_name("vat", "en")


@pytest.mark.parametrize(
    ("text", "lang", "profile", "expected"),
    [
        # where someone comes from ranks after what the question names
        ("Jag har flyttat hem från Berlin. Hur lång tid tar det att få F-skatt?", "sv", "SE", ["SE", "DE"]),
        ("I just moved from Vienna to Leipzig, do I need a Gewerbe?", "en", None, ["DE"]),
        ("Přestěhovala jsem se z Polska do Brna, jak založím živnost?", "cs", "CZ", ["CZ", "PL"]),
        ("Aus Polen nach Schweden: wie bekomme ich F-skatt?", "de", "DE", ["SE", "PL"]),
        # a country also named by a term of its system is not only an origin
        ("Jsem Češka, ale podnikám teď z Krakova. Kolik se platí ZUS?", "cs", "CZ", ["PL", "CZ"]),
        # alone it still decides: orders from Germany are about Germany
        ("Dostávám objednávky z Německa, musím tam platit DPH?", "cs", "CZ", ["DE"]),
        # named once as the origin and once as the place asked about: in order of mention
        ("from Poland to Germany and back to Poland", "en", None, ["PL", "DE"]),
    ],
)
def test_where_someone_comes_from_ranks_last(
    cues: Cues, text: str, lang: str, profile: str | None, expected: list[str]
) -> None:
    assert countries(cues, text, lang, profile) == expected



def test_from_word_problems_are_reported() -> None:
    _, problems = parse_cues({"countries": {}, "from_words": {"xx": ["from"], "en": "from"}})
    assert {p.field for p in problems} >= {"from_words.xx", "from_words.en"}
    _, problems = parse_cues({"countries": {}, "from_words": ["from"]})
    assert ("from_words", "must be a mapping of language -> list of words") in {(p.field, p.message) for p in problems}
