#!/usr/bin/env python3
"""Build derived/ variants and labels.json for the blind labelled duplicate set.

Deterministic: every random choice uses random.Random seeded from SEED and the
note id, so re-running produces byte-identical output.  Standard library only.

    python tests/dedup_labelled/generate.py
"""
from __future__ import annotations

import json
import random
import re
import shutil
from itertools import combinations
from pathlib import Path

SEED = 20240518
HERE = Path(__file__).resolve().parent
DERIVED = HERE / "derived"
KINDS = ["exact", "mojibake", "edited10", "reordered", "section_added"]

FM_RE = re.compile(r"\A---\n(.*?)\n---\n", re.S)
CYR_RE = re.compile(r"[А-Яа-яЁё]")
WORD_RE = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")

FILLER = {
    "en": ["really", "also", "quite", "basically", "actually", "perhaps", "still",
           "mostly", "often", "clearly", "simply", "here", "now", "again", "maybe",
           "certainly", "probably", "usually", "rather", "indeed"],
    "ru": ["очень", "также", "вообще", "просто", "именно", "ещё", "уже", "обычно",
           "примерно", "довольно", "снова", "здесь", "теперь", "наверное", "вроде",
           "конечно", "всё-таки", "часто", "почти", "даже"],
}

# Sections appended by the section_added variant: prose written for this set,
# unrelated to any particular topic, one picked per note.
EXTRA = {
    "en": [
        "## Reflection\n\nLooking back at this note a month later, the part I understood least "
        "was the one I wrote most confidently. Next time I will write down where each number came "
        "from, add the date I checked it, and keep a short list of things I assumed rather than "
        "verified, so that a later reread can start from the doubts.",
        "## Reading plan\n\nBefore going deeper I want two more sources that disagree with each "
        "other, because a single textbook tends to present a settled picture. I will skim both "
        "introductions, compare their definitions, and note any place where their examples or "
        "their numbers do not match what I wrote above.",
        "## How I will use this\n\nThe practical value of this note is as a checklist I can open "
        "in the middle of real work, so the steps should stay short and concrete. Anything "
        "historical or speculative belongs in a separate note linked from here, otherwise this "
        "page slowly turns into an essay nobody rereads.",
        "## Conversation with a colleague\n\nDiscussed this over lunch on Thursday. She pointed "
        "out that my summary skips the cases where the usual advice fails, and that those cases "
        "are exactly the ones people ask about. I promised to collect two or three concrete "
        "counterexamples and add them here with a sentence on each.",
        "## Teaching notes\n\nWhen I explained this to a student, drawing a small example on "
        "paper worked far better than the definition. The order that made sense to them was: "
        "example first, then the rule, then the exception. I should restructure the note in the "
        "same way when I next have an hour to spare.",
    ],
    "ru": [
        "## Размышления\n\nПеречитав заметку через месяц, я понял, что хуже всего разобрался "
        "именно в той части, которую писал увереннее всего. В следующий раз буду указывать, "
        "откуда взялось каждое число, ставить дату проверки и вести короткий список допущений, "
        "которые я не проверял, чтобы при повторном чтении начинать с сомнений.",
        "## План чтения\n\nПрежде чем углубляться, хочу найти ещё два источника, которые спорят "
        "друг с другом: один учебник обычно рисует слишком спокойную картину. Пролистаю оба "
        "введения, сравню определения и отмечу места, где их примеры или цифры расходятся с тем, "
        "что записано выше.",
        "## Как буду этим пользоваться\n\nПрактическая ценность этой заметки в том, чтобы "
        "открыть её посреди реальной работы как чек-лист, поэтому шаги должны оставаться короткими "
        "и конкретными. Всё историческое и спорное стоит вынести в отдельную заметку со ссылкой "
        "отсюда, иначе страница постепенно превратится в эссе, которое никто не перечитывает.",
        "## Разговор с коллегой\n\nОбсуждали это за обедом в четверг. Коллега заметила, что в "
        "моём конспекте нет случаев, когда обычный совет не работает, а спрашивают как раз о них. "
        "Я обещал собрать два-три конкретных контрпримера и добавить их сюда с коротким "
        "пояснением к каждому.",
        "## Заметки для преподавания\n\nКогда я объяснял это студенту, маленький пример на бумаге "
        "сработал гораздо лучше определения. Понятный для него порядок был такой: сначала пример, "
        "потом правило, потом исключение. Надо так же перестроить и эту заметку, когда появится "
        "свободный час.",
    ],
}


def rng_for(note_id: str, kind: str) -> random.Random:
    return random.Random(f"{SEED}:{note_id}:{kind}")


