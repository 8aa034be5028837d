"""A corpus of damaged strings for the mojibake repair, one group per cause of issue 17's table.

Every string is built here from clean text written for this corpus, by the damage that happens
in the wild (a UTF-8 file read with the wrong code page, a no-break space flattened by an editor,
bytes a strict decoder turned into U+FFFD, CESU-8 from Java or MySQL's utf8mb3, text pasted
into a line that was already fine). None is taken from ftfy's own test data.

A case's expected repair is what `ftfy.fix_encoding` makes of the string (tests compute it);
`lossy` cases lose bytes that were already gone and are applied only with `lossy=True`.
"""

from __future__ import annotations

from dataclasses import dataclass

import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-*


@dataclass(frozen=True)
class Case:
    row: str  # the cause, as in the table
    name: str
    damaged: str
    lossy: bool = False


def utf8_as(text: str, encoding: str) -> str:
    """UTF-8 bytes of `text` decoded with a single-byte code page (the classic mojibake)."""
    return text.encode("utf-8").decode(encoding)


def flatten_nbsp(text: str) -> str:
    """An editor or a web form turning every no-break space into a plain space."""
    return text.replace("\xa0", " ")


def strict_1252(text: str, replacement: str = "\ufffd") -> str:
    """UTF-8 read as strict Windows-1252: the five undefined bytes (0x81 0x8D 0x8F 0x90 0x9D)
    become U+FFFD, or `?` where the reader substituted a question mark."""
    return text.encode("utf-8").decode("windows-1252", errors="replace").replace("\ufffd", replacement)


def cesu8_as(text: str, encoding: str) -> str:
    """Astral characters written as CESU-8 surrogate pairs (Java, MySQL utf8mb3), then misread."""
    out = bytearray()
    for ch in text:
        if ord(ch) > 0xFFFF:
            v = ord(ch) - 0x10000
            out += (chr(0xD800 + (v >> 10)) + chr(0xDC00 + (v & 0x3FF))).encode("utf-8", "surrogatepass")
        else:
            out += ch.encode("utf-8")
    return bytes(out).decode(encoding)


A0 = "restore_byte_a0"
LOSSY = "replace_lossy_sequences"
INCONSISTENT = "decode_inconsistent_utf8"
CESU = "utf-8-variants"
FFFD_GUARD = "U+FFFD counted as added damage"
LEAD_FFFD = "pre-check: lead byte then U+FFFD"
C1_ONLY = "line whose only damage is C1 controls"

