"""Text normalisation for matching: folding, tokens, stopwords, stemming, country names.

The pipeline (:func:`analyse`) is the same for knowledge-base phrasings and for
questions, so that both sides meet in one vocabulary:

1. :func:`fold` - Unicode NFKC, case folding, diacritics removed (``ą`` -> ``a``,
   ``č`` -> ``c``, ``ė`` -> ``e``, ``å``/``ä``/``ö`` -> ``a``/``a``/``o``) including
   letters that do not decompose (``ł`` -> ``l``, ``ø`` -> ``o``, ``ß`` -> ``ss``,
   ``đ`` -> ``d``, ``æ`` -> ``ae``...), dotted abbreviations joined (``s.p.`` -> ``sp``,
   ``d.o.o.`` -> ``doo``), inflected acronyms reduced (``ZUS-u`` -> ``zus``,
   ``VAT-owiec`` -> ``vatowiec``), web addresses reduced to their names
   (``www.biznes.gov.pl`` -> ``biznes``), apostrophes inside words dropped (``what's`` -> ``whats``),
   a single letter joined to the hyphenated word it prefixes
   (``F-skatt`` -> ``fskatt``, ``e-shop`` -> ``eshop``), every other non-alphanumeric
   character a space.  People often type without diacritics, so folding makes
   ``dzialalnosc`` and ``działalność`` the same word.
2. :func:`tokens` - split on whitespace.
3. stopwords of the question's language and English dropped (function words, question
   words, pronouns, auxiliary and modal verbs: they carry no topic); numbers and single
   letters dropped.
4. :func:`stem` - Snowball stemmers (Polish, Czech, German, Lithuanian, Swedish,
   English) applied to the folded word, and a light suffix stripper for Slovenian,
   which Snowball lacks.  With PyStemmer installed (a dependency) ``snowballstemmer`` runs the
   same Snowball algorithms compiled to C: identical stems (checked on the whole vocabulary of the
   knowledge base and the question sets), several times faster to build a large index.  Stemming the folded form keeps questions typed without
   diacritics on the same stem as the knowledge base, which is written with them.

Measured with the matcher on the development set (64 questions) and the held-out set
(251), each also with the diacritics removed: Snowball on the folded word gave top-1
95.3 % / 97.2 % (95.3 % / 97.2 % without diacritics); no stemming 89.1 % / 96.8 %;
simplemma lemmatisation 93.8 % / 97.2 % but 93.8 % / 94.8 % without diacritics (its
dictionaries need the diacritics people leave out); Snowball on the word with its
diacritics, then folded, 95.3 % / 97.2 % but 93.8 % on the development set without
diacritics.  Residual differences (``zarejestrowac`` vs ``zarejestrow``) are absorbed
by the matcher's prefix and typo matching.

Country names and other country cues are data of the knowledge base (``knowledge/_cues.yaml``,
see :mod:`.cues`), not code.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import snowballstemmer

#: Letters that NFKD does not decompose into a base letter + combining mark.
_SPECIAL_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "ŧ": "t",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ĸ": "k",
        "ſ": "s",
    }
)

_ABBREVIATION_RE = re.compile(r"\b(?:[^\W\d_]{1,3}\.){2,}|\b(?:[^\W\d_]\.)(?=[^\W\d_]\b)", re.UNICODE)
_LETTER_HYPHEN_RE = re.compile(r"\b([^\W\d_])-(?=[^\W\d_]{2,})", re.UNICODE)
_ACRONYM_SUFFIX_RE = re.compile(r"\b([A-ZĄČĆĘĖĮŁŃŠŪŲŽÄÖÜÅ]{2,6})-([a-ząčćęėįłńóśšūųźżäöüåé]+)\b")
_TLDS = "pl|cz|si|de|lt|se|eu|com|org|net|int|info|io|at|uk|gov|edu"
_DOMAIN_RE = re.compile(
    rf"\b(?:https?://)?(?:www\.)?((?:[a-z0-9][a-z0-9-]*\.)+)(?:{_TLDS})\b(?:/[^\s]*)?", re.IGNORECASE
)
_APOSTROPHE_RE = re.compile(r"(?<=\w)['\u2019\u02bc`](?=\w)", re.UNICODE)
_NON_WORD_RE = re.compile(r"[\W_]+", re.UNICODE)
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)  # the words _NON_WORD_RE separates (findall: no joined copy)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Fold one word: case, diacritics and special letters (no punctuation handling)."""
    word = word.casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _acronym_suffix(match: re.Match[str]) -> str:
    acronym, ending = match.group(1), match.group(2)
    # Polish/Lithuanian inflect acronyms with a hyphen: ZUS-u, VAT-u, PIT-em -> the
    # acronym; a slightly longer ending makes a derived word: VAT-owiec -> vatowiec;
    # a whole word stays a separate word: VAT-threshold.
    if len(ending) <= 3:
        return acronym
    return acronym + ending if len(ending) <= 5 else match.group(0)


