"""Model configurations (HF config.json values) with their exact parameter counts.

Sources: ../shared/claims-gold.md §2.1 (litgpt config.py, llm-analysis model_configs, GPT-3
paper Table 2.1) and the models' published config.json files. `exact` is the published count
the formula of `engine.count_parameters` must reproduce (0 where only a rounded figure is
published: `nominal` then holds it, e.g. 141e9 for Mixtral-8x22B).

Names are matched loosely: case, spaces, `_` and `-` do not matter; an `org/` prefix and
suffixes such as `-Instruct`, `-hf`, `-chat`, `-it`, `-base` are dropped (`find_model`).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from vaultkit.claims.fastre import guarded

Bias = Literal["none", "all", "attn", "qkv"]  # all: attention and MLP; attn: q, k, v, o; qkv: q, k, v only
Norm = Literal["layer", "rms"]


@dataclass(frozen=True)
class ModelConfig:
    name: str
    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_heads: int
    head_dim: int
    vocab: int
    tied: bool
    gated: bool  # SwiGLU/GeGLU MLP with 3 matrices
    bias: Bias = "none"
    norm: Norm = "rms"
    norms_per_layer: int = 2
    positions: int = 0  # learned position embeddings
    experts: int = 1
    top_k: int = 1
    bert: bool = False  # token types, embedding LayerNorm, pooler; no final norm, no head
    final_norm: bool = True
    max_context: int = 0
    sliding_window: int = 0
    exact: int = 0  # the published parameter count
    aliases: tuple[str, ...] = ()
    # Less common architecture features (all off by default).
    qk_norm: bool = False  # RMSNorm over q and k heads (Gemma 3, Qwen3)
    sinks: bool = False  # one attention-sink logit per head (gpt-oss)
    router_bias: bool = False  # a bias per expert in the router (gpt-oss, DeepSeek-V3's score correction)
    shared_experts: int = 0  # always-active experts (DeepSeek)
    moe_intermediate: int = 0  # an expert's inner size when it differs from the dense MLP's
    dense_layers: int = 0  # first layers with a dense MLP in a MoE model (DeepSeek first_k_dense_replace)
    q_lora_rank: int = 0  # multi-head latent attention (DeepSeek-V2/V3); head_dim is qk_nope_head_dim
    kv_lora_rank: int = 0
    rope_dim: int = 0
    v_head_dim: int = 0
    decoder_layers: int = 0  # encoder-decoder (T5): `layers` is the encoder's
    nominal: float = 0.0  # a published rounded count when no exact one is known
    lean_active: bool = False  # the vendor's active count leaves out the input embedding table (gpt-oss: 5.1B, 3.6B)

    @property
    def is_moe(self) -> bool:
        return self.experts > 1


def _llama(
    name: str,
    h: int,
    i: int,
    n: int,
    a: int,
    k: int,
    vocab: int,
    *,
    tied: bool = False,
    ctx: int = 0,
    exact: int = 0,
    d: int = 0,
    **kw: object,
) -> ModelConfig:
    return ModelConfig(name, h, i, n, a, k, d or h // a, vocab, tied, True, max_context=ctx, exact=exact, **kw)  # type: ignore[arg-type]


_GPT2 = {"bias": "all", "norm": "layer", "positions": 1024, "max_context": 1024}
_BERT = {"bias": "all", "norm": "layer", "positions": 512, "bert": True, "final_norm": False, "max_context": 512}

MODELS: tuple[ModelConfig, ...] = (
    # GPT-2 and GPT-3 (tied head, learned positions, GELU MLP with biases).
    ModelConfig(
        "gpt2",
        768,
        3072,
        12,
        12,
        12,
        64,
        50257,
        True,
        False,
        exact=124_439_808,
        aliases=("gpt-2", "gpt2-small", "gpt-2-small"),
        **_GPT2,  # type: ignore[arg-type]
    ),
    ModelConfig("gpt2-medium", 1024, 4096, 24, 16, 16, 64, 50257, True, False, exact=354_823_168, **_GPT2),  # type: ignore[arg-type]
    ModelConfig("gpt2-large", 1280, 5120, 36, 20, 20, 64, 50257, True, False, exact=774_030_080, **_GPT2),  # type: ignore[arg-type]
    ModelConfig("gpt2-xl", 1600, 6400, 48, 25, 25, 64, 50257, True, False, exact=1_557_611_200, **_GPT2),  # type: ignore[arg-type]
    ModelConfig(
        "gpt-3",
        12288,
        49152,
        96,
        96,
        96,
        128,
        50257,
        True,
        False,
        "all",
        "layer",
        2,
        2048,
        max_context=2048,
        exact=174_604_259_328,
        nominal=175e9,
        aliases=("gpt-3-175b", "gpt3", "davinci"),
    ),
    # BERT (BertModel: no head).
    ModelConfig(
        "bert-base-uncased",
        768,
        3072,
        12,
        12,
        12,
        64,
        30522,
        False,
        False,
        exact=109_482_240,
        aliases=("bert-base", "bert"),
        **_BERT,  # type: ignore[arg-type]
    ),
    ModelConfig("bert-base-cased", 768, 3072, 12, 12, 12, 64, 28996, False, False, exact=108_310_272, **_BERT),  # type: ignore[arg-type]
    ModelConfig(
        "bert-large-uncased",
        1024,
        4096,
        24,
        16,
        16,
        64,
        30522,
        False,
        False,
        exact=335_141_888,
        aliases=("bert-large",),
        **_BERT,  # type: ignore[arg-type]
    ),
    # T5 (encoder-decoder, shared tied embedding, relative position buckets, ReLU MLP).
    ModelConfig(
        "t5-small",
        512,
        2048,
        6,
        8,
        8,
        64,
        32128,
        True,
        False,
        decoder_layers=6,
        exact=60_506_624,
        aliases=("google-t5/t5-small",),
    ),
    ModelConfig("t5-base", 768, 3072, 12, 12, 12, 64, 32128, True, False, decoder_layers=12, exact=222_903_552),
    ModelConfig("t5-large", 1024, 4096, 24, 16, 16, 64, 32128, True, False, decoder_layers=24, exact=737_668_096),
    # LLaMA 1, Llama 2, Llama 3 / 3.1 / 3.2.
    _llama("llama-7b", 4096, 11008, 32, 32, 32, 32000, ctx=2048, exact=6_738_415_616, aliases=("llama-1-7b",)),
    _llama("llama-13b", 5120, 13824, 40, 40, 40, 32000, ctx=2048, exact=13_015_864_320, aliases=("llama-1-13b",)),
    _llama(
        "llama-33b",
        6656,
        17920,
        60,
        52,
        52,
        32000,
        ctx=2048,
        exact=32_528_943_616,
        aliases=("llama-30b", "llama-1-30b", "llama-1-33b"),
    ),
    _llama("llama-65b", 8192, 22016, 80, 64, 64, 32000, ctx=2048, exact=65_285_660_672, aliases=("llama-1-65b",)),
    _llama("llama-2-7b", 4096, 11008, 32, 32, 32, 32000, ctx=4096, exact=6_738_415_616),
    _llama("llama-2-13b", 5120, 13824, 40, 40, 40, 32000, ctx=4096, exact=13_015_864_320),
    _llama("llama-2-70b", 8192, 28672, 80, 64, 8, 32000, ctx=4096, exact=68_976_648_192),
    _llama("llama-3-8b", 4096, 14336, 32, 32, 8, 128256, ctx=8192, exact=8_030_261_248),
    _llama("llama-3-70b", 8192, 28672, 80, 64, 8, 128256, ctx=8192, exact=70_553_706_496),
    _llama("llama-3.1-8b", 4096, 14336, 32, 32, 8, 128256, ctx=131072, exact=8_030_261_248),
    _llama("llama-3.1-70b", 8192, 28672, 80, 64, 8, 128256, ctx=131072, exact=70_553_706_496, aliases=("llama-3.3-70b",)),
    _llama("llama-3.1-405b", 16384, 53248, 126, 128, 8, 128256, ctx=131072, exact=405_853_388_800),
    _llama("llama-3.2-1b", 2048, 8192, 16, 32, 8, 128256, tied=True, ctx=131072, exact=1_235_814_400),
    _llama("llama-3.2-3b", 3072, 8192, 28, 24, 8, 128256, tied=True, ctx=131072, exact=3_212_749_824),
    _llama("tinyllama-1.1b", 2048, 5632, 22, 32, 4, 32000, ctx=2048, exact=1_100_048_384, aliases=("tinyllama",)),
    # Mistral and Mixtral.
    _llama(
        "mistral-7b-v0.1",
        4096,
        14336,
        32,
        32,
        8,
        32000,
        ctx=32768,
        sliding_window=4096,
        exact=7_241_732_096,
        aliases=("mistral-7b",),
    ),
    # v0.2: v0.1's weights shape, full 32k attention (no sliding window), rope theta 1e6.
    _llama("mistral-7b-v0.2", 4096, 14336, 32, 32, 8, 32000, ctx=32768, exact=7_241_732_096),
    _llama("mistral-7b-v0.3", 4096, 14336, 32, 32, 8, 32768, ctx=32768, exact=7_248_023_552),
    _llama(
        "mistral-nemo-12b", 5120, 14336, 40, 32, 8, 131072, d=128, ctx=131072, exact=12_247_782_400, aliases=("mistral-nemo",)
    ),
    _llama(
        "mixtral-8x7b-v0.1",
        4096,
        14336,
        32,
        32,
        8,
        32000,
        ctx=32768,
        experts=8,
        top_k=2,
        exact=46_702_792_704,
        aliases=("mixtral-8x7b", "mixtral"),
    ),
    _llama(
        "mixtral-8x22b-v0.1",
        6144,
        16384,
        56,
        48,
        8,
        32000,
        ctx=65536,
        experts=8,
        top_k=2,
        nominal=141e9,
        aliases=("mixtral-8x22b",),
    ),
    # Qwen2.5 (q, k, v biases).
    _llama("qwen2.5-0.5b", 896, 4864, 24, 14, 2, 151936, tied=True, ctx=32768, bias="qkv", exact=494_032_768),
    _llama("qwen2.5-1.5b", 1536, 8960, 28, 12, 2, 151936, tied=True, ctx=32768, bias="qkv", exact=1_543_714_304),
    _llama("qwen2.5-3b", 2048, 11008, 36, 16, 2, 151936, tied=True, ctx=32768, bias="qkv", exact=3_085_938_688),
    _llama("qwen2.5-7b", 3584, 18944, 28, 28, 4, 152064, ctx=131072, bias="qkv", exact=7_615_616_512),
    _llama("qwen2.5-14b", 5120, 13824, 48, 40, 8, 152064, ctx=131072, bias="qkv", nominal=14.7e9),
    _llama("qwen2.5-32b", 5120, 27648, 64, 40, 8, 152064, ctx=131072, bias="qkv", nominal=32.8e9),
    _llama("qwen2.5-72b", 8192, 29568, 80, 64, 8, 152064, ctx=131072, bias="qkv", nominal=72.7e9),
    # Qwen3 (no biases, RMSNorm over q and k, head_dim 128; the small ones tied; -A<N>B: a mixture with N B active).
    _llama("qwen3-4b", 2560, 9728, 36, 32, 8, 151936, d=128, tied=True, ctx=32768, qk_norm=True, exact=4_022_468_096),
    _llama("qwen3-8b", 4096, 12288, 36, 32, 8, 151936, d=128, ctx=32768, qk_norm=True, exact=8_190_735_360),
    _llama("qwen3-14b", 5120, 17408, 40, 40, 8, 151936, d=128, ctx=32768, qk_norm=True, exact=14_768_307_200),
    _llama("qwen3-32b", 5120, 25600, 64, 64, 8, 151936, d=128, ctx=32768, qk_norm=True, exact=32_762_123_264),
    _llama(
        "qwen3-30b-a3b",
        2048,
        6144,
        48,
        32,
        4,
        151936,
        d=128,
        ctx=32768,
        qk_norm=True,
        experts=128,
        top_k=8,
        moe_intermediate=768,
        exact=30_532_122_624,
    ),
    _llama(
        "qwen3-235b-a22b",
        4096,
        12288,
        94,
        64,
        4,
        151936,
        d=128,
        ctx=32768,
        qk_norm=True,
        experts=128,
        top_k=8,
        moe_intermediate=1536,
        exact=235_093_634_560,
    ),
    # Gemma 2 / 3 (GeGLU, four norms per layer, head_dim 256, tied).
    _llama("gemma-2-2b", 2304, 9216, 26, 8, 4, 256000, d=256, tied=True, ctx=8192, norms_per_layer=4, exact=2_614_341_888),
    _llama("gemma-2-9b", 3584, 14336, 42, 16, 8, 256000, d=256, tied=True, ctx=8192, norms_per_layer=4, exact=9_241_705_984),
    _llama("gemma-2-27b", 4608, 36864, 46, 32, 16, 256000, d=128, tied=True, ctx=8192, norms_per_layer=4, exact=27_227_128_320),
    _llama(
        "gemma-3-1b",
        1152,
        6912,
        26,
        4,
        1,
        262144,
        d=256,
        tied=True,
        ctx=32768,
        norms_per_layer=4,
        qk_norm=True,
        exact=999_885_952,
    ),
    # Phi-3 / Phi-4.
    _llama(
        "phi-3-mini-4k",
        3072,
        8192,
        32,
        32,
        32,
        32064,
        ctx=4096,
        exact=3_821_079_552,
        aliases=("phi-3-mini", "phi-3.5-mini", "phi-3-mini-128k"),
    ),
    _llama("phi-3-medium-4k", 5120, 17920, 40, 40, 10, 32064, ctx=4096, nominal=14e9, aliases=("phi-3-medium",)),
    _llama("phi-4", 5120, 17920, 40, 40, 10, 100352, ctx=16384, nominal=14.7e9),
    # DeepSeek-V3 (MLA, 1 shared + 256 routed experts, top-8, 3 dense layers).
    ModelConfig(
        "deepseek-v3",
        7168,
        18432,
        61,
        128,
        128,
        128,
        129280,
        False,
        True,
        max_context=163840,
        experts=256,
        top_k=8,
        router_bias=True,
        shared_experts=1,
        moe_intermediate=2048,
        dense_layers=3,
        q_lora_rank=1536,
        kv_lora_rank=512,
        rope_dim=64,
        v_head_dim=128,
        nominal=671e9,
        aliases=("deepseek-r1", "deepseek-v3-base"),
    ),
    # gpt-oss (MoE with biased experts and router, attention sinks).
    _llama(
        "gpt-oss-20b",
        2880,
        2880,
        24,
        64,
        8,
        201088,
        d=64,
        ctx=131072,
        bias="all",
        experts=32,
        top_k=4,
        sinks=True,
        router_bias=True,
        nominal=20.91e9,
        lean_active=True,
    ),
    _llama(
        "gpt-oss-120b",
        2880,
        2880,
        36,
        64,
        8,
        201088,
        d=64,
        ctx=131072,
        bias="all",
        experts=128,
        top_k=4,
        sinks=True,
        router_bias=True,
        nominal=116.83e9,
        lean_active=True,
    ),
    # Falcon (MQA, parallel attention, one LayerNorm per layer).
    ModelConfig(
        "falcon-7b", 4544, 18176, 32, 71, 1, 64, 65024, True, False, "none", "layer", 1, max_context=2048, exact=6_921_720_704
    ),
)

# GPT-3's paper figure: the formula gives 174.6 B, the paper says "175.0B".
PUBLISHED_ROUNDED = {"gpt-3": 175.0e9}

_SUFFIXES = guarded(r"-(?:instruct|chat|hf|it|base|pt|sft|dpo|gguf|awq|gptq|fp16|bf16|\d{4})(?=-|$)")


def normalise_name(name: str, *, strip_suffixes: bool = True) -> str:
    """`meta-llama/Llama-2-7b-chat-hf` → `llama-2-7b`; `Mixtral 8x7B` → `mixtral-8x7b`; `GPT-2 XL` → `gpt-2-xl`."""
    key = name.strip().lower()
    key = key.rsplit("/", 1)[-1]
    # an Ollama tag (`qwen2.5:7b-instruct-q4_K_M`) or a GGUF file name: the quantization is no part of the name
    key = re.sub(r"[-_.:](?:i?q\d(?:_[a-z0-9]+)*|f16|f32)(?:\.gguf)?$|\.gguf$", "", key)
    key = re.sub(r"[\s_:]+", "-", key)
    key = re.sub(r"^meta-", "", key)
    key = (
        key.replace("llama2", "llama-2")
        .replace("llama3", "llama-3")
        .replace("qwen-2.5", "qwen2.5")
        .replace("gemma2", "gemma-2")
        .replace("gemma3", "gemma-3")
    )
    key = re.sub(r"^(llama|gemma|phi)(\d)", r"\1-\2", key)
    key = re.sub(r"^gpt-?2-(small|medium|large|xl)$", lambda m: "gpt2" if m.group(1) == "small" else f"gpt2-{m.group(1)}", key)
    key = re.sub(r"^gpt2-?(medium|large|xl)$", r"gpt2-\1", key)
    return _SUFFIXES.sub("", key) if strip_suffixes else key


_BY_NAME = {m.name: m for m in MODELS} | {a: m for m in MODELS for a in m.aliases}


# The configurations the note being read states in its front matter for models the catalogue lacks (by normalised
# name): `use_note_models` sets them for one note at a time.
_note_models: dict[str, ModelConfig] = {}


def use_note_models(models: dict[str, ModelConfig]) -> None:
    """Read the next note with these models of its own besides the catalogue. What was read once per text under other
    models (every cache of the claims modules) is forgotten when they change, so a note's reading never depends on the
    notes read before it."""
    global _note_models
    if models == _note_models:
        return
    _note_models = dict(models)
    global _note_mention
    families = sorted({f for f in map(_note_family, models) if f is not None}, key=len, reverse=True)
    _note_mention = _mention_pattern("|".join(map(re.escape, families))) if families else None
    for name, module in list(sys.modules.items()):
        if name == "vaultkit.claims" or name.startswith("vaultkit.claims."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and hasattr(value, "cache_info"):
                    clear()


def _known(key: str) -> ModelConfig | None:
    return _BY_NAME.get(key) or (_note_models.get(key) if _note_models else None)


def find_model(name: str) -> ModelConfig | None:
    """The configuration of the model `name` names: the catalogue's, else one the note being read states."""
    return _find(name, _known)


