"""Training memory and activations in the newest styles (issue 15), in our own words, English and Russian.

Facts (claims-gold §1.6, §2.1): mixed-precision Adam keeps 16 B per trained parameter, 8-bit Adam 12 B; a LoRA
adapter's states are its own trainable parameters × the recipe, never the whole model's. Activations per layer
(Korthikanti et al.): full recomputation keeps the layer input, 2·s·b·h bytes; the whole model is that × L.
Llama-2-7B 6,738,415,616 parameters; Llama-2-13B hidden 5120, 40 layers, 40 heads.

- adapter states: 159.9M × 16 = 2.558 GB, 40M × 16 = 640 MB, 40M × 12 = 480 MB;
- full recomputation, Llama-2-13B, s = 4096, b = 1: 2 × 4096 × 1 × 5120 = 41.94 MB per layer, × 40 = 1.678 GB;
- full recomputation, s = 2048, b = 4, h = 4096, 32 layers: 67.1 MB per layer, 2.147 GB in all.
"""

from __future__ import annotations

import pytest
from conftest import H, V, W, note_claims


def _claim(text: str, figure: str) -> object | None:
    found = [c for c in note_claims(text) if figure in c.stated]  # type: ignore[attr-defined]
    return found[-1] if found else None


_ADAPTER_RU = "Адаптеры LoRA r = 64 для Llama-2-7B: всего 159,9 млн обучаемых параметров.\n"
_ADAPTER_EN = "The LoRA adapter we train on Llama-2-7B has 40 million trainable parameters.\n"
_L13 = "Llama-2-13B, s = 4096, b = 1.\n"

