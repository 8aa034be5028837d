"""A deterministic synthetic vault for benchmarks: `python benchmarks/generate.py OUT --notes N [--seed S]`.

Notes look like the ones vaultkit is for: a few KB of YAML front matter with block scalars,
English and Russian body text, headings and block ids, 2-12 links of every form (about 5 %
broken), fenced code (some holding link-like text and size arithmetic), sizing claims (some
wrong), a few Mac-Roman mojibake copies and lightly edited near-duplicates, in 10-50 folders.
Average size ~11 KB, so 10,000 notes are ~110 MB. Same arguments, same bytes.

Body prose (`--prose varied`, the default) is composed per sentence from slot lists (subject,
verb, object, qualifier), so unrelated notes share words but few 5-word shingles, as distinct
notes of one vault do. `--prose pool` draws every sentence from a pool of 18 fixed sentences (the
generator before 2026-12-02): any two notes then share most of their shingles, the worst case for
the lexical duplicate layer's candidate search.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

EN = [
    "Quantisation trades a little accuracy for a large cut in memory.",
    "The key-value cache grows linearly with context length and batch size.",
    "Mixed-precision training keeps an fp32 master copy of the weights.",
    "Attention heads share keys and values under grouped-query attention.",
    "A sparse mixture of experts activates two of eight feed-forward blocks per token.",
    "Tokenizers split rare words into several pieces, which inflates sequence length.",
    "Embedding tables dominate the parameter count of small models.",
    "Gradient checkpointing recomputes activations instead of storing them.",
    "Near-duplicate notes drift apart once their links split between the copies.",
    "The benchmark measured throughput at batch sizes from one to sixty-four.",
]
RU = [
    "Квантование уменьшает объём памяти ценой небольшой потери точности.",
    "Кэш ключей и значений растёт линейно с длиной контекста.",
    "Смешанная точность хранит копию весов в fp32 для оптимизатора.",
    "Эмбеддинги занимают большую часть параметров небольших моделей.",
    "Повторное вычисление активаций экономит память при обучении.",
    "Заметки-дубликаты расходятся, когда ссылки делятся между копиями.",
    "Токенизатор делит редкие слова на несколько частей.",
    "Модель на семь миллиардов параметров занимает около четырнадцати гигабайт.",
]
# Slot lists for composed sentences: 20 × 24 × 24 × 20 ≈ 230,000 English sentences (and as
# many Russian), so a 5-word shingle rarely recurs outside copied text.
EN_SLOTS = (
    ["The model", "Our baseline", "Each attention head", "The optimiser state", "A quantised checkpoint",
     "The tokenizer", "The key-value cache", "Every expert block", "The embedding table", "The draft model",
     "A sparse layer", "The training run", "The evaluation harness", "A merged adapter", "The router",
     "The serving stack", "Our ablation", "The long-context variant", "A distilled student", "The reward model"],
    ["keeps", "drops", "doubles", "halves", "stores", "recomputes", "shares", "compresses", "streams", "caches",
     "splits", "pins", "offloads", "reuses", "measures", "predicts", "masks", "prunes", "rotates", "scales",
     "merges", "shards", "replays", "tracks"],
    ["the activations", "its gradients", "the fp32 master weights", "rare tokens", "the positional table",
     "every second layer", "the value projections", "half of the heads", "the routing logits", "the loss curve",
     "the page table", "a copy of the weights", "the prompt prefix", "the vocabulary", "long sequences",
     "the outlier channels", "the calibration set", "each micro-batch", "the softmax scale", "the rotary angles",
     "the residual stream", "the adapter rank", "the sampling temperature", "the warm-up schedule"],
    ["before the backward pass.", "across eight devices.", "at a small cost in accuracy.", "when the context grows.",
     "for every request in the batch.", "without touching the base model.", "once per training step.",
     "in blocks of sixty-four.", "to stay inside one card.", "after the first epoch.", "under mixed precision.",
     "during prefill only.", "while decoding.", "at the end of each layer.", "so the kernel stays fused.",
     "unless the router is saturated.", "with a fixed random seed.", "behind a feature flag.",
     "in the second ablation.", "for the long-context runs."],
)
RU_SLOTS = (
    ["Модель", "Базовый вариант", "Каждая голова внимания", "Оптимизатор", "Квантованный чекпойнт",
     "Токенизатор", "Кэш ключей и значений", "Каждый эксперт", "Таблица эмбеддингов", "Черновая модель",
     "Разреженный слой", "Обучающий запуск", "Набор тестов", "Объединённый адаптер", "Маршрутизатор",
     "Сервер инференса", "Наша абляция", "Вариант с длинным контекстом", "Дистиллированная модель", "Модель награды"],
    ["хранит", "отбрасывает", "удваивает", "делит пополам", "сохраняет", "пересчитывает", "разделяет", "сжимает",
     "передаёт", "кэширует", "разбивает", "закрепляет", "выгружает", "переиспользует", "измеряет", "предсказывает",
     "маскирует", "прореживает", "поворачивает", "масштабирует", "объединяет", "шардирует", "повторяет", "отслеживает"],
    ["активации", "свои градиенты", "мастер-копию весов в fp32", "редкие токены", "таблицу позиций",
     "каждый второй слой", "проекции значений", "половину голов", "логиты маршрутизации", "кривую потерь",
     "таблицу страниц", "копию весов", "префикс запроса", "словарь", "длинные последовательности",
     "выбросы по каналам", "калибровочный набор", "каждый микробатч", "масштаб софтмакса", "углы поворота",
     "остаточный поток", "ранг адаптера", "температуру сэмплирования", "расписание прогрева"],
    ["перед обратным проходом.", "на восьми устройствах.", "ценой небольшой потери точности.", "при росте контекста.",
     "для каждого запроса в батче.", "не трогая базовую модель.", "один раз за шаг обучения.", "блоками по шестьдесят четыре.",
     "чтобы уместиться в одну карту.", "после первой эпохи.", "при смешанной точности.", "только на этапе префилла.",
     "во время декодирования.", "в конце каждого слоя.", "чтобы ядро оставалось слитым.", "если маршрутизатор не перегружен.",
     "с фиксированным зерном.", "за флагом функции.", "во второй абляции.", "в запусках с длинным контекстом."],
)
CLAIMS = [
    "A {n}B model in fp16: {n}B parameters × 2 bytes = {g} GB.",
    "In int8 the same {n}B model needs {n}B parameters × 1 bytes = {h} GB.",
    "Модель на {n} млрд параметров в fp16 занимает {g} ГБ.",
    "Moving from FP32 to INT8 reduces storage requirements by 75%.",
    "A wrong one: {n}B parameters × 2 bytes = {w} GB.",
]
CODE = [
    "```python\nparams = {n}_000_000_000\nsize = params * 2\nprint(size / 10**9)  # Output: {g}.0\n```",
    "```text\nNot links: [[Inside code]] and ![[also not]]\n```",
    "```bash\nif [[ $# -gt 0 ]]; then echo ok; fi\n```",
]


@dataclass(frozen=True)
class GenStats:
    notes: int
    bytes: int
    links: int
    broken: int
    mojibake: int
    near_duplicates: int
    contained_copies: int
    seconds: float


def _front_matter(rng: random.Random, title: str, i: int) -> str:
    desc = " ".join(rng.choice(EN + RU) for _ in range(rng.randint(25, 70)))
    summary = " ".join(rng.choice(EN) for _ in range(rng.randint(3, 8)))
    lines = [
        "---",
        f"title: {title}",
        f"tags: [ml, topic{i % 17}, area/{i % 5}]",
        f"aliases: [{title} alias]",
        f"created: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        f"updated: 2025-{1 + (i + 1) % 12:02d}-{1 + i % 28:02d}",
        "description: |",
        *("  " + desc[k : k + 100] for k in range(0, len(desc), 100)),
        "summary: >",
        *("  " + summary[k : k + 100] for k in range(0, len(summary), 100)),
        "---",
    ]
    return "\n".join(lines) + "\n"


def _link(rng: random.Random, names: list[str], folders: list[str], i: int) -> tuple[str, bool]:
    if rng.random() < 0.05:
        return f"[[Missing note {rng.randint(0, 999)}]]", True
    j = rng.randrange(len(names))
    target, folder = names[j], folders[j]
    form = rng.randrange(7)
    return (
        [
            f"[[{target}]]",
            f"[[{target}|see this]]",
            f"[[{target}#Section 1]]",
            f"[[{target}#^b{j}-0]]",
            f"[[{folder}/{target}]]",
            f"![[{target}]]",
            f"[{target}]({target.replace(' ', '%20')}.md)",
        ][form],
        False,
    )


def _composed(rng: random.Random, slots: tuple[list[str], ...]) -> str:
    return " ".join(rng.choice(slot) for slot in slots)


PROSE = ("varied", "pool")


def generate_vault(out: Path, notes: int, seed: int = 0, prose: str = "varied") -> GenStats:
    if prose not in PROSE:
        raise ValueError(f"prose must be one of {PROSE}")
    start = time.perf_counter()
    rng = random.Random(seed)
    out = Path(out)
    (out / ".obsidian").mkdir(parents=True, exist_ok=True)
    (out / ".obsidian" / "app.json").write_text(json.dumps({"userIgnoreFilters": ["Templates/"]}), encoding="utf-8")
    n_folders = max(10, min(50, notes // 200))
    folder_names = [f"Area {k:02d}" for k in range(n_folders)]
    names = [f"Note {i:06d}" for i in range(notes)]
    folders = [folder_names[i % n_folders] for i in range(notes)]
    for f in folder_names:
        (out / f).mkdir(exist_ok=True)
    total = links = broken = moji = dupes = contained = 0
    previous = ""
    for i in range(notes):
        if i and i % 97 == 0 and previous:  # a lightly edited near-duplicate of the previous note
            if prose == "pool":
                text = previous.replace("Quantisation", "Quantization").replace("linearly", "roughly linearly")
            else:  # a few words changed and one sentence added, as a hand edit would
                text = previous.replace(" keeps ", " retains ").replace(" хранит ", " держит ").replace(
                    "\n## Section 2\n\n", "\n## Section 2\n\nThis copy was edited after the review. "
                )
            dupes += 1
        elif prose == "varied" and i % 211 == 0 and previous:  # the previous note with sections added
            added = [
                f"## Added {k + 1}\n\n" + " ".join(_composed(rng, EN_SLOTS) for _ in range(12)) + "\n" for k in range(4)
            ]
            text = previous + "\n" + "\n".join(added)
            contained += 1
        else:
            parts = [_front_matter(rng, names[i], i), f"# {names[i]}\n"]
            n_links = rng.randint(2, 12)
            link_budget = [_link(rng, names, folders, i) for _ in range(n_links)]
            links += n_links
            broken += sum(b for _, b in link_budget)
            for s in range(rng.randint(4, 8)):
                russian = rng.random() < 0.35
                if prose == "pool":
                    pool = RU if russian else EN
                    sentences = [rng.choice(pool) for _ in range(rng.randint(6, 12))]
                else:
                    slots = RU_SLOTS if russian else EN_SLOTS
                    sentences = [_composed(rng, slots) for _ in range(rng.randint(6, 12))]
                if link_budget:
                    sentences.insert(rng.randrange(len(sentences) + 1), link_budget.pop()[0])
                n = rng.choice([7, 8, 13, 30, 70])
                if rng.random() < 0.5:
                    sentences.append(rng.choice(CLAIMS).format(n=n, g=2 * n, h=n, w=2 * n + 3))
                parts.append(f"## Section {s + 1}\n\n" + " ".join(sentences) + f" ^b{i}-{s}\n")
                if rng.random() < 0.3:
                    parts.append(rng.choice(CODE).format(n=n, g=2 * n) + "\n")
            parts.append(" ".join(link for link, _ in link_budget) + "\n")
            text = "\n".join(parts)
            previous = text
        data = text.encode("utf-8")
        if i % 250 == 7:  # a Mac Roman mojibake copy
            data = text.encode("utf-8").decode("mac_roman").encode("utf-8")
            moji += 1
        (out / folders[i] / f"{names[i]}.md").write_bytes(data)
        total += len(data)
    return GenStats(notes, total, links, broken, moji, dupes, contained, round(time.perf_counter() - start, 2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--notes", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--prose", choices=PROSE, default="varied", help="composed sentences (default) or the 18-sentence pool")
    args = ap.parse_args()
    print(generate_vault(args.out, args.notes, args.seed, prose=args.prose))


if __name__ == "__main__":
    main()
