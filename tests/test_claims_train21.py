"""Training memory (model states), issue 15 round 21: each figure takes the recipe of its own clause (its own
bracket), a model called by its size alone (`the 3B`, `у 13B`) is the context model's sibling of that size, a
device count is read with its digit grouping (`1,024 GPUs`) or from the sentence before on its line, and DDP keeps
every byte on every device. Look-alikes (datasets, checkpoint folders, a card's memory) are no training claims.

Values by hand (claims-gold §1.6 and §2.1): Llama-2-7B 6,738,415,616 params × 16 = 107.81 GB, × 18 = 121.29 GB,
× 12 = 80.86 GB; Llama-2-13B 13,015,864,320 × 16 = 208.25 GB, × 12 = 156.19 GB, × 18 = 234.29 GB, ZeRO-3 / 8 =
26.03 GB, ZeRO-2 / 8 = (2 + 14/8) × N = 48.81 GB; Llama-3-8B 8,030,261,248 × 16 = 128.48 GB, ZeRO-3 / 8 = 16.06 GB;
Llama-3.2-1B 1,235,814,400 × 16 = 19.77 GB, Llama-3.2-3B 3,212,749,824 × 16 = 51.40 GB; Llama-3.1-405B
405,853,388,800 × 16 = 6.49 TB, ZeRO-3 / 1,024 = 6.34 GB.
"""

from __future__ import annotations

import pytest
from conftest import note_claims

from vaultkit.claims import Verdict

H, W, V, NONE = Verdict.HOLDS, Verdict.WRONG, Verdict.UNVERIFIABLE, None

_L32 = "# Llama-3.2-1B\n\n"
_L27 = "# Llama-2-7B\n\n"

