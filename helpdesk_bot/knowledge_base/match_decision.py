"""Deciding what to do with a question's scores: answer, offer buttons, or fall back.

The bands, the margin rule, the asking sentence's whole-question lead, the scope check and the
choice of a family's member for the question's country (see :mod:`.matcher` for how scores are made).
:class:`Decisions` is the deciding half of :class:`.matcher.Matcher`.

Bands and thresholds
--------------------
``answer`` when the best family scores at least ``MatchThresholds.answer`` (default
**48**) and leads the runner-up family by at least ``MatchThresholds.margin``
(default **6**): one candidate is clearly ahead.  Else ``suggest`` (up to three
buttons) when it scores at least ``MatchThresholds.suggest`` (default **38**); else
``fallback``.  Greetings, thanks and goodbyes (:mod:`.chitchat`) are ``fallback`` with
``chitchat`` set.

A close runner-up that holds no question word the leader lacks (the leader holds all it holds and
more) offers no other reading of the question: then a lead of ``MatchThresholds.dominant_margin``
(default **3**) suffices, see :mod:`.match_evidence`.

A question of several sentences is also scored by its asking sentence (:func:`.match_sentences.asking_sentences`):
the sentence confirms the whole question's best family, raising that family's score (a sentence pointing
to another family counts half, see :meth:`.matcher.Matcher._entry_scores`), and a raised
score also needs the whole question's lead of ``MatchThresholds.whole_margin`` (default **4**), unless
the asking sentence by itself leads by the margin (on its own words its best family scores at least the
suggest threshold and leads the runner-up by ``MatchThresholds.margin``): then the sentence is the question
and the rest its situation. (The sentence had to pass the answer threshold too until the sixth session;
the margin alone answered 7 more questions over all sets with no more confident wrong or off-topic
answers; a lead of 4 answered 16 more and 3 wrongly.)

The margin rule replaced "62 and 6 points" (issue 13), which answered only 38.7 % of
the blind set directly although the right entry was first for 95.8 %: long,
descriptive questions score 40-60.  The thresholds were chosen by a grid search on our
own paraphrase sets (``tests/data/kb/tune.jsonl``, ``tune_v2.jsonl`` and the held-out
set): 48/6 maximised direct correct answers with at most 2 % confident wrong ones; a
second tier (lower score, larger lead) or a ratio rule gained 1-2 points on long
questions but answered more near misses ("how do I register a car", housing benefit).
The measuring sets (``../shared/eval/*.jsonl``, the blind sets) were only measured.

See ``benchmarks/matching.py`` and :mod:`.evaluation` (``helpdesk-bot kb eval``) to
re-measure after the knowledge base changes.

Families and countries
----------------------
The winning family is answered with its member for the country the question points
to: a country named (``in Sweden``, ``w Szwecji``, ``v Německu``) or a term of one
country's system (``ZUS``, ``živnost``, ``F-skatt``), see :mod:`.cues` (data:
``knowledge/_cues.yaml``); else the person's profile country.  When the family is country-scoped and neither is
known, or the family has no member for that country, the result is ``suggest`` with
``needs_country=True``: ``entry_id`` is the most likely member (the one of the
question's language's country, else the best-matching) and ``candidates`` are family
members (at most three, the most likely first).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from .chitchat import ChitChatVocabulary
from .match_model import MAX_TEXT_CHARS, Decision, MatchResult, MatchThresholds
from .model import LANGUAGE_COUNTRY, Entry, KnowledgeBase
from .normalise import tokens
from .scope import Scope


class Decisions:
    """Answer, suggest or fall back from entry scores (mixed into :class:`.matcher.Matcher`)."""

    kb: KnowledgeBase
    thresholds: MatchThresholds
    chitchat: ChitChatVocabulary
    scope: Scope

    def _entry_scores(
        self, text: str, lang: str | None, profile: str | None
    ) -> tuple[dict[str, float], list[str], int, float, bool]:
        raise NotImplementedError  # the scoring half (Matcher) provides it

    def _is_topic_word(self, lang: str | None) -> Callable[[str], bool]:
        raise NotImplementedError  # the scoring half (Matcher) provides it

    def _clearly_ahead(self, scores: Mapping[str, float], n_terms: int) -> bool:
        """Whether the best family already passes the answer threshold and margin on these scores."""
        top, second = [*sorted(self._family_scores(scores).values(), reverse=True), 0.0, 0.0][:2]
        return top >= self.thresholds.answer_threshold(n_terms) and top - second >= self.thresholds.margin

    def _leads_by_the_margin(self, scores: Mapping[str, float]) -> bool:
        """Whether the best family scores at least the suggest threshold and leads the runner-up by the
        margin (an asking sentence that says by itself which topic it asks about)."""
        top, second = [*sorted(self._family_scores(scores).values(), reverse=True), 0.0, 0.0][:2]
        return top >= self.thresholds.suggest and top - second >= self.thresholds.margin

    def _family_scores(self, scores: Mapping[str, float]) -> dict[str, float]:
        """Each family's best entry score."""
        families: dict[str, float] = {}
        for entry_id, s in scores.items():
            fam = self.kb[entry_id].family
            if s > families.get(fam, -1.0):
                families[fam] = s
        return families

    def _leading_family(self, scores: Mapping[str, float]) -> str | None:
        """The family of the best-scoring entry (ties: the greater id), ``None`` without scores."""
        if not scores:
            return None
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0]))[0]
        return self.kb[best].family

    # ------------------------------------------------------------------ decisions

    def match(self, text: str, lang: str | None, country: str | None = None) -> MatchResult:
        """Match a question in ``lang`` from a person in ``country`` (either may be ``None``)."""
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        profile = country.upper() if country else None
        folded = tokens(text[:MAX_TEXT_CHARS])
        chitchat = self.chitchat.kind_of(folded, lang, self._is_topic_word(lang))
        if chitchat is not None:
            return MatchResult("fallback", None, (), 0.0, country=profile, chitchat=chitchat)
        scores, mentioned, n_terms, raised, dominant = self._entry_scores(text, lang, profile)
        # the question's country wins over the profile's
        target = mentioned[0] if mentioned else profile
        if not scores:
            return MatchResult("fallback", None, (), 0.0, lang_used=None, country=target)

        ranked = sorted(self._family_scores(scores).items(), key=lambda kv: (-kv[1], kv[0]))
        top_family, top_score = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        th = self.thresholds

        if top_score < th.suggest:
            # nothing is offered, but the best guess is reported (kb match/eval interface, curation hints)
            guess = self.kb.member_for(top_family, target) or self._likely_members(top_family, scores, lang)[0]
            return MatchResult("fallback", guess.id, (), round(top_score, 2), lang_used=None, country=target)

        member = self.kb.member_for(top_family, target)
        if member is None:
            members = self._likely_members(top_family, scores, lang)
            best = members[0]
            return MatchResult(
                "suggest",
                best.id,
                tuple(m.id for m in members[:3]),
                round(top_score, 2),
                needs_country=True,
                lang_used=best.translation_for(lang)[0],
                country=target,
            )

        candidates: list[str] = [member.id]
        floor = max(th.suggest, top_score - 25.0)
        for fam, s in ranked[1:]:
            if len(candidates) >= 3 or s < floor:
                break
            other = self.kb.member_for(fam, target) or self._likely_members(fam, scores, lang)[0]
            candidates.append(other.id)

        confident = (
            top_score >= th.answer_threshold(n_terms)
            # a leader whose evidence contains the runner-up's needs a smaller lead (Matcher._dominates)
            and top_score - second >= (min(th.margin, th.dominant_margin) if dominant else th.margin)
            # a score raised by the asking sentence needs a lead already in the whole question
            and (raised == 0.0 or top_score - raised - second >= th.whole_margin)
            and self.scope.allows(top_family, folded, lang)  # names the family's key concept
        )
        decision: Decision = "answer" if confident else "suggest"
        return MatchResult(
            decision,
            member.id,
            tuple(candidates),
            round(top_score, 2),
            lang_used=member.translation_for(lang)[0],
            country=target,
        )

    def _likely_members(self, family: str, scores: Mapping[str, float], lang: str | None) -> list[Entry]:
        """Family members, the most likely first (the question language's country, then score)."""
        members = list(self.kb.family_members(family))
        home = LANGUAGE_COUNTRY.get(lang or "")

        def key(entry: Entry) -> tuple[int, float, str]:
            return (0 if entry.country == home else 1, -scores.get(entry.id, 0.0), entry.id)

        return sorted(members, key=key)

    def match_many(self, items: Iterable[tuple[str, str | None, str | None]]) -> list[MatchResult]:
        """Match several ``(text, lang, country)`` questions."""
        return [self.match(text, lang, country) for text, lang, country in items]