CASES: tuple[Case, ...] = (
    # -- a no-break space that had become a plain space (the damage ate byte 0xA0)
    Case(A0, "french à before a word", flatten_nbsp(utf8_as("Rendez-vous à la gare à midi, c’est noté.", "sloppy-windows-1252"))),
    Case(A0, "déjà vu", flatten_nbsp(utf8_as("Une impression de déjà vu, voilà tout.", "sloppy-windows-1252"))),
    Case(A0, "price with nbsp", flatten_nbsp(utf8_as("Le prix : 100\xa0€ net, soit 120\xa0€ TTC.", "sloppy-windows-1252"))),
    Case(A0, "russian Р", flatten_nbsp(utf8_as("Рабочая тетрадь: Раздел про Рим.", "sloppy-windows-1252"))),
    Case(A0, "greek Π", flatten_nbsp(utf8_as("Το Πάσχα και η Πάτρα.", "sloppy-windows-1252"))),
    Case(A0, "latin-1 à", flatten_nbsp(utf8_as("Il est là, à côté de la fenêtre.", "latin-1"))),
    Case(A0, "nbsp before a colon", flatten_nbsp(utf8_as("Attention\xa0: le café est chaud\xa0!", "sloppy-windows-1252"))),
    Case(A0, "czech Š", flatten_nbsp(utf8_as("Šumava a Šternberk leží daleko.", "sloppy-windows-1252"))),
    Case(A0, "à at the end", flatten_nbsp(utf8_as("On y va, voilà", "sloppy-windows-1252"))),
    Case(
        A0, "nbsp between digits", flatten_nbsp(utf8_as("Population : 2\xa0148\xa0271 habitants à Paris.", "sloppy-windows-1252"))
    ),
    Case(A0, "portuguese à", flatten_nbsp(utf8_as("Fomos à praia e à cidade também.", "sloppy-windows-1252"))),
    # -- bytes already lost: a strict Windows-1252 reader put U+FFFD (or ?) for them
    Case(LOSSY, "closing quote lost", strict_1252("He called it “the cache” and left."), lossy=True),
    Case(LOSSY, "closing quote as ?", strict_1252("She said “fine” twice.", "?"), lossy=True),
    Case(LOSSY, "Á lost", strict_1252("Álvaro and Águeda came by."), lossy=True),
    Case(LOSSY, "Ё lost", strict_1252("Ёлка стоит в углу."), lossy=True),
    Case(LOSSY, "Ý lost", strict_1252("Ýmir and the café.", "?"), lossy=True),
    Case(LOSSY, "ō lost", strict_1252("Tōkyō is large."), lossy=True),
    Case(LOSSY, "two quotes lost", strict_1252("“One” and “two” are quoted."), lossy=True),
    Case(LOSSY, "Ѝ lost", strict_1252("Буква Ѝ редкая."), lossy=True),
    Case(LOSSY, "quote lost, dash kept", strict_1252("The “model” — it’s big."), lossy=True),
    Case(LOSSY, "Đ lost", strict_1252("Đà Nẵng and “Huế”."), lossy=True),
    # -- damage that changes encoding within one line
    Case(INCONSISTENT, "german then cp1252", "Grüße aus Köln: " + utf8_as("the café is open.", "sloppy-windows-1252")),
    Case(INCONSISTENT, "naïve then latin-1 C1", "A naïve guess, but " + utf8_as("it’s wrong.", "latin-1")),
    Case(INCONSISTENT, "french then cp1252", "Ça va : " + utf8_as("très bien, merci.", "sloppy-windows-1252")),
    Case(INCONSISTENT, "damaged then fine", utf8_as("Déjà", "sloppy-windows-1252") + " and déjà again."),
    Case(INCONSISTENT, "spanish mixed", "Mañana: " + utf8_as("la canción está aquí.", "sloppy-windows-1252")),
    Case(
        INCONSISTENT,
        "two encodings",
        "Ökonomie " + utf8_as("Übersicht", "latin-1") + " und " + utf8_as("Größe", "sloppy-windows-1252"),
    ),
    Case(INCONSISTENT, "dash in C1", "Résumé: " + utf8_as("the end—really.", "latin-1")),
    Case(INCONSISTENT, "quotes mixed", "“Fine” here, " + utf8_as("“broken” there.", "sloppy-windows-1252")),
    # -- emoji through CESU-8
    Case(CESU, "smile latin-1", cesu8_as("Smile 😀 please.", "latin-1")),
    Case(CESU, "brain and rocket", cesu8_as("Ideas 🧠 and launches 🚀.", "latin-1")),
    Case(CESU, "cp1252 party", cesu8_as("Party 🎉 tonight, café at 8.", "sloppy-windows-1252")),
    # -- a real U+FFFD in the original, damaged with the rest
    Case(FFFD_GUARD, "replacement char kept", utf8_as("The log shows \ufffd where a byte was bad; café.", "sloppy-windows-1252")),
    Case(FFFD_GUARD, "two replacement chars", utf8_as("Name: Jos\ufffd and Ren\ufffd, naïve.", "latin-1")),
    Case(FFFD_GUARD, "russian with fffd", utf8_as("Файл \ufffd повреждён — увы.", "sloppy-windows-1252")),
    # -- a 2-byte sequence whose second byte is already U+FFFD
    Case(LEAD_FFFD, "Ã then U+FFFD", strict_1252("Álvaro"), lossy=True),
    # -- Windows-1252 text read as Latin-1: C1 controls only
    Case(C1_ONLY, "curly quotes as C1", "The \x93cache\x94 is full and it\x92s slow \x96 really."),
)

RU_NOTE = (
    "# Оценка памяти модели\n\n"
    "Модель на семь миллиардов параметров в половинной точности занимает около четырнадцати гигабайт.\n"
    "Квантование до восьми бит уменьшает этот объём ещё вдвое, а до четырёх — вчетверо.\n\n"
    "{para}\n\n"
    "Кэш ключей и значений растёт с длиной контекста: его тоже нужно учитывать. 🧠\n"
    "Смешанная точность требует около шестнадцати байт на параметр при обучении.\n"
    "Пример повреждения в коде: `Ã©` и `–ö–≤–∞` остаются как есть.\n\n"
    "```python\nprint('ÐŸÑ€Ð¸Ð²ÐµÑ‚')  # пример мусора, не трогать\n```\n\n"
    "Итог: «считайте заранее» — и всё получится; ёмкость, объём, съёмка.\n"
)
EN_NOTE = (
    "# Memory of a model\n\n"
    "A seven-billion-parameter model takes about fourteen gigabytes in half precision — “roughly”.\n"
    "Quantising to eight bits halves that again; it’s the cheapest win × 2 → done ✅.\n\n"
    "{para}\n\n"
    "The key–value cache grows with context length… at 32k tokens it rivals the weights.\n"
    "Mixed-precision Adam needs roughly sixteen bytes per parameter — plan for it early.\n"
    "Offloading optimiser state to the CPU trades memory for time; it’s rarely free.\n"
    "Activation checkpointing recomputes what it drops, so a step costs about a third more.\n"
    "Sharding splits the weights across devices, and the “gather” before each layer adds traffic.\n"
    "Rule of thumb: weights × 1, gradients × 1, optimiser × 2 to 4 — then the activations.\n"
    "An example of damage in code: `cafÃ©` and `â€™` stay as they are.\n\n"
    "```\nnaÃ¯ve example kept\n```\n\n"
    "Names: Ångström, São Paulo, naïve, Zoë, Dvořák; 5 °C, 10 µm, ½ cup.\n"
)