# what a note's model name has after its family word: a size, with a version before it or after it (`3.1-8b`, `7b-v0.3`)
_SIZE_ONLY = guarded(r"(?:v?\d{1,4}(?:\.\d{1,4}){0,3}-)?\d{1,4}(?:\.\d{1,4})?[bm](?:-v\d{1,4}(?:\.\d{1,4}){0,3})?")


def _the_notes_sized(name: str) -> ModelConfig | None:
    """`Mistral-Small` in a note whose front matter configures `mistral-small-24b` and no other size of it, `Granite` in one
    configuring `granite-3.1-8b`: that model (a name without its size stands for the one size the note configures; the
    catalogue's sizes are never guessed)."""
    if not _note_models or _SIZE_PART.search(name):
        return None
    key = normalise_name(name)
    found = [cfg for k, cfg in _note_models.items() if k.startswith(key + "-") and _SIZE_ONLY.fullmatch(k[len(key) + 1 :])]
    return found[0] if len(found) == 1 else None


def catalogued(name: str) -> ModelConfig | None:
    """The catalogue's configuration of the model `name` names (never a note's own)."""
    return _find(name, _BY_NAME.get)


def _find(name: str, known: Callable[[str], ModelConfig | None]) -> ModelConfig | None:
    exact = normalise_name(name, strip_suffixes=False)
    if (found := known(exact)) is not None:
        return found
    key = normalise_name(name)
    if (found := known(key)) is not None:
        return found
    # `Llama-3.1-8B-Instruct-v2` → drop trailing parts until a name is known; never drop the size.
    parts = key.split("-")
    while len(parts) > 1:
        parts.pop()
        if re.fullmatch(r"\d+(?:\.\d+)?[bm]|\d+x\d+b", parts[-1] if parts else "") or len(parts) == 1:
            found = known("-".join(parts))
            if found is not None:
                return found
    return None


