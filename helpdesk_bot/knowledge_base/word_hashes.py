"""The words of a long prepared text found and hashed at once by numpy (the index build's tokenizer).

Building the index of a large knowledge base, splitting the prepared phrasings into one Python string per
word (``re.findall``) and looking each word up in a dictionary took about half the build.  Here the text's
characters are one numpy array of code points instead:

* a *word* is a run of characters for which ``str.isalnum`` holds: exactly what the word pattern of
  :mod:`.normalise` (``[^\\W_]+``) matches, so :func:`word_spans` finds the same words as ``finditer``;
* each word gets two 64-bit hashes of its characters (:func:`word_hashes`: a polynomial one and an
  FNV-1a-like one), computed for all the words at once, one character position at a time.

The index build then looks up each *distinct* word of a block once (by its two hashes), not every word.
Two different words would share a term only if both their hashes were equal: at ten million distinct
words the chance is about 1e-25.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

#: Multipliers of the two hashes (odd 64-bit numbers: arithmetic wraps modulo 2**64).
_POLY = np.uint64(0x100000001B3)
_FNV = np.uint64(0x9E3779B97F4A7C15)
_FNV_START = np.uint64(0xCBF29CE484222325)
#: The first code point beyond the Basic Multilingual Plane (its characters are looked up one by one).
_BMP_END = 0x10000


@dataclass(frozen=True, slots=True)
class WordSpans:
    """Where the words of a text are: ``text[starts[i]:ends[i]]`` is word ``i``; ``codes`` are the text's code
    points (one per character, so the positions are the string's)."""

    starts: np.ndarray
    ends: np.ndarray
    codes: np.ndarray


@lru_cache(maxsize=1)
def _word_characters() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane, whether it is a word character (``isalnum``)."""
    return np.fromiter((chr(c).isalnum() for c in range(_BMP_END)), dtype=bool, count=_BMP_END)


def word_spans(text: str) -> WordSpans:
    """The words of ``text``, as ``re.finditer(r"[^\\W_]+", text)`` finds them, found by numpy."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _word_characters()
    if len(codes) and int(codes.max()) >= _BMP_END:
        is_word = table[np.minimum(codes, _BMP_END - 1)]
        beyond = np.flatnonzero(codes >= _BMP_END)
        is_word[beyond] = [chr(c).isalnum() for c in codes[beyond].tolist()]
    else:
        is_word = table[codes]
    edges = np.diff(is_word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    return WordSpans(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), codes)


def word_hashes(spans: WordSpans) -> tuple[np.ndarray, np.ndarray]:
    """Two independent 64-bit hashes of each word's characters (equal words have equal hashes).

    The words are taken longest first, so that at character position ``k`` the words still being hashed
    are a prefix of that order: one numpy step per position of the longest word, not a loop per word.
    """
    lengths = spans.ends - spans.starts
    n = len(lengths)
    # (words are short: a stable sort of 16-bit keys is a radix sort)
    key = -lengths.astype(np.int16) if n and int(lengths.max()) < 1 << 15 else -lengths
    order = np.argsort(key, kind="stable")
    starts = spans.starts[order]
    longest = int(lengths[order[0]]) if n else 0
    # how many words are longer than k, for each position k
    still = np.searchsorted(-lengths[order], -np.arange(longest), side="left")
    poly = np.zeros(n, dtype=np.uint64)
    fnv = np.full(n, _FNV_START, dtype=np.uint64)
    codes = spans.codes
    for k, m in enumerate(still.tolist()):
        c = codes[starts[:m] + k].astype(np.uint64)
        poly[:m] = poly[:m] * _POLY + c
        fnv[:m] = (fnv[:m] ^ c) * _FNV
    first = np.empty(n, dtype=np.uint64)
    second = np.empty(n, dtype=np.uint64)
    first[order] = poly
    second[order] = fnv ^ lengths[order].astype(np.uint64)
    return first, second


def distinct_words(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct word (by both hashes): the index of its first occurrence (in order of the distinct
    words' first hashes) and, for every word, the number of its distinct word."""
    firsts, inverse = first_occurrences(first)
    if not np.array_equal(second, second[firsts][inverse]):
        # two words share the first hash: tell them apart by both (16 bytes per word)
        pairs = np.ascontiguousarray(np.stack((first, second), axis=1)).view(np.dtype((np.void, 16))).ravel()
        _, firsts, inverse = np.unique(pairs, return_index=True, return_inverse=True)
    return firsts, inverse.ravel()


def first_occurrences(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_index=True, return_inverse=True)`` without the unique values.

    The same result, several times faster on large arrays: an unstable sort (numpy's vectorised quicksort)
    and the smallest index of each run of equal values, instead of a stable sort.
    """
    n = len(values)
    if not n:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    order = np.argsort(values)
    starts_run = _run_starts(values[order])
    firsts = np.minimum.reduceat(order, np.flatnonzero(starts_run))
    inverse = np.empty(n, dtype=np.intp)
    inverse[order] = np.cumsum(starts_run) - 1
    return firsts, inverse


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``: the distinct values in increasing order (a sort; numpy's hash-based unique is
    slower on the index build's arrays)."""
    ordered = np.sort(values)
    return ordered[_run_starts(ordered)]


def _run_starts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values of the sorted ``ordered`` starts (``True`` at its first value)."""
    starts = np.empty(len(ordered), dtype=bool)
    if len(ordered):
        starts[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    return starts