def split_fm(text: str) -> tuple[str, str]:
    m = FM_RE.match(text)
    if not m:
        return "", text
    return text[: m.end()], text[m.end():]


def lang_of(text: str) -> str:
    return "ru" if len(CYR_RE.findall(text)) > 20 else "en"


# ---------------------------------------------------------------- variants

def make_exact(note_id: str, text: str, lang: str) -> str:
    fm, body = split_fm(text)
    title = re.search(r"^title: (.*)$", fm, re.M).group(1)
    r = rng_for(note_id, "exact")
    day = r.randint(1, 28)
    month = r.randint(1, 12)
    new_fm = (
        "---\n"
        f"title: \"{title} (copy)\"\n"
        f"aliases: [\"{title}\"]\n"
        f"tags: [{'импорт' if lang == 'ru' else 'imported'}, inbox]\n"
        f"created: 2023-{month:02d}-{day:02d}\n"
        "source: old-vault\n"
        "---\n"
    )
    return new_fm + body


def _decode_cp1252_lenient(data: bytes) -> str:
    # Bytes that cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become
    # the C1 control character of the same value, as most real mojibake does.
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def make_mojibake(note_id: str, text: str, lang: str) -> str:
    raw = text.encode("utf-8")
    if lang == "ru":
        return raw.decode("mac_roman")
    return _decode_cp1252_lenient(raw)


def make_edited(note_id: str, text: str, lang: str, rate: float = 0.10) -> str:
    fm, body = split_fm(text)
    r = rng_for(note_id, "edited10")
    # Only edit words in prose, never inside code spans or wikilinks, and keep
    # the H1 line intact.
    protected = [(m.start(), m.end()) for m in re.finditer(r"`[^`]*`|\[\[[^\]]*\]\]|^# .*$", body, re.M)]

    def is_protected(pos: int) -> bool:
        return any(a <= pos < b for a, b in protected)

    words = [m for m in WORD_RE.finditer(body) if not is_protected(m.start())]
    n_edit = max(1, round(rate * len(words)))
    chosen = sorted(r.sample(range(len(words)), n_edit))
    pool = FILLER[lang]
    pieces, last = [], 0
    for idx in chosen:
        m = words[idx]
        op = r.choice(["replace", "delete", "insert"])
        pieces.append(body[last:m.start()])
        if op == "replace":
            pieces.append(r.choice(pool))
            last = m.end()
        elif op == "delete":
            last = m.end()
            nxt = body[last:last + 1]
            if nxt == " " and body[m.start() - 1:m.start()] in (" ", ""):
                last += 1  # swallow one space so no double spaces appear
            elif nxt in tuple(",.;:!?)…") and pieces[-1].endswith(" "):
                pieces[-1] = pieces[-1][:-1]  # no space before punctuation
        else:  # insert a word before the original one
            pieces.append(r.choice(pool) + " ")
            pieces.append(m.group(0))
            last = m.end()
    pieces.append(body[last:])
    return fm + "".join(pieces)


def _shuffle_changed(r: random.Random, items: list) -> list:
    if len(items) < 2:
        return list(items)
    for _ in range(20):
        out = list(items)
        r.shuffle(out)
        if out != items:
            return out
    return list(reversed(items))


LIST_ITEM_RE = re.compile(r"^(\s*)([-*]|\d+\.) ")


def _shuffle_lists(block: str, r: random.Random) -> str:
    lines = block.split("\n")
    if not lines or not all(LIST_ITEM_RE.match(l) for l in lines):
        return block
    numbered = [re.match(r"\s*\d+\. ", l) is not None for l in lines]
    items = _shuffle_changed(r, lines)
    if all(numbered):  # renumber so the list still reads 1., 2., 3.
        items = [re.sub(r"^(\s*)\d+\.", lambda m, i=i: f"{m.group(1)}{i}.", it) for i, it in enumerate(items, 1)]
    return "\n".join(items)


def make_reordered(note_id: str, text: str, lang: str) -> str:
    fm, body = split_fm(text)
    r = rng_for(note_id, "reordered")
    blocks = [b for b in body.strip("\n").split("\n\n") if b.strip()]
    # head = H1 (if any); then sections, each starting at a "## " heading.
    head, sections, cur = [], [], None
    for b in blocks:
        if b.startswith("## "):
            cur = [b]
            sections.append(cur)
        elif cur is None:
            head.append(b)
        else:
            cur.append(b)
    # Paragraphs before the first ## (other than the H1) become one more
    # movable unit, so notes without ## still change order.
    title = [b for b in head if b.startswith("# ")]
    intro = [b for b in head if not b.startswith("# ")]
    units = ([intro] if intro else []) + sections
    units = _shuffle_changed(r, units)
    out = list(title)
    for u in units:
        hdr = [u[0]] if u[0].startswith("## ") else []
        rest = u[len(hdr):]
        rest = [_shuffle_lists(b, r) for b in rest]
        out.extend(hdr + _shuffle_changed(r, rest))
    return fm + "\n\n".join(out) + "\n"


