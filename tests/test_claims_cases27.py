"""Claim cases of our own wording (English and Russian) for the twenty-seventh round: numbers
written in words and storage types written out.

A count spelled in words before a scale word (`seven billion parameters`, `тридцать два
миллиарда`, `half a trillion tokens`) is the same figure as `7B params` / `32 млрд`; a bare
number word (`two of the three runs`, `три запуска`) is never a figure. A width written in words
(`in eight bits`, `в четырёх битах`), `half precision` / `в половинной точности`, and a
bitsandbytes option (`load_in_8bit=True`, `load_in_4bit=True`) name the storage type, so a size
said right beside them is judged in that type, not in another one said later in the sentence."""

from __future__ import annotations

import pytest
from conftest import H, W, check_claims

from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.quantities import find_quantities

SPELLED_COUNTS = [
    # a right size of a count in words holds …
    ("en-seven-billion", "A model of seven billion parameters kept in fp16 weighs 14 GB.", [H], ""),
    ("en-seventy-hedged", "Seventy billion parameters in bf16 come to about 140 GB.", [H], ""),
    ("en-hundred-seventy-five", "One hundred seventy-five billion parameters in half precision need 350 GB.", [H], ""),
    ("ru-thirty-two", "Модель в тридцать два миллиарда параметров в bf16 весит 64 ГБ.", [H], ""),
    ("ru-teen", "Тринадцать миллиардов параметров в int8 — это 13 ГБ.", [H], ""),
    ("ru-genitive-eight-bits", "Для семидесяти миллиардов параметров в восьми битах хватит 70 ГБ.", [H], ""),
    ("ru-hundreds-half", "Сто семьдесят пять миллиардов параметров в половинной точности занимают 350 ГБ.", [H], ""),
    ("en-token-budget", "At 20 tokens per parameter, seven billion parameters want 140 billion tokens.", [H], ""),
    ("ru-token-budget", "При 20 токенах на параметр семи миллиардам параметров нужно 140 млрд токенов.", [H], ""),
    # … and a wrong size of the same shape is an error with the right value
    ("en-seven-billion-wrong", "A model of seven billion parameters kept in fp16 weighs 7 GB.", [W], "14 GB"),
    ("en-seventy-wrong", "Seventy billion parameters in bf16 come to about 70 GB.", [W], "140 GB"),
    ("en-hundred-and-wrong", "One hundred and seventy-five billion parameters in fp32 need 350 GB.", [W], "700 GB"),
    ("ru-thirty-two-wrong", "Модель в тридцать два миллиарда параметров в bf16 весит 32 ГБ.", [W], "64 GB"),
    ("ru-teen-wrong", "Тринадцать миллиардов параметров в int8 — это 26 ГБ.", [W], "13 GB"),
    ("ru-four-bits-wrong", "Для семидесяти миллиардов параметров в четырёх битах нужно 70 ГБ.", [W], "35 GB"),
    ("en-token-budget-wrong", "At 20 tokens per parameter, seven billion parameters want 1.4 trillion tokens.", [W], "0.14T"),
    # digits before a Russian scale word in full, and a lone singular scale word, are the same counts
    ("ru-digits-full-scale", "Модель на 7 миллиардов параметров в fp16 весит 14 ГБ.", [H], ""),
    ("ru-digits-full-scale-hedged", "Для 70 миллиардов параметров в bf16 нужно около 140 ГБ.", [H], ""),
    (
        "ru-digits-full-scale-tokens",
        "При 20 токенах на параметр 7 миллиардам параметров нужно 140 миллиардов токенов.",
        [H],
        "",
    ),
    ("ru-lone-scale-word", "Миллиард параметров в fp32 — это 4 ГБ.", [H], ""),
    ("ru-digits-full-scale-wrong", "Модель на 7 миллиардов параметров в fp16 весит 7 ГБ.", [W], "14 GB"),
    (
        "ru-full-scale-tokens-wrong",
        "При 20 токенах на параметр 7 миллиардам параметров нужно 1,4 триллиона токенов.",
        [W],
        "0.14T",
    ),
    # number words without a scale word are no figure: nothing to judge
    ("en-bare-number-words", "Two of the three runs in fp16 used 14 GB.", [], ""),
    ("ru-bare-number-words", "Три запуска из пяти в fp16 заняли 14 ГБ.", [], ""),
    ("en-money-adjective", "A billion-dollar cluster holds 8 GPUs with 80 GB each.", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SPELLED_COUNTS], ids=[c[0] for c in SPELLED_COUNTS])