_GENERIC_LABELS = frozenset({"www", "gov", "edu", "co", "com", "org", "net"})


def _domain(match: re.Match[str]) -> str:
    labels = [label for label in match.group(1).split(".") if label and label.lower() not in _GENERIC_LABELS]
    return " " + " ".join(labels) + " "


def _prepare(text: str) -> list[str]:
    """The words of ``text``, case-folded with diacritics kept, after the rewrites below.

    Each rewrite runs only when the text has the character it needs (most phrasings have no
    hyphen, dot or apostrophe): knowledge bases of thousands of entries are analysed quickly.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _WORD_RE.findall(_rewritten(text))


def _rewritten(text: str) -> str:
    """``text`` (NFKC-normalised) case-folded, after the rewrites whose characters it holds."""
    hyphen = "-" in text
    if hyphen:
        text = _ACRONYM_SUFFIX_RE.sub(_acronym_suffix, text)
    text = text.casefold()
    if "." in text:
        text = _DOMAIN_RE.sub(_domain, text)
        text = _ABBREVIATION_RE.sub(lambda m: m.group(0).replace(".", ""), text)
    if hyphen:
        text = _LETTER_HYPHEN_RE.sub(r"\1", text)
    if "'" in text or "\u2019" in text or "\u02bc" in text or "`" in text:
        text = _APOSTROPHE_RE.sub("", text)
    return text


#: What :func:`prepared_runs` puts after each text: a word no text holds, between spaces (ASCII: NFKC and case
#: folding keep it as it is).
TEXT_BREAK = "0textbreak0"
_BREAK = f" {TEXT_BREAK} "
#: What every rewrite of :func:`_rewritten` needs: a hyphen, dot or apostrophe before a word character (a text
#: without one, such as a sentence that merely ends with a full stop, is only case-folded).
_REWRITE_CHARS_RE = re.compile("[-.'\u2019\u02bc`](?=\\w)")


def prepared_runs(texts: list[str]) -> list[str]:
    """The words of each of ``texts`` as :func:`prepared_words` gives them, :data:`TEXT_BREAK` after each."""
    return _WORD_RE.findall(prepared_text(texts))


def prepared_text(texts: list[str]) -> str:
    """``texts`` prepared as one string: its words are :func:`prepared_runs` (:data:`TEXT_BREAK` after each text).

    One pass over all the texts (normalised and case-folded at once; only the texts that need a rewrite are
    rewritten one by one): a knowledge base's many short phrasings are prepared several times faster than
    one by one.  The index build finds the words of such strings with numpy (:mod:`.word_hashes`).
    """
    if not texts:
        return ""
    joined = _BREAK.join(texts)
    if not joined.isascii():
        # (the ASCII spaces around each break keep normalisation from joining across texts)
        joined = unicodedata.normalize("NFKC", joined)
    if _REWRITE_CHARS_RE.search(joined) is not None:
        parts = joined.split(_BREAK)
        for i in [i for i, found in enumerate(map(_REWRITE_CHARS_RE.search, parts)) if found is not None]:
            parts[i] = _rewritten(parts[i])
        joined = _BREAK.join(parts)
    return joined.casefold() + _BREAK


def prepared_words(text: str) -> list[str]:
    """The words of ``text`` case-folded with diacritics kept (fold each with :func:`fold_token`)."""
    return _prepare(text)


@lru_cache(maxsize=131072)
def _fold_token(word: str) -> str:
    """A word of :func:`_prepare`'s output folded, without any remaining non-word character."""
    return _NON_WORD_RE.sub("", fold_word(word))


def fold_token(word: str) -> str:
    """A word of :func:`prepared_words` folded like :func:`folded_words` folds it (may be empty)."""
    return _fold_token(word)


def word_pairs(text: str) -> list[tuple[str, str]]:
    """``(folded, original)`` for each word of ``text``; ``original`` is case-folded with diacritics."""
    pairs: list[tuple[str, str]] = []
    for word in _prepare(text):
        folded = _fold_token(word)
        if folded:
            pairs.append((folded, word))
    return pairs


