"""Which detector recognises legacy-encoded Russian notes better: chardet or charset-normalizer?

Builds notes of several lengths from our own Russian sentences (with some English and Markdown,
as real notes mix them), encodes them as cp1251, KOI8-R, cp866 and mac-cyrillic, and asks each
detector for the encoding. A detection counts as right when decoding with it gives the original
text back. Prints accuracy and time per note; results are recorded in benchmarks/RESULTS.md.

    python benchmarks/bench_decode.py
"""

from __future__ import annotations

import platform
import random
import time
from collections.abc import Callable

SENTENCES = [
    "Модель на семь миллиардов параметров занимает около четырнадцати гигабайт в половинной точности.",
    "Квантование до восьми бит уменьшает объём весов вчетверо по сравнению с полной точностью.",
    "Кэш ключей и значений растёт линейно с длиной контекста и числом слоёв.",
    "Эта заметка собирает ссылки на статьи о сжатии нейросетей и их проверке.",
    "Для обучения с оптимизатором Adam нужно примерно шестнадцать байт на параметр.",
    "Если связь между заметками сломана, граф хранилища показывает пустой узел.",
    "Мы сравнили несколько способов поиска дубликатов: хеши, шинглы и эмбеддинги.",
    "Проверьте, что дата обновления не раньше даты создания заметки.",
    "Русский текст в старой кодировке выглядит как набор странных символов.",
    "Вывод: архитектуру можно описать коротким кодом, а веса остаются огромными.",
]
EXTRA = [
    "См. [[Квантование]] и #ml/quant.",
    "- пункт списка",
    "## Выводы",
    "Layer norm and RMSNorm are cheap.",
    "`x = 4096 * 11008`",
]
ENCODINGS = ["cp1251", "koi8_r", "cp866", "mac_cyrillic"]
LENGTHS = [80, 300, 1500, 6000]


def make_note(rng: random.Random, length: int) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(rng.choice(SENTENCES) if rng.random() < 0.8 else rng.choice(EXTRA))
    return "\n".join(parts)[: max(length, 40)]


def chardet_detect(data: bytes) -> str | None:
    import chardet

    return chardet.detect(data)["encoding"]


def normalizer_detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return best.encoding if best else None


def decodes_back(data: bytes, encoding: str | None, original: str) -> bool:
    if not encoding:
        return False
    try:
        return data.decode(encoding) == original
    except (LookupError, UnicodeDecodeError):
        return False


def main() -> None:
    rng = random.Random(7)
    detectors: dict[str, Callable[[bytes], str | None]] = {"chardet": chardet_detect, "charset-normalizer": normalizer_detect}
    notes = [(length, make_note(rng, length)) for length in LENGTHS for _ in range(25)]
    print(f"{len(notes)} notes per encoding, lengths {LENGTHS}; {platform.machine()} {platform.python_version()}")
    print(f"{'encoding':<13} {'length':>6} " + " ".join(f"{d:>22}" for d in detectors))
    for detect in detectors.values():  # warm imports outside the timings
        detect("тест".encode("cp1251"))
    totals = {d: [0, 0, 0.0] for d in detectors}
    for encoding in ENCODINGS:
        for length in LENGTHS:
            row = []
            for name, detect in detectors.items():
                ok = 0
                start = time.perf_counter()
                batch = [(n, n.encode(encoding)) for L, n in notes if length == L]
                for text, data in batch:
                    ok += decodes_back(data, detect(data), text)
                elapsed = time.perf_counter() - start
                totals[name][0] += ok
                totals[name][1] += len(batch)
                totals[name][2] += elapsed
                row.append(f"{ok:>3}/{len(batch)} {elapsed / len(batch) * 1000:8.2f} ms")
            print(f"{encoding:<13} {length:>6} " + " ".join(f"{c:>22}" for c in row))
    for name, (ok, n, t) in totals.items():
        print(f"TOTAL {name:<20} {ok}/{n} = {ok / n:.1%}  {t / n * 1000:.2f} ms/note")


if __name__ == "__main__":
    main()