# A model named in prose: a known family, then up to four version/size parts
# (`Llama 3.1 405B`, `Mixtral-8x7B`, `GPT-2 XL`, `Qwen2.5-7B-Instruct`, `meta-llama/Llama-2-7b-hf`).
_FAMILIES = (
    r"(?:meta-)?llama|tinyllama|mistral|mixtral|qwen|gemma|phi|deepseek|gpt-oss|gpt|falcon|bert|t5|claude|gemini|grok|"
    r"yi|olmo|starcoder|codellama|vicuna|bloom|opt|pythia|command-r|dbrx|jamba|nemotron|granite|kimi|chatgpt"
)
# a scale or unit after a bare number makes it a figure (`Mixtral 56 млрд`, `Llama 2 70 GB`), not a name's part
_SCALE = (
    r"млрд|млн|трлн|тыс|billion|million|trillion|thousand|bn\b|[KMGTPКМГТ]i?[BБ]\b|[KMGTPКМГТ]и?Б|bytes?\b|байт|params?\b"
    r"|parameters|парам|%|tokens?\b|токен"
)
_PART = (
    # a bare number is no part of the name where a figure goes on after it (`Mixtral 46,7 млрд`,
    # `Mixtral 46 702 792 704 параметра`: the count, not `Mixtral 46`); a size (`405B`) after it may follow
    r"(?:\d+x\d+[bBmM]|\d+(?:\.\d+)?[bBmMkK]|\d+(?:\.\d+)?(?![\d.,]*[.,]\d|[\s\u00a0\u202f]\d{3}(?![\w.,])|[\s\u00a0\u202f]*(?:"
    + _SCALE
    + r"))|[vV]\d+(?:\.\d+)*|xl|XL|large|Large|medium|Medium|small|Small|base|Base"
    r"|[aA]\d+(?:\.\d+)?[bB]|mini|Mini|(?:nemo|Nemo|NeMo|NEMO)(?![-_](?!(?:[Ii]nstruct|[Bb]ase|[Cc]hat|it\b|hf\b))[A-Za-z])|oss|tiny|Tiny|instruct|Instruct|chat|Chat|it|hf|uncased|cased)"
)
# An organisation prefix (`meta-llama/`) starts only where a run of name characters starts, and is
# read possessively: a run of `1.1.1.…` is read once, not again from each dot (quadratic before);
# a position that starts neither a letter nor an organisation with digits is passed over at once.
def _mention_pattern(families: str) -> re.Pattern[str]:
    return guarded(
        rf"(?=[A-Za-z]|[0-9][\w.-]{{0,40}}/)(?<![\w/])(?:(?<![.-])[A-Za-z0-9_.-]++/)?(?P<name>(?i:{families})(?:(?:[-\s_]|:(?=\w))?{_PART}(?![A-Za-z])){{0,5}})(?![\w])"
    )


