"""jieba's part-of-speech cut (``jieba.posseg.cut`` with its HMM), computed faster.

jieba finds words it does not know (mostly names) with a character-level HMM whose Viterbi it
runs in pure Python, one generator per pair of states: most of the time of a one-sentence call.
This module runs the same model (jieba's own tables) with the recurrence as NumPy array steps,
and remembers the runs it has read (a name recurs through a document). It gives exactly
jieba's words and flags, ties included (``tests/test_tagger.py`` compares them on the CPP
sentences and on random text); everything else is jieba's dictionary and jieba's route.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

import numpy as np

_MIN_FLOAT = -3.14e100  # jieba's score for a character a state never emits
_HAN_DETAIL = re.compile("([\u4e00-\u9fd5]+)")
_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_HAN_INTERNAL = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")


class _Model:
    """jieba's tagging HMM as arrays; states numbered in the order of their tuples, so that
    the highest number wins a tie as the largest tuple wins it in jieba's ``max``."""

    def __init__(self) -> None:
        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

        self.states = sorted(trans_P)
        index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.index = index
        self.trans = np.full((n, n), -np.inf)
        self.follows = np.zeros((n, n), dtype=bool)  # jieba's trans_p[x].keys()
        for x, row in trans_P.items():
            for y, p in row.items():
                self.trans[index[x], index[y]] = p
                self.follows[index[x], index[y]] = True
        self.has_next = self.follows.any(axis=1)
        self.start = np.array([start_P[s] for s in self.states])
        self.emit = emit_P
        self.allowed = char_state_tab_P

    @lru_cache(maxsize=8192)  # noqa: B019 (one model for the process)
    def column(self, ch: str) -> tuple[np.ndarray, np.ndarray]:
        """The states ``ch`` may take (a mask over all states) and the emission scores of
        those states (the others' only where no allowed state can follow: ``emission``)."""
        mask = np.zeros(len(self.states), dtype=bool)
        names = self.allowed.get(ch)
        if names is None:
            return ~mask, self.emission(ch)
        emit = np.full(len(self.states), _MIN_FLOAT)
        for s in names:
            emit[self.index[s]] = self.emit[s].get(ch, _MIN_FLOAT)
            mask[self.index[s]] = True
        return mask, emit

    @lru_cache(maxsize=8192)  # noqa: B019
    def states_of(self, ch: str) -> tuple | None:
        """The states ``ch`` may take, largest first (so that ``argmax``, which returns the
        first best, takes the largest as jieba's ``max`` does), their emission scores, the
        states as a column, their positions, and state → position; None for a character
        with no states in jieba's table."""
        names = self.allowed.get(ch)
        if names is None:
            return None
        states = np.array(sorted((self.index[s] for s in names), reverse=True))
        emit = np.array([self.emit[self.states[i]].get(ch, _MIN_FLOAT) for i in states])
        where = {int(s): k for k, s in enumerate(states)}
        return states, emit, states[:, None], np.arange(len(states)), where

    @lru_cache(maxsize=16384)  # noqa: B019
    def step(self, before: str, ch: str) -> np.ndarray:
        """Transition scores from the states ``before`` may take to those ``ch`` may take
        (both in ``states_of``'s order): the block of the matrix one Viterbi step reads."""
        return self.trans[self.states_of(before)[2], self.states_of(ch)[0]]

    def emission(self, ch: str) -> np.ndarray:
        """Every state's emission score for ``ch``."""
        return np.array([self.emit[s].get(ch, _MIN_FLOAT) for s in self.states])


@cache
def _model() -> _Model:
    return _Model()


def viterbi(obs: str) -> list[tuple[str, str]]:
    """The best state (position, tag) for each character, as jieba's ``viterbi`` finds it.

    Each step scores every state the character may take from every state the previous one
    may (a state no earlier one can reach keeps -inf, as jieba leaves it out); a character
    with no states in the table, or a step no state can reach, is read by ``_viterbi_masked``,
    jieba's fallbacks written out."""
    m = _model()
    first = m.states_of(obs[0])
    if first is None:
        return _viterbi_masked(obs)
    alive, emit, _, _, _ = first
    scores = m.start[alive] + emit
    steps: list[tuple[dict[int, int], np.ndarray, np.ndarray]] = []  # (state → position, ...)
    prev = obs[0]
    for ch in obs[1:]:
        states = m.states_of(ch)
        if states is None:
            return _viterbi_masked(obs)
        cur, emit, _, positions, where = states
        total = scores[:, None] + m.step(prev, ch)
        total += emit
        rows = total.argmax(0)
        scores = total[rows, positions]
        steps.append((where, alive, rows))
        alive, prev = cur, ch
    if scores.max() == -np.inf:  # a step no state could reach (every later one is -inf too)
        return _viterbi_masked(obs)
    state = int(alive[int(scores.argmax())])
    route = [state]
    for where, before, rows in reversed(steps):
        state = int(before[rows[where[state]]])
        route.append(state)
    return [m.states[s] for s in reversed(route)]


