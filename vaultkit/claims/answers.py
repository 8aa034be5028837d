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

An answer key is read the same way: a table row named by a question's label (`| Q5 | ≈ 78 tok/s | 155 tok/s |` below
`**Q5.** Decode ceiling of Llama-3-70B Q4_K_M on one H100 SXM at 3.35 TB/s? — …`) has the question's words in its
first cell, each other cell (a figure alone) an answer to it (`readable_answer_rows`). So is an answer under a problem's
letter (`- (б) 26,03 ГиБ.` below the part `- (б) размер весов в fp16 в ГБ и ГиБ;`): read after the part's words, unless
the part asks in several storage types and the answer names none.
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


# Answer keys: a table row named by a question's label (`| Q5 | ≈ 78 tok/s | 155 tok/s |`), the question asked above
# it under that label (`**Q5.** Decode ceiling of Llama-3-70B Q4_K_M on one H100 SXM at 3.35 TB/s? — …`).
# the label that opens a line and the question after it, up to its question mark (runs bounded: linear)
_LABELLED_QUESTION = guarded(
    r"^[ \t]{0,3}(?:>[ \t]?)*(?:#{1,6}[ \t]+|[-*+][ \t]+)?(?:\*\*|__)?"
    r"(?P<label>[A-ZА-ЯЁ][a-zа-яё]{0,11}[ \t]?\d{1,3}|[A-ZА-ЯЁ]{1,2}\d{1,3})(?:\*\*|__)?[.:)](?:\*\*|__)?[ \t]+"
    r"(?P<asked>[^?|\n]{8,200})\?"
)
# a cell of a figure and its unit at most (`≈ 78 tok/s`, `2.8 × 10²⁰ FLOP`, `6,738,415,616`, `—`)
_MAX_CELL = 40
_MAX_CELL_LETTERS = 6
_DIGIT = guarded(r"\d")


def _figure_cell(cell: str) -> bool:
    return len(cell) <= _MAX_CELL and len(_LETTERS.findall(cell)) <= _MAX_CELL_LETTERS


def readable_answer_rows(text: str, code_lines: Sequence[int] = ()) -> tuple[str, Remap]:
    """The note with each answer-key row read as the answers to its question: the row's first cell, a label a line
    above asks a question under (once in the note), becomes the question's words, so that the row's figures are read
    with the model and the inputs the question names (`| Q5 | ≈ 78 tok/s | 155 tok/s |` after `**Q5.** Decode ceiling
    of Llama-3-70B Q4_K_M on one H100 SXM at 3.35 TB/s?`). Only a row whose other cells are figures alone is read so (a
    row that says what it is of, `| E1 | Llama 3.2 3B weights, bf16 | 3.21 GB |`, stays as it is). The claims found on
    a rewritten row move back to their cells' columns; one found in the question's words is dropped (the question's
    own line states it). Two passes over the lines: linear."""
    keyed = "?" in text and "|" in text
    if not keyed and "(" not in text:
        return text, _same
    lines = text.split("\n")
    code = set(code_lines)
    asked: dict[str, str | None] = {}  # label → the question (None: asked twice, whose answers are which is not said)
    for i, line in enumerate(lines if keyed else ()):
        if i + 1 in code:
            continue
        m = _LABELLED_QUESTION.match(line)
        if m is not None:
            label = m.group("label").replace(" ", "").replace("\t", "")
            question = m.group("asked").replace("**", "").replace("__", "").strip(" *_—–-")
            asked[label] = None if label in asked else question
    tasks = _labelled_tasks(lines, code) if "(" in text else {}
    if not asked and not tasks:
        return text, _same
    moved: dict[int, tuple[int, int, int]] = {}  # line (1-based) → (the cell's start, its old and its new length)
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if tasks and i + 1 not in code and (item := _LABELLED_ITEM.match(line)) is not None:
            task = tasks.get(item.group("label").lower())
            said = line[item.end() :]
            if task is not None and task[0] < i and _short_answer(said) and not _types_left_open(task[1], said):
                inserted = f" {task[1]}:"
                lines[i] = line[: item.end("label") + 1] + inserted + line[item.end("label") + 1 :]
                moved[i + 1] = (item.end("label") + 1, 0, len(inserted))
            continue
        if not stripped.startswith("|") or i + 1 in code:
            continue
        cells = stripped.split("|")[1:-1] if stripped.rstrip().endswith("|") else stripped.split("|")[1:]
        if len(cells) < 2:
            continue
        label = cells[0].strip().replace("**", "").replace("__", "").replace(" ", "")
        question = asked.get(label)
        answers = cells[1:]
        if not question or not all(_figure_cell(c.strip()) for c in answers) or not any(map(_DIGIT.search, answers)):
            continue
        start = len(line) - len(stripped) + 1  # the first cell, after its bar
        old = len(cells[0])
        new = f" {question} "
        lines[i] = line[:start] + new + line[start + old :]
        moved[i + 1] = (start, old, len(new))
    if not moved:
        return text, _same
    return "\n".join(lines), lambda claims: _remap_rows(claims, moved)


