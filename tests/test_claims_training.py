"""Training-memory claims (issue 15), in our own words, English and Russian.

Model states per parameter (claims-gold §1.6): mixed-precision Adam 16 B (2 weights + 2 grads + 12 fp32
master, m, v), 8-bit Adam 12 B, the recipe the note states otherwise; parts 4N (16-bit weights and grads),
4N (fp32 master copy), 8N (fp32 m and v); per device DDP 16N, ZeRO-1 4N + 12N/g, ZeRO-2 2N + 14N/g,
ZeRO-3 16N/g; a LoRA adapter's states: trainable parameters × 16 B. A share whose stage or device count is
not said is unverifiable; a figure that is no training memory (a card's memory, weights, activations) is
not judged as one.

Parameter counts (claims-gold §2.1): Llama-2-7B 6,738,415,616; Llama-3-8B 8,030,261,248;
Llama-2-13B 13,015,864,320; Mistral-7B 7,241,732,096.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _training_claim(text: str, figure: str) -> object | None:
    """The claim on the figure (its stated text), whatever shape judged it."""
    found = [c for c in note_claims(text) if figure in c.stated]  # type: ignore[attr-defined]
    return found[-1] if found else None


CHECKED = [
    # 16 × 13,015,864,320 = 208.254 GB
    (
        "en-total-adam",
        "Full fine-tuning Llama-2-13B with mixed-precision Adam needs about 208 GB of model states.",
        "about 208 GB",
        H,
        "",
    ),
    (
        "en-total-adam-wrong",
        "Full fine-tuning Llama-2-13B with mixed-precision Adam needs 104 GB of model states.",
        "104 GB",
        W,
        "208.254 GB",
    ),
    # 12 × 7,241,732,096 = 86.901 GB
    ("en-8bit", "With 8-bit Adam, full fine-tuning Mistral-7B takes 86.9 GB of states.", "86.9 GB", H, ""),
    ("en-8bit-wrong", "With 8-bit Adam, full fine-tuning Mistral-7B takes 43.4 GB of states.", "43.4 GB", W, "86.901 GB"),
    # the subject and recipe in the sentence before: 16 × 7,241,732,096 / 8 = 14.483 GB per card
    (
        "ru-zero3-previous-sentence",
        "Полное дообучение Mistral-7B: 16 байт на параметр, это 115,9 ГБ состояний.\nС ZeRO-3 на 8 "
        "картах — по 14,5 ГБ на карту.\n",
        "14,5",
        H,
        "",
    ),
    (
        "ru-zero3-previous-sentence-wrong",
        "Полное дообучение Mistral-7B: 16 байт на параметр, это 115,9 ГБ состояний.\nС ZeRO-3 на 8 "
        "картах — по 115,9 ГБ на карту.\n",
        "115,9",
        W,
        "14.483 GB",
    ),
    # ZeRO-2 over 4: (2 + 14/4) × 8,030,261,248 = 44.166 GB, hedged
    (
        "en-zero2-hedged",
        "With ZeRO-2 over 4 GPUs, Llama-3-8B's model states under mixed-precision Adam come to roughly 44 GB per GPU.",
        "roughly 44 GB",
        H,
        "",
    ),
    # ZeRO-1 over 8: (4 + 12/8) × 8,030,261,248 = 44.166 GB; 16 GB is below any stage-1 share
    (
        "en-zero1-wrong",
        "ZeRO-1 over 8 GPUs leaves each GPU with 16 GB of Llama-3-8B's model states.",
        "16 GB",
        W,
        "44.166 GB",
    ),
    # DDP: every card holds all 16 × 6,738,415,616 = 107.815 GB
    ("ru-ddp", "Без ZeRO (обычный DDP) каждая карта держит все 107,8 ГБ состояний модели Llama-2-7B с Adam.", "107,8", H, ""),
    (
        "ru-ddp-wrong",
        "Без ZeRO (обычный DDP) каждая карта держит по 27 ГБ состояний модели Llama-2-7B с Adam на 4 GPU.",
        "27 ГБ",
        W,
        "107.815 GB",
    ),
    # a table of stages, the device count in the header: 7N = 47.169, 5.5N = 37.061, 4N = 26.954 GB
    (
        "en-table-zero1",
        "Llama-2-7B, mixed-precision Adam.\n\n| stage | per GPU (4 GPUs) |\n|---|---|\n| ZeRO-1 | "
        "47.2 GB |\n| ZeRO-2 | 37.1 GB |\n",
        "47.2 GB",
        H,
        "",
    ),
    (
        "en-table-zero3-wrong",
        "Llama-2-7B, mixed-precision Adam.\n\n| stage | per GPU (4 GPUs) |\n|---|---|\n| ZeRO-2 | "
        "37.1 GB |\n| ZeRO-3 | 13.5 GB |\n",
        "13.5 GB",
        W,
        "26.954 GB",
    ),
    # the parts of a list under the model and recipe: 4N = 26.954, 8N = 53.907, 16N = 107.815 GB
    (
        "ru-parts-master-wrong",
        "## Llama-2-7B, смешанная точность и Adam\n\n- веса и градиенты в bf16: 27 ГБ\n- мастер-копия в fp32: 13,5 ГБ\n",
        "13,5",
        W,
        "26.954 GB",
    ),
    (
        "ru-parts-moments",
        "## Llama-2-7B, смешанная точность и Adam\n\n- веса и градиенты в bf16: 27 ГБ\n- моменты m и v в fp32: 54 ГБ\n",
        "54 ГБ",
        H,
        "",
    ),
    (
        "ru-list-total",
        "## Llama-2-7B, смешанная точность и Adam\n\n- веса и градиенты в bf16: 27 ГБ\n- моменты m "
        "и v в fp32: 54 ГБ\n- итого: 108 ГБ\n",
        "108 ГБ",
        H,
        "",
    ),
    # a LoRA adapter: 20,971,520 trainable × 16 B = 335.544 MB
    (
        "en-lora",
        "The adapter has 20,971,520 trainable parameters; with Adam at 16 bytes per trainable "
        "parameter its training state is about 336 MB.",
        "about 336 MB",
        H,
        "",
    ),
    (
        "en-lora-wrong",
        "The adapter has 20,971,520 trainable parameters; with Adam at 16 bytes per trainable "
        "parameter its training state is 84 MB.",
        "84 MB",
        W,
        "335.544 MB",
    ),
    # hard-wrapped prose: the recipe is on the line above, the figure goes on from it
    (
        "en-wrapped",
        "Llama-2-13B with the 18-byte recipe (AdamW, fp32 grads and\nmaster weights) needs 234 GB "
        "of states before activations.\n",
        "234 GB",
        H,
        "",
    ),
]


CHECKED += [
    # hedged and bounded totals: 16 × 13,015,864,320 = 208.254 GB; 16 × 7,241,732,096 = 115.868 GB
    (
        "ru-total-hedged",
        "Для Llama-2-13B полное дообучение со смешанной точностью — около 210 ГБ состояний модели.",
        "около 210",
        H,
        "",
    ),
    ("ru-total-bound", "Состояния модели Mistral-7B при 16 байтах на параметр — не менее 100 ГБ.", "не менее 100", H, ""),
    (
        "ru-total-bound-wrong",
        "Состояния модели Mistral-7B при 16 байтах на параметр — не более 60 ГБ.",
        "не более 60",
        W,
        "115.868 GB",
    ),
    # FSDP is full sharding: 16 × 6,738,415,616 / 4 = 26.954 GB on each of the 4
    ("en-fsdp-each-of", "With FSDP, each of the 4 GPUs holds 27 GB of Llama-2-7B's model states.", "27 GB", H, ""),
    # a tensor × pipeline split: 208.254 GB / 8 = 26.032 GB
    (
        "en-tp-pp-split",
        "Llama-2-13B's model states at 16 bytes/param are 208 GB; split by TP=4 × PP=2, each GPU holds 26 GB of them.",
        "26 GB",
        H,
        "",
    ),
    (
        "en-tp-pp-split-wrong",
        "Llama-2-13B's model states at 16 bytes/param are 208 GB; split by TP=4 × PP=2, each GPU holds 52 GB of them.",
        "52 GB",
        W,
        "26.032 GB",
    ),
    # the 18-byte recipe sharded with ZeRO-3: 18 × 13,015,864,320 / 8 = 29.286 GB
    (
        "en-18-byte-zero3",
        "With the 18-byte recipe (AdamW with fp32 grads), ZeRO-3 over 8 GPUs leaves 29.3 GB of states per GPU for Llama-2-13B.",
        "29.3 GB",
        H,
        "",
    ),
    # hard-wrapped Russian prose: the recipe words on the line above
    (
        "ru-wrapped",
        "Полное дообучение Llama-2-7B в смешанной точности с Adam\nтребует 107,8 ГБ состояний.\n",
        "107,8",
        H,
        "",
    ),
    (
        "ru-wrapped-wrong",
        "Полное дообучение Llama-2-7B в смешанной точности с Adam\nтребует 53,9 ГБ состояний.\n",
        "53,9",
        W,
        "107.815 GB",
    ),
]


@pytest.mark.parametrize(("name", "text", "figure", "group", "shown"), CHECKED, ids=[c[0] for c in CHECKED])
def test_training_figures_are_recomputed(name: str, text: str, figure: str, group: str, shown: str) -> None:
    from vaultkit.claims import Verdict

    c = _training_claim(text, figure)
    assert c is not None, [(x.line, x.shape, x.stated, x.explanation) for x in note_claims(text)]  # type: ignore[attr-defined]
    assert c.verdict.group == group, (c.shape, c.explanation)  # type: ignore[attr-defined]
    if c.verdict is Verdict.WRONG:  # type: ignore[attr-defined]
        assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


UNSURE = [
    # a share with no device count anywhere
    ("en-zero3-no-count", "Llama-2-7B with mixed-precision Adam: ZeRO-3 puts 20 GB per GPU.", "20 GB"),
    ("ru-zero2-no-count", "Для Llama-2-13B со смешанной точностью ZeRO-2 оставляет около 60 ГБ на карту.", "60 ГБ"),
]


@pytest.mark.parametrize(("name", "text", "figure"), UNSURE, ids=[c[0] for c in UNSURE])
def test_a_share_without_its_device_count_is_unverifiable(name: str, text: str, figure: str) -> None:
    c = _training_claim(text, figure)
    assert c is None or c.verdict.group == V, (c.shape, c.explanation)  # type: ignore[attr-defined]


NOT_TRAINING = [
    # the memory a card has, beside words of training
    ("en-card", "Llama-2-13B with mixed-precision Adam does not fit on an 80 GB card.", "80 GB"),
    ("ru-card", "Состояния Adam для Llama-2-13B не влезают в 80 ГБ одной карты.", "80 ГБ"),
    # the weights in a type, in a note about training
    ("en-weights", "Before training, Llama-2-7B in bf16 is 13.5 GB.", "13.5 GB"),
    # activations, in a sentence that names Adam
    ("en-activations", "Besides the Adam states, Llama-2-7B at seq 4096 keeps 21 GB of activations per layer.", "21 GB"),
    # a ZeRO run's logs: no states
    ("en-logs", "Our ZeRO-3 run of Llama-2-7B wrote 1.2 TB of logs.", "1.2 TB"),
    # the teacher summed in
    # four cards of 80 GB each, beside ZeRO-3 and the states
    ("ru-cards-each", "На 4 картах по 80 ГБ ZeRO-3 уместит состояния Adam для Llama-2-13B.", "80 ГБ"),
    # the weights before training, in Russian
    ("ru-weights", "Веса Llama-2-7B в bf16 до начала обучения — 13,5 ГБ.", "13,5"),
    # a saving between two recipes is no recipe's total
    ("ru-saving", "Переход с 18 на 16 байт на параметр экономит для Llama-2-7B около 13,5 ГБ.", "13,5"),
    # a part's share per device: the optimizer states alone, 12 × 13,015,864,320 / 8 = 19.5 GB, not the whole share
    ("en-part-share", "ZeRO-1 over 8 GPUs leaves each GPU with 19.5 GB of Llama-2-13B's optimizer states.", "19.5 GB"),
    # a total said in prose, under a recipe stated above: what training used in all, activations too
    ("en-used-in-total", "Mixed-precision Adam: 16 bytes per parameter.\n\nTraining Llama-2-7B used 70 GB in total.", "70 GB"),
    # a measured peak of a full fine-tune, no recipe of its own
    ("en-peak", "Full fine-tuning Llama-2-7B with Adam peaked at 60 GB on one H100.", "60 GB"),
    ("en-teacher", "The frozen bf16 teacher Llama-2-13B plus the Adam states of the student need 400 GB.", "400 GB"),
]


@pytest.mark.parametrize(("name", "text", "figure"), NOT_TRAINING, ids=[c[0] for c in NOT_TRAINING])
def test_figures_of_other_things_are_not_training_errors(name: str, text: str, figure: str) -> None:
    c = _training_claim(text, figure)
    assert c is None or not c.explanation.startswith("training memory:"), c.explanation  # type: ignore[attr-defined]