# (id, note, figure, expected verdict of the training claim on it (None: no training claim), text its explanation shows)
CASES = [
    # a size name right before a figure in a list of pairs: that sibling's figure
    (
        "en-pairs-holds",
        _L32 + "Full fine-tuning at 16 bytes per parameter: the 1B needs 19.8 GB of model state, the 3B 51.4 GB.\n",
        "51.4 GB",
        H,
        "51.4",
    ),
    (
        "en-pairs-1b-holds",
        _L32 + "Full fine-tuning at 16 bytes per parameter: the 1B needs 19.8 GB of model state, the 3B 51.4 GB.\n",
        "19.8 GB",
        H,
        "19.77",
    ),
    (
        "en-pairs-3b-wrong",
        _L32 + "Full fine-tuning at 16 bytes per parameter: the 1B needs 19.8 GB of model state, the 3B 25.7 GB.\n",
        "25.7 GB",
        W,
        "51.4",
    ),
    (
        "en-semicolon-3b-wrong",
        _L32 + "- Full fine-tune of the 1B at 16 bytes per parameter: 9.9 GB; the 3B needs 25.7 GB.\n",
        "25.7 GB",
        W,
        "51.4",
    ),
    (
        "en-semicolon-1b-wrong",
        _L32 + "- Full fine-tune of the 1B at 16 bytes per parameter: 9.9 GB; the 3B needs 25.7 GB.\n",
        "9.9 GB",
        W,
        "19.77",
    ),
    (
        "ru-u-13b-holds",
        _L27 + "Полное дообучение при 16 байтах на параметр: у 7B — 107,8 ГБ, у 13B — 208,3 ГБ.\n",
        "208,3 ГБ",
        H,
        "208.25",
    ),
    (
        "ru-u-13b-wrong",
        _L27 + "Полное дообучение при 16 байтах на параметр: у 7B — 107,8 ГБ, у 13B — 104 ГБ.\n",
        "104 ГБ",
        W,
        "208.25",
    ),
    # each figure with its own recipe in its own bracket
    (
        "ru-own-brackets-8bit",
        "# Llama-2-13B\n\n- Параметров 13 015 864 320; состояния модели занимают от 156,2 ГБ "
        "(8-битный Adam) до "
        "234,3 ГБ (18 байт на параметр).\n",
        "156,2 ГБ",
        H,
        "156.19",
    ),
    (
        "ru-own-brackets-18",
        "# Llama-2-13B\n\n- Параметров 13 015 864 320; состояния модели занимают от 156,2 ГБ "
        "(8-битный Adam) до "
        "234,3 ГБ (18 байт на параметр).\n",
        "234,3 ГБ",
        H,
        "234.28",
    ),
    (
        "ru-own-brackets-wrong",
        "# Llama-2-13B\n\n- Параметров 13 015 864 320; состояния модели занимают от 208,3 ГБ "
        "(8-битный Adam) до "
        "234,3 ГБ (18 байт на параметр).\n",
        "208,3 ГБ",
        W,
        "156.19",
    ),
    (
        "en-own-brackets-holds",
        "For Llama-2-7B the model states come to 80.9 GB (8-bit Adam) or 121.3 GB (18 bytes per parameter).\n",
        "80.9 GB",
        H,
        "80.86",
    ),
    (
        "en-own-brackets-wrong",
        "For Llama-2-7B the model states come to 107.8 GB (8-bit Adam) or 121.3 GB (18 bytes per parameter).\n",
        "107.8 GB",
        W,
        "80.86",
    ),
    # a device count written with digit grouping
    (
        "en-1024-gpus-wrong",
        "# Llama-3.1-405B\n\n- Model states for a full fine-tune with Adam at 16 bytes/param: 6.5 "
        "TB; with ZeRO-3 over "
        "1,024 GPUs that is 12.7 GB per GPU.\n",
        "12.7 GB",
        W,
        "6.34",
    ),
    (
        "en-1024-gpus-holds",
        "# Llama-3.1-405B\n\n- Model states for a full fine-tune with Adam at 16 bytes/param: 6.5 "
        "TB; with ZeRO-3 over "
        "1,024 GPUs that is 6.3 GB per GPU.\n",
        "6.3 GB",
        H,
        "6.34",
    ),
    # DDP: every device keeps all of it
    (
        "ru-ddp-each-wrong",
        _L27 + "- Состояние для обучения — 107,8 ГБ; при DDP на 4 GPU каждая держит 26,9 ГБ.\n",
        "26,9 ГБ",
        W,
        "107.81",
    ),
    (
        "en-ddp-each-holds",
        _L27 + "With Adam and plain DDP on 4 GPUs, each GPU holds 107.8 GB of model states.\n",
        "107.8 GB",
        H,
        "107.81",
    ),
    # the device count said in the sentence before on the line
    (
        "en-count-before-wrong",
        "# Llama-2-13B\n\nFine-tuning it with Adam (16 bytes/param): 208 GB of model states. "
        "ZeRO-3 over 8 GPUs → "
        "26 GB each. With ZeRO-2 you'd still need only 26 GB each.\n",
        "26 GB",
        W,
        "48.8",
    ),
    (
        "en-count-before-holds",
        "# Llama-2-13B\n\nFine-tuning it with Adam (16 bytes/param): 208 GB of model states. "
        "ZeRO-3 over 8 GPUs → "
        "26 GB each. With ZeRO-2 you'd need 48.8 GB each.\n",
        "48.8 GB",
        H,
        "48.8",
    ),
    # a stated count in the sentence before on the line
    (
        "ru-stated-count-before-wrong",
        "**XL.** 1,56 млрд параметров × 16 байт = 24,96 ГБ состояний. С ZeRO-3 на 8 картах — 6,2 ГБ на карту.\n",
        "6,2 ГБ",
        W,
        "3.12",
    ),
    (
        "ru-stated-count-before-holds",
        "**XL.** 1,56 млрд параметров × 16 байт = 24,96 ГБ состояний. С ZeRO-3 на 8 картах — 3,1 ГБ на карту.\n",
        "3,1 ГБ",
        H,
        "3.12",
    ),
    # a section's model for a per-card share
    (
        "ru-section-zero3-wrong",
        "## Для сравнения: Llama-3-8B\n\n128,5 ГБ при 16 байтах; ZeRO-3 на 8 картах — 32,1 ГБ на карту.\n",
        "32,1 ГБ",
        W,
        "16.06",
    ),
    # a size the context model's family does not have: no model, no error (never the context model's figure)
    (
        "en-no-such-sibling",
        "# Llama-3-8B\n\nFull fine-tuning at 16 bytes per parameter: the 8B needs 128.5 GB of model states, the 11B 99 GB.\n",
        "99 GB",
        NONE,
        "",
    ),
    # the states total stated on the line above: a share above the stage's states is an error, not activations
    (
        "en-total-above-zero2-wrong",
        "BERT-large (BertModel) has 335,141,888 parameters. At 16 bytes/param:\n- no sharding: 5.36 GB of model states;\n"
        "- ZeRO-2 over 4 GPUs: 3.7 GB per GPU;\n",
        "3.7 GB",
        W,
        "1.84",
    ),
    (
        "en-no-total-zero2-above",
        "# BERT-large\n\nTraining BERT-large with Adam under ZeRO-2 over 4 GPUs took 3.7 GB per GPU.\n",
        "3.7 GB",
        V,
        "",
    ),
    # no bytes per parameter stated: a figure another recipe gives is a reading, one no recipe gives an error
    ("en-no-recipe-18-reading", _L27 + "The model states of a full fine-tune come to 121.3 GB.\n", "121.3 GB", V, "121.29"),
    ("ru-no-recipe-12-reading", _L27 + "Полное дообучение с Adam: состояния модели — 80,9 ГБ.\n", "80,9 ГБ", V, "80.86"),
    ("en-no-recipe-16-holds", _L27 + "The model states of a full fine-tune come to 107.8 GB.\n", "107.8 GB", H, "107.81"),
    ("en-no-recipe-halved-wrong", _L27 + "The model states of a full fine-tune with Adam come to 54 GB.\n", "54 GB", W, "107.81"),
    # a model named by its size alone, no catalogued model around: its nominal count; a few % off is a reading
    (
        "en-nominal-7b-holds",
        "Full fine-tuning a 7B model with mixed-precision Adam needs about 112 GB of model states.\n",
        "112 GB",
        H,
        "112",
    ),
    (
        "en-nominal-7b-wrong",
        "Full fine-tuning a 7B model with mixed-precision Adam needs about 56 GB of model states.\n",
        "56 GB",
        W,
        "112",
    ),
    # look-alikes: no training claim, never an error
    ("en-dataset", _L27 + "The fine-tuning dataset is 16 GB of JSONL, about 4B tokens.\n", "16 GB", NONE, ""),
    ("en-card", _L27 + "A 16 GB card is not enough to fine-tune it with Adam.\n", "16 GB", NONE, ""),
    ("en-checkpoint-folder", _L27 + "The checkpoint folder of the full fine-tune is 13.5 GB.\n", "13.5 GB", NONE, ""),
    (
        "ru-checkpoints-kept",
        _L27 + "- Хранить 5 последних чекпойнтов полного дообучения по 13,5 ГБ — 67,5 ГБ.\n",
        "67,5 ГБ",
        NONE,
        "",
    ),
]


@pytest.mark.parametrize(("text", "figure", "verdict", "shown"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_training_memory(text: str, figure: str, verdict: Verdict | None, shown: str) -> None:
    claims = note_claims(text)
    detail = [(c.stated, c.shape, c.verdict.value, c.explanation) for c in claims]  # type: ignore[attr-defined]
    if verdict is None:
        assert not [c for c in claims if c.stated.endswith(figure) and c.shape == "training"], detail  # type: ignore[attr-defined]
        assert not any(c.verdict is Verdict.WRONG for c in claims), detail  # type: ignore[attr-defined]
        return
    # the last claim on the figure (a figure may be said twice), whichever shape judges it
    mine = [c for c in claims if c.stated.endswith(figure)]  # type: ignore[attr-defined]
    assert mine, detail
    assert mine[-1].verdict is verdict, detail  # type: ignore[attr-defined]
    assert shown in mine[-1].explanation, detail  # type: ignore[attr-defined]
