"""Claim cases of our own wording for the twenty-fourth round: activations under a lead or heading that states their
inputs, and checkpoints that keep the optimizer's states."""

from __future__ import annotations

import pytest
from conftest import H, V, W, check_claims

# Activations (Korthikanti et al.), the inputs said once by the list's lead or the section's heading; a count of layers
# among them (`all 32 layers`, `40 слоёв`, `L = 40`) makes the figures under it the whole model's.
# s = 4096, b = 1, h = 4096, a = 32, L = 32: no recomputation 4096·4096·(34 + 160) = 3.255 GB a layer, 104.153 GB in all;
# FlashAttention 34·s·b·h = 570 MB a layer, 18.254 GB in all; full recomputation 2·s·b·h × 32 = 1.074 GB.
# s = 4096, b = 1, h = 5120, a = 40, L = 40: no recomputation 162.739 GB, FlashAttention 28.521 GB, full 1.678 GB.
# b = 4 (Mistral 7B, 32 layers, h = 4096): FlashAttention 73.014 GB, full recomputation 4.295 GB.
_EN_HEAD = "## Activations (sequence 4096, batch 1, h = 4096, 32 heads, all 32 layers)\n\n"
_RU_LEAD = "### Активации\n\nДля одной последовательности длиной 4096 (h = 5120, 40 голов, 40 слоёв):\n"
ACTIVATION_CASES = [
    ("en-heading-flash-holds", _EN_HEAD + "- with FlashAttention: 18.3 GB\n", [H], ""),
    ("en-heading-flash-wrong", _EN_HEAD + "- with FlashAttention: 9.1 GB\n", [W], "18.254 GB"),
    ("en-heading-full-wrong", _EN_HEAD + "- with full recomputation: about 0.54 GB\n", [W], "1.074 GB"),
    ("en-heading-none-holds", _EN_HEAD + "- without recomputation: ~104 GB\n", [H], ""),
    ("ru-lead-none-holds", _RU_LEAD + "- без пересчёта — около 163 ГБ;\n- с FlashAttention — 28,5 ГБ;\n", [H, H], ""),
    ("ru-lead-full-wrong", _RU_LEAD + "- с полным пересчётом — 3,4 ГБ.\n", [W], "1.678 GB"),
    (
        "ru-lead-formula-wrong",
        "Активации (fp16, s = 4096, b = 1, h = 5120, L = 40, 40 голов):\n- с FlashAttention: 34·s·b·h·L = 57 ГБ;\n",
        [W],
        "28.521 GB",
    ),
    (
        "ru-heading-batch4",
        "## Активации Mistral 7B (последовательность 4096, батч 4, все 32 слоя)\n\n- с FlashAttention — 73 ГБ\n"
        "- с полным пересчётом — 4,3 ГБ\n",
        [H, H],
        "",
    ),
    # a longer list keeps its lead; a count of sequences is the batch (4 × 28.521 = 114.085 GB), never the length
    (
        "ru-long-list-batch-wrong",
        _RU_LEAD + "- без пересчёта — около 163 ГБ;\n- с FlashAttention — 28,5 ГБ;\n- с полным пересчётом — 1,7 ГБ;\n"
        "- батч из 4 последовательностей с FlashAttention — 57 ГБ.\n",
        [H, H, H, W],
        "114.085 GB",
    ),
    (
        "en-sequences-are-the-batch",
        "## Activations (sequence 4096, h = 4096, 32 heads, all 32 layers)\n\n- 4 sequences with FlashAttention: 73 GB\n"
        "- a batch of 2 sequences with full recomputation: 2.1 GB\n",
        [H, H],
        "",
    ),
    # FlashAttention with no checkpointing is FlashAttention's figure: s = 2048, h = 4096, L = 32, b = 4: 36.507 GB
    (
        "en-flash-and-no-checkpointing-wrong",
        "## Activations (sequence 2048, h = 4096, 32 heads, all 32 layers)\n\n"
        "At micro-batch 4 with FlashAttention and no checkpointing we would hold ~73 GB of activations.\n",
        [W],
        "36.507 GB",
    ),
    (
        "ru-flash-and-no-checkpointing",
        "## Активации (последовательность 2048, h = 4096, 32 головы, все 32 слоя)\n\n"
        "С FlashAttention и без чекпоинтинга при батче 4 выходит около 36,5 ГБ активаций.\n",
        [H],
        "",
    ),
    (
        "en-without-both",
        "## Activations (sequence 2048, h = 4096, 32 heads, all 32 layers)\n\n"
        "Without FlashAttention and without recomputation, micro-batch 1 holds 30.6 GB of activations.\n",
        [H],
        "",
    ),
    # look-alikes: the lead says one layer; a figure that is one layer's under a count of layers; no activations sized
    (
        "en-lead-per-layer",
        "Per layer, for one 4096-token sequence, batch 1 (h = 4096, 32 heads, 32 layers):\n- without recomputation: 3.26 GB\n",
        [H],
        "",
    ),
    ("en-one-layer-reading", _EN_HEAD.replace("all 32", "32") + "- with FlashAttention: 570 MB\n", [V], ""),
    ("en-card-memory", _EN_HEAD + "The card has 80 GB of memory.\n", [], ""),
    ("en-model-weights", "## Model: 32 layers, h = 4096\n\n- bf16 weights: 14.5 GB\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ACTIVATION_CASES], ids=[c[0] for c in ACTIVATION_CASES])
def test_activations_under_a_lead_that_states_their_inputs(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A checkpoint to resume from keeps the model states, not the optimizer's states alone: 16 B/param unless bytes are said
# (14 B, no gradients, and 12 B, fp32 weights + moments, are readings); `the last 5 checkpoints`: five of them; the same
# checkpoint `without them (bf16 only)`: the weights. Llama 2 13B 13.016B: × 16 = 208.254 GB, × 5 = 1.041 TB; Llama 3.1 8B
# 8.03B: × 16 = 128.484 GB, × 14 = 112.42 GB, × 2 = 16.061 GB; Mistral 7B 7.242B × 16 = 115.868 GB; Llama 3.2 3B 3.213B:
# × 16 = 51.404 GB, × 2 = 6.425 GB.
CHECKPOINT_CASES = [
    ("ru-with-states-holds", "Чекпойнт Llama 2 13B с состояниями оптимизатора — 208 ГБ.\n", [H], ""),
    ("ru-with-states-wrong", "Чекпойнт Llama 2 13B с состояниями оптимизатора — 100 ГБ.\n", [W], "208.254 GB"),
    ("en-resumable-bracket", "A resumable checkpoint of Llama 3.1 8B (weights plus Adam states) is 128.5 GB.\n", [H], ""),
    ("en-full-wrong", "For Llama 3.1 8B, a full checkpoint with optimizer states comes to about 64 GB.\n", [W], "128.484 GB"),
    (
        "en-subject-above",
        "We continue pretraining Mistral 7B with AdamW.\nEach resumable checkpoint, optimizer state included, takes 116 GB.\n",
        [H],
        "",
    ),
    (
        "ru-stated-bytes-wrong",
        "Полный чекпойнт Llama 3.1 8B с состоянием Adam (16 байт на параметр): 56 ГБ.\n",
        [W],
        "128.484 GB",
    ),
    ("en-no-grads-reading", "A resumable Llama 3.1 8B checkpoint with the optimizer state is 112 GB.\n", [V], ""),
    ("en-kept-holds", "Keeping the last 5 resumable checkpoints of Llama 2 13B needs about 1 TB.\n", [H], ""),
    ("en-kept-wrong", "Keeping the last 5 resumable checkpoints of Llama 2 13B needs about 2.56 TB.\n", [W], "1.041 TB"),
    # the size of one, then a total of the copies kept: the total is the later shapes' (a figure stated before, multiplied)
    ("ru-kept-after", "Чекпойнт для возобновления Llama 2 13B — 208 ГБ, хранить 5 последних — 1 ТБ.\n", [H, V], ""),
    (
        "ru-without-them",
        "Чекпойнт Llama 3.2 3B с состояниями оптимизатора — 51 ГБ, без них (только bf16) — 6,4 ГБ.\n",
        [H, H],
        "",
    ),
    (
        "en-without-wrong",
        "The resumable checkpoint of Llama 3.1 8B is 128.5 GB; without the optimizer states (bf16 weights only) it is 8 GB.\n",
        [H, W],
        "16.061 GB",
    ),
    # look-alikes: a weights-only checkpoint, a volume for checkpoints, the optimizer's states alone, an adapter's
    ("en-bf16-checkpoint", "The bf16 checkpoint of Llama 2 13B is 26 GB.\n", [H], ""),
    ("ru-without-states", "Чекпойнт Llama 2 13B без состояний оптимизатора (только bf16 веса) — 26 ГБ.\n", [H], ""),
    ("en-states-in-checkpoint", "The optimizer states of Llama 3.1 8B take 64 GB in the checkpoint.\n", [H], ""),
    ("en-adapter", "The LoRA adapter checkpoint of Llama 2 13B with its optimizer state is 300 MB.\n", [V], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in CHECKPOINT_CASES], ids=[c[0] for c in CHECKPOINT_CASES])
def test_checkpoints_that_keep_the_optimizer_states(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# An adapter's gradients and optimizer states, its trainable parameters counted by the sentence before (on the line or
# the line above): 16 B per trainable parameter unless bytes are said (12 B, fp32 grads + m and v, a reading).
# 41.9M × 16 = 670.4 MB; 13.6M × 16 = 217.6 MB, × 12 = 163.2 MB.
_LORA = "LoRA with r = 16 on all projections of Llama 3.1 8B trains 41.9M parameters. "
ADAPTER_CASES = [
    ("en-their-holds", _LORA + "Their gradients and Adam states add about 670 MB.\n", [V, H], ""),
    ("en-their-wrong", _LORA + "Their gradients and Adam states add about 218 MB.\n", [V, W], "670.4 MB"),
    (
        "ru-dlya-nego-holds",
        "Адаптер LoRA r = 16 — 41,9 млн обучаемых параметров. Градиенты и состояния Adam для него (16 байт на параметр) — около"
        " 670 МБ.\n",
        [H],
        "",
    ),
    (
        "ru-line-above-wrong",
        "Адаптер LoRA r = 16 — 41,9 млн обучаемых параметров.\nГрадиенты и состояния Adam для него (16 байт на параметр) — около"
        " 67 МБ.\n",
        [W],
        "670.4 MB",
    ),
    (
        "en-twelve-reading",
        "The adapter has 13.6M trainable parameters.\nIts gradients and AdamW moments come to about 163 MB.\n",
        [V],
        "",
    ),
    ("en-its-holds", "The adapter has 13.6M trainable parameters.\nIts gradients and Adam states take about 218 MB.\n", [H], ""),
    (
        "en-then-the-whole",
        "The adapter has 13.6M trainable parameters.\nIts gradients and Adam states add about 218 MB, so the whole LoRA state is"
        " ~15 GB plus activations.\n",
        [H],
        "",
    ),
    # look-alikes: a what-if, a card's memory, the adapter's weights, a whole model's count with no adapter named
    (
        "en-what-if",
        "The adapter has 13.6M trainable parameters. Its gradients and Adam states would be 218 MB if we trained in fp32.\n",
        [],
        "",
    ),
    ("en-card", "LoRA trains 41.9M parameters. Their gradients and Adam states fit easily on an 80 GB card.\n", [], ""),
    ("en-adapter-weights", "The adapter has 13.6M trainable parameters. Its bf16 weights take 27.2 MB.\n", [], ""),
    ("en-no-adapter", "The model has 8.03B parameters. Its gradients and Adam states take 112 GB.\n", [], ""),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ADAPTER_CASES], ids=[c[0] for c in ADAPTER_CASES])
def test_an_adapters_gradients_and_optimizer_states(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# A share of the model states whose model only the note names (its agenda, its intro): the one model the note names,
# whose errors are readings; a device count said with a hyphen (`the 256-GPU pilot`) is the sentence's own.
# Llama 2 13B 13.016B: DDP 16 B = 208.254 GB; ZeRO-2 over 8: 2 + 14/8 = 3.75 B = 48.809 GB; ZeRO-3 over 8: 26.032 GB.
# Llama 3 70B 70.55B: ZeRO-1 over 1,024: 4 + 12/1024 B = 283.04 GB; ZeRO-2 142.07 GB; ZeRO-3 1.102 GB; over 256: 4.41 GB.
_PROTOCOL = (
    "# Протокол\n\n## Повестка\n1. Дообучение Llama 2 13B на узле 8 × A100.\n\n## Слушали\n"
    "Расчёт памяти на карту при 16 байтах на параметр:\n"
)
_PRETRAIN = "# Pretraining\n\nWe pretrain Llama 3 70B on 15T tokens.\n\n## Memory\n\n"
_PRETRAIN += "Mixed-precision AdamW keeps 16 bytes per parameter.\n"
_TABLE = "\n| ZeRO stage | states per GPU (1,024 GPUs) |\n|---|---|\n"
NOTE_MODEL_CASES = [
    ("ru-ddp-holds", _PROTOCOL + "- DDP без шардирования: 208 ГБ на карту.\n", [H], ""),
    ("ru-zero2-holds", _PROTOCOL + "- ZeRO-2 на 8 картах: 48,8 ГБ на карту.\n", [H], ""),
    # an error of that model is kept only where it is a telltale slip (exactly half); a share above the states says nothing
    ("ru-zero3-half", _PROTOCOL + "- ZeRO-3 на 8 картах: 13 ГБ на карту.\n", [W], "26.032 GB"),
    ("ru-zero3-above", _PROTOCOL + "- ZeRO-3 на 8 картах: 40 ГБ на карту.\n", [], ""),
    ("en-table-holds", _PRETRAIN + _TABLE + "| ZeRO-1 | 283 GB |\n| ZeRO-3 | 1.1 GB |\n", [H, H], ""),
    ("en-table-wrong", _PRETRAIN + _TABLE + "| ZeRO-2 | 120 GB |\n", [W], "142.072 GB"),
    ("en-hyphen-holds", _PRETRAIN + "On the 256-GPU pilot ZeRO-3 keeps 4.4 GB per GPU.\n", [H], ""),
    ("en-hyphen-wrong", _PRETRAIN + "On the 256-GPU pilot ZeRO-3 keeps 1.1 GB per GPU.\n", [W], "4.41 GB"),
    # look-alike: two models named, neither is the note's one
    (
        "en-two-models",
        _PRETRAIN.replace("We pretrain Llama 3 70B", "We compare Llama 3 70B with Qwen2.5-72B")
        + "On the 256-GPU pilot ZeRO-3 keeps 4.4 GB per GPU.\n",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in NOTE_MODEL_CASES], ids=[c[0] for c in NOTE_MODEL_CASES])
def test_shares_of_the_one_model_the_note_names(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
