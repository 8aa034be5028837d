"""Claim cases of our own wording for vector index sizes read with the note around them (round 27,
`vaultkit/claims/shapes/indexes.py`); values by hand.

A flat index of N vectors of d dimensions takes N × d × the bytes of one element (fp32 4, fp16 2, int8 1, one bit per
dimension 1/8); one vector takes d × those bytes. The dimensions of the embedding models used below: e5-base 768,
bge-small 384, bge-m3 1024, text-embedding-3-large 3072, gte-base 768.

- 12M chunks of e5-base: fp32 12e6 × 768 × 4 = 36.864 GB; int8 9.216 GB; binary 12e6 × 96 B = 1.152 GB;
  50M chunks in fp16: 50e6 × 768 × 2 = 76.8 GB.
- 12M chunks of bge-small in int8: 12e6 × 384 = 4.608 GB.
- 12M chunks of text-embedding-3-large in fp32: 12e6 × 3072 × 4 = 147.456 GB; cut to 512 dims: 512 × 4 = 2 KiB a vector,
  12e6 × 2,048 B = 24.576 GB.
- 7.2M chunks of bge-m3: fp16 7.2e6 × 1024 × 2 = 14.7456 GB; int8 7.3728 GB; binary 7.2e6 × 128 B = 921.6 MB;
  30M chunks in fp32: 30e6 × 4,096 B = 122.88 GB.
- One vector: bge-small in fp16 384 × 2 = 768 B (0.768 KB); e5-base binary 768 / 8 = 96 B; 1536 dims in fp32 6,144 B =
  6 KiB; e5-base in fp16 1,536 B = 1.5 KiB; bge-m3 binary 1024 / 8 = 128 B.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims, note_claims


def _case(c: tuple[str, str, list[str], str]) -> object:
    return pytest.param(*c[1:], id=c[0])


# The count of vectors stated above (a setup line, a heading), the dimension by the model the section or the sentence
# names, the element by the list item's label or the sentence's words.
CONTEXT_CASES = [
    (
        "en-heading-list",
        "# Manuals search\n\nWe cut 600k manuals into 12M chunks.\n\n## Flat index, e5-base (12M vectors)\n\n"
        "- fp32: 36.9 GB.\n- int8: 4.6 GB.\n- binary: 1.15 GB.\n",
        [H, W, H],
        "9.216 GB",
    ),
    (
        "en-model-in-sentence",
        "# Manuals search\n\nCorpus: 12M chunks.\n\n## Small encoder\n\nWith int8 the bge-small index would need 2.3 GB.\n",
        [W],
        "4.608 GB",
    ),
    (
        "en-model-in-sentence-holds",
        "# Manuals search\n\nCorpus: 12M chunks.\n\n## Small encoder\n\nWith int8 the bge-small index would need 4.6 GB.\n",
        [H],
        "",
    ),
    (
        "en-own-count",
        "# Manuals search\n\nCorpus: 12M chunks.\n\n## Growth\n\nAn estimate for 50M chunks with e5-base in fp16: 7.68 GB.\n",
        [W],
        "76.8 GB",
    ),
    (
        "en-truncated-dims",
        "# Manuals search\n\nCorpus: 12M chunks.\n\n## Large model\n\n"
        "At 3072 dims the fp32 index of text-embedding-3-large is 147.5 GB.\n"
        "Cutting to 512 dims gives 2 KiB per vector and 2.46 GB in total.\n",
        [H, H, W],
        "24.576 GB",
    ),
    (
        "en-element-after",
        "# Manuals search\n\nCorpus: 12M chunks, e5-base.\n\n## Sizes\n\nThe index takes 36.9 GB in fp32 and 18.4 GB in fp16.\n",
        [H, H],
        "",
    ),
    (
        "ru-heading-list",
        "# Поиск по договорам\n\nДоговоры: 900 тыс. документов, нарезано на 7,2 млн чанков; эмбеддер bge-m3.\n\n"
        "## Векторный индекс\n\n- fp16: 14,7 ГБ.\n- int8 уменьшает его до 3,7 ГБ.\n- Бинарные коды: 922 МБ.\n"
        "- Для 30 млн чанков в fp32 индекс займёт 12,3 ГБ.\n",
        [H, W, H, W],
        "ГБ",
    ),
    (
        "ru-front-matter",
        "---\nкорпус:\n  чанков: 7200000\nэмбеддер:\n  размерность: 1024\n---\n\n# Поиск\n\n## Векторы\n\n- В int8 — 7,4 ГБ.\n",
        [H],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in CONTEXT_CASES])
def test_index_inputs_read_around_the_sentence(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


def test_ru_wrong_values_are_shown() -> None:
    text = CONTEXT_CASES[6][1]
    shown = sorted(c.explanation for c in note_claims(text) if c.verdict.group == W)  # type: ignore[attr-defined]
    assert "recomputed 7.373 GB" in shown[1] and "recomputed 122.88 GB" in shown[0], shown


# One vector's size: the dimension (the model's, the sentence's, or the note's) × the bytes of its element.
PER_VECTOR_CASES = [
    ("en-fp16-as-fp32", "For bge-small in fp16 the answer said 1.5 KB per vector.\n", [W], "0.768 KB"),
    ("en-bits-as-bytes", "Binary codes keep 768 bytes per e5-base vector.\n", [W], "96 bytes"),
    ("en-one-vector", "One 1536-dim fp32 vector takes 6 KiB.\n", [H], ""),
    ("ru-one-vector", "Один вектор e5-base в fp16 — 1,5 КиБ.\n", [H], ""),
    ("ru-bits-as-bytes", "Бинарные коды bge-m3: 1024 байта на вектор.\n", [W], "128 bytes"),
    # look-alikes: a graph's or a payload's bytes per vector, product quantization's codes
    ("en-graph-per-vector", "The HNSW graph keeps 256 bytes per vector in int32 links.\n", [], ""),
    ("en-payload", "Each e5-base vector carries a payload of 2 KB per vector in fp16.\n", [], ""),
    ("en-pq", "PQ with 64 sub-quantizers of 8 bits stores 64 bytes per e5-base vector.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [_case(c) for c in PER_VECTOR_CASES])
def test_one_vector_sizes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Sizes that are not the index, under a heading about it or next to its inputs: the model's weights and file, the
# KV cache, the server's RAM, a price, a count of its own; and inputs the note does not state. None is an index's.
NOT_INDEX_CASES = [
    ("en-model-file", "# S\n\nCorpus: 12M chunks.\n\n## Flat index\n\n- The e5-base model file in fp16 is 0.56 GB.\n"),
    ("en-ram", "# S\n\nCorpus: 12M chunks, e5-base.\n\n## Flat index\n\n- The server has 64 GB of RAM for the int8 copy.\n"),
    ("en-ram-needed", "# S\n\nCorpus: 12M chunks, e5-base.\n\n## Flat index\n\nThe int8 index needs at least 24 GB of RAM.\n"),
    ("en-price", "# S\n\nCorpus: 12M chunks, e5-base.\n\n## Flat index\n\n- Hosting the fp16 copy costs $40 for 20 GB.\n"),
    ("en-own-count", "# S\n\nCorpus: 12M chunks, e5-base.\n\n## Flat index\n\n- A 100k-vector sample index in fp32 is 0.3 GB.\n"),
    ("en-images", "# S\n\nCorpus: 12M chunks, e5-base.\n\n## Flat index\n\n- The fp16 index of 2M images is 2 GB.\n"),
    ("ru-weights", "# S\n\nКорпус: 12 млн чанков.\n\n## Векторы\n\n- Сама модель e5-base в fp16 — 0,56 ГБ.\n"),
    ("ru-cache", "# S\n\nКорпус: 12 млн чанков, e5-base.\n\n## Векторы\n\n- Кэш запросов в fp16 — 3 ГБ.\n"),
    ("ru-graph", "# S\n\nКорпус: 12 млн чанков, e5-base.\n\n## Векторы\n\n- Граф HNSW в int8 плюс векторы — 12 ГБ.\n"),
    # unstated inputs: no count, no dimension, no element, documents where the note speaks of chunks
    ("en-no-count", "# S\n\nWe use e5-base.\n\n## Flat index\n\n- int8: 9.2 GB.\n"),
    ("en-no-dimension", "# S\n\nCorpus: 12M chunks.\n\n## Flat index\n\n- int8: 9.2 GB.\n"),
    ("en-no-element", "# S\n\nCorpus: 12M chunks.\n\n## Flat index\n\nThe e5-base index is 9.2 GB.\n"),
    (
        "en-documents-or-chunks",
        "# S\n\nWe cut 600k manuals into 12M chunks.\n\n## Sizes\n\n"
        "The fp32 index of our 600k documents with e5-base is 1.8 GB.\n",
    ),
    (
        "ru-two-models",
        "---\nмодели:\n  - размерность: 1024\n  - размерность: 768\nчанков: 12000000\n---\n\n# S\n\n"
        "## Векторы\n\n- В int8 — 9,2 ГБ.\n",
    ),
    ("ru-no-model", "# S\n\nКорпус: 12 млн чанков.\n\n## Векторы\n\n- В fp16 — 18,4 ГБ.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in NOT_INDEX_CASES])
def test_sizes_that_are_not_an_index(text: str) -> None:
    claims = note_claims(text)
    assert not [c for c in claims if c.shape == "index-size"], [(c.line, c.verdict, c.explanation) for c in claims]  # type: ignore[attr-defined]
    assert not [c for c in claims if c.verdict.group == W], [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]


def test_a_stated_index_is_unchanged() -> None:
    """The sentence's own count, dimension and element still come first (`50M docs, 1024-d, fp16`: 102.4 GB)."""
    check_claims("For the archive (50M docs, 1024-d, fp16) the flat index is 102.4 GB.\n", [H], "")


def test_front_matter_out_of_reach() -> None:
    """A front matter read only in part (its count far above the reach of the lines read) gives no input: the index
    that needs its count is not judged."""
    fields = "".join(f"  field_{i}: {i}\n" for i in range(30))
    text = f"---\nchunks: 12000000\nmeta:\n{fields}---\n\n# S\n\n## Vectors\n\n- e5-base in int8: 4.6 GB.\n"
    claims = note_claims(text)
    assert not [c for c in claims if c.shape == "index-size"], [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]
    assert [c.verdict.group for c in claims] == [V], [(c.line, c.explanation) for c in claims]  # type: ignore[attr-defined]
