"""Claim cases of our own wording for percentages and ratios between sizes (issue 15).

Each shape is a rule of grammar and units, not of one note's words:

- two catalogued models compared by their KV cache (`the KV cache of A is 64× smaller than B's`,
  `A кэширует в 4 раза меньше, чем B`): with no figure and no length stated, the ratio of their bytes
  per token, which is the same at any length unless a model caps its cache with a sliding window;
- a later ratio of a list that names only its subject (`Q2_K в 5 раз меньше F16, а Q4_K_M — в 3,3
  раза`, `int8 is 2× smaller than fp16, and int4 4×`) is against the type the first one named;
- `N percent` / `N процентов` is a percent as `N %` is;
- a decimal unit and its binary twin named bare (`GiB is 7.4 % larger than GB`): 1024^k / 1000^k;
- a quotient written out and the factor stated for it (`15,23 / 4,68 ≈ 3,3 раза`);
- a percent of a count the sentence states (`38.6M, which is 31 % of its 124M parameters`) or a
  share after two counts (`доля активных — 14 %`).

Look-alikes (speed, hit rates, users, growth, accuracy, a quotient per GPU) are no claim.
Recomputed values (hand-checked against claims-gold): Llama-2-7B 2·32·32·128·2 = 524,288 B per token,
Llama-3-8B 2·32·8·128·2 = 131,072, Falcon-7B 2·32·1·64·2 = 8,192; F16 2 B, Q8_0 1.0625 B, Q4_K_M
0.6118 B, Q2_K 0.3949 B per weight; 1024³/1000³ = 1.0737, 1024⁴/1000⁴ = 1.0995."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

MODEL_CACHES = [
    ("en-of-than-that-of", "The KV cache of Falcon-7B is 64 times smaller than that of Llama-2-7B.", [H], ""),
    ("en-keeps-x", "With GQA, Llama-3-8B keeps a KV cache 4× smaller than Llama-2-7B.", [H], ""),
    ("ru-chem-u", "KV-кэш Falcon-7B (MQA) в 64 раза меньше, чем у Llama-2-7B.", [H], ""),
    ("ru-verb-larger", "Llama-2-7B кэширует в 64 раза больше, чем Falcon-7B.", [H], ""),
    ("ru-hedged", "Кэш Llama-3-8B примерно в 4 раза меньше, чем у Llama-2-7B.", [H], ""),
    ("en-verb-wrong", "Falcon-7B caches 32 times less than Llama-2-7B.", [W], "64"),
    ("ru-wrong", "Кэш Llama-3-8B в 8 раз меньше, чем у Llama-2-7B.", [W], "4"),
    # look-alikes: a speed, a hit rate, a count of requests
    ("speed", "The cache of Llama-3-8B fills 4 times faster than that of Llama-2-7B.", [], ""),
    ("hit-rate", "Llama-3-8B's cache hit rate is 2 times higher than Llama-2-7B's.", [], ""),
    ("requests", "With the same cache Llama-3-8B serves 4× more requests than Llama-2-7B.", [], ""),
]

ELLIPTIC_TYPES = [
    ("ru-a-dash", "Q2_K в 5 раз меньше F16, а Q4_K_M — в 3,3 раза.", [H, H], ""),
    ("ru-a-dash-wrong", "Q8_0 в 1,9 раза меньше F16, а Q4_K_M — в 6 раз.", [H, W], "3.269"),
    ("en-bare", "int8 is 2× smaller than fp16, and int4 4×.", [H, H], ""),
    ("en-bare-wrong", "int8 is 2× smaller than fp16, and int4 8×.", [H, W], "4"),
    ("en-lead-referent", "Compared with F16, Q8_0 is 1.9× smaller and Q4_K_M 3.3×.", [H, H], ""),
    ("en-own-referent", "int8 is 2× smaller than fp16 and 4× smaller than fp32.", [H, H], ""),
    # look-alikes: a speed, a count of GPUs after the first ratio
    ("speed-after", "int8 is 2× smaller than fp16, and it runs 3× faster.", [H], ""),
    ("gpus-after", "int8 is 2× smaller than fp16, and on 2× H100 it fits.", [H], ""),
]

PERCENT_WORDS = [
    ("en-percent", "int4 saves 75 percent versus fp16.", [H], ""),
    ("en-two-clauses", "Quantisation: int4 saves 75 percent versus fp16; fp8 saves 25 percent versus bf16.", [H, W], "50.0%"),
    ("ru-procentov", "int8 уменьшает модель на 50 процентов по сравнению с fp16.", [H], ""),
    ("en-per-cent-wrong", "Going from fp16 to int8 cuts the weights by 60 percent.", [W], "50.0%"),
    ("accuracy", "int4 cut accuracy by 2 percent versus fp16.", [], ""),
]

UNIT_TWINS = [
    ("ru-difference", "Разница между ГБ и ГиБ — 7,4 %.", [H], ""),
    ("en-larger-hedged", "A GiB is about 7.4 % larger than a GB.", [H], ""),
    ("en-larger-integer", "A GiB is 7 % larger than a GB.", [H], ""),
    ("en-smaller", "A GB is 6.9 % smaller than a GiB.", [H], ""),
    ("ru-tib", "Между ТБ и ТиБ разница почти 10 %.", [H], ""),
    # the larger direction's figure said of the smaller: which is meant is not certain
    ("en-other-direction", "A GB is 7.4 % smaller than a GiB.", [V], ""),
    ("en-gap-wrong", "The gap between GB and GiB is 10 %.", [W], "7.37%"),
    ("en-kib-wrong", "GiB is 2.4 % larger than GB.", [W], "7.37%"),
    # look-alikes: users, growth
    ("users", "Report sizes in GiB, not GB: 7 % of users mix them up.", [], ""),
    ("growth", "Downloads in GB grew 7 % more than in GiB regions.", [], ""),
]

QUOTIENTS = [
    ("ru-approx", "Автор сравнивает с bf16: 15,23 / 4,68 ≈ 3,3 раза.", [H], ""),
    ("en-wrong", "The bf16 file is 13.5 GB and the Q4 one 3.9 GB: 13.5 / 3.9 ≈ 5 times.", [W], "3.462"),
    ("ru-v-raza", "Сжатие: 140 ГБ / 35 ГБ = в 4 раза.", [H], ""),
    # look-alikes: a quotient per GPU, a product
    ("per-gpu", "Split the batch: 64 / 8 = 8 per GPU.", [], ""),
    ("product", "2 × 15 / 3 = 10×.", [], ""),
]

COUNT_SHARES = [
    ("ru-dolya-wrong", "Всего 140,6 млрд параметров, активных на токен 39 млрд; доля активных — 14 %.", [W], "27.7%"),
    ("en-which-is", "The embeddings take 38.6M, which is 31 % of its 124M parameters.", [H], ""),
    ("en-which-is-wrong", "The embeddings take 38.6M, which is 13 % of its 124M parameters.", [W], "31.1%"),
    ("en-share-after", "Of its 124M parameters, 38.6M are embeddings, a 31 % share.", [H], ""),
    ("ru-ot", "Адаптер — 4,2 млн параметров, 5 % от 8 млрд параметров базы.", [W], "0.1%"),
    # look-alikes: a score, a budget of tokens
    ("score", "The model has 7B parameters and scored 64 % on MMLU after 2T tokens.", [], ""),
    ("token-budget", "The 8B model keeps 64 % of its 1.5B-token budget for code.", [], ""),
]

# the comparative and its referent before `на N %` / `by N %`; heads `instead of`; a bare percent
# whose clause names only its referent; counts in parentheses after two catalogued models
WORD_ORDERS = [
    ("ru-comparative-first", "Q4_K_M меньше F16 на 69 %; Q8_0 экономит против F16 всего 20 %.", [H, W], "46.9%"),
    ("en-by-after-referent", "Q4_K_M is smaller than F16 by 69 %.", [H], ""),
    ("ru-lighter-procentov", "Q8_0 легче F16 на 47 процентов.", [H], ""),
    ("ru-larger-wrong", "int8 больше int4 на 50 %.", [W], "100.0%"),
    ("ru-chem-after", "Модель в int8 меньше на 50 %, чем в fp16.", [H], ""),
    ("en-faster", "int8 is faster than fp16 by 30 %.", [], ""),
    ("en-heads-instead", "GQA matters: with 4 KV heads instead of 28 the 7B saves 85.7 % of its cache.", [H], ""),
    ("ru-heads-vmesto", "С 8 KV-головами вместо 32 кэш сокращается на 75 %.", [H], ""),
    ("en-heads-wrong", "With 8 KV heads instead of 32 the cache shrinks by 50 %.", [W], "75.0%"),
    ("en-heads-speed", "With 8 heads instead of 32 the model runs 40 % faster.", [], ""),
    ("ru-elliptic-percent", "Экономия int4 относительно fp16 — 75 %, относительно fp32 — 87,5 %.", [H, H], ""),
    ("en-elliptic-percent", "int4 saves 75 % versus fp16 and 87.5 % versus fp32.", [H, H], ""),
    ("en-elliptic-percent-wrong", "int4 saves 75 % versus fp16 and 50 % versus fp32.", [H, W], "87.5%"),
    ("en-elliptic-users", "int8 saves 50 % versus fp16, and 25 % of users never notice.", [H], ""),
    ("en-elliptic-latency", "int4 saves 75 % versus fp16; the latency drops 30 % versus fp32.", [H], ""),
    (
        "ru-counts-after-models",
        "Учитель — Llama-3.1-70B-Instruct (70,6 млрд), ученик — Llama-3.1-8B-Instruct (8,0 млрд): ученик меньше почти в 9 раз.",
        [H, H, H],
        "",
    ),
    (
        "en-counts-after-models-wrong",
        "Teacher Llama-3.1-70B (70.6B) and student Llama-3.1-8B (8.0B): the student is 20 times smaller.",
        [H, H, W],
        "8.825",
    ),
    # bytes of two models in types the sentence does not state: not their parameter ratio
    ("en-in-bytes", "In bytes Llama-3.2-1B is 57 times smaller than Llama-3.1-70B.", [], ""),
    # a written quotient inside scientific notation is no factor
    ("scientific", "The mass is 12 / 6.022 × 10^23 = 1.993 × 10^-23 g.", [], ""),
]

# a factor in one word (`twice as large`, `вчетверо`, `a quarter of the … size`, `половина от`), a verb
# of shrinking with its factor (`shrinks … 4×`), and `N:1` after `compression`/`ratio`; a model named so
# the sentence is read (words are loose: `half` of 1.88 holds)
WORD_FACTORS = [
    ("en-cut-verb", "For Llama-2-7B, going from bf16 to int4 shrinks the weights 4×.", [H], ""),
    ("en-quarter", "Llama-2-7B int4 weights take a quarter of the bf16 size.", [H], ""),
    ("en-twice", "In fp32 Llama-2-7B is twice as large as in bf16.", [H], ""),
    ("en-half-loose", "Llama-2-7B in Q8_0 is half the size of F16.", [H], ""),
    ("ru-vchetvero", "В int4 Llama-2-7B вчетверо меньше, чем в fp16.", [H], ""),
    ("ru-polovina", "Llama-2-7B в int8 — половина от fp16.", [H], ""),
    ("ru-chetvert", "Llama-2-7B в int4 — четверть размера fp16.", [H], ""),
    ("ru-tret-wrong", "Llama-2-7B в int4 занимает треть от int8.", [W], "ratio 2"),
    ("en-third-wrong", "Llama-2-7B in int4 is a third of the fp16 size.", [W], "ratio 4"),
    ("en-n-to-1", "For Llama-2-7B the compression ratio from fp16 to int4 is 4:1.", [H], ""),
    ("en-n-to-1-wrong", "For Llama-2-7B the compression ratio from fp16 to int4 is 3:1.", [W], "ratio 4"),
    ("ru-n-to-1", "Коэффициент сжатия Llama-2-7B при переходе с fp32 на int8 — 4:1.", [H], ""),
    # look-alikes: half of the layers, half of a card, a latency cut, a ratio of phases
    ("half-the-layers", "Llama-2-7B: quantize half of the layers to int4 and keep fp16 elsewhere.", [], ""),
    ("cut-latency", "For Llama-2-7B int8 cuts latency by 2× compared with fp16.", [], ""),
    ("prefill-ratio", "The ratio of prefill to decode for Llama-2-7B in fp16 is 3:1.", [], ""),
]

# a percent of another type's size, the size named by a noun after the type or before it
SHARE_OF_TYPE = [
    ("en-memory", "Llama-2-7B in int8 uses 50 % of the fp16 memory.", [H], ""),
    ("en-one", "The int4 checkpoint of Llama-2-7B is 25 % of the fp16 one.", [H], ""),
    ("ru-pamyati", "Llama-2-7B в int4 занимает 25 % от памяти в fp16.", [H], ""),
    ("ru-mesta-wrong", "Llama-2-7B в int8 занимает 30 % от места в fp16.", [W], "50.0%"),
    ("en-model-wrong", "Llama-2-7B in int4 is 40 % of the fp16 model.", [W], "25.0%"),
    ("en-accuracy", "Llama-2-7B in int4 keeps 98 % of the fp16 accuracy.", [], ""),
]

# the weights of the one model in the one type (params × bytes) as a share of the size the percent is of
# (Llama-3-8B 8.03B × 2 B = 16.06 GB; Llama-3-70B 70.55B × 2 B = 141.1 GB); an increase in percent
WEIGHTS_SHARE = [
    ("en-of-a-card", "Llama-3-8B in bf16 fills 20 % of an 80 GB H100.", [H], ""),
    ("ru-ot-card", "Llama-3-8B в bf16 занимает 20 % от 80 ГБ H100.", [H], ""),
    ("en-of-a-card-wrong", "Llama-3-8B in bf16 fills 40 % of an 80 GB H100.", [W], "20.1%"),
    (
        "en-of-its-memory",
        "Our 8-GPU node (8 × 80 GB = 640 GB) holds Llama-3-70B in bf16 using about 22 % of its memory.",
        [H, H],
        "",
    ),
    (
        "ru-ot-vsej-pamyati-wrong",
        "На узле 4 × 80 ГБ = 320 ГБ Llama-3-70B в bf16 занимает 60 % от всей памяти.",
        [H, W],
        "44.1%",
    ),
    # look-alikes: a cache beside the weights, what is left, each card of a split, no whole stated
    ("with-context", "Llama-3-8B in bf16 with a 128K context fills 60 % of an 80 GB H100.", [], ""),
    ("left-free", "Llama-3-8B in bf16 leaves 80 % of an 80 GB H100 free.", [], ""),
    ("each-card", "With TP=2 Llama-3-8B in bf16 uses 10 % of each 80 GB card.", [], ""),
    ("no-whole", "Llama-3-8B in bf16 takes 20 % of the memory.", [], ""),
    ("en-increase", "The cache grows from 4 GB to 16 GB, a 300 % increase.", [H], ""),
    ("en-increase-wrong", "The cache grows from 4 GB to 16 GB, a 200 % increase.", [W], "300.0%"),
]

# `the same weights` / `те же веса` refer back: one size of this sentence's type, the ratio between that
# type and the one type the line above names (bf16 2 B, fp32 4 B, int4 0.5 B)
LINE_ABOVE = [
    (
        "ru-te-zhe-wrong",
        "Без состояний оптимизатора (только bf16) чекпойнт весит 6,4 ГБ.\nТе же веса в fp32 заняли бы 25,6 ГБ — в 4 раза больше.",
        [W],
        "ratio 2",
    ),
    ("ru-te-zhe", "Чекпойнт в bf16 занимает 6,4 ГБ.\nТе же веса в fp32 заняли бы 12,8 ГБ — вдвое больше.", [H], ""),
    (
        "en-same",
        "Only the bf16 weights are kept in the checkpoint.\nThe same weights in int4 would take 1.6 GB, 4 times less.",
        [H],
        "",
    ),
    # no reference back to the line above: no pair
    ("en-no-ref", "Only the bf16 weights are kept in the checkpoint.\nAn int4 model would take 1.6 GB, 3 times less.", [], ""),
]

# more look-alikes: the figures as written in mixed units, a cache type that changes the bytes too, a
# share of bandwidth, room for another thing, a share of two together
LOOK_ALIKES = [
    ("mixed-units-quotient", "Compression: 14 GB / 7 GiB = 2×.", [H], ""),
    ("fp8-cache", "With an fp8 cache Llama-3-8B stores 8× less than Llama-2-7B.", [], ""),
    ("bandwidth-share", "Llama-3-8B in bf16 reaches 40 % of the 80 GB card's bandwidth.", [], ""),
    (
        "room-for-cache",
        "Only the bf16 weights are kept in the checkpoint.\nThe same model in int4 on a 24 GB card leaves 3× more room for it.",
        [],
        "",
    ),
    ("share-of-both", "The node has 96 GB of HBM and 32 GB of DDR, a share of 25 % being DDR.", [H], ""),
]

CASES = (
    LOOK_ALIKES
    + LINE_ABOVE
    + (
        (WEIGHTS_SHARE + SHARE_OF_TYPE + WORD_FACTORS + WORD_ORDERS + MODEL_CACHES + ELLIPTIC_TYPES + PERCENT_WORDS + UNIT_TWINS)
        + QUOTIENTS
        + COUNT_SHARES
    )
)


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_ratio_or_percent_between_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
