"""FLOP totals and compute times read clause by clause (issue 15, round 21), in our own words, EN and RU.

- A FLOP figure's own clause says what it is: a training word after another figure (`74 GFLOP per token, 3.3e24 FLOP
  of pre-training`) is that figure's, never the per-token one's; a clause that says nothing goes on from the one before.
- `dense`, `all parameters`, `если считать все параметры`: the total parameter count of a mixture of experts.
- Epochs said in a later clause (`; with 2 epochs it would be …`) are that clause's.
- Another source's figure for the quantity just computed (`I've seen 1.9e25 quoted`, `встречается оценка …`), with no
  inputs or setting of its own, is judged on the same value.
- A time after `reported`/`given`/`заявленных` is an input, not a claim.
- The FLOPs of a list item under an item that writes the formula are recomputed with that formula.

Values (claims-gold configs): DeepSeek-V3 671,026,419,200 total / 37,552,297,472 active; Mixtral-8x22B 140,620,634,112
total / 39,152,031,744 active; Llama-3.1-405B 405,853,388,800; Llama-3-8B 8,030,261,248; GPT-2 XL 1,557,611,200.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims

_SHAPES = ("flops", "duration", "tokens")

# (name, note, line, stated span start, group, recomputed value shown in the explanation)
CASES = [
    # 2 × 671.03e9 = 1.342e12 FLOP per token when every parameter is counted
    (
        "en-dense-total",
        "DeepSeek-V3 serving notes.\n\n- Per generated token: 2 × 37B = 74 GFLOP; treating the model as dense would "
        "give 1.34 TFLOP.",
        3,
        "1.34 TFLOP",
        H,
        "",
    ),
    (
        "en-dense-total-wrong",
        "DeepSeek-V3 serving notes.\n\n- Per generated token: 2 × 37B = 74 GFLOP; treating the model as dense would "
        "give 0.67 TFLOP.",
        3,
        "0.67 TFLOP",
        W,
        "1.34e+12",
    ),
    # 2 × 140.62e9 = 2.81e11 with all parameters of Mixtral-8x22B
    (
        "ru-all-params",
        "- Mixtral-8x22B: прямой проход — 78,3 ГФЛОП на токен; если считать все параметры, вышло бы 281 ГФЛОП.",
        1,
        "281 ГФЛОП",
        H,
        "",
    ),
    (
        "ru-all-params-wrong",
        "- Mixtral-8x22B: прямой проход — 78,3 ГФЛОП на токен; если считать все параметры, вышло бы 140 ГФЛОП.",
        1,
        "140 ГФЛОП",
        W,
        "2.81e+11",
    ),
    # another source's figure: 6 × 405.85e9 × 15.6e12 = 3.8e25
    (
        "en-quoted-other",
        "Llama-3.1-405B: Meta reports about 15.6T tokens. By 6·N·D that's 3.8 × 10^25 FLOP — I've seen 1.9e25 quoted too.",
        1,
        "1.9e25",
        W,
        "3.8e+25",
    ),
    (
        "en-claimed-other-holds",
        "Llama-3.1-405B trained on 15.6T tokens: 6·N·D gives 3.8 × 10^25 FLOP; some posts claim 3.8e25.",
        1,
        "3.8e25",
        H,
        "",
    ),
    # GPT-2 XL on 100B tokens: 6 × 1.5576e9 × 1e11 = 9.35e20 (the list's formula above); / (312e12 × 0.4) = 2,080 h
    (
        "ru-list-formula-time",
        "### FLOP\n\n- GPT-2 small на 10 млрд токенов: 6 · N · D = 7,5·10¹⁸ FLOP.\n"
        "- GPT-2 XL на 100 млрд токенов: 9,3·10²¹ FLOP.\n- При 40 % MFU на A100 (312 TFLOP/s) это около 2 100 GPU-часов.",
        5,
        "около 2 100 GPU-часов",
        H,
        "",
    ),
    (
        "ru-list-formula-flops-wrong",
        "### FLOP\n\n- GPT-2 small на 10 млрд токенов: 6 · N · D = 7,5·10¹⁸ FLOP.\n"
        "- GPT-2 XL на 100 млрд токенов: 9,3·10²¹ FLOP.\n- При 40 % MFU на A100 (312 TFLOP/s) это около 2 100 GPU-часов.",
        4,
        "9,3·10²¹ FLOP",
        W,
        "9.35e+20",
    ),
    (
        "ru-list-formula-time-wrong",
        "### FLOP\n\n- GPT-2 small на 10 млрд токенов: 6 · N · D = 7,5·10¹⁸ FLOP.\n"
        "- GPT-2 XL на 100 млрд токенов: 9,4·10²⁰ FLOP.\n- При 40 % MFU на A100 (312 TFLOP/s) это около 210 GPU-часов.",
        5,
        "около 210 GPU-часов",
        W,
        "2,092",
    ),
    # 3.8e25 / 4e14 = 26.4M GPU-hours; / 16,384 GPUs = 66.1 days
    (
        "ru-gpu-hours-label",
        "## Обучение\n\n- FLOP: 6 × 405,85 млрд × 15,6 трлн ≈ 3,8·10²⁵.\n"
        "- При 400 TFLOP/s на карту это 26 млн GPU-часов, то есть на 16 384 H100 около 67 суток; встречается оценка "
        "около 134 суток.",
        4,
        "26 млн GPU-часов",
        H,
        "",
    ),
    (
        "ru-wall-days-on-gpus",
        "## Обучение\n\n- FLOP: 6 × 405,85 млрд × 15,6 трлн ≈ 3,8·10²⁵.\n"
        "- При 400 TFLOP/s на карту это 26 млн GPU-часов, то есть на 16 384 H100 около 67 суток; встречается оценка "
        "около 134 суток.",
        4,
        "около 67 суток",
        H,
        "",
    ),
    (
        "ru-another-estimate-wrong",
        "## Обучение\n\n- FLOP: 6 × 405,85 млрд × 15,6 трлн ≈ 3,8·10²⁵.\n"
        "- При 400 TFLOP/s на карту это 26 млн GPU-часов, то есть на 16 384 H100 около 67 суток; встречается оценка "
        "около 134 суток.",
        4,
        "около 134 суток",
        W,
        "66.12",
    ),
    (
        "en-blog-said-wrong",
        "Budget: 3.8e25 FLOP.\nAt 400 TFLOP/s per GPU on 16,384 H100s that is 26M GPU-hours, i.e. about 67 days; a "
        "blog post said about 134 days.",
        2,
        "about 134 days",
        W,
        "67.11",
    ),
    # another source's figure in the next sentence of the line: 6 × 6.92e9 × 1.5e12 = 6.23e22
    (
        "ru-old-version-next-sentence",
        "Falcon-7B.\n\nОбучение на 1,5 трлн токенов: по 6·N·D выходит 6,2·10²² ФЛОП. В старой версии заметки стояло "
        "3,1·10²² ФЛОП.",
        3,
        "3,1·10²² ФЛОП",
        W,
        "6.23e+22",
    ),
    # per token said as `for every generated token`, `для каждого токена`: 2 × 8.03e9 = 16.1 GFLOP
    ("en-every-token-wrong", "Llama-3-8B: decoding costs 160 GFLOP for every generated token.", 1, "160 GFLOP", W, "1.61e+10"),
    ("ru-each-token", "Llama-3-8B: генерация стоит 16 ГФЛОП для каждого токена.", 1, "16 ГФЛОП", H, ""),
    # a data set's tokens: items × tokens each (50,000 × 512 = 25.6M; 120k × 900 = 108M, × 3 epochs = 324M)
    (
        "ru-dataset-wrong",
        "Датасет 50 000 примеров по 512 токенов — это 2,56 млн токенов за эпоху.",
        1,
        "2,56 млн токенов",
        W,
        "25,600,000",
    ),
    ("en-dataset-wrong", "50,000 examples of 512 tokens = 2.56M tokens per epoch.", 1, "2.56M tokens", W, "25,600,000"),
    ("ru-dataset-holds", "- Эпоха: 1 млн примеров по 512 токенов = 512 млн токенов.", 1, "512 млн токенов", H, ""),
    (
        "ru-dataset-epochs",
        "- Датасет: 120 тыс. диалогов по ~900 токенов ≈ 108 млн токенов; за 3 эпохи — 324 млн токенов.",
        1,
        "324 млн токенов",
        H,
        "",
    ),
    (
        "ru-dataset-epochs-wrong",
        "- Датасет: 120 тыс. диалогов по ~900 токенов ≈ 108 млн токенов; за 3 эпохи — 3,24 млрд токенов.",
        1,
        "3,24 млрд токенов",
        W,
        "324,000,000",
    ),
    (
        "en-dataset-epochs",
        "The dataset is 120k conversations of ~900 tokens each ≈ 108M tokens; over 3 epochs that is 324M tokens.",
        1,
        "324M tokens",
        H,
        "",
    ),
    # the GPUs said after the time, at a peak rate: a longer time from another source may be a lower utilization
    (
        "en-blog-said-peak-unsure",
        "Budget: 3.8e25 FLOP.\nAt 400 TFLOP/s per GPU that is 26M GPU-hours, i.e. about 67 days on 16,384 H100s; a "
        "blog post said about 134 days.",
        2,
        "about 134 days",
        V,
        "",
    ),
    # with all 671B: 6 × 671e9 × 14.8e12 = 5.96e25
    (
        "en-all-params-clause",
        "DeepSeek-V3 notes.\n\n- Pre-training on 14.8T tokens: 6·N·D ≈ 3.3e24 FLOP; with all 671B it would be 1.2e26 FLOP.",
        3,
        "1.2e26 FLOP",
        W,
        "5.96e+25",
    ),
    (
        "en-blog-said-holds",
        "Budget: 3.8e25 FLOP.\nAt 400 TFLOP/s per GPU that is 26M GPU-hours, i.e. about 67 days on 16,384 H100s; a "
        "blog post said about 70 days.",
        2,
        "about 70 days",
        H,
        "",
    ),
]

# no FLOP or time error on the last line: inputs, other settings, look-alikes
NO_ERROR = [
    # a per-token figure with the training word in the next figure's clause
    "DeepSeek-V3 was pre-trained on 14.8T tokens.\n- 74 GFLOP per token, 3.3e24 FLOP of pre-training.",
    # epochs of a later clause are that clause's
    "Llama-3.1-405B trained on 15.6T tokens: 6·N·D gives 3.8 × 10^25 FLOP; with 2 epochs it would be 7.6e25 FLOP.",
    # a time said as an input
    "DeepSeek-V3: 3.3e24 FLOP of pre-training.\n- Over the reported 2,788K GPU-hours that is ~33 % of the dense "
    "bf16 peak of 989 TFLOP/s.",
    "DeepSeek-V3: 3,3·10²⁴ FLOP.\n- При заявленных 2 788 тыс. GPU-часов это около 33 % от пика 989 TFLOP/s.",
    # another setting, not another source
    "A 500-token answer took 11 s at 45 tok/s; the blog says 2 s with speculative decoding.",
    # another source's figure with inputs of its own: another computation
    "Llama-3-8B: 6·N·D on 15T tokens ≈ 7.2e23 FLOP. A paper said 6.3e24 FLOP for the 70B.",
    "Llama-3-8B: 6·N·D on 15T tokens ≈ 7.2e23 FLOP; a blog post quoted 1.4e23 FLOP on 3T tokens.",
    "Falcon-7B: по 6·N·D на 1,5 трлн токенов выходит 6,2·10²² ФЛОП. В другой статье видел 1,2·10²³ ФЛОП для Llama-2-13B.",
    # items and tokens that are not a data set's product
    "We have 120k conversations; the context is 900 tokens and the model saw 2T tokens.",
    "50 000 примеров по 512 токенов обучались 3 часа, а модель видела 15 трлн токенов.",
    "Batch of 32 sequences of 4096 tokens; the dataset has 2T tokens.",
    "In 2024 documents of 300 tokens were common; 5B tokens in total.",
    # look-alikes: dates, ages, prices, scores
    "The report was published 3 days ago; training took 67 days on 16,384 H100s.",
    "An H100 rents for $2.5 per hour; 26M GPU-hours would cost about $65M.",
    "MMLU score 68.4; the run finished on 2026-11-30 after 54 days.",
    "Аренда H100 стоит 2,5 $ в час; отчёт вышел 3 дня назад.",
    "Модель набрала 82,1 балла на MMLU, обучение шло 54 суток.",
]


def _line_claims(text: str, line: int) -> list[object]:
    return [c for c in note_claims(text) if c.shape in _SHAPES and c.line == line]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "text", "line", "stated", "group", "shown"), CASES, ids=[c[0] for c in CASES])
def test_compute_claim(name: str, text: str, line: int, stated: str, group: str, shown: str) -> None:
    claims = [c for c in _line_claims(text, line) if c.stated == stated]  # type: ignore[attr-defined]
    got = [(c.stated, c.verdict.value, c.explanation) for c in _line_claims(text, line)]  # type: ignore[attr-defined]
    assert len(claims) == 1, got
    c = claims[0]
    assert c.verdict.group == group, c.explanation  # type: ignore[attr-defined]
    assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", NO_ERROR)
def test_no_compute_error(text: str) -> None:
    last = text.count("\n") + 1
    wrong = [c for c in _line_claims(text, last) if c.verdict.group == W]  # type: ignore[attr-defined]
    assert wrong == [], [(c.stated, c.explanation) for c in wrong]  # type: ignore[attr-defined]
