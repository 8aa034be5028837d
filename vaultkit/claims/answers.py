"""Answers under their questions, read as one sentence.

FAQ notes, chat transcripts and problem sets put the inputs in a question and the figure alone in the answer below it:

    **Qwen2.5-7B, батч 16 × 32K?**
    14 ГиБ.

The answer names no model and no context of its own: read alone it is a size of nothing (or of the note's model,
as weights). Read as `Qwen2.5-7B, батч 16 × 32K?: 14 ГиБ.` it is the cache of that model at that batch and context.
Only a short answer is read so: one or two sizes with few words, no arithmetic, no comparison, one model asked of.
An answer line whose line above (or the one above a blank line) is a question is rewritten so: the question's words
without their emphasis, its question mark kept (a line that asks still asks: the model a later answer takes from a
question above is still found), a colon, then the answer. The claims found on it move back to the
answer's own columns; a claim on a figure of the question (said again on the answer's line) is dropped: the question's
own line states it. An answer that names its own model or its own context, a heading, a table row or a code line is
left as it is. One pass over the lines: linear.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from vaultkit.claims.catalog import find_mentions
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.keys import Remap, _same
from vaultkit.claims.model import Claim

# a size said in the answer (`14 ГиБ`, `4 GiB`, `512 MiB`)
_SIZE = guarded(r"\d\s?(?:[KMGTP]i?B|[КМГТП]и?Б)(?![\w])")
# a context or a token count of the answer's own (`at 32K`, `на 8192 токенах`): its inputs are its own
_OWN_INPUTS = guarded(r"(?i)\d\s?[kк](?![\w])|\btokens?\b|токен\w*|\bcontext\b|контекст\w*")
# an answer's own working or comparison (`4,58 ГиБ + кэш = …`, `в 3,3 раза`, `14,2 ГБ против 0,5 ГБ`): read on its own
_WORKED = guarded(r"(?i)[=×*+/÷]|\bx\s*\d|\btimes\b|\bvs\.?|\bversus\b|раз[аы]?\b|против|\bthan\b|чем\b")
# who answers (`A:`, `**О:**`, `Ответ.`, `**Assistant:**`), not a word of the answer
_ANSWER_MARK = guarded(r"(?i)^(?:[>*_\s-]*(?:A|О|Ответ|Answer|Assistant|Ассистент|Бот|Bot)[.:]\s*[*_]*\s*)")
_MAX_ANSWER = 80  # an answer longer than this says more than a figure: it is read on its own
_MAX_WORKING = 4  # lines of working (`Решение: …`) a marked answer may stand below its question
_HEADING_LINE = guarded(r"^[ \t]{0,3}#")
_MAX_ANSWER_LETTERS = 24
_LETTERS = guarded(r"[^\W\d_]")
_SIZE_WORD = guarded(r"(?i)\d[\d.,]*\s?(?:[KMGTP]i?B|[КМГТП]и?Б)(?![\w])|\bTP\s*=?\s*\d+")
_QUESTION_END = guarded(r"\?[\s*_]*$")
_MARKUP = guarded(r"^[\s>*_-]+|[\s*_]+$")
_FENCE = guarded(r"^[ \t]{0,3}(?:>[ \t]?)*(?:`{3,}|~{3,})")
_MAX_LINE = 300  # a question or an answer longer than this is a paragraph, not a Q&A pair


def _question(line: str) -> str | None:
    """The question's words without its markup and question mark, or None when the line asks nothing (or is a heading,
    a table row, or too long)."""
    if len(line) > _MAX_LINE or not _QUESTION_END.search(line):
        return None
    stripped = line.lstrip()
    if stripped.startswith(("#", "|")) or not any(ch.isdigit() for ch in line):
        return None
    if len({m.config.name for m in find_mentions(line) if m.config is not None}) > 1:
        return None  # a question about several models: which size is whose is the paired answers' reading
    if len({d.name for d in find_dtypes(line)}) > 1:
        return None  # `… in fp16, and how much with int4?`: one answer per type, which is whose is not said
    words = _MARKUP.sub("", line[: _QUESTION_END.search(line).start()])  # type: ignore[union-attr]
    return words.replace("**", "").replace("__", "").strip() or None


def _answer(line: str) -> bool:
    """A short line that states one or two sizes and names no model, no input, no arithmetic and no comparison of its
    own (`14 ГиБ.`, `A: 4 GiB`, `20 ГиБ, а при TP=4 — 5 ГиБ на карту`)."""
    stripped = line.lstrip()
    if not stripped or len(line) > _MAX_LINE or stripped.startswith(("#", "|")) or _QUESTION_END.search(line):
        return False
    said = _ANSWER_MARK.sub("", stripped, count=1)
    if len(said) > _MAX_ANSWER or not 1 <= len(_SIZE.findall(said)) <= 2:
        return False
    if _OWN_INPUTS.search(said) or _WORKED.search(said):
        return False
    # the figures with few words around them (`14 ГиБ.`, `40 GiB, and with TP=4 10 GiB per card`); an answer that says
    # more (`Нет: нужно не менее 26 ГБ только под веса`) is a sentence of its own, read where it stands
    if len(_LETTERS.findall(_SIZE_WORD.sub(" ", said))) > _MAX_ANSWER_LETTERS:
        return False
    return not any(m.config is not None for m in find_mentions(line))


def readable_answers(text: str, code_lines: Sequence[int] = ()) -> tuple[str, Remap]:
    """The note with each answer line read after its question, and the remap of the claims found on the rewritten
    lines back to the answer's own columns (`code_lines`: 1-based lines of code, never read)."""
    if "?" not in text:
        return text, _same
    lines = text.split("\n")
    code = set(code_lines)
    front_end = 0
    if lines and lines[0].strip() == "---":
        front_end = next((k + 1 for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), 0)
    moved: dict[int, int] = {}  # line (1-based) → the length of the question put before the answer
    fence = False
    for i in range(front_end, len(lines)):
        line = lines[i]
        if _FENCE.match(line):
            fence = not fence
            continue
        if fence or i + 1 in code or not _answer(line):
            continue
        j = i - 1
        if j > front_end and not lines[j].strip():
            j -= 1  # one blank line between the question and its answer
        if _ANSWER_MARK.match(line):
            # a marked answer (`Ответ: 8 ГиБ.`) after its working (`Решение: …`): the question above the working lines
            k, seen = j, 0
            while (
                k > front_end and seen < _MAX_WORKING and not _QUESTION_END.search(lines[k]) and not _HEADING_LINE.match(lines[k])
            ):
                seen += bool(lines[k].strip())
                k -= 1
            if k > front_end and _QUESTION_END.search(lines[k]):
                j = k  # the nearest line that asks (`_question` below may still refuse it: then no pair)
        if j < front_end or j + 1 in code or j + 1 in moved:
            continue
        asked = _question(lines[j])
        if asked is None:
            continue
        prefix = asked + "?: "  # (the question mark kept: a line that asks stays one that asks)
        lines[i] = prefix + line
        moved[i + 1] = len(prefix)
    if not moved:
        return text, _same
    return "\n".join(lines), lambda claims: _remap(claims, moved)


def _remap(claims: list[Claim], moved: dict[int, int]) -> list[Claim]:
    out = []
    for c in claims:
        shift = moved.get(c.line)
        if shift is None:
            out.append(c)
            continue
        start = c.column - 1
        if start + len(c.span) <= shift:
            continue  # a figure of the question, said again on the answer's line: its own line states it
        # a claim spanning from the question's words (its model) into the answer keeps the answer's part
        cut = max(0, shift - start)
        out.append(replace(c, column=start + cut - shift + 1, span=c.span[cut:].lstrip()))
    return out