MODEL_MENTION = _mention_pattern(_FAMILIES)
# the families of the models the note being read configures whose names no catalogued family starts (`codestral-22b`
# in the front matter: `Codestral-22B`, `Codestral` in the text), set by `use_note_models`
_note_mention: re.Pattern[str] | None = None
# words a front matter may name a model of its own by that are no family in prose (`student-1b`, `draft-68m`)
_PLAIN_WORDS = frozenset(
    {"model", "models", "base", "draft", "student", "teacher", "small", "large", "medium", "tiny", "mini", "test"}
    | {"custom", "ours", "baseline", "tuned", "local", "main"}
)
_FAMILY_WORD = guarded(r"[a-z]{4,24}")


def _note_family(name: str) -> str | None:
    """The family word a model the note configures is named by (`codestral-22b` → `codestral`), when no catalogued
    family already reads it and it is no plain word."""
    first = re.split(r"[-_\s.:/]", name.lower(), maxsplit=1)[0]
    letters = re.match(r"[a-z]+", first)
    if letters is not None and first[letters.end() :].isdigit():
        first = letters.group(0)  # `internlm2.5-7b` → `internlm`: the version glued to the family word is no part of it
    if not _FAMILY_WORD.fullmatch(first) or first in _PLAIN_WORDS or re.fullmatch(rf"(?i:{_FAMILIES})", first):
        return None
    return first