def folded_words(text: str) -> list[str]:
    """The folded words of ``text`` (the first halves of :func:`word_pairs`, faster)."""
    return [w for w in map(_fold_token, _prepare(text)) if w]


def fold(text: str) -> str:
    """Normalise ``text`` to lower-case ASCII-like words separated by single spaces.

    >>> fold("Jak założyć  DZIAŁALNOŚĆ? (s.p., F-skatt, Straße)")
    'jak zalozyc dzialalnosc sp fskatt strasse'
    """
    return " ".join(folded for folded, _ in word_pairs(text))


def tokens(text: str) -> list[str]:
    """Folded tokens of ``text``."""
    return folded_words(text)


# --------------------------------------------------------------------------- stopwords

_STOPWORDS_RAW: dict[str, str] = {
    "en": """
        u ur pls plz thx ty kinda sorta basically literally btw idk tbh anyway anyways hmm gotta lemme
        also always because both each either else ever every few further however just least less lot lots maybe must neither never now often only other others otherwise own quite rather same since somehow sometimes somewhere soon such sure therefore though thus together until upon usually well whether while within yet guys yeah yep nope gonna got gotta ill youre theyre thats theres heres wouldnt shouldnt couldnt wont

        a an the and or but if of to in on at for from with without by about as into onto over under than
        then so is are was were be been being am do does did doing done have has had having i me my mine
        myself we us our ours you your yours he him his she her it its they them their theirs this that
        these those there here what which who whom whose when where why how can could may might must
        shall should will would need needs want wants wanna like get got gets getting im ive id dont
        doesnt didnt cant cannot isnt arent whats hows wheres please any some all more most much many very
        just also too not no yes anyone someone something anything one ok okay hi hey hello thanks thank
        tell know let lets etc vs via per really actually still even
    """,
    "pl": """
        któremu czyj
        jakiej jakiemu jakimi jakichś jakiż ciebie cię niego niej nich nim nimi niemu nią nami wam wami tobie tobą twój twoja twoje twoi twoim twym naszego naszych nasi wasi wasze jemu którym którzy sobą którymi temu tymi
        siema ogolnie generalnie wlasciwie troche jakby serio mega spoko no hmm
        bo wiec zatem jednak takze albo czyli nawet zawsze nigdy czasem czasami teraz potem wtedy tutaj tam gdzies jakby moze chyba raczej prawie bardziej najbardziej wszystko wszyscy kazdy kazda kazde inny inna inne innych taki taka takie tego tez oraz ktos cos nic nikt sam sama samo swoj pan pani panstwo prosze mozesz mozecie mozna jakos dlatego poniewaz zanim kiedys wlasnie bylo byla

        a i oraz lub albo ale czy jak jaki jaka jakie jakiego jakich jakim co czego czym kto kogo komu
        kiedy gdzie dlaczego czemu ile ilu w we z ze za na do od o u po przy dla bez przez pod nad przed
        miedzy to ten ta te tego tej tym tych tą jest sa byl byla bylo byli byc bedzie beda sie mnie mi
        moj moja moje mojego mojej moim moich moja moj mna swoj swoja swoje swojego swojej swoim swoich
        ja ty on ona ono my wy oni one nas nam nasz nasza nasze wasz wasza jego jej ich mu go je mozna
        musze musi musimy trzeba powinienem powinnam powinno powinien moge moze mozemy chce chcialbym
        chcialabym chcemy jestem jestes mam masz ma mamy macie tez takze juz jeszcze tylko bardzo np itp
        jako czyli gdy jesli jezeli zeby aby by ktory ktora ktore ktorego ktorych ktorej no tak nie hej czesc
        witam prosze dziekuje dzieki cos ktos jakis jakas jakies jakos sobie siebie wiec bo
    """,
    "cs": """
        jakého jakému jakým jakými kterého kterému kterém kterým kterými kterých
        jemu jej jich jim jimi nim nimi nich němu tebe tebou tobě tvůj tvá tvé tvoje vám vámi vaši své svých svými tento tato toto tyto tomto tohoto tomuto tímto této tuto jehož jež jenž již kteří
        sem sme teda jo fakt trochu vlastne proste nejak hmm
        protoze tedy takze ale jenze vsak proto pak potom ted tady tam nekde kdyz jestli mozna asi spis skoro vice nejvice vsechno vsichni kazdy kazda kazde jiny jina jine takovy takova takove sam sama samo pane pani prosim muzete muzes jakoby vlastne hlavne treba

        a i nebo ale ze jak jaky jaka jake jakou jakem jakych co ceho cim kdo koho komu kdy kde proc kolik
        v ve z ze za na do od o u po pri pro bez pres pod nad pred mezi k ke s se si to ten ta ty toho te
        tom tim tu je jsou byl byla bylo byt bude budou jsem jsi jste jsme me mi muj moje moji meho mem
        mym mou svuj svoje svou svoji sveho svym ja ty on ona ono my vy oni nas nam nas nase vas vase
        jeho jeji jejich muzu mohu muze muzeme musim musi musime musite potrebuju potrebuji potrebuje chci
        chtel chtela chteli mam mate ma mame take taky uz jeste jen jenom velmi tak ne ano ahoj dobry den
        prosim dekuji diky nejak nejaky nejaka nejake ktery ktera ktere kterou kdyz jestli aby by neco
        nekdo bych jako
    """,
    "sl": """
        kakšni kakšne kakšnega kakšnemu kakšnem kakšnim kakšnih kakšnimi katere katerega kateremu katerem katerim katerih katerimi
        njega njej njemu njo njim njih nje njiju njima tebe tebi tvoj tvoja tvoje vam vaju vaša vaše sebe sebi tista tiste tisti tisto
        pac res malo nekako sicer hmm
        ker zato torej vendar tudi niti celo vedno nikoli vcasih zdaj potem tedaj tukaj tam nekje morda verjetno skoraj bolj najbolj vse vsi vsak vsaka vsako drug druga drugo tak taka tako sam sama samo gospod gospa lahko mogoce pravzaprav sploh

        in ali pa a da kako kaksen kaksna kaksno kaj cesa kdo koga komu kdaj kje zakaj koliko v na z s
        za do od o pri po pred pod nad med k h iz brez skozi je so sem si smo ste bil bila bilo bili biti
        bo bodo bom lahko moram mora moramo morajo naj me mi moj moja moje mojo mojega svoj svoja svoje
        svojo svojega jaz ti on ona ono vi oni nas nam nas nasa vas njegov njen njihov tudi ze se samo
        zelo tako ne ja zivjo zdravo hvala prosim kateri katera katero ki ko ce ker ampak zelim hocem
        rad rada potrebujem imam ima imamo imajo to ta tega tem temu nekaj nekdo kot
    """,
    "de": """
        welchem viel
        nen ne fuern furn aufm ausm grad gerade bissl bisschen echt eben hmm okay
        damit dass sodass also weil deshalb deswegen trotzdem jedoch sondern sowie bzw immer nie manchmal oft dann danach vorher irgendwo irgendwie irgendwas irgendein vielleicht wahrscheinlich fast mehr meist alles alle jeder jede jedes andere anderen solche solcher selbst sich eigene eigenen genau gerne gern wirklich einfach eben halt ganz jemand niemand nichts sowas welch

        der die das den dem des ein eine einen einem einer eines und oder aber wenn ob als wie was wer wen
        wem wann wo warum wieso weshalb welche welcher welches welchen wieviel in im ins an am auf aus bei
        beim mit nach von vom zu zum zur fur uber unter vor durch ohne um gegen ist sind war waren sein
        bin bist seid wird werden wurde habe hast hat haben hatte ich mich mir mein meine meinen meinem
        meiner meines du dich dir dein deine wir uns unser unsere ihr euch er sie es seine ihre ihren
        kann kannst konnen muss musst mussen soll sollte sollen darf durfen mochte mochten will wollen
        brauche brauchen man mal auch noch schon nur sehr so nicht kein keine ja nein hallo danke bitte
        gibt eigentlich denn doch etwa etwas jetzt hier da dort jemand irgendwie
    """,
    "lt": """
        kokius kokias kokiems kokioms kokiuose kokiose kurios kurio kurių kuriam kuriai kuria kuriuo kuriame kurioje
        šis šios šio šių šiam šiai šiems šioms šią šiuos šias šiuo šiais šiomis šiame šioje šiuose šiose tos tam tiems toms tuos tuo tais tomis tame toje tuose tose kokio kokių kokiam kokiai kokiais kokiame kokioje
        reik nu tipo kazkiek hmm
        todel taigi taciau vis tiek net visada niekada kartais dabar paskui tada cia kazkur galbut turbut beveik daugiau labiausiai viskas visi kiekvienas kiekviena kitas kita kiti toks tokia pats pati save sau ponas ponia prasome galite gal tiesiog

        ir ar bet arba kad kaip koks kokia kokie koki kokios ka kas kieno kada kur kodel kiek i is su be
        per prie po uz ant nuo iki apie del tarp pas yra buvo bus buti esu esi esame as tu jis ji mes jus
        jie jos mano tavo savo musu jusu jo ju man mane tau mums galiu gali galima reikia turiu turi
        turiu turetu turetau noriu nori noreciau butu taip ne labas sveiki aciu prasau tai tas ta tie to
        si sie cia ten jau dar tik labai kuris kuri kurie kuri kai jei jeigu nes kazkas kazka
    """,
    "sv": """
        honom henne dess ers vars vilkas mej sig dom
        assa ba nan nagra ju lixom hmm
        eftersom darfor alltsa dock utan aven inte aldrig alltid ibland sedan da innan nagonstans kanske troligen nastan mer mest allt alla varje annan annat andra sadan sadant sjalv sjalva egen eget egna ganska verkligen bara typ liksom

        och eller men att som om hur vad vem vems nar var varfor vilken vilket vilka i pa av till fran med
        utan for under over efter fore hos mot genom en ett den det de dem denna detta dessa ar varit vara
        blir bli blev har hade ha jag mig min mitt mina du dig din ditt dina han hon vi oss var vart vara
        ni er ert era hans hennes deras sin sitt sina kan kunna maste ska skall skulle bor vill far
        behover man ocksa redan bara mycket sa inte nej ja hej tack snalla nagot nagon nagra nu har dar
        finns
    """,
}

STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold_word(w) for w in raw.split()) for lang, raw in _STOPWORDS_RAW.items()
}


@lru_cache(maxsize=64)
def stopwords_for(lang: str | None) -> frozenset[str]:
    """Stopwords used for a question in ``lang``: that language's and English ones."""
    own = STOPWORDS.get(lang or "", frozenset())
    return own | STOPWORDS["en"]


# --------------------------------------------------------------------------- stemming

_SNOWBALL_NAMES = {
    "pl": "polish",
    "cs": "czech",
    "de": "german",
    "lt": "lithuanian",
    "sv": "swedish",
    "en": "english",
}

# Slovenian has no Snowball stemmer: strip the longest common inflectional ending,
# keeping a stem of at least four letters (folded spelling).
_SL_SUFFIXES = tuple(
    sorted(
        """
        ega emu ima imi ega ih ov ev om em ami ah eh ija ije iji ijo iju ja je ji jo ju ju ni na ne no nih
        nim nimi ska ski sko skega skemu skih skim skimi ost osti anje anja anju anjem a e i o u
        """.split(),
        key=len,
        reverse=True,
    )
)


def _stem_sl(word: str) -> str:
    for suffix in _SL_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _make_stemmer(lang: str) -> Callable[[str], str]:
    if lang == "sl":
        return _stem_sl
    name = _SNOWBALL_NAMES.get(lang)
    if name is None:
        return lambda word: word
    stemmer = snowballstemmer.stemmer(name)
    return stemmer.stemWord  # type: ignore[no-any-return]