def _viterbi_masked(obs: str) -> list[tuple[str, str]]:
    """``viterbi`` over masks of all states, with jieba's fallbacks: a character with no
    states may take any; where none of its states can follow, any state that may follow."""
    m = _model()
    mask, emit = m.column(obs[0])
    alive = np.flatnonzero(mask)  # sorted state numbers with a score at this step
    scores = m.start[alive] + emit[alive]
    steps: list[tuple[np.ndarray, np.ndarray]] = []  # (states at t, best previous of each)
    for ch in obs[1:]:
        keep = m.has_next[alive]
        prev, prev_scores = alive[keep], scores[keep]
        expected = m.follows[prev].any(axis=0)
        mask, emit = m.column(ch)
        cur = np.flatnonzero(mask & expected)
        if not len(cur):  # jieba's fallback: any state that may follow, or any state at all
            cur = np.flatnonzero(expected) if expected.any() else np.arange(len(m.states))
            emit = m.emission(ch)
        total = (prev_scores[:, None] + m.trans[np.ix_(prev, cur)]) + emit[cur][None, :]
        rows = len(prev) - 1 - np.argmax(total[::-1], axis=0)  # last best: the largest state
        steps.append((cur, prev[rows]))
        scores = total[rows, np.arange(len(cur))]
        alive = cur
    state = int(alive[np.flatnonzero(scores == scores.max())[-1]])
    route = [state]
    for cur, came_from in reversed(steps):
        state = int(came_from[np.searchsorted(cur, state)])
        route.append(state)
    return [m.states[s] for s in reversed(route)]


@lru_cache(maxsize=4096)
def _unknown(run: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and flags for a run of characters its dictionary does not have as a word
    (its ``__cut_detail``)."""
    out: list[tuple[str, str]] = []
    for block in _HAN_DETAIL.split(run):
        if _HAN_DETAIL.match(block):
            route = viterbi(block)
            begin = nexti = 0
            for i, ch in enumerate(block):
                place, flag = route[i]
                if place == "B":
                    begin = i
                elif place == "E":
                    out.append((block[begin : i + 1], flag))
                    nexti = i + 1
                elif place == "S":
                    out.append((ch, flag))
                    nexti = i + 1
            if nexti < len(block):
                out.append((block[nexti:], route[nexti][1]))
            continue
        for piece in _SKIP_DETAIL.split(block):
            if piece:
                flag = "m" if _NUM.match(piece) else "eng" if _ENG.match(piece) else "x"
                out.append((piece, flag))
    return tuple(out)


# jieba's counts that the rules read: a word it lists but all but never met (3 for most), one
# its corpus met often enough to be a word of its own, one that is common
FLOOR_COUNT = 10
SEEN_COUNT = 100
COMMON_COUNT = 500
# jieba's tags of a character alone that is a word of grammar: verbs, adverbs, prepositions,
# conjunctions, pronouns (任 "to serve as" is r to it, from 任何)
GRAMMAR_TAGS = frozenset("v vg d p c r".split())


def grammar_word(ch: str) -> bool:
    """Whether ``ch`` alone is a common word of grammar to jieba (任, 到, 说)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    return tags.get(ch, "") in GRAMMAR_TAGS and freq.get(ch, 0) >= COMMON_COUNT


def two_words(simp: str, least: int) -> bool:
    """Whether four characters are two words of two that jieba's dictionary has ``least`` times
    each or more (举行 | 会谈, 保持 | 中立)."""
    freq = dictionary()[0].FREQ
    return len(simp) == 4 and all(freq.get(half, 0) >= least for half in (simp[:2], simp[2:]))


@cache
def dictionary() -> tuple:
    """jieba's tokenizer and its table of word flags, loaded once (the posseg ones)."""
    from jieba.posseg import dt

    from .lexicon import _jieba

    _jieba()
    dt.makesure_userdict_loaded()
    return dt.tokenizer, dt.word_tag_tab


def _route(block: str) -> list[str]:
    """jieba's likeliest route through its dictionary (``calc`` over ``get_DAG``), as words.
    A block of Han characters alone is cut by rjieba (jieba-rs: the same dictionary and the
    same route as jieba's ``cut(HMM=False)``, in native code); any other by jieba itself."""
    if _HAN_DETAIL.fullmatch(block):
        from rjieba import cut as native_cut

        return native_cut(block, hmm=False)
    tokenizer = dictionary()[0]
    dag = tokenizer.get_DAG(block)
    route: dict = {}
    tokenizer.calc(block, dag, route)
    out, x = [], 0
    while x < len(block):
        y = route[x][1] + 1
        out.append(block[x:y])
        x = y
    return out


def _dag_words(block: str) -> Iterator[tuple[str, str]]:
    """jieba's route through its dictionary; runs of single characters that are no word go to
    the HMM (its ``__cut_DAG``)."""
    tokenizer, tags = dictionary()
    buf = ""
    for word in [*_route(block), ""]:
        if len(word) == 1:
            buf += word
            continue
        if buf:
            if len(buf) == 1:
                yield buf, tags.get(buf, "x")
            elif not tokenizer.FREQ.get(buf):
                yield from _unknown(buf)
            else:
                yield from ((ch, tags.get(ch, "x")) for ch in buf)
            buf = ""
        if word:
            yield word, tags.get(word, "x")


def cut(sentence: str) -> Iterator[tuple[str, str]]:
    """(word, flag) pairs exactly as ``jieba.posseg.cut(sentence)`` gives them."""
    dictionary()
    for block in _HAN_INTERNAL.split(sentence):
        if _HAN_INTERNAL.match(block):
            yield from _dag_words(block)
            continue
        for piece in _SKIP_INTERNAL.split(block):
            if _SKIP_INTERNAL.match(piece):
                yield piece, "x"
                continue
            for ch in piece:
                flag = "m" if _NUM.match(ch) else "eng" if _ENG.match(piece) else "x"
                yield ch, flag