def model_mentions_patterns() -> tuple[re.Pattern[str], ...]:
    """The patterns that find model names: the catalogue's families, and those of the models the note configures."""
    return (MODEL_MENTION,) if _note_mention is None else (MODEL_MENTION, _note_mention)
_ACTIVE_SUFFIX = guarded(r"(?i)[-_\s]a\d+(?:\.\d+)?b$")
_SIZE_PART = guarded(r"(?i)(?:^|[-\s_:])(\d+x\d+b|\d+(?:\.\d+)?[bm])(?=$|[-\s_])")


@dataclass(frozen=True)
class ModelMention:
    """A model named in a note: the text as written, the catalogued config (None when unknown),
    and its nominal size parsed from the name (`7B` → 7e9) when the name carries one."""

    text: str
    start: int
    end: int
    config: ModelConfig | None
    nominal: float | None

    @property
    def sized(self) -> bool:
        return self.config is not None or self.nominal is not None


_NOT_MODELS = frozenset(
    {
        "gpt",
        "phi",
        "opt",
        "yi",
        "bert",
        "t5",
        "gemini",
        "claude",
        "grok",
        "qwen",
        "gemma",
        "llama",
        "mistral",
        "falcon",
        "deepseek",
        "chatgpt",
    }
)


# Scratchpad shorthand for Llama with its size (`l2-7b`, `l3-70b`, `L3.1-8B`): never a bare `L2`/`L4`
_LLAMA_SHORT = guarded(r"(?<![\w./-])[lL](?P<v>[23](?:\.[123])?)-(?P<n>\d+(?:\.\d+)?)[bB](?![\w.-])")