def test_a_count_in_words_is_judged_like_digits(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("seven billion parameters", "7 billion parameters"),
        ("one hundred seventy-five billion", "175 billion"),
        ("one and a half billion params", "1.5 billion params"),
        ("half a trillion tokens", "0.5 trillion tokens"),
        ("a seven-billion-parameter model", "a 7 billion parameter model"),
        ("около семи миллиардов параметров", "около 7 млрд параметров"),
        ("семьдесят миллиардов", "70 млрд"),
        ("сто семьдесят пять миллиардов", "175 млрд"),
        ("тридцать два миллиарда", "32 млрд"),
        ("тринадцать миллиардов", "13 млрд"),
        ("четырёхсот пяти миллиардов", "405 млрд"),
        ("полтора триллиона токенов", "1,5 трлн токенов"),
        ("двухсот миллионов токенов", "200 млн токенов"),
        ("Триллион токенов", "1 трлн токенов"),
    ],
)
def test_words_read_as_the_same_quantity_as_digits(words: str, digits: str) -> None:
    (w,) = find_quantities(words)
    (d,) = find_quantities(digits)
    assert (w.kind, w.value, w.scale, w.hedge, w.bound) == (d.kind, d.value, d.scale, d.hedge, d.bound)
    assert w.text in words and not any(ch.isdigit() for ch in w.text)  # the span is the words themselves


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("7 миллиардов параметров", "7 млрд параметров"),
        ("около 70 миллиардов", "около 70 млрд"),
        ("1,5 триллиона токенов", "1,5 трлн токенов"),
        ("5–7 миллиардов параметров", "5–7 млрд параметров"),
        ("300 миллионов параметров", "300 млн параметров"),
    ],
)
def test_a_russian_scale_word_in_full_reads_like_its_abbreviation(full: str, short: str) -> None:
    (f,) = find_quantities(full)
    (s,) = find_quantities(short)
    assert (f.kind, f.value, f.hi, f.hedge, f.bound, f.text) == (s.kind, s.value, s.hi, s.hedge, s.bound, full)


@pytest.mark.parametrize(
    "text",
    [
        "two of the three",
        "три из пяти",
        "seven seven",
        "a billion-dollar deal",
        "сорок семь сто",
        "the billion rows",
        "миллиард вопросов",
        "billion tokens",
    ],
)
def test_number_words_without_a_scale_word_are_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_a_long_line_of_number_words_stays_linear() -> None:
    import time

    def cpu(n: int) -> float:
        line = "seven hundred and seventy billion seventy " * n
        t = time.process_time()
        find_quantities(line + "x")  # a new text each time: no cache
        return time.process_time() - t

    small, big = cpu(1000), cpu(4000)
    assert big < 8 * max(small, 0.01)


