"""Calibration notes for issue 18 (written for it; not the blind labelled set in tests/dedup_labelled).

Translations of benchmarks/dedup_labelled.py's topics (ru ↔ en, one into German), generated
variants (10 % of words changed, paragraphs reordered), and hard negatives: same-topic notes (from
dedup_labelled), sibling notes written from one template, Excalidraw drawings whose only visible
text is the plugin's line, and daily notes left as their template. The thresholds of the USE
backend and of the line alignment were chosen on these (benchmarks/RESULTS.md, issue 18).
"""

from __future__ import annotations

import random
import re

TRANSLATIONS = {
    "kv-cache": ("ru", """# Память под KV-кэш

Трансформер, который генерирует текст, хранит ключи и значения всех предыдущих токенов, чтобы не
вычислять их заново. Этот кэш растёт вместе с контекстом: для каждого слоя он хранит два вектора на
токен и на голову внимания, так что его размер равен слои × 2 × головы × размер головы × токены × байты.

Для модели на семь миллиардов параметров с 32 слоями и скрытым размером 4096 один токен стоит
полмегабайта в половинной точности. Поэтому контекст в 32 000 токенов требует около 16 ГБ только
под кэш — столько же, сколько веса.

Внимание с группировкой запросов делит ключи и значения между головами и уменьшает кэш в число раз,
равное размеру группы, поэтому новые модели его используют. Квантование кэша до восьми бит уменьшает его ещё вдвое.
"""),
    "sourdough": ("ru", """# Как содержать закваску

Закваска — это мука и вода, в которых живут дикие дрожжи и молочнокислые бактерии. Кормите её так:
выбросьте большую часть и добавьте равные по весу порции свежей муки и воды; при комнатной
температуре она удваивается за четыре–восемь часов и готова к работе на пике.

Закваску, которая хранится в холодильнике, достаточно кормить раз в неделю. Достаньте её вечером
накануне выпечки и покормите дважды, чтобы она проснулась. Слой серой жидкости сверху — это спирт от
голодных дрожжей, а не плесень, его можно слить.

Ржаная мука даёт более активную закваску, чем белая, потому что в ней больше диких дрожжей и
ферментов. Хлорированная водопроводная вода ей редко вредит, но фильтрованная снимает сомнения.
"""),
    "rebase": ("ru", """# Rebase или merge

Слияние соединяет две ветки коммитом слияния и сохраняет историю ровно такой, какой она была.
Rebase переносит ваши коммиты поверх целевой ветки, и история читается как прямая линия, но каждый
перенесённый коммит получает новый идентификатор.

Правило, которое избавляет от проблем, простое: перебазируйте только те коммиты, которых ни у кого
больше нет. Переписывание коммитов, уже попавших в общую ветку, заставляет всех остальных
согласовывать свои копии, и рано или поздно кто-то теряет работу.

Интерактивный rebase — это ещё и инструмент, чтобы привести ветку в порядок перед ревью: склеить
исправляющие коммиты, переписать сообщения и выбросить эксперименты. После rebase отправляйте ветку
с --force-with-lease, а не с --force, чтобы не затереть коммиты, которые кто-то успел отправить.
"""),
    "compost": ("de", """# Heißkompostierung

Ein Komposthaufen wird heiß, wenn er die richtige Mischung aus grünem und braunem Material, genug
Feuchtigkeit und genug Luft hat. Grünes wie Rasenschnitt und Gemüsereste liefert Stickstoff; Braunes
wie trockenes Laub, Stroh und Pappe liefert Kohlenstoff. Ziel ist etwa zwei Teile Braunes auf einen
Teil Grünes nach Volumen.

Der Haufen sollte so feucht sein wie ein ausgewrungener Schwamm. Ist er zu nass, wird er anaerob und
riecht; ist er zu trocken, hört er auf zu arbeiten. Wenn man ihn alle ein bis zwei Wochen umsetzt,
kommt Luft hinein und das kühlere Material von außen wandert in die heiße Mitte.

Ein Haufen von mindestens einem Kubikmeter hält seine Wärme gut und kann 60 °C erreichen, was die
meisten Unkrautsamen abtötet. Fertiger Kompost ist dunkel, krümelig und riecht nach Waldboden.
"""),
    "gil": ("ru", """# GIL и потоки в Python

Глобальная блокировка интерпретатора в CPython позволяет только одному потоку выполнять байт-код
Python в каждый момент. Потоки всё равно помогают с работой, которая ждёт, например с сетевыми
запросами и чтением с диска, потому что поток отпускает блокировку, пока ждёт, но вычислительный
код на Python от потоков быстрее не становится.

Для вычислительной работы используйте процессы: multiprocessing или
concurrent.futures.ProcessPoolExecutor запускают по интерпретатору на ядро. Цена в том, что
аргументы и результаты сериализуются и копируются между процессами, поэтому отправляйте большие
куски работы, а не множество крошечных задач.

Библиотеки на C, такие как NumPy, отпускают блокировку внутри своих тяжёлых циклов, поэтому потоки
могут выполнять их параллельно. В Python 3.13 появилась необязательная сборка без блокировки; она
всё ещё экспериментальная, и многие модули расширений её пока не поддерживают.
"""),
    "quant-ru": ("en", """# Quantising models

Quantisation stores each weight of a model in fewer bits than the sixteen used in training. An
eight-bit copy takes half the memory of the original half-precision model, and a four-bit one a
quarter, so a laptop can run models that used to need a server.

The price is accuracy. Rounding every weight to one of sixteen levels adds noise, and it hurts the
layers with outliers most. GPTQ and AWQ choose the rounding on a small calibration sample so that
the model's outputs change as little as possible.

In practice a four-bit model loses one or two points on benchmarks and answers almost as the
original does. At three bits the losses are already noticeable in conversation.
"""),
}