_STEMMERS: dict[str, Callable[[str], str]] = {}


@lru_cache(maxsize=131072)
def stem(word: str, lang: str | None) -> str:
    """Stem a folded word with the stemmer of ``lang`` (identity for unknown languages)."""
    key = lang or ""
    stemmer = _STEMMERS.get(key)
    if stemmer is None:
        stemmer = _make_stemmer(key)
        _STEMMERS[key] = stemmer
    if len(word) <= 3:
        return word
    result = stemmer(word)
    return result if len(result) >= 3 else word


# --------------------------------------------------------------------------- analysis


def is_content_token(token: str, stop: frozenset[str]) -> bool:
    """True for a token that can carry topic: not a stopword, not a number, two letters or more."""
    return len(token) >= 2 and not token.isdigit() and token not in stop


def analyse(text: str, lang: str | None, is_name: Callable[[str, str | None], bool] | None = None) -> list[str]:
    """Content terms of ``text``: stopwords removed, stemmed, folded.

    ``is_name(word, lang)`` tells country names (see :mod:`.cues`), which are removed too: "VAT in
    Sweden" and "VAT" are about the same thing, the country is chosen apart.
    """
    stop = stopwords_for(lang)
    return [
        stem(folded, lang)
        for folded, _ in word_pairs(text)
        if is_content_token(folded, stop) and (is_name is None or not is_name(folded, lang))
    ]