DTYPE_SPELLINGS = [
    # a size right beside a bitsandbytes option is judged in that option's type, not a later one
    ("en-load-in-8bit", "Llama-2-13B with `load_in_8bit=True` (about 13 GB) or in 4-bit at 6.5 GB fits.", [H, H], ""),
    ("en-load-in-4bit", "Load Llama-2-13B with `load_in_4bit=True`: the weights are 6.5 GB.", [H], ""),
    ("ru-eight-bits", "Llama-2-13B в восьми битах занимает 13 ГБ.", [H], ""),
    ("ru-half-precision", "Веса Llama-2-13B в половинной точности — 26 ГБ.", [H], ""),
    ("en-eight-bits", "Stored in eight bits, Llama-2-13B needs 13 GB.", [H], ""),
    ("en-half-precision", "Kept in half precision, Llama-2-13B weighs 26 GB.", [H], ""),
    # … and a wrong size beside the same spellings is an error with the right value
    ("en-load-in-8bit-wrong", "Llama-2-13B with `load_in_8bit=True` (about 26 GB) or in 4-bit at 6.5 GB.", [W, H], "13.016 GB"),
    ("en-load-in-4bit-wrong", "Load Llama-2-13B with `load_in_4bit=True`: the weights are 13 GB.", [W], "6.508 GB"),
    ("ru-four-bits-wrong", "Llama-2-13B в четырёх битах занимает 13 ГБ.", [W], "6.508 GB"),
    ("ru-half-precision-wrong", "Веса Llama-2-13B в половинной точности — 13 ГБ.", [W], "26.032 GB"),
    ("en-eight-bits-wrong", "Stored in eight bits, Llama-2-13B needs 26 GB.", [W], "13.016 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in DTYPE_SPELLINGS], ids=[c[0] for c in DTYPE_SPELLINGS])
def test_a_dtype_written_out_is_the_figures_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("in eight bits", "int8"),
        ("a four-bit build", "int4"),
        ("в восьми битах", "int8"),
        ("в четырёх битах", "int4"),
        ("четырех бит", "int4"),
        ("шестнадцати бит", "fp16"),
        ("thirty-two bit floats", "fp32"),
        ("восьмибитный", "int8"),
        ("в половинной точности", "fp16"),
        ("in half precision", "fp16"),
        ("`load_in_8bit=True`", "int8"),
        ("BitsAndBytesConfig(load_in_4bit=True)", "int4"),
    ],
)
def test_dtype_spellings(text: str, name: str) -> None:
    assert [d.name for d in find_dtypes(text)] == [name]


@pytest.mark.parametrize("text", ["load_in_8bit=False", "my two bits", "eight bitrate", "model.load_in_8bit"])
def test_no_dtype(text: str) -> None:
    assert find_dtypes(text) == []


SPELLED_UNITS = [
    # byte units written in full are the same sizes as GB / ГБ / GiB …
    ("en-gigabytes", "Kept in fp16, Llama-2-13B weighs about 26 gigabytes.", [H], ""),
    ("en-gibibytes", "Kept in fp16, Llama-2-13B weighs 24.2 gibibytes.", [H], ""),
    ("ru-gigabytes", "Веса Llama-2-13B в fp16 — около 26 гигабайт.", [H], ""),
    ("en-gigabytes-in-words", "Kept in fp16, Llama-2-13B needs about twenty-six gigabytes.", [H], ""),
    ("ru-gigabytes-in-words", "Веса Llama-2-13B в fp16 — около двадцати шести гигабайт.", [H], ""),
    # … and a wrong one is an error with the right value
    ("en-gigabytes-in-words-wrong", "Kept in int8, Llama-2-13B needs about twenty-six gigabytes.", [W], "13.016 GB"),
    ("en-gigabytes-wrong", "Kept in fp16, Llama-2-13B weighs about 13 gigabytes.", [W], "26.032 GB"),
    ("ru-gigabytes-wrong", "Веса Llama-2-13B в fp16 — около 52 гигабайт.", [W], "26.032 GB"),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in SPELLED_UNITS], ids=[c[0] for c in SPELLED_UNITS])
def test_a_unit_in_full_is_judged_like_its_symbol(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


@pytest.mark.parametrize(
    ("full", "symbol"),
    [
        ("around 140 gigabytes", "around 140 GB"),
        ("24 gibibytes", "24 GiB"),
        ("500 megabytes", "500 MB"),
        ("1,5 гигабайта", "1,5 ГБ"),
        ("35 гигабайт", "35 ГБ"),
        ("75 percent", "75 %"),
        ("25 per cent", "25 %"),
        ("12 процентов", "12 %"),
        ("about seventy gigabytes", "about 70 GB"),
        ("сорок гигабайт", "40 ГБ"),
        ("тридцати двух гигабайтах", "32 ГБ"),
        ("one and a half terabytes", "1.5 TB"),
    ],
)
def test_unit_words_read_as_their_symbols(full: str, symbol: str) -> None:
    (f,) = find_quantities(full)
    (s,) = find_quantities(symbol)
    assert (f.kind, f.value, f.binary, f.hedge) == (s.kind, s.value, s.binary, s.hedge)


def test_a_unit_word_glued_into_an_adjective_is_no_unit() -> None:
    assert [q.kind for q in find_quantities("на 24-гигабайтной карте")] == ["number"]
    assert find_quantities("две гигабайтных карты") == []
    assert find_quantities("two bytes of padding") == []
