"""Document-level mojibake repair: seeds, every damage kind, replayable plans, clean text untouched."""

from __future__ import annotations

import pytest
from conftest import seed_text

from vaultkit.ingest.mojibake import PlanStep, looks_clean, repair_document, replay_plan

RU = """# Оценка памяти модели

Модель на семь миллиардов параметров в половинной точности занимает около четырнадцати гигабайт.
Квантование до восьми бит уменьшает этот объём ещё вдвое, а до четырёх — вчетверо.
Кэш ключей и значений растёт с длиной контекста: его тоже нужно учитывать. 🧠
"""
EN = """# Memory of a model

A seven-billion-parameter model takes about fourteen gigabytes in half precision — “roughly”.
Quantising to eight bits halves that again; it’s the cheapest win × 2 → done ✅.
"""


def damage(text: str, encoding: str) -> str:
    return text.encode("utf-8").decode(encoding)


@pytest.mark.parametrize("number", [0, 2, 3])
def test_clean_seeds_unchanged(number: int) -> None:
    text = seed_text(number)
    result = repair_document(text)
    assert result.text == text and not result.plan


def test_seed_001_restored_byte_exact() -> None:
    text = seed_text(1)
    result = repair_document(text)
    assert result.text == text.encode("mac_roman").decode("utf-8")
    assert [r.description for r in result.regions] == ["UTF-8 read as Mac Roman"]


def test_seed_004_only_the_damaged_sequence_changes() -> None:
    text = seed_text(4)
    result = repair_document(text)
    changed = [(a, b) for a, b in zip(text.split("\n"), result.text.split("\n"), strict=True) if a != b]
    assert len(changed) == 1
    before, after = changed[0]
    assert "bugâ€”it's" in before and "bug—it's" in after
    assert before.replace("â€”", "—") == after


CASES = [
    ("ru whole mac roman", RU, "mac_roman", None),
    ("ru whole cp1252", RU.replace("🧠", ""), "sloppy-windows-1252", None),
    ("ru whole latin-1", RU.replace("🧠", ""), "latin-1", None),
    ("ru whole koi8-r", RU.replace("🧠", "").replace("—", "-"), "koi8_r", None),
    ("ru whole cp1251", RU.replace("🧠", "").replace("—", "-"), "cp1251", None),
    ("en whole cp1252", EN.replace("→", "->").replace("✅", ""), "sloppy-windows-1252", None),
    ("en whole mac roman", EN, "mac_roman", None),
]


@pytest.mark.parametrize(("text", "encoding"), [c[1:3] for c in CASES], ids=[c[0] for c in CASES])
def test_whole_note_damage_restored(text: str, encoding: str) -> None:
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-*

    damaged = damage(text, encoding)
    assert damaged != text
    assert not looks_clean(damaged)
    result = repair_document(damaged)
    assert result.text == text
    assert replay_plan(damaged, result.plan) == result.text


@pytest.mark.parametrize("encoding", ["mac_roman", "koi8_r", "sloppy-windows-1252"])
def test_one_damaged_paragraph(encoding: str) -> None:
    import ftfy.bad_codecs  # noqa: F401

    clean_ru = "Этот абзац в порядке и не должен измениться — ни одной буквы.\n"
    para = (
        "Этот абзац повреждён: модель занимает четырнадцать гигабайт памяти.\n"
        "И вторая строка того же абзаца с числами 7 млрд и 14 ГБ.\n"
    )
    text = f"# Заметка\n\n{clean_ru}\n{para}\n{clean_ru}"
    damaged = text.replace(para, damage(para, encoding))
    result = repair_document(damaged)
    assert result.text == text
    (region,) = [r for r in result.regions if not r.in_code]
    assert (region.start_line, region.end_line) == (5, 6)


def test_double_encoding() -> None:
    text = "Квантование — это просто.\nИ ещё одна строка про веса модели.\n"
    twice = damage(damage(text, "mac_roman"), "mac_roman")
    result = repair_document(twice)
    assert result.text == text
    assert replay_plan(twice, result.plan) == text