CHECKED = [
    # the adapter's own states, the parts added up (`together with gradients and Adam`)
    (
        "ru-adapter-with-grads-adam",
        _ADAPTER_RU + "Вместе с градиентами и Adam (16 байт на параметр) адаптеры занимают 2,56 ГБ.\n",
        "2,56 ГБ",
        H,
        "",
    ),
    (
        "ru-adapter-dash",
        _ADAPTER_RU + "Сами адаптеры в bf16 весят 320 МБ, а вместе с градиентами и Adam (16 байт на параметр) — 2,56 ГБ.\n",
        "2,56 ГБ",
        H,
        "",
    ),
    (
        "ru-adapter-wrong",
        _ADAPTER_RU + "Вместе с градиентами и Adam (16 байт на параметр) адаптеры занимают 1,28 ГБ.\n",
        "1,28 ГБ",
        W,
        "2.558 GB",
    ),
    (
        "en-adapter-with-grads-adam",
        _ADAPTER_EN + "Together with its gradients and Adam (16 bytes per parameter) the adapter takes 640 MB.\n",
        "640 MB",
        H,
        "",
    ),
    (
        "en-adapter-wrong-whole-model",
        _ADAPTER_EN + "Together with its gradients and Adam (16 bytes per parameter) the adapter takes 6.4 GB.\n",
        "6.4 GB",
        W,
        "0.64 GB",
    ),
    (
        "en-adapter-8bit",
        _ADAPTER_EN + "Including gradients and optimizer states (12 bytes per parameter, 8-bit Adam) it needs about 480 MB.\n",
        "480 MB",
        H,
        "",
    ),
    # the whole model's states stay checked as before
    (
        "en-full-ft",
        "Full fine-tuning Llama-2-7B with mixed-precision Adam needs 54 GB of model states.",
        "54 GB",
        W,
        "107.815 GB",
    ),
    # full recomputation written as a formula per layer in brackets: the figure outside is the sum over layers
    ("ru-formula-bracket-total", _L13 + "Активации с полной перекомпоновкой (2·s·b·h на слой): 1,7 ГБ.\n", "1,7 ГБ", H, ""),
    (
        "ru-formula-bracket-wrong",
        _L13 + "Активации с полной перекомпоновкой (2·s·b·h на слой): 3,4 ГБ.\n",
        "3,4 ГБ",
        W,
        "1.678 GB",
    ),
    ("en-formula-bracket-total", _L13 + "Activations with full recomputation (2·s·b·h per layer): 1.68 GB.\n", "1.68 GB", H, ""),
    ("en-formula-bracket-layer", _L13 + "Activations with full recomputation (2·s·b·h per layer): 41.9 MB.\n", "41.9 MB", H, ""),
    (
        "en-formula-bracket-wrong",
        _L13 + "Activations with full recomputation (2·s·b·h per layer): 8.4 GB.\n",
        "8.4 GB",
        W,
        "1.678 GB",
    ),
    # `gradient checkpointing` is a mode, not the gradients as another part of the memory
    (
        "ru-gradient-checkpointing",
        "seq 2048, батч 4, с gradient checkpointing (2·s·b·h на слой, 32 слоя, h = 4096) — 2,1 ГБ\n",
        "2,1 ГБ",
        H,
        "",
    ),
    (
        "ru-gradient-checkpointing-wrong",
        "seq 2048, батч 4, с gradient checkpointing (2·s·b·h на слой, 32 слоя, h = 4096) — 17 ГБ\n",
        "17 ГБ",
        W,
        "2.147 GB",
    ),
    (
        "en-gradient-checkpointing",
        "At seq 2048 and batch 4 with gradient checkpointing (2·s·b·h per layer, 32 layers, h = 4096) activations "
        "take 2.15 GB.\n",
        "2.15 GB",
        H,
        "",
    ),
    # a ZeRO share whose stage, model and devices the hard-wrapped line above states (16·13,015,864,320 B):
    # ZeRO-2 over 8: 2N + 14N/8 = 48.809 GB; ZeRO-3 over 8: 26.032 GB; over 16: 13.016 GB
    (
        "en-wrapped-zero2-wrong",
        "> I fine-tune Llama-2-13B with bf16 mixed precision and AdamW on one node of 8 A100 80GB. A friend says ZeRO-2 "
        "will need\n> only 30 GB per GPU for model states. Is that right?\n",
        "30 GB",
        W,
        "48.809 GB",
    ),
    (
        "en-wrapped-zero2",
        "> I fine-tune Llama-2-13B with bf16 mixed precision and AdamW on one node of 8 A100 80GB. A friend says ZeRO-2 "
        "will need\n> about 48.8 GB per GPU for model states. Is that right?\n",
        "48.8 GB",
        H,
        "",
    ),
    (
        "ru-wrapped-zero3",
        "Дообучаем Llama-2-13B в смешанной точности с Adam на 8 картах, и при ZeRO-3 это\nпо 26 ГБ на карту под "
        "состояния модели.\n",
        "26 ГБ",
        H,
        "",
    ),
    (
        "en-per-gpu-share",
        "Llama-2-13B with mixed-precision Adam.\n\nMoving to 16 GPUs with ZeRO-3 halves the per-GPU share again, to 13 GB.\n",
        "13 GB",
        H,
        "",
    ),
    (
        "en-per-gpu-share-wrong",
        "Llama-2-13B with mixed-precision Adam.\n\nMoving to 16 GPUs with ZeRO-3 halves the per-GPU share again, to 6.5 GB.\n",
        "6.5 GB",
        W,
        "13.016 GB",
    ),
    (
        "en-a-gpu-holds-wrong",
        "Under ZeRO-3 across 8 GPUs a GPU still holds 208 GB of model states for Llama-2-13B with Adam.\n",
        "208 GB",
        W,
        "26.032 GB",
    ),
    # a total stated above (18 B/param, fp32 grads) split: ZeRO-3 over 8 = 18 × 13,015,864,320 / 8 = 29.286 GB; the
    # model named two lines above, in another paragraph of the section
    (
        "en-sharded-that-is-wrong",
        "**Task 3.** Mixed-precision AdamW with fp32 gradients (18 bytes per parameter) for Llama-2-13B.\n\n"
        "$$M = 18 \\times 13.0 \\times 10^{9} = 234\\,\\text{GB}$$\n\nSharded over 8 GPUs with ZeRO-3 that is 58.6 GB per GPU.\n",
        "58.6 GB",
        W,
        "29.286 GB",
    ),
    (
        "en-sharded-that-is",
        "**Task 3.** Mixed-precision AdamW with fp32 gradients (18 bytes per parameter) for Llama-2-13B.\n\n"
        "$$M = 18 \\times 13.0 \\times 10^{9} = 234\\,\\text{GB}$$\n\nSharded over 8 GPUs with ZeRO-3 that is 29.3 GB per GPU.\n",
        "29.3 GB",
        H,
        "",
    ),
    # a list of stages whose item says which parts are sharded: the states, 16 B, ZeRO-2 over 4 of Llama-3-8B:
    # 2N + 14N/4 = 5.5 × 8,030,261,248 = 44.166 GB
    (
        "en-stage-list-wrong",
        "## Llama-3-8B on 4 GPUs\n\n- Model states with mixed-precision Adam, 16 bytes/param: 128.5 GB.\n"
        "- ZeRO-2 (gradients sharded too): ~88 GB per GPU.\n",
        "~88 GB",
        W,
        "44.166 GB",
    ),
    (
        "en-stage-list",
        "## Llama-3-8B on 4 GPUs\n\n- Model states with mixed-precision Adam, 16 bytes/param: 128.5 GB.\n"
        "- ZeRO-2 (gradients sharded too): ~44 GB per GPU.\n",
        "~44 GB",
        H,
        "",
    ),
    (
        "ru-stage-list-wrong",
        "## Llama-3-8B на 4 GPU\n\n- Состояния модели при смешанной точности с Adam, 16 байт на параметр: 128,5 ГБ.\n"
        "- ZeRO-1 (шардируются только состояния оптимизатора): 90 ГБ на карту.\n",
        "90 ГБ",
        W,
        "56.212 GB",
    ),
    # a sentence that sets another mode against the one before keeps its reading (all layers); the settings said in a
    # sentence before it on the line. s = 2048, b = 4, h = 4096, 32 layers: FlashAttention 34·s·b·h × 32 = 36.507 GB
    (
        "ru-carried-scope-wrong",
        "Длина 2048, микробатч 4, h = 4096, 32 слоя. Активации с полным пересчётом (checkpointing) — ≈ 2,1 ГБ на всю модель.\n"
        "Без пересчёта, но с FlashAttention — 4,6 ГБ.\n",
        "4,6 ГБ",
        W,
        "36.507 GB",
    ),
    (
        "ru-carried-scope",
        "Длина 2048, микробатч 4, h = 4096, 32 слоя. Активации с полным пересчётом (checkpointing) — ≈ 2,1 ГБ на всю модель.\n"
        "Без пересчёта, но с FlashAttention — 36,5 ГБ.\n",
        "36,5 ГБ",
        H,
        "",
    ),
    (
        "ru-settings-sentence-before",
        "Длина 2048, микробатч 4, h = 4096, 32 слоя. Активации с полным пересчётом (checkpointing) — ≈ 2,1 ГБ на всю модель.\n",
        "2,1 ГБ",
        H,
        "",
    ),
    (
        "en-carried-scope-wrong",
        "Seq 2048, micro-batch 4, hidden 4096, 32 layers. Activations with full recomputation take 2.15 GB for the whole model. "
        "With FlashAttention it would be 4.6 GB.\n",
        "4.6 GB",
        W,
        "36.507 GB",
    ),
    # `the whole encoder`, `the stack`: all layers. BERT-base-like: s = 512, b = 32, h = 768, 12 heads, 12 layers:
    # 931.1 MB per layer (34 + 5as/h), 11.174 GB in all; FlashAttention 34·s·b·h × 12 = 5.134 GB
    (
        "en-whole-encoder",
        "Sequence 512, batch 32, hidden 768, 12 heads, 12 layers. Without recomputation the whole encoder keeps 11.2 GB "
        "of activations.\n",
        "11.2 GB",
        H,
        "",
    ),
    (
        "en-the-stack-wrong",
        "Sequence 512, batch 32, hidden 768, 12 heads, 12 layers.\nWith FlashAttention the activations of the stack "
        "need 10.3 GB.\n",
        "10.3 GB",
        W,
        "5.134 GB",
    ),
    # a ZeRO stage's saving against DDP per device: 1 − each/16; ZeRO-3 over 8: 87.5 %, ZeRO-2 over 8:
    # 1 − 3.75/16 = 76.6 %, ZeRO-1 over 4: 1 − 7/16 = 56.2 %
    ("en-zero3-cut", "On 8 GPUs, ZeRO-3 cuts the per-GPU model-state memory by 87.5 % compared with DDP.\n", "87.5 %", H, ""),
    (
        "en-zero3-cut-wrong",
        "On 8 GPUs, ZeRO-3 cuts the per-GPU model-state memory by 44 % compared with DDP.\n",
        "44 %",
        W,
        "87.5",
    ),
    ("ru-zero2-cut", "На 8 картах ZeRO-2 сокращает память состояний на 77 % по сравнению с DDP.\n", "77 %", H, ""),
    ("ru-zero1-cut-wrong", "На 4 GPU ZeRO-1 уменьшает память состояний модели на 75 % относительно DDP.\n", "75 %", W, "56.2"),
    # a device count said past a `;` is another figure's; `sharded over all 64 GPUs it would be`: a share over 64
    # (Llama-3-8B, 16 B: ZeRO-3 over 8 = 16.061 GB, over 64 = 2.008 GB)
    (
        "en-count-past-semicolon",
        "## Llama-3-8B, mixed-precision Adam, 8 GPUs\n\n- ZeRO-3 (plus parameters): 16.1 GB per GPU; sharded over all 64 GPUs it "
        "would be 2 GB.\n",
        "16.1 GB",
        H,
        "",
    ),
    (
        "en-sharded-it-would-be-wrong",
        "## Llama-3-8B, mixed-precision Adam, 8 GPUs\n\n- ZeRO-3 (plus parameters): 16.1 GB per GPU; sharded over all 64 GPUs it "
        "would be 8 GB.\n",
        "8 GB",
        W,
        "2.008 GB",
    ),
]