def find_mentions(text: str) -> list[ModelMention]:
    """Models named in `text`. A bare family name (`Llama`, `GPT`) is not a mention unless the
    catalogue knows it (`Mixtral`, `BERT`): it names no size. Read once per text: the shapes ask
    again for the line above from every sentence of the line below."""
    return list(_mentions_once(text))


@lru_cache(maxsize=256)
def _mentions_once(text: str) -> tuple[ModelMention, ...]:
    found = _mentions(text)
    if "-" in text:
        short = []
        for m in _LLAMA_SHORT.finditer(text):
            cfg = find_model(f"llama-{m.group('v')}-{m.group('n')}b")
            if cfg is not None:
                short.append(ModelMention(m.group(0), m.start(), m.end(), cfg, float(m.group("n")) * 1e9))
        if short:
            found = sorted([*found, *short], key=lambda x: x.start)
    return tuple(found)


# a figure after a name's size is the sentence's, not the name's (`Llama-3-8B 5 млн векторов`), a context too
# (`Llama-3-8B 32K = 8 GiB`): what `_mentions` reads and `scope.mask` blanks of a name ends before it
AFTER_SIZE = guarded(r"(?i)(?<=\d[bm])(?:\s+\d+(?:\.\d+)?k?)+$")
_GROUPED_AFTER = guarded(r"(?:\s+\d{1,3}(?:[\s\u00a0\u202f]\d{3})+)$")


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether [a, b) overlaps one of `spans` (in order, not overlapping each other)."""
    i = bisect_right(spans, (a, 1 << 62)) - 1  # the last span starting at or before a; the next is the first after it
    return any(0 <= k < len(spans) and spans[k][0] < b and a < spans[k][1] for k in (i, i + 1))


def _mentions(text: str) -> list[ModelMention]:
    found: list[ModelMention] = []
    matches = list(MODEL_MENTION.finditer(text))
    if _note_mention is not None:  # a family only the note's front matter configures, where no catalogued name stands
        taken = [x.span() for x in matches]  # in order, not overlapping: one bisect per match keeps a long line linear
        own = [m for m in _note_mention.finditer(text) if not _overlaps(taken, m.start(), m.end())]
        matches = sorted([*matches, *own], key=lambda m: m.start())
    for m in matches:
        raw = m.group("name").rstrip(" -_")
        # Words glued by spaces only join while they look like a model name (`Llama 2 7B`, `GPT-2 XL`),
        # not a sentence (`Phi it`): trailing plain words are dropped.
        keeps_words = re.search(r"(?i)gpt|bert|t5|phi", raw) is not None
        raw = re.sub(
            r"(?i)(?:[\s]+(?:it|hf|base|chat|instruct|large|small|medium|mini|tiny|cased|uncased))+$",
            lambda s, keep=keeps_words: s.group(0) if keep and not re.search(r"(?i)\bit\b", s.group(0)) else "",
            raw,
        )
        # a figure after the size is the sentence's, not the name's (`Llama-3-8B 5 млн векторов`)
        raw = AFTER_SIZE.sub("", raw)
        # a count in groups of three after the name is the sentence's (`У Mixtral 46 702 792 704 параметра`)
        bare = _GROUPED_AFTER.sub("", raw)
        if bare != raw and find_model(bare) is not None:
            raw = bare
        cfg = find_model(raw) or _the_notes_sized(raw)
        size = _SIZE_PART.search(raw)
        nominal = None
        if size:
            token = size.group(1).lower()
            if "x" in token:
                n, each = token.split("x")
                nominal = int(n) * float(each[:-1]) * 1e9
            else:
                nominal = float(token[:-1]) * (1e9 if token.endswith("b") else 1e6)
        if cfg is None and _ACTIVE_SUFFIX.search(raw):
            nominal = None  # `Qwen2-57B-A14B`: a mixture the catalogue lacks, 14B of its 57B active: no size to read
        if cfg is None and nominal is None and raw.lower() in _NOT_MODELS:
            continue
        if cfg is None and nominal is None and not re.search(r"\d", raw):
            continue
        start = m.start("name")
        found.append(ModelMention(raw, start, start + len(raw), cfg, nominal))
    return found


@dataclass(frozen=True)
class GpuMention:
    """An accelerator named in a note, with its published memory bandwidths (bytes/s): one value,
    or several when the name does not say which variant (`H100`: SXM 3.35 TB/s or PCIe 2.0 TB/s);
    and its published memory capacities (bytes, as marketed: `80 GB`), likewise one per variant the
    name leaves open (`A100`: 40 or 80 GB); none for a chip sold with several (Apple silicon)."""

    name: str
    start: int
    end: int
    bandwidths: tuple[float, ...]
    memories: tuple[float, ...] = ()


# Published peak memory bandwidths and memory capacities (vendor data sheets). The more specific spelling first.
_GPUS: tuple[tuple[str, str, tuple[float, ...], tuple[float, ...]], ...] = (
    ("H100 SXM", r"H100[\s-]*SXM\w*", (3.35e12,), (80e9,)),
    ("H100 PCIe", r"H100[\s-]*PCIe", (2.0e12,), (80e9,)),
    ("H100 NVL", r"H100[\s-]*NVL", (3.9e12,), (94e9,)),
    ("H100", r"H100", (2.0e12, 3.35e12), (80e9, 94e9)),
    ("H200", r"H200", (4.8e12,), (141e9,)),
    ("B200", r"B200", (8.0e12,), (180e9, 192e9)),
    ("A100 80GB", r"A100[\s-]*(?:SXM\w*[\s-]*)?80\s?GB", (1.935e12, 2.039e12), (80e9,)),
    ("A100 40GB", r"A100[\s-]*(?:SXM\w*[\s-]*|PCIe[\s-]*)?40\s?GB", (1.555e12,), (40e9,)),
    ("A100", r"A100", (1.555e12, 1.935e12, 2.039e12), (40e9, 80e9)),
    ("H800 SXM", r"H800[\s-]*SXM\w*", (3.35e12,), (80e9,)),
    ("H800 PCIe", r"H800[\s-]*PCIe", (2.0e12,), (80e9,)),
    ("H800", r"H800", (2.0e12, 3.35e12), (80e9,)),
    ("A800 80GB", r"A800[\s-]*(?:SXM\w*[\s-]*|PCIe[\s-]*)?80\s?GB", (1.935e12, 2.039e12), (80e9,)),
    ("A800", r"A800", (1.555e12, 1.935e12, 2.039e12), (40e9, 80e9)),
    ("MI300X", r"MI300X", (5.3e12,), (192e9,)),
    ("L40S", r"L40S", (864e9,), (48e9,)),
    ("L4", r"L4", (300e9,), (24e9,)),
    ("A10", r"A10", (600e9,), (24e9,)),
    ("T4", r"T4", (320e9,), (16e9,)),
    ("V100", r"V100", (900e9,), (16e9, 32e9)),
    ("RTX 5090", r"(?:RTX[\s-]*)?5090", (1792e9,), (32e9,)),
    ("RTX 4090", r"(?:RTX[\s-]*)?4090", (1008e9,), (24e9,)),
    ("RTX 4080", r"(?:RTX[\s-]*)?4080(?![\s-]*Super)", (716.8e9,), (16e9,)),
    ("RTX 4060 Ti", r"(?:RTX[\s-]*)?4060[\s-]*Ti", (288e9,), (8e9, 16e9)),
    ("RTX 3090 Ti", r"(?:RTX[\s-]*)?3090[\s-]*Ti", (1008e9,), (24e9,)),
    ("RTX 3090", r"(?:RTX[\s-]*)?3090", (936e9,), (24e9,)),
    ("RTX 4080 Super", r"(?:RTX[\s-]*)?4080[\s-]*Super", (736e9,), (16e9,)),
    ("RTX 4070 Ti Super", r"(?:RTX[\s-]*)?4070[\s-]*Ti[\s-]*Super", (672e9,), (16e9,)),
    ("RTX 4070", r"(?:RTX[\s-]*)?4070(?:[\s-]*(?:Ti|Super))?", (504e9,), (12e9,)),
    ("RTX 4060", r"(?:RTX[\s-]*)?4060", (272e9,), (8e9,)),
    ("RTX 3080 Ti", r"(?:RTX[\s-]*)?3080[\s-]*Ti", (912e9,), (12e9,)),
    ("RTX 3080", r"(?:RTX[\s-]*)?3080", (760e9,), (10e9, 12e9)),
    ("RTX 3070 Ti", r"(?:RTX[\s-]*)?3070[\s-]*Ti", (608e9,), (8e9,)),
    ("RTX 3070", r"(?:RTX[\s-]*)?3070", (448e9,), (8e9,)),
    ("RTX 3060 Ti", r"(?:RTX[\s-]*)?3060[\s-]*Ti", (448e9,), (8e9,)),
    ("RTX 3060", r"(?:RTX[\s-]*)?3060", (360e9,), (8e9, 12e9)),
    ("RTX 2080 Ti", r"(?:RTX[\s-]*)?2080[\s-]*Ti", (616e9,), (11e9,)),
    ("RTX 5080", r"(?:RTX[\s-]*)?5080", (960e9,), (16e9,)),
    ("RTX 5070 Ti", r"(?:RTX[\s-]*)?5070[\s-]*Ti", (896e9,), (16e9,)),
    ("RTX 5070", r"(?:RTX[\s-]*)?5070", (672e9,), (12e9,)),
    ("RTX 5060 Ti", r"(?:RTX[\s-]*)?5060[\s-]*Ti", (448e9,), (8e9, 16e9)),
    ("RTX 6000 Ada", r"RTX[\s-]*6000[\s-]*Ada", (960e9,), (48e9,)),
    ("RTX A6000", r"RTX[\s-]*A6000", (768e9,), (48e9,)),
    ("A40", r"A40", (696e9,), (48e9,)),
    ("L40", r"L40", (864e9,), (48e9,)),
    ("A10G", r"A10G", (600e9,), (24e9,)),
    ("Tesla P40", r"(?:Tesla[\s-]*)?P40", (347.1e9,), (24e9,)),
    ("Tesla P100", r"(?:Tesla[\s-]*)?P100", (549e9, 732e9), (12e9, 16e9)),
    ("MI250X", r"MI250X", (3.2768e12,), (128e9,)),
    ("MI325X", r"MI325X", (6.0e12,), (256e9,)),
    ("H20", r"H20", (4.0e12,), (96e9,)),
    ("RX 7900 XTX", r"(?:RX[\s-]*)?7900[\s-]*XTX", (960e9,), (24e9,)),
    # unified-memory machines sold with one memory bus: AMD's Strix Halo (LPDDR5X-8000 on 256 bits), NVIDIA's DGX Spark
    # (GB10, LPDDR5X on 256 bits) and Jetson modules (data sheets); their memory is sold in several sizes: none read
    ("Ryzen AI Max", r"Strix[\s-]*Halo|Ryzen[\s-]*AI[\s-]*Max\+?(?:[\s-]*(?:PRO[\s-]*)?3[89]\d)?", (256e9,), ()),
    ("DGX Spark", r"DGX[\s-]*Spark|GB10", (273e9,), (128e9,)),
    ("Jetson AGX Orin", r"(?:Jetson[\s-]*)?AGX[\s-]*Orin", (204.8e9,), ()),
    ("Jetson Orin Nano", r"(?:Jetson[\s-]*)?Orin[\s-]*Nano(?![\s-]*Super)", (68e9,), ()),
    # Apple silicon: the published unified-memory bandwidths of each chip (two where the name leaves the binned
    # variant open: M3 Max 300 or 400 GB/s, M4 Max 410 or 546 GB/s)
    ("M1 Pro", r"M1\s+Pro", (200e9,), ()),
    ("M1 Max", r"M1\s+Max", (400e9,), ()),
    ("M1 Ultra", r"M1\s+Ultra", (800e9,), ()),
    ("M2 Pro", r"M2\s+Pro", (200e9,), ()),
    ("M2 Max", r"M2\s+Max", (400e9,), ()),
    ("M2 Ultra", r"M2\s+Ultra", (800e9,), ()),
    ("M3 Pro", r"M3\s+Pro", (150e9,), ()),
    ("M3 Max", r"M3\s+Max", (300e9, 400e9), ()),
    ("M3 Ultra", r"M3\s+Ultra", (819e9,), ()),
    ("M4 Pro", r"M4\s+Pro", (273e9,), ()),
    ("M4 Max", r"M4\s+Max", (410e9, 546e9), ()),
)
GPU_PATTERN = guarded(
    r"(?<![\w.-])(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_, rx, _, _) in enumerate(_GPUS)) + r")(?![\w-])"
    r"(?!(?<=\d)[^\S\n]*(?:Laptop|Mobile|Max-Q|notebook|ноутбучн\w*)\b)"  # `4070 Laptop` is another card (an `M3 Max laptop` not)
    r"(?!\s*(?:tokens?|токен\w*|ток\b|[KMGT]i?B|[КМГТ]и?Б|bytes?|байт\w*|steps?|шаг\w*|[×x*%]|[.,]\d))",  # not `4090 tokens`
    re.I,
)


@lru_cache(maxsize=1)
def published_bandwidths() -> tuple[float, ...]:
    """Every catalogued accelerator's published memory bandwidths (bytes/s), each once."""
    return tuple(sorted({b for _, _, bandwidths, _ in _GPUS for b in bandwidths}))