def test_code_block_damage_reported_not_rewritten() -> None:
    good = "Хороший текст, который не повреждён, и ещё одна фраза.\n"
    code = "```\nprint('Привет, мир и все остальные')\n```\n"
    text = f"{good}\n{damage(good, 'mac_roman')}\n{damage(code, 'mac_roman')}\n{good}"
    result = repair_document(text, code_ranges=[(5, 7)])
    lines = result.text.split("\n")
    assert lines[2] == good.strip()
    assert lines[5] == damage(code, "mac_roman").split("\n")[1]  # untouched
    assert any(r.in_code and r.start_line == 6 for r in result.regions)


CLEAN = [
    ("ascii", "Plain ASCII [[link]] and `code`.\n"),
    ("russian", "Всё её ещё — «ёлка» и №5; Ёж.\n" * 5),
    ("curly quotes and dashes", "“Quotes” — dashes – ‘single’ … café naïve Œuvre ×2 → ≈ ≤ ✅ 🧠\n"),
    ("german french", "Grüße aus Köln. Ça va? L’été à Noël.\n"),
    ("box drawing", "├──┤ │ ┼ ┐ └ ░▒▓\n"),
    ("mixed scripts on purpose", "Греческая α и латинская a рядом: αa; mojibake example in prose is rare.\n"),
    ("html entities kept", "Use &amp; and &lt;tag&gt; here\n"),
    ("nfd kept", "Cafe\u0301 and e\u0301te\u0301\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in CLEAN], ids=[c[0] for c in CLEAN])
def test_clean_text_is_never_changed(text: str) -> None:
    result = repair_document(text)
    assert result.text == text and not result.plan


def test_every_step_kind_replays() -> None:
    kinds: set[str] = set()
    samples = [damage(RU, "mac_roman"), "ok line\nbroken: bugâ€”it’s fine and Ã©tÃ© here\n"]
    for s in samples:
        result = repair_document(s)
        kinds.update(step.kind for step in result.plan)
        assert replay_plan(s, result.plan) == result.text
    assert kinds == {"recode", "line"}  # every StepKind


def test_line_step_replays_on_its_own() -> None:
    step = PlanStep("line", (("encode", "sloppy-windows-1252"), ("decode", "utf-8")), 2, 2)
    assert replay_plan("a\nbugâ€”it\nc", (step,)) == "a\nbug—it\nc"


def test_looks_clean_is_fast_path_for_ascii() -> None:
    assert looks_clean("x" * 10_000)


# looks_clean scans for continuation images and looks back at the character before each; these
# pin what a user would notice if that scan missed a signature the reference scan finds.


def test_looks_clean_flags_damage_at_the_very_end_and_start() -> None:
    clean = RU * 20
    assert looks_clean(clean)
    assert not looks_clean(clean + damage("Привет", "mac_roman"))
    assert not looks_clean(clean + "bugâ€”it")
    assert not looks_clean(clean + "Ã©")  # the last two characters only
    assert not looks_clean("Ã©" + clean)  # the first two characters only
    assert not looks_clean(clean + "\x81")  # a C1 control, last
    assert not looks_clean(clean + "Ã ")  # _A0_SPACE, last


def test_looks_clean_keeps_clean_russian_with_yo_and_dashes() -> None:
    # ё and the dashes are continuation images (Windows-1251, KOI8-R, Windows-1252) that follow
    # Cyrillic letters (lead images) all the time in clean text.
    assert looks_clean("Её объём растёт — ещё вдвое, «вчетверо».")
    assert looks_clean(RU + EN)


def test_looks_clean_weak_encodings_need_more_than_one_pair() -> None:
    # Windows-1251 `её` is one lead+continuation pair: too weak alone, flagged with ASCII touching it
    assert looks_clean("это её дело")
    assert not looks_clean("её1")
    assert not looks_clean("xеё")
    assert looks_clean("x её")
    assert not looks_clean("Что её?")  # a 3-byte image: `е` lead, `ё` and `?` (U+FFFD's stand-in)


def test_looks_clean_agrees_with_reference_on_dense_random_text() -> None:
    import random

    from vaultkit.ingest import mojibake

    images = {mojibake._byte_image(b, enc) or "" for enc in mojibake.ENCODINGS for b in range(0x80, 0x100)}
    alphabet = sorted(images | set("ёЁ—а я?aZ0 \n\ufffd"))
    rng = random.Random(7)
    flagged = 0
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        verdict = looks_clean(s)
        assert verdict == mojibake._looks_clean_reference(s), repr(s)
        flagged += not verdict
    assert 2_000 < flagged < 18_000  # both verdicts are exercised