@pytest.mark.parametrize(("name", "text", "figure", "group", "shown"), CHECKED, ids=[c[0] for c in CHECKED])
def test_training_and_activation_figures_are_recomputed(name: str, text: str, figure: str, group: str, shown: str) -> None:
    from vaultkit.claims import Verdict

    c = _claim(text, figure)
    assert c is not None, [(x.line, x.shape, x.stated, x.explanation) for x in note_claims(text)]  # type: ignore[attr-defined]
    assert c.verdict.group == group, (c.shape, c.explanation)  # type: ignore[attr-defined]
    if c.verdict is Verdict.WRONG:  # type: ignore[attr-defined]
        assert shown in c.explanation, c.explanation  # type: ignore[attr-defined]


NO_ERROR = [
    # a figure explained by a condition said after it (`54 GB — that is if you count 8 bytes`)
    (
        "ru-condition-after",
        "Полное дообучение Llama-2-7B: по 16 байт на параметр — 107,8 ГБ, с 8-битным Adam (12 байт) — 80,9 ГБ. "
        "54 ГБ — это если считать 8 байт на параметр.\n",
        "54 ГБ",
    ),
    (
        "en-condition-after",
        "Full fine-tuning Llama-2-7B with Adam (12 bytes per parameter) needs 80.9 GB; 54 GB is only if you count 8 bytes.\n",
        "54 GB",
    ),
    # look-alikes: a learning rate, a batch, steps, checkpoint copies beside the adapter's words
    ("en-lr", _ADAPTER_EN + "With gradients clipped at 1.0 and Adam at lr 2e-4, we train for 3 epochs.\n", "2e-4"),
    ("en-batch", _ADAPTER_EN + "With gradients accumulated over 8 steps and Adam, a batch is 512 sequences.\n", "512"),
    (
        "ru-checkpoints",
        _ADAPTER_RU + "Пять чекпойнтов адаптера вместе с состояниями Adam занимают на диске 12,8 ГБ.\n",
        "12,8 ГБ",
    ),
    ("en-gradient-checkpointing-steps", "Gradient checkpointing every 4 layers at batch 4 costs 30 % more time.\n", "30 %"),
    # a card's memory and a batch beside a ZeRO share's words
    ("en-card-hbm", "Under ZeRO-3 across 8 GPUs a GPU still has 80 GB of HBM for Llama-2-13B with Adam.\n", "80 GB"),
    ("en-micro-batch", "Each GPU processes a micro-batch of 4 with ZeRO-3 on 8 GPUs for Llama-2-13B.\n", "4"),
    # a per-layer figure before a mode set against it is not carried to a figure that names its own reading
    (
        "en-own-reading",
        "Seq 2048, micro-batch 4, hidden 4096, 32 layers. With full recomputation one layer keeps 67 MB. With "
        "FlashAttention each layer keeps 1.14 GB.\n",
        "1.14 GB",
    ),
    # a node's device count is not guessed; a saving of time is no saving of memory
    ("en-cut-node", "Llama-3-8B on 64 GPUs.\n\nZeRO-3 over the node cuts model state by 87.5 % versus DDP.\n", "87.5 %"),
    ("en-cut-time", "On 8 GPUs, ZeRO-3 cuts the step time by 20 % compared with DDP.\n", "20 %"),
    ("en-lr-cut", "On 8 GPUs with ZeRO-3 we cut the learning rate by 50 % after warm-up.\n", "50 %"),
    # the gradients are another part of the memory than activations
    ("en-grads-beside", "Gradients of Mistral-7B in bf16 take 14.5 GB, while activations stay small.\n", "14.5 GB"),
]


@pytest.mark.parametrize(("name", "text", "figure"), NO_ERROR, ids=[c[0] for c in NO_ERROR])
def test_look_alikes_raise_no_error(name: str, text: str, figure: str) -> None:
    from vaultkit.claims import Verdict

    c = _claim(text, figure)
    assert c is None or c.verdict is not Verdict.WRONG, (c.shape, c.explanation)  # type: ignore[attr-defined]


def test_a_condition_after_the_figure_is_unverifiable() -> None:
    text = NO_ERROR[0][1]
    c = _claim(text, "54 ГБ")
    assert c is not None and c.verdict.group == V, c  # type: ignore[attr-defined]