# Sibling notes written from one concept template: same headings and prompts, different subject.
SIBLING_TEMPLATE = """# {title}

Kind:: concept
Stage: seedling
From::{source}

## Definition

{definition}

## Why it matters

{why}

## Related

- [[Binary search tree]]
- [[Balanced trees]]

---
_Made with the "Concept card" template; delete this footer once the card is written._
"""
SIBLINGS = (
    ("Left rotation", "A left rotation moves a node's right child up into the node's place; the node becomes the left child "
     "of its former right child, and that child's left subtree becomes the node's right subtree.",
     "AVL and red-black trees use it to fix a right-heavy subtree after an insertion."),
    ("Right rotation", "A right rotation moves a node's left child up into the node's place; the node becomes the right child "
     "of its former left child, and that child's right subtree becomes the node's left subtree.",
     "AVL and red-black trees use it to fix a left-heavy subtree after an insertion."),
    ("Tree height", "The height of a tree is the number of edges on the longest path from the root down to a leaf; an empty "
     "tree has height minus one by convention and a single node height zero.",
     "Search, insertion and deletion cost time proportional to the height, so balanced trees keep it logarithmic."),
    ("In-order traversal", "An in-order traversal visits the left subtree, then the node, then the right subtree, recursively, "
     "so in a binary search tree it lists the keys in sorted order.",
     "It is how a sorted list is read out of a search tree in linear time, and how a tree is checked for order."),
)

EXCALIDRAW_WARNING = (
    "==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠== You can decompress Drawing data with the "
    "command palette: 'Decompress current Excalidraw file'. For more info check in plugin's readme."
)
EXCALIDRAW = """---
excalidraw-plugin: parsed
tags: [excalidraw]
---
{warning}

# Excalidraw Data

## Text Elements
%%
## Drawing
```compressed-json
{payload}
```
%%
"""

DAILY = "# {date}\n\n## Tasks\n\n- [ ] \n\n## Notes\n\n## Journal\n\nMood:: \n"