# A problem's parts under letters (`- (б) размер весов в fp16 в ГБ и ГиБ;`) and the answers to them below, under the
# same letters (`- (б) 26,03 ГиБ.`): each answer is read after its part's words
_LABELLED_ITEM = guarded(r"^[ \t]{0,3}(?:>[ \t]?)*[-*+][ \t]+\((?P<label>[a-zа-яё]|\d{1,2})\)[ \t]+(?=\S)")
_MAX_TASK = 200
_MAX_ANSWER_ITEM = 60
_MAX_ANSWER_ITEM_LETTERS = 16


def _short_answer(said: str) -> bool:
    """What an answer item says is figures with few words (`26,03 ГиБ.`, `200 КиБ на токен; 6,25 ГиБ.`), no model."""
    return (
        len(said) <= _MAX_ANSWER_ITEM
        and bool(_DIGIT.search(said))
        and len(_LETTERS.findall(said)) <= _MAX_ANSWER_ITEM_LETTERS
        and not any(m.config is not None for m in find_mentions(said))
    )


def _types_left_open(task: str, said: str) -> bool:
    """A part asked in several storage types (`… в fp16 и в int4`) answered with none named: which figure is whose is
    not said."""
    return len({d.name for d in find_dtypes(task)}) > 1 and not find_dtypes(said)


def _labelled_tasks(lines: list[str], code: set[int]) -> dict[str, tuple[int, str]]:
    """Each letter's part of a problem: the first item under it that says more than an answer, with its line (0-based);
    a letter given two such parts is dropped (which one an answer is to is not said)."""
    tasks: dict[str, tuple[int, str] | None] = {}
    for i, line in enumerate(lines):
        if i + 1 in code or "(" not in line:
            continue
        m = _LABELLED_ITEM.match(line)
        if m is None:
            continue
        said = line[m.end() :].strip()
        if _short_answer(said) or len(said) > _MAX_TASK or said.startswith(("*", "_")):
            continue  # (an answer, or a verdict on one in bold: `- **(б) удовлетворить.** …`)
        label = m.group("label").lower()
        tasks[label] = None if label in tasks else (i, said.rstrip(" ;.:"))
    return {k: v for k, v in tasks.items() if v is not None}


def _remap_rows(claims: list[Claim], moved: dict[int, tuple[int, int, int]]) -> list[Claim]:
    out = []
    for c in claims:
        cell = moved.get(c.line)
        if cell is None:
            out.append(c)
            continue
        start, old, new = cell
        at = c.column - 1
        if at < start:
            out.append(c)
        elif at >= start + new:
            out.append(replace(c, column=at - new + old + 1))
        elif at + len(c.span) > start + new:
            # a claim spanning from the question's words (its model) into a cell keeps the cell's part
            rest = c.span[start + new - at :]
            kept = rest.lstrip(" |")
            own = kept.find(c.stated) if c.stated else -1  # (the claim's figure, when the span runs past other cells)
            if own > 0:
                kept = kept[own:]
            out.append(replace(c, column=start + old + len(rest) - len(kept) + 1, span=kept))
        # (else a figure of the question's words: its own line states it)
    return out
