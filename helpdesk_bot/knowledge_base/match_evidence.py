"""Which question terms the scored documents hold, and when the best topic *dominates* the runner-up.

Two topics can score close together for two reasons: they are two readings of the question (an
invoice or a contract? a business plan or the start-up grant that asks for one?), or one of them holds
only part of what the other holds.  In the second case the runner-up offers no other reading of the
question, only less of it: a question on what an application for the *Gründungszuschuss* needs that
also names the *Businessplan* matches *Businessplan* in the business-plan topic, and *Gründungszuschuss*,
*Antrag* and *Businessplan* in the start-up grant topic.  :func:`dominates` recognises that case, and the matcher
then answers on a smaller lead (``MatchThresholds.dominant_margin``, default 3 instead of 6).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .match_model import DOMINANT_SHARE


@dataclass(frozen=True, slots=True)
class Evidence:
    """Which question terms each scored document holds (bit ``i``: term ``i``) and the terms' weights."""

    found: dict[int, int]
    weights: list[float]


def dominates(
    docs: Sequence[tuple[int, float, float, float, float, float]],
    evidence: Evidence,
    family_of: Callable[[int], str],
) -> bool:
    """Whether the best family's evidence contains the runner-up family's and adds to it.

    Compares the best document of the best family with that of the runner-up family (``docs`` as
    ``(doc, score, ...)``): the runner-up holds no question term that the leader lacks (similarity 0.8
    or more), and the leader holds terms the runner-up lacks, worth at least :data:`DOMINANT_SHARE` of
    the question's weight.
    """
    best: dict[str, tuple[float, int]] = {}
    for di, score, *_ in docs:
        family = family_of(di)
        if score > best.get(family, (-1.0, 0))[0]:
            best[family] = (score, di)
    if len(best) < 2:
        return False
    (_, first), (_, second) = sorted(best.values(), reverse=True)[:2]
    lead, other = evidence.found[first], evidence.found[second]
    extra = lead & ~other
    if other & ~lead or not extra:
        return False
    total = sum(evidence.weights)
    share = sum(weight for qi, weight in enumerate(evidence.weights) if extra >> qi & 1)
    return total > 0 and share / total >= DOMINANT_SHARE
