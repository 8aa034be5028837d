"""Claim cases of our own wording for the fortieth round's rules (stop 49).

Facts (claims-gold and the catalogue's configs): Llama-3-70B has 70.55B parameters (fp8 70.55 GB = 65.7 GiB); its
cache is 2 × 80 layers × 8 KV heads × 128 dims × 2 B = 320 KiB a token, 1.25 GiB for 4,096 tokens, 20 GiB for a
batch of 16, 10 GiB of it on each of two cards at TP = 2.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claims(text: str, stated: str) -> list[object]:
    return [c for c in note_claims(text) if c.stated == stated]  # type: ignore[attr-defined]


def _judged(text: str, stated: str, group: str, shown: str) -> None:
    """The figure `stated` is one claim, judged `group`, its explanation showing `shown`."""
    claims = _claims(text, stated)
    assert [c.verdict.group for c in claims] == [group]  # type: ignore[attr-defined]
    assert shown in claims[0].explanation  # type: ignore[attr-defined]


def _never_wrong(text: str) -> None:
    assert [c.stated for c in note_claims(text) if c.verdict.group == W] == []  # type: ignore[attr-defined]


# The memory printed on a card, and the same memory said again in the other unit, are the card's: no size of the model.
CARD_CASES = [
    (
        "en-quoted-card-size",
        "Workload: Llama-3-70B for 40 users at 8K context, fp8 weights preferred. Sheet one is the vendors' own.\n"
        'Card memory is counted in GiB (the "48 GB" on a card is 48 GiB\nto the driver).\n',
    ),
    (
        "ru-quoted-card-size",
        "Нагрузка: Llama-3-70B на 40 пользователей, контекст 8K, веса в fp8. Первый лист заполняли поставщики.\n"
        "Память считаем в ГиБ: «48 ГБ» на карте — это 48 ГиБ\nдля драйвера.\n",
    ),
    ("en-a-card-size", "We serve Llama-3-70B in fp8; a 24 GB on a card is 22.4 GiB, the driver's count.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in CARD_CASES])
def test_the_memory_printed_on_a_card_is_no_size_of_the_model(text: str) -> None:
    _never_wrong(text)


def test_a_size_the_model_takes_on_a_card_is_still_judged() -> None:
    _judged("Llama-3-70B in fp8 takes 48 GB on a card.\n", "48 GB", W, "70.554 GB")


# A list item's wrapped line, indented to the item's text, goes on with the sentence its line above leaves open.
WRAP = (
    "- Llama-3-70B at TP = 2: KV cache 320 KiB per token; a 4K-token sequence is 1.25 GiB, so a batch of 16 needs 20 GiB,"
    " {a} per\n  card, and 4.3 GiB is left.\n"
)
WRAP_RU = (
    "- Llama-3-70B на двух картах (TP = 2): кэш 320 КиБ на токен; последовательность 4K — 1,25 ГиБ, батч 16 — 20 ГиБ, "
    "то есть {a} на\n  карту.\n"
)
WRAP_CASES = [
    ("en-share-per-card", WRAP.format(a="10 GiB"), "10 GiB", H, "one of 2 devices"),
    ("en-share-per-card-wrong", WRAP.format(a="40 GiB"), "40 GiB", W, "one of 2 devices"),
    ("ru-share-per-card", WRAP_RU.format(a="10 ГиБ"), "10 ГиБ", H, "one of 2 devices"),
    ("ru-share-per-card-wrong", WRAP_RU.format(a="5 ГиБ"), "5 ГиБ", W, "one of 2 devices"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in WRAP_CASES])
def test_a_list_items_wrapped_line(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_hedge_wrapped_before_a_figure_leaves_it_on_its_own_line() -> None:
    """`… даёт около` / `  28,6 ток/с`: the figure is its digits' line's claim, reported there once."""
    text = (
        "- При разбиении по слоям карты работают по очереди, на токен читается весь файл — int8 даёт около\n"
        "  28,6 ток/с, а не 57.\n"
    )
    lines = [c.line for c in note_claims(text) if "28,6" in c.stated]  # type: ignore[attr-defined]
    assert lines == [2]



# A type leading an earlier clause whose own figure is a whole size (the weights') may be the weights' alone: the
# default 16-bit cache is a reading that may make the cache's figure hold; it never makes one wrong.
EARLIER_TYPE_CASES = [
    (
        "en-cache-in-a-later-clause",
        'Llama 3 70B: "In fp8 it is 70.6 GB over both cards, and the cache is 320 KiB per token."\n',
        "320 KiB",
        H,
        "fp8 is read as the weights' type",
    ),
    (
        "ru-cache-in-a-later-clause",
        "Llama 3 70B: «В fp8 это 70,6 ГБ на обе карты, а кэш — 320 КиБ на токен.»\n",
        "320 КиБ",
        H,
        "(fp16",
    ),
    (
        "en-neither-reading-holds",
        'Llama 3 70B: "In fp8 it is 70.6 GB over both cards, and the cache is 640 KiB per token."\n',
        "640 KiB",
        W,
        "with fp8 read as the weights' type",
    ),
    (
        "en-the-cache-type-said",
        "Llama 3 70B: in fp8 it is 70.6 GB, and with an fp8 cache 320 KiB per token.\n",
        "320 KiB",
        W,
        "1 B (fp8) = 160 KiB",
    ),
    ("en-type-of-the-cache-clause", "Llama 3 70B: in fp8 the KV cache is 320 KiB per token.\n", "320 KiB", W, "= 160 KiB"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in EARLIER_TYPE_CASES])
def test_the_type_of_an_earlier_clauses_size(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# LaTeX's `\div` is a division (the whole quotient is the claim, not the product after it); a time written with its
# power of ten shows the recomputed time with it too (`2.784 × 10^5 s`, never `2.784 s`).
def test_a_latex_division_is_the_whole_quotient() -> None:
    text = "Pretraining: 2.78 × 10^20 FLOP on 8 A100s at 312 TFLOP/s, MFU 40 %.\n\n"
    text += "Time: $2.78 \\times 10^{20} \\div (8 \\times 0.4 \\times 312 \\times 10^{12}) \\approx 2.78 \\times 10^{5}$ s.\n"
    _judged(text, "≈ 2.78 × 10^5 s", H, "2.78 × 10^20 ÷ (8 × 0.4 × 312 × 10^12)")


def test_a_latex_division_slip_is_wrong() -> None:
    text = "Предобучение: 2,78 × 10^20 FLOP на 8 A100 по 312 TFLOP/s, MFU 40 %.\n\n"
    text += "Время: $2,78 \\times 10^{20} \\div (8 \\times 0,4 \\times 312 \\times 10^{12}) \\approx 2,78 \\times 10^{7}$ с.\n"
    assert [c.verdict.group for c in note_claims(text) if "10^7" in c.stated] == [W]  # type: ignore[attr-defined]


TIME_POWER_CASES = [
    ("en", "2.78 × 10^20 FLOP on 8 GPUs at 312 TFLOP/s and 40 % MFU take 5.6 × 10^5 s.\n", "5.6 × 10^5 s"),
    ("ru", "На 8 GPU по 312 TFLOP/s при MFU 40 % 2,78 × 10^20 FLOP займут 5,6 × 10^5 с.\n", "5,6 × 10^5 с"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in TIME_POWER_CASES])
def test_a_time_with_its_power_of_ten_is_shown_with_it(text: str, stated: str) -> None:
    _judged(text, stated, W, "= 2.784 × 10^5 ")


# Tokens over a span said before them (`за 30 дней`), at a rate said after them (`at the same 2,400 tok/s`), and a
# rate back from an amount over a span (`15 трлн токенов за 54 дня — это около 3,2 млн токенов в секунду`).
VOLUME_CASES = [
    ("ru-span", "- Загрузка в августе — 2400 ток/с; за 30 дней это 6,22 млрд токенов.\n", "6,22 млрд токенов", H, "6.221B"),
    ("ru-span-wrong", "- Загрузка в августе — 2400 ток/с; за 30 дней это 62,2 млрд токенов.\n", "62,2 млрд токенов", W, "6.221B"),
    ("en-span-wrong", "At 1,200 tok/s over 30 days that is 31B tokens.\n", "31B tokens", W, "3.11B"),
    ("en-a-month", "At 1,200 tok/s over 1 month that is 3.1B tokens.\n", "3.1B tokens", H, "3.11B"),
    ("en-rate-after", "- Vendor 2: the H200 does 2.07B tokens per day at the same 2,400 tok/s.\n", "2.07B tokens", W, "0.207B"),
    ("ru-rate-after", "- Вендор 2: 207 млн токенов в сутки при тех же 2400 ток/с.\n", "207 млн токенов", H, "207.36M"),
    (
        "ru-rate-from-volume",
        "- 15 трлн токенов за 54 дня — это около 3,2 млн токенов в секунду на весь кластер.\n",
        "около 3,2 млн токенов",
        H,
        "3.215M",
    ),
    ("en-rate-from-volume-wrong", "- 15T tokens over 54 days is about 32M tokens a second.\n", "about 32M tokens", W, "3.215M"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in VOLUME_CASES])
def test_tokens_over_a_span_and_a_rate(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


def test_a_rate_for_many_users_is_not_the_volumes() -> None:
    """A rate said after an amount, but for other things than the amount (`for 2,400 users at 1 tok/s`), is not read."""
    text = "It serves 207M tokens a day for 2,400 users at 1 tok/s.\n"
    assert all(c.verdict.group != W for c in note_claims(text))  # type: ignore[attr-defined]


# A card named in the plural or the possessive is that card (`on two H100s`, `the A100's 2 TB/s`).
def test_a_card_named_in_the_plural() -> None:
    text = "Llama-3-70B in bf16 at TP = 2 on two H100s: the ceiling is 95 tok/s.\n"
    _judged(text, "95 tok/s", W, "2 × H100 3.35 TB/s (published)")



# Each FLOP figure said for a size after it (`… для 8B и 141 ГФЛОП для 70B`) reads that size, not the one said for the
# figure before it.
FOR_SIZE_CASES = [
    ("ru-second-for-its-size", "- На токен $2N$: 16,1 ГФЛОП для 8B и 141 ГФЛОП для 70B.\n", "141 ГФЛОП", H, "70B"),
    ("ru-second-wrong", "- На токен $2N$: 16,1 ГФЛОП для 8B и 14 ГФЛОП для 70B.\n", "14 ГФЛОП", W, "140B"),
    ("en-second-wrong", "- Compute per token is 2N: 16.1 GFLOP for the 8B and 14 GFLOP for the 70B.\n", "14 GFLOP", W, "140B"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in FOR_SIZE_CASES])
def test_each_flop_figure_reads_the_size_it_is_said_for(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# A rate of tokens per parameter said as the premise of a rule (`At 20 tokens per parameter, Chinchilla-optimal …`) is
# not the run's rate: it is not judged against the data said above.
PREMISE_RATE_CASES = [
    ("en", "- Llama-3-8B was trained on 15T tokens.\n- At 20 tokens per parameter, Chinchilla-optimal for 8B is 160B tokens.\n"),
    ("ru", "- Llama-3-8B учили на 15 трлн токенов.\n- При 20 токенах на параметр оптимум Шиншиллы для 8B — 160 млрд.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in PREMISE_RATE_CASES])
def test_a_rules_rate_as_a_premise_is_not_the_runs(text: str) -> None:
    _never_wrong(text)


def test_the_runs_rate_is_still_judged() -> None:
    text = "- Llama-3-8B was trained on 15T tokens.\n- That is 20 tokens per parameter.\n"
    _judged(text, "20 tokens", W, "1,868 tokens per parameter")


# A read said in the Russian passive (`читаются`, `считывается`) is a read per step: a mixture reads its active experts.
READ_PASSIVE_CASES = [
    ("ru-passive-active", "Mixtral: на токен читаются лишь активные эксперты, 25,8 ГБ в bf16.\n", "25,8 ГБ", H, "active"),
    ("ru-passive-wrong", "Mixtral: на токен считываются лишь активные эксперты, 51,6 ГБ в bf16.\n", "51,6 ГБ", W, "active"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in READ_PASSIVE_CASES])
def test_a_read_said_in_the_passive(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# Each of n devices reads its share of a mixture's active parameters (`at TP = 2 each token reads 12.9 GB per card`).
ACTIVE_SHARE_CASES = [
    ("en-per-card", "- Mixtral-8x7B in bf16 at TP = 2: each token reads 12.9 GB per card.\n", "12.9 GB", H, "/ 2 devices"),
    ("en-per-card-wrong", "- Mixtral-8x7B in bf16 at TP = 2: each token reads 6 GB per card.\n", "6 GB", W, "= 12.88 GB"),
    ("ru-per-card", "- Mixtral-8x7B в bf16, TP = 2: на токен каждая карта читает 12,9 ГБ.\n", "12,9 ГБ", H, "/ 2"),
    ("en-whole-active", "- Mixtral-8x7B in bf16: each token reads 25.8 GB of active weights.\n", "25.8 GB", H, "(active"),
]


@pytest.mark.parametrize(("text", "stated", "group", "shown"), [pytest.param(*c[1:], id=c[0]) for c in ACTIVE_SHARE_CASES])
def test_each_device_reads_its_share_of_the_active_experts(text: str, stated: str, group: str, shown: str) -> None:
    _judged(text, stated, group, shown)


# Heads a figure is said to be what they would give (`2.5 MiB per token is what all 64 query heads would give`, `2,5 МиБ
# дали бы все 64 головы`) are the figure's, not the KV heads the clause before states.
WOULD_GIVE_CASES = [
    ("en", "Llama-3.1-70B has 8 KV heads; 2.5 MiB per token is what all 64 query heads would give.\n", "2.5 MiB"),
    ("ru", "У Llama-3.1-70B 8 KV-голов; 2,5 МиБ на токен дали бы все 64 головы запросов.\n", "2,5 МиБ"),
]


@pytest.mark.parametrize(("text", "stated"), [pytest.param(*c[1:], id=c[0]) for c in WOULD_GIVE_CASES])
def test_heads_a_figure_is_what_they_would_give(text: str, stated: str) -> None:
    _judged(text, stated, H, "with 64 KV heads (as the sentence says)")


def test_the_kv_heads_the_figure_is_what_they_give() -> None:
    _judged("Llama-3.1-70B has 8 KV heads; 2.5 MiB per token is what the 8 KV heads give.\n", "2.5 MiB", W, "= 0.312 MiB")


# The second review's inputs: none of these is wrong (a plural card with no count, a rate of one of several, a part of a
# span's amount, a peak or a pilot's rate, a per-second amount under a rate, a period word that is no rate's).
NOT_WRONG = [
    ("plural-card-no-count", "Llama-3-70B in fp8 on our H100s decodes at 90 tok/s per stream.\n"),
    ("plural-card-no-count-a100", "Llama-3-70B in bf16 across the A100s runs at 40 tok/s per stream.\n"),
    ("card-number-plural", "Llama-3-8B in bf16 decodes at 200 tok/s for 3060s.\n"),
    ("rate-after-per-gpu", "The node serves 1.66B tokens a day at 2,400 tok/s per GPU.\n"),
    ("rate-after-per-card-ru", "Узел выдаёт 1,66 млрд токенов в сутки при 2400 ток/с на каждую из 8 карт.\n"),
    ("rate-after-each-user", "100 users: 207M tokens per day, each user at 24 tok/s.\n"),
    ("rate-after-pilot", "We now serve 207M tokens a day, up from a pilot at 300 tok/s.\n"),
    ("rate-after-peak", "The service handles 207M tokens per day, peaking at 6,000 tok/s.\n"),
    ("span-rate-per-gpu", "- 15T tokens over 54 days on 1,024 GPUs is about 3.1K tokens a second per GPU.\n"),
    ("span-rate-per-pod-ru", "- 15 трлн токенов за 54 дня на 8 подах — около 0,4 млн токенов в секунду на каждый под.\n"),
    ("per-second-under-a-rate", "- One card: 3,100 tok/s.\n- 15T tokens over 54 days on 1,024 GPUs is 3.2M tokens a second.\n"),
    ("span-part-of-them", "At 2,400 tok/s over 30 days we served 6.22B tokens, 1.2B of them from cache.\n"),
    ("span-part-of-them-ru", "При 2400 ток/с за 30 дней мы выдали 6,22 млрд токенов, из них 1,2 млрд из кэша.\n"),
    ("span-busiest-day", "In 30 days, at 2,400 tok/s, the busiest day was 250M tokens.\n"),
    ("span-average-day", "Over 30 days at 2,400 tok/s: 207M tokens on an average day.\n"),
    ("span-many-streams", "At 40 tok/s per stream and 64 streams, over 30 days that is 6.6B tokens.\n"),
    ("span-duty-cycle", "At 2,400 tok/s for 8 hours a day over 30 days, that's 2.07B tokens.\n"),
    ("once-a-month", "Serving averages 2,400 tok/s.\nOnce a month we fine-tune on 50M tokens of user feedback.\n"),
    ("a-year-later", "Peak load is 2,400 tok/s; a year later, 15T tokens of logs.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in NOT_WRONG])
def test_a_reviewers_inputs_are_not_judged_wrong(text: str) -> None:
    _never_wrong(text)


def test_a_percentage_and_milliseconds_show_no_power_of_ten() -> None:
    claims = note_claims("The adapter has 8,388,608 parameters, 12 % of Llama-2-7B.\n")
    assert all("× 10^" not in c.explanation for c in claims)  # type: ignore[attr-defined]


# A weights figure of a model taken from the sentence's context (not named in it) that is another model the note names,
# to its last printed digit, is not judged wrong: the writer may mean that one.
OTHER_MODEL = "We deploy Llama-3.1-8B and Llama-3.1-70B.\n\n## Llama-3.1-8B\n\n- (a) {a} is the bf16 size.\n"
OTHER_MODEL_RU = "Разворачиваем Llama-3.1-8B и Llama-3.1-70B.\n\n## Llama-3.1-8B\n\n- (а) {a} — это размер в bf16.\n"
OTHER_MODEL_CASES = [
    ("en-the-other-models-size", OTHER_MODEL.format(a="141.1 GB"), "141.1 GB", "Llama-3.1-70B, which the note names too"),
    ("ru-the-other-models-size", OTHER_MODEL_RU.format(a="141,1 ГБ"), "141,1 ГБ", "Llama-3.1-70B, which the note names too"),
]


@pytest.mark.parametrize(("text", "stated", "shown"), [pytest.param(*c[1:], id=c[0]) for c in OTHER_MODEL_CASES])
def test_another_model_of_the_note_to_the_last_digit(text: str, stated: str, shown: str) -> None:
    _judged(text, stated, V, shown)


@pytest.mark.parametrize("figure", ["32.1 GB", "141.6 GB", "about 141 GB"])
def test_a_figure_near_another_model_is_still_judged(figure: str) -> None:
    """Not to its last digit (`141.6`), hedged, or no other model's at all: the context's model judges it."""
    _judged(OTHER_MODEL.format(a=figure), figure, W, "Llama-3.1-8B: 8.03B params × 2 bytes")
