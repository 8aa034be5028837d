"""Write the sample notes whose bytes are deliberately damaged or legacy-encoded.

They cannot be kept as ordinary text in an editor without being "fixed", so this script is
their source. Run it from the repository root: `python tools/make_samples.py`.
Also writes the small PNG that notes embed.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "vault_samples"

ESSAY = """---
title: Memory budget essay
tags: [ml, sizing, essay]
created: 2025-05-20T10:00:00
updated: 2025-05-21T16:30:00
description: |
  Эссе о том, почему описание архитектуры модели короткое, а её веса огромные.
  An essay on why a model's architecture fits in a few kilobytes of code while its
  weights take tens of gigabytes. Written in both languages, as these notes often are.
---
# Memory budget essay 🧮

## Шаг 1. Архитектура — это код

Описание трансформера помещается в несколько сотен строк: слои, головы внимания, размеры.
Такой файл весит около 50 КБ, а веса модели на 7 млрд параметров в fp16 — 14 ГБ.

## Step 2. Weights are data

The weights are the learned numbers: 7B parameters × 2 bytes = 14 GB. The code that
defines them is about 50 KB, so the weights are roughly 280,000× larger than the code.

## Шаг 3. Выводы

Проверять стоит и то, и другое: код — на ошибки, веса — на размер. См. [[Model sizing basics]]
и [[Квантование весов]].
"""

ADDED_SECTION = """
## Связанные идеи (added in the copy)

Эта секция есть только в копии. Она добавлена позже и показывает, что копия содержит
оригинал целиком плюс новый текст.

- [[KV cache]] — память на контекст растёт линейно с длиной.
- [[Training memory]] — обучение требует примерно 16 байт на параметр.
- [[Несуществующая заметка о сжатии]] — такой заметки нет.

Ещё несколько строк, чтобы раздел был заметным:
модель на 13 млрд параметров в fp16 занимает 26 ГБ;
модель на 70 млрд параметров в int4 — около 35 ГБ;
кэш ключей и значений для длинного контекста легко превышает размер весов.

Итог: копия длиннее оригинала на один раздел, и проверка дубликатов должна это показать. ✅
"""

CP1252_NOTE = """---
title: Encoding damage cp1252
tags: [demo, encoding]
created: 2025-09-07
updated: 2025-09-07
---
# Encoding damage — cp1252

This note was saved as UTF-8, then read back as Windows-1252 by a sync tool, and saved again.
Every dash and curly quote turned into three characters: ‘smart quotes’ and em-dashes — like
this one — are the usual victims. It’s a common bug—and it’s invisible until someone reads it.

See [[Index]].
"""

CP1251_NOTE = """# Заметка в старой кодировке

Эта заметка сохранена в кодировке Windows-1251, а не в UTF-8. Obsidian покажет её как набор
непонятных символов, а vaultkit назовёт кодировку и всё равно проверит ссылки.

Модель на 7 млрд параметров в int8 занимает 7 ГБ.

Ссылки: [[Квантование весов]], [[Index]].
"""


def png_1x1() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"\x00\x33\x66\x99"
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def main() -> None:
    (SAMPLES / "Memory budget essay.md").write_bytes(ESSAY.encode("utf-8"))
    # UTF-8 bytes read as Mac Roman and saved again as UTF-8, with a section added afterwards.
    copy = (ESSAY + ADDED_SECTION).replace("title: Memory budget essay", "title: Memory budget essay (copy)")
    (SAMPLES / "Memory budget essay (copy).md").write_bytes(copy.encode("utf-8").decode("mac_roman").encode("utf-8"))
    # UTF-8 bytes read as cp1252 (the damage "â€”" for "—"), saved again as UTF-8.
    (SAMPLES / "Encoding damage cp1252.md").write_bytes(CP1252_NOTE.encode("utf-8").decode("cp1252").encode("utf-8"))
    # A Russian note never converted to UTF-8.
    (SAMPLES / "Legacy cp1251 note.md").write_bytes(CP1251_NOTE.encode("cp1251"))
    (SAMPLES / "Attachments" / "diagram.png").write_bytes(png_1x1())


if __name__ == "__main__":
    main()