def find_gpus(text: str) -> list[GpuMention]:
    """The accelerators a text names, each with its published bandwidths."""
    found = []
    for m in GPU_PATTERN.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        name, _, bandwidths, memories = _GPUS[i]
        found.append(GpuMention(name, m.start(), m.end(), bandwidths, memories))
    return found


# The same names said of several cards or as an owner (`two 4090s`, `the H100's 3.35 TB/s`, `8 × A100`): the plural or
# possessive is part of the mention; a name a model variant goes on after (`RTX 3060 Ti`, `4060 Laptop`) is another card.
CARD_PATTERN = guarded(
    r"(?<![\w.-])(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_, rx, _, _) in enumerate(_GPUS)) + r")(?:s|['’]s)?(?![\w-])"
    r"(?![^\S\n]*(?:Ti|Super|XTX?|Laptop|Mobile|Max-Q|Ultra|Pro|Max|notebook|ноутбучн\w*)\b)"
    r"(?!\s*(?:tokens?|токен\w*|ток\b|bytes?|байт\w*|steps?|шаг\w*|%|[.,]\d))",
    re.I,
)


@lru_cache(maxsize=64)
def find_cards(text: str) -> tuple[GpuMention, ...]:
    """The accelerators a text names as cards (plural or possessive too), each with its published
    bandwidths and memory capacities (read once per line: the shapes ask from every sentence)."""
    found = []
    for m in CARD_PATTERN.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        name, _, bandwidths, memories = _GPUS[i]
        found.append(GpuMention(name, m.start(), m.end(), bandwidths, memories))
    return tuple(found)