def embed(template: str, para: str) -> str:
    return template.format(para=para)


# Double and triple damage of a paragraph inside a good note (undone one layer a round, each
# round's step verified against the text the round before left).
LAYERED = (
    ("double cp1252", ["sloppy-windows-1252", "sloppy-windows-1252"]),
    ("triple cp1252", ["sloppy-windows-1252", "sloppy-windows-1252", "sloppy-windows-1252"]),
    ("mac roman then cp1252", ["macroman", "sloppy-windows-1252"]),
    ("double latin-1", ["latin-1", "latin-1"]),
)
LAYERED_PARAS = (
    "Этот абзац повреждён дважды: модель занимает четырнадцать гигабайт — «много».",
    "This paragraph was damaged twice — the café’s naïve “fix” broke it.",
)


def layered(text: str, encodings: list[str]) -> str:
    for enc in encodings:
        text = utf8_as(text, enc)
    return text


# ---------------------------------------------------------------------------- clean notes

_CLEAN_LINES = (
    "Модель на семь миллиардов параметров занимает около четырнадцати гигабайт — «примерно».",
    "Её объём растёт: ещё вдвое, а то и вчетверо; № 5, §3, ±2 %.",
    "Съёмка, ёмкость, подъезд — слова с «ё» и твёрдым знаком.",
    "“Quotes” — dashes – ‘single’ … ellipsis; it’s the model’s “fix”.",
    "Ångström units, São Paulo, naïve café, Zoë, Dvořák, Œuvre, Straße, façade.",
    "Grüße aus Köln. Ça va? L’été à Noël. Mañana, señor. Ærø og Øresund.",
    "Emoji headings 🧠, arrows → ⇒ ←, checks ✅ ❌, flags 🇫🇷, family 👨‍👩‍👧.",
    "Maths in prose: √π ≈ 1.77, x ≤ 5 ≥ 2, ∑ aᵢ, 10 µm, 5 °C, ½ cup, ×2.",
    "Greek α, β, γ beside Latin a, b, c; Cyrillic я beside Latin a: яa.",
    "Currencies: £ 12, € 15, ¥ 300, ₽ 90, ₹ 45, ¢ 5.",
    "Box drawing ├──┤ │ ┼ ┐ └ ░▒▓ and kaomoji ( ͡° ͜ʖ ͡°) ¯\\_(ツ)_/¯.",
    "Japanese 日本語 and Chinese 中文 and Korean 한국어 in one line.",
    "Non-breaking\xa0space, narrow\u202fno-break, em\u2003space, thin\u2009space.",
    "Words in capitals: SÃO PAULO, MAÇÃ, AMANHÃ, IRMÃ, CAPITÃ.",
    "A title «AMANHÃ» and “MAÇÃ” in quotes, and NÃO» closing.",
    "Icelandic: Þórður, Guðrún; Turkish: İstanbul, Iğdır; Polish: Łódź, Gdańsk.",
)
_CODE_EXAMPLES = (
    "The example `Ã©` shows é read as Windows-1252.",
    "Inline `–ö–≤–∞` is Mac Roman damage, kept on purpose.",
    "Also <code>cafÃ©</code> and <kbd>â€”</kbd> stay as they are.",
    "Maths $\\text{â€™}$ is left alone, as is [a link](https://example.org/cafÃ©).",
    "A path like ./notes/cafÃ©.md is not rewritten either.",
)
_CODE_BLOCKS = (
    "```\nprint('ÐŸÑ€Ð¸Ð²ÐµÑ‚')  # damage shown on purpose\n```",
    "```text\nnaÃ¯ve → naïve, itâ€™s → it’s\n```",
    "```python\nassert fix('\x93x\x94') == '“x”'\n```",
    "~~~\nâ€œquotedâ€\ufffd and Ã\ufffd kept\n~~~",
)


def clean_notes(count: int = 320, seed: int = 5) -> list[str]:
    """Clean notes: typographic punctuation, Cyrillic, emoji, Latin-1 names, and code spans
    and blocks that show mojibake on purpose. Repairing any of them is a false positive."""
    import random

    rng = random.Random(seed)
    notes = []
    for i in range(count):
        parts = [f"# Заметка {i}" if i % 2 else f"# Note {i}", ""]
        for _ in range(rng.randint(2, 8)):
            kind = rng.random()
            if kind < 0.6:
                parts.append(" ".join(rng.sample(_CLEAN_LINES, rng.randint(1, 3))))
            elif kind < 0.85:
                parts.append(rng.choice(_CODE_EXAMPLES))
            else:
                parts.append(rng.choice(_CODE_BLOCKS))
            parts.append("")
        notes.append("\n".join(parts))
    return notes