def edit_words(text: str, share: float, seed: int) -> str:
    """Change `share` of the body's words (not headings): each chosen word is replaced by another word
    of the note or dropped, or a word is inserted: the light edits a person makes."""
    rng = random.Random(seed)  # reproducible test data
    lines = text.split("\n")
    spots = [
        (i, m.start(), m.end()) for i, line in enumerate(lines) if not line.startswith("#") for m in re.finditer(r"\w+", line)
    ]
    vocabulary = [lines[i][a:b] for i, a, b in spots]
    chosen = sorted(rng.sample(spots, max(1, round(share * len(spots)))), reverse=True)
    for i, a, b in chosen:
        action = rng.random()
        word = rng.choice(vocabulary)
        new = word if action < 0.6 else "" if action < 0.8 else f"{lines[i][a:b]} {word}"
        lines[i] = lines[i][:a] + new + lines[i][b:]
    return "\n".join(lines)


def reorder(text: str) -> str:
    """The paragraphs after the title in reverse order."""
    head, _, body = text.partition("\n\n")
    parts = [p for p in body.strip().split("\n\n") if p.strip()]
    return head + "\n\n" + "\n\n".join(reversed(parts)) + "\n"


def calibration_notes() -> tuple[dict[str, str], list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(notes {path: text}, positive pairs (a, b, kind), negative pairs (a, b, kind))."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import dedup_labelled as labelled

    notes: dict[str, str] = {}
    pos: list[tuple[str, str, str]] = []
    neg: list[tuple[str, str, str]] = []
    for n, t in enumerate(labelled.TOPICS):
        orig = f"{t.slug}.md"
        notes[orig] = t.original
        variants = {
            "edited10": edit_words(t.original, 0.10, n),
            "edited20": edit_words(t.original, 0.20, 100 + n),
            "reordered": reorder(t.original),
            "section_added": t.original + t.section,
            "paraphrase": t.paraphrase,
        }
        if t.slug in TRANSLATIONS:
            variants["translation"] = TRANSLATIONS[t.slug][1]
        for kind, body in variants.items():
            notes[f"{t.slug} {kind}.md"] = body
            pos.append((orig, f"{t.slug} {kind}.md", kind))
        notes[f"{t.slug} related.md"] = t.negative
        neg.append((orig, f"{t.slug} related.md", "same_topic"))
    for k, (title, definition, why) in enumerate(SIBLINGS):
        notes[f"{title}.md"] = SIBLING_TEMPLATE.format(title=title, definition=definition, why=why, source=" Sedgewick")
        for other in SIBLINGS[k + 1 :]:
            neg.append((f"{title}.md", f"{other[0]}.md", "template_sibling"))
    for k in range(3):
        payload = f"N4KAkARALgngDgUwgLgAQQQDwMYEMA2AlgCYBOuA7hADTgQBuCpAzoQPYB2KqATLZMzYBXUtiRoIACyhQ4zZAHoFAc0JRJQgEYA6bW{k}"
        notes[f"Drawing {k}.excalidraw.md"] = EXCALIDRAW.format(payload=payload, warning=EXCALIDRAW_WARNING)
        if k:
            neg.append(("Drawing 0.excalidraw.md", f"Drawing {k}.excalidraw.md", "excalidraw"))
    for k in range(4):
        notes[f"Daily/2025-03-0{k + 1}.md"] = DAILY.format(date=f"2025-03-0{k + 1}")
        if k:
            neg.append(("Daily/2025-03-01.md", f"Daily/2025-03-0{k + 1}.md", "empty_template"))
    # The concept-card template left empty (its fields keep their default values, its footer stays).
    empty = SIBLING_TEMPLATE.format(title="Untitled", definition="", why="", source="")
    for k in range(3):
        notes[f"Inbox/Untitled {k}.md"] = empty
        for title, _, _ in SIBLINGS:
            neg.append((f"Inbox/Untitled {k}.md", f"{title}.md", "empty_template"))
        if k:
            neg.append(("Inbox/Untitled 0.md", f"Inbox/Untitled {k}.md", "empty_template"))
    return notes, pos, neg
