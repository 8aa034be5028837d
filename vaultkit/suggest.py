"""Did you mean: the likely intended target of a broken link, and of a missing heading or block.

A broken link's target is compared with every note and file name of the vault through two
indexes, never all pairs:

- names folded loosely (Unicode NFKD without accents, case folded, only letters and digits
  kept): a target differing from a name only by case, accents, NFC/NFD, spaces or punctuation
  finds it with one lookup, and so does a name in another folder (a moved note);
- a symmetric-delete index over those loose names (each name and every form of it with one
  character deleted): a typo (one insertion, deletion, substitution or transposition; two in a
  long name) finds its name by looking up the target's own deletions.

A suggestion is made only when it is unique: two names at the same distance, or one name in
several folders that the link's own folder does not tell apart, give none. A missing heading is
compared with the target note's headings (stripHeading forms; spacing, a typo, a renamed
heading that keeps most of its text), a missing block id with its block ids.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from vaultkit.graph import fold, strip_heading
from vaultkit.model import Note

Kind = Literal["moved", "case", "accents", "punctuation", "typo", "heading", "block"]

_ASCII_NOISE = re.compile(r"[^0-9a-z]+")
# Shortest loose name a typo is looked for (shorter names are one edit from too many others).
_MIN_TYPO = 4
# Loose names at least this long may be two edits away; shorter ones one.
_TWO_EDITS = 10
_HEADING_MIN_RATIO = 0.7


class Suggestion(NamedTuple):
    """`path`: the vault path the link should reach; `kind`: how the target differs from it."""

    path: str
    kind: Kind


def loose(text: str) -> str:
    """Letters and digits only, accents dropped, case folded: `Café-Notes` → `cafenotes`."""
    if text.isascii():
        return _ASCII_NOISE.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).casefold()


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a transposition is one edit), or `limit + 1` when it
    exceeds `limit` (rows stop early once every cell does)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        ca = a[i - 1]
        for j in range(1, len(b) + 1):
            cost = 0 if ca == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1] if prev[-1] <= limit else limit + 1


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


class Suggester:
    """Built once per vault from every note and file path; `target()` answers for one broken
    link target. The indexes are built on the first question (a vault without broken links
    never pays for them)."""

    def __init__(self, notes: Iterable[str], files: Iterable[str] = ()) -> None:
        self._paths = [(p, True) for p in notes] + [(p, p.lower().endswith(".md")) for p in files]
        self._by_key: dict[str, list[str]] | None = None
        self._deleted: dict[str, list[str]] = {}
        self._memo: dict[tuple[str, str], tuple[Suggestion, ...]] = {}

    def _build(self) -> dict[str, list[str]]:
        by_key: dict[str, list[str]] = {}
        for path, note in self._paths:
            name = path.rsplit("/", 1)[-1]
            key = loose(name[:-3] if note else name)
            if key:
                by_key.setdefault(key, []).append(path)
        deleted = self._deleted
        for key in by_key:
            if len(key) >= _MIN_TYPO - 1:
                for d in _deletions(key):
                    deleted.setdefault(d, []).append(key)
        self._by_key = by_key
        return by_key

    def target(self, target: str, source: str) -> Suggestion | None:
        """The one note or file a broken link `target` (written in the note at `source`) most
        likely meant, or None (nothing close, or several equally close)."""
        found = self.candidates(target, source)
        return found[0] if len(found) == 1 else None

    def candidates(self, target: str, source: str) -> tuple[Suggestion, ...]:
        """The notes and files equally close to `target`, closest first tier only: one is a
        suggestion, several are ambiguous, none is nothing close."""
        memo_key = (target, source.rpartition("/")[0])
        found = self._memo.get(memo_key)
        if found is None:
            found = self._memo[memo_key] = self._target(target, memo_key[1])
        return found

    def _target(self, target: str, folder: str) -> tuple[Suggestion, ...]:
        by_key = self._by_key if self._by_key is not None else self._build()
        where, _, name = target.rpartition("/")
        if name.lower().endswith(".md"):
            name = name[:-3]
        key = loose(name)
        if not key:
            return ()
        where = fold(where.lstrip("./")) if where else ""
        same = by_key.get(key)
        if same:
            return tuple(Suggestion(p, _kind(name, p)) for p in _pick(same, where, folder))
        if len(key) < _MIN_TYPO:
            return ()
        limit = 1 if len(key) < _TWO_EDITS else 2
        best: list[str] = []
        best_d = limit + 1
        for candidate in self._near(key):
            d = distance(key, candidate, best_d)
            if d < best_d:
                best, best_d = [candidate], d
            elif d == best_d and d <= limit:
                best.append(candidate)
        paths = [p for key in best for p in by_key[key]]
        return tuple(Suggestion(p, "typo") for p in (_pick(paths, where, folder) if len(best) == 1 else paths))

    def _near(self, key: str) -> set[str]:
        """Loose names one deletion from `key`, or sharing a one-deletion form with it."""
        deleted, by_key = self._deleted, self._by_key
        assert by_key is not None
        out = set(deleted.get(key, ()))
        for d in _deletions(key):
            if d in by_key:
                out.add(d)
            out.update(deleted.get(d, ()))
        out.discard(key)
        return out


def _pick(paths: Sequence[str], where: str, folder: str) -> Sequence[str]:
    """Several paths of the same loose name narrowed: to those under the folder the link names,
    then to the one in the linking note's folder; what is left (one: a suggestion)."""
    if len(paths) == 1:
        return paths
    if where:
        under = [p for p in paths if fold(p.rpartition("/")[0]).endswith(where)]
        if under:
            paths = under
    own = [p for p in paths if p.rpartition("/")[0] == folder]
    return own if len(own) == 1 else paths