def make_section_added(note_id: str, text: str, lang: str) -> str:
    r = rng_for(note_id, "section_added")
    extra = r.choice(EXTRA[lang])
    return text.rstrip("\n") + "\n\n" + extra + "\n"


MAKERS = {
    "exact": make_exact,
    "mojibake": make_mojibake,
    "edited10": make_edited,
    "reordered": make_reordered,
    "section_added": make_section_added,
}


def main() -> None:
    base_files = sorted((HERE / "base").glob("*.md"))
    if DERIVED.exists():
        shutil.rmtree(DERIVED)
    pairs, negatives, clusters = [], [], {}

    def rel(p: Path) -> str:
        return p.relative_to(HERE).as_posix()

    for bf in base_files:
        nid = bf.stem
        text = bf.read_text(encoding="utf-8")
        lang = lang_of(text)
        members = [rel(bf)]
        for kind in KINDS:
            out = DERIVED / kind / bf.name
            out.parent.mkdir(parents=True, exist_ok=True)
            variant = MAKERS[kind](nid, text, lang)
            assert variant != text, (nid, kind)
            out.write_text(variant, encoding="utf-8")
            pairs.append({"a": rel(bf), "b": rel(out), "kind": kind, "duplicate": True})
            members.append(rel(out))
        for kind in ("paraphrase", "translation"):
            other = HERE / kind / bf.name
            assert other.exists(), other
            pairs.append({"a": rel(bf), "b": rel(other), "kind": kind, "duplicate": True})
            members.append(rel(other))
        clusters[nid] = {"lang": lang, "members": members}
        for suffix in ("a", "b"):
            neg = HERE / "negatives" / f"{nid}_{suffix}.md"
            assert neg.exists(), neg
            negatives.append({"a": rel(bf), "b": rel(neg), "kind": "same_topic", "duplicate": False})
        # the two same-topic negatives are not duplicates of each other either
        negatives.append({"a": rel(HERE / "negatives" / f"{nid}_a.md"),
                          "b": rel(HERE / "negatives" / f"{nid}_b.md"),
                          "kind": "same_topic", "duplicate": False})

    neg_dir = HERE / "negatives"
    sib = sorted(neg_dir.glob("template_sibling_*.md"))
    emp = sorted(neg_dir.glob("template_empty_*.md"))
    exc = sorted(neg_dir.glob("excalidraw_*.md"))
    for a, b in combinations(sib, 2):
        negatives.append({"a": rel(a), "b": rel(b), "kind": "template_sibling", "duplicate": False})
    for a, b in combinations(emp, 2):
        negatives.append({"a": rel(a), "b": rel(b), "kind": "empty_template", "duplicate": False})
    for a in emp:
        for b in sib:
            negatives.append({"a": rel(a), "b": rel(b), "kind": "empty_template", "duplicate": False})
    for a, b in combinations(exc, 2):
        negatives.append({"a": rel(a), "b": rel(b), "kind": "excalidraw", "duplicate": False})

    # Pairs implied by transitivity (two variants of the same base note).
    # Not part of "pairs" (which is variant-vs-base only) but listed so that a
    # scorer can exclude or count them instead of treating them as false.
    implied = []
    for nid, c in clusters.items():
        m = c["members"]
        for a, b in combinations(m[1:], 2):
            implied.append({"a": a, "b": b, "cluster": nid, "duplicate": True})

    notes = sorted(rel(p) for p in HERE.rglob("*.md") if p.name != "README.md")
    labels = {
        "schema": "vaultkit.dedup-labels/1",
        "seed": SEED,
        "notes": notes,
        "pairs": pairs,
        "negatives": negatives,
        "clusters": clusters,
        "implied_pairs": implied,
        "special": {
            "template_sibling": [rel(p) for p in sib],
            "empty_template": [rel(p) for p in emp],
            "excalidraw": [rel(p) for p in exc],
        },
    }
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    from collections import Counter
    print("notes:", len(notes))
    print("pairs:", dict(Counter(p["kind"] for p in pairs)), "total", len(pairs))
    print("negatives:", dict(Counter(p["kind"] for p in negatives)), "total", len(negatives))
    print("implied within-cluster pairs:", len(implied))


if __name__ == "__main__":
    main()