def _kind(name: str, path: str) -> Kind:
    base = path.rsplit("/", 1)[-1]
    if base.lower().endswith(".md"):
        base = base[:-3]
    if fold(name) == fold(base):
        return "moved"  # same name, another folder
    if name.casefold() == base.casefold():
        return "case"
    if _unaccented(name) == _unaccented(base):
        return "accents"
    return "punctuation"


def heading(note: Note, subpath: str) -> str | None:
    """The subpath with each part that names no heading of `note` replaced by the closest
    heading's text, or None when some part has no unique close heading."""
    texts = {strip_heading(h.text): h.text for h in note.headings}
    parts = subpath.split("#")
    out = []
    changed = False
    for part in parts:
        if not part.strip() or strip_heading(part) in texts:
            out.append(part)
            continue
        closest = _closest_heading(strip_heading(part), texts)
        if closest is None:
            return None
        out.append(_heading_link_text(closest))
        changed = True
    return "#".join(out) if changed else None


def _closest_heading(query: str, texts: dict[str, str]) -> str | None:
    if not query:
        return None
    squeezed = query.replace(" ", "")
    exact = [t for s, t in texts.items() if s.replace(" ", "") == squeezed]
    if len(exact) == 1:
        return exact[0]
    words = set(query.split())
    scored: list[tuple[float, str]] = []
    for stripped, text in texts.items():
        ratio = SequenceMatcher(None, query, stripped, autojunk=False).ratio()
        other = set(stripped.split())
        if words and other and (words <= other or other <= words):  # a heading renamed by adding or dropping words
            ratio = max(ratio, 0.75)
        scored.append((ratio, text))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < _HEADING_MIN_RATIO:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.05:
        return None
    return scored[0][1]


def _heading_link_text(text: str) -> str:
    """A heading as a link subpath: the characters that end or split a link dropped."""
    return " ".join(text.replace("#", " ").replace("|", " ").replace("[", " ").replace("]", " ").replace("^", " ").split())


def block(note: Note, block_id: str) -> str | None:
    """The one block id of `note` closest to `block_id` (one edit; two for long ids)."""
    key = block_id.casefold()
    limit = 1 if len(key) < 8 else 2
    best: list[str] = []
    best_d = limit + 1
    for b in note.block_ids:
        d = distance(key, b.id.casefold(), best_d)
        if d < best_d:
            best, best_d = [b.id], d
        elif d == best_d and d <= limit and b.id not in best:
            best.append(b.id)
    return best[0] if len(best) == 1 and len(key) >= 3 else None
