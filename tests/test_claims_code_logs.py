"""Claim cases of our own wording: program output and logs pasted into code blocks.

A log line states a value under a key (`KV buffer size = 1024.00 MiB`, `model size = 4.58 GiB`,
`Loading model weights took 14.99 GB`, a file's size in `ls -lh`); the key names what the value is a
size of, and the block (or the note) gives the inputs: the model (a `-m` file name, `general.name`,
`model='…'`), the context (`n_ctx = 8192`, `-c 8192`, `8192 cells`, `max_seq_len=8192`), the type
(`K (f16)`, `file type = Q4_K - Medium`, the quant in a file name). A value whose inputs the block
does not give is unverifiable, never judged. Timings, PIDs, versions, nvidia-smi memory readings and
free/used totals are measurements, not claims.

Values by hand (claims-gold §2): Llama-3.1-8B KV 128 KiB/token fp16 (8192 → 1024 MiB), q8_0 8.5 bits
(→ 544 MiB); Llama-2-7B 512 KiB/token (4096 → 2048 MiB); Qwen2.5-7B 56 KiB/token (32768 → 1792 MiB);
Llama-3.1-8B Q4_K_M 4.575 GiB (4.89 bpw), Q8_0 7.947 GiB, F16 14.958 GiB, Q2_K 3.159 bpw = 2.95 GiB;
Llama-3-8B bf16 14.958 GiB; 8,030,261,248 parameters; GPT-2 124,439,808.
"""

from __future__ import annotations

import pytest
from conftest import H, U, V, W, check_claims

FENCE = "```"


def _block(*lines: str, above: str = "# Smoke test", lang: str = "console") -> str:
    return "\n".join([above, "", f"{FENCE}{lang}", *lines, FENCE, ""])


LLAMA_CLI = "$ ./llama-cli -m models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf -c 8192 -ngl 99 -p hi"
LLAMA2 = "$ ./main -m llama-2-7b.Q4_0.gguf --ctx-size 4096"
UNIFIED = "llama_kv_cache_unified: size = {} MiB (  8192 cells,  32 layers,  1/1 seqs), K ({t}): {} MiB, V ({t}): {} MiB"
NAME = "print_info: general.name     = Meta Llama 3.1 8B Instruct"

LLAMA_CPP = [
    ("kv-buffer-ctx-flag", _block(LLAMA_CLI, "llama_kv_cache_init:      CUDA0 KV buffer size =  1024.00 MiB"), [H], ""),
    (
        "kv-self-parts",
        _block(LLAMA2, "llama_new_context_with_model: KV self size  = 2048.00 MiB, K (f16): 1024.00 MiB, V (f16): 1024.00 MiB"),
        [H, H, H],
        "",
    ),
    ("kv-buffer-wrong", _block(LLAMA2, "llama_kv_cache_init:      CUDA0 KV buffer size =  1024.00 MiB"), [W], "2,048"),
    ("kv-unified-cells", _block(NAME, UNIFIED.format("1024.00", "512.00", "512.00", t="f16")), [H, H, H], ""),
    ("kv-unified-q8", _block(NAME, UNIFIED.format("544.00", "272.00", "272.00", t="q8_0")), [H, H, H], ""),
    ("kv-unified-wrong", _block(NAME, UNIFIED.format("4096.00", "2048.00", "2048.00", t="f16")), [W, W, W], "8,192 tokens"),
    # the context in the line itself, the model named in the note above the block (RU)
    (
        "ru-kv-note-model",
        _block(
            "llama_kv_cache_init:      Metal KV buffer size =  1792.00 MiB (n_ctx = 32768, f16)",
            above="Модель: Qwen2.5-7B-Instruct, лог ниже.",
        ),
        [H],
        "",
    ),
    (
        "ru-kv-note-model-wrong",
        _block(
            "llama_kv_cache_init:      Metal KV buffer size =  3584.00 MiB (n_ctx = 32768, f16)",
            above="Модель: Qwen2.5-7B-Instruct, лог ниже.",
        ),
        [W],
        "1,792",
    ),
    # inputs missing: no context, no model → unverifiable, never judged
    (
        "kv-no-context",
        _block(
            "$ ./llama-cli -m Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "llama_kv_cache_init: CUDA0 KV buffer size = 640.00 MiB"
        ),
        [V],
        "",
    ),
    (
        "kv-no-model",
        _block("llama_new_context_with_model: n_ctx      = 8192", "llama_kv_cache_init: CUDA0 KV buffer size = 1024.00 MiB"),
        [V],
        "",
    ),
    # model size, bits per weight and parameters of the file's type
    (
        "meta-q4km",
        _block(
            LLAMA_CLI,
            "llm_load_print_meta: model type       = 8B",
            "llm_load_print_meta: model size       = 4.58 GiB (4.89 BPW)",
            "llm_load_print_meta: model params     = 8.03 B",
        ),
        [H, H, H],
        "",
    ),
    (
        "print-info-file-type",
        _block(NAME, "print_info: file type   = Q4_K - Medium", "print_info: file size   = 4.58 GiB (4.89 BPW)"),
        [H, H],
        "",
    ),
    # a GB figure labelled GiB; bits per weight twice the type's
    (
        "meta-wrong-label",
        _block(NAME, "print_info: file type   = Q4_K - Medium", "print_info: file size   = 4.91 GiB (4.89 BPW)"),
        [U, H],
        "",
    ),
    (
        "meta-wrong-bpw",
        _block(NAME, "print_info: file type   = Q4_K - Medium", "print_info: file size   = 4.58 GiB (9.78 BPW)"),
        [H, W],
        "4.894",
    ),
    ("meta-f16", _block(NAME, "print_info: file type   = F16", "print_info: file size   = 14.96 GiB (16.00 BPW)"), [H, H], ""),
    # no model named: the bits per weight still follow from the stated size and count
    (
        "meta-no-model-bpw",
        _block("llm_load_print_meta: model size = 4.58 GiB (4.89 BPW)", "llm_load_print_meta: model params = 8.03 B"),
        [H, V, V],
        "",
    ),
    (
        "meta-no-model-bpw-wrong",
        _block("llm_load_print_meta: model size = 4.58 GiB (9.78 BPW)", "llm_load_print_meta: model params = 8.03 B"),
        [W, V, V],
        "4.899",
    ),
    ("meta-params-wrong", _block(LLAMA_CLI, "llm_load_print_meta: model params     = 7.24 B"), [W], "8.03"),
    ("one-model-buffer", _block(LLAMA_CLI, "load_tensors:   CPU_Mapped model buffer size =  4685.32 MiB"), [H], ""),
    # two buffers are the model split over devices: each is a part, not the file
    (
        "split-buffers",
        _block(
            LLAMA_CLI,
            "load_tensors:   CPU_Mapped model buffer size =   281.81 MiB",
            "load_tensors:        CUDA0 model buffer size =  4403.49 MiB",
        ),
        [V, V],
        "",
    ),
    # look-alikes: timings, layer counts, context and token counts, versions, compute buffers
    (
        "timings-not-claims",
        _block(
            LLAMA_CLI,
            "llama_print_timings: eval time = 1799.01 ms / 256 runs ( 7.03 ms per token, 142.30 tokens per second)",
            "llm_load_tensors: offloaded 33/33 layers to GPU",
            "llama_new_context_with_model: n_batch    = 2048",
            "build: 4231 (a3c5d29) with cc (GCC) 13.2.1",
            "llama_new_context_with_model:      CUDA0 compute buffer size =   560.00 MiB",
        ),
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LLAMA_CPP], ids=[c[0] for c in LLAMA_CPP])
def test_a_llama_cpp_log_value_is_checked_with_the_blocks_inputs(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


LS = "-rw-r--r-- 1 ci ci {} Nov 21 10:02 {}"

LISTINGS = [
    (
        "ls-lh-three",
        _block(
            "$ ls -lh models/",
            LS.format("4.6G", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"),
            LS.format("7.9G", "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf"),
            LS.format(" 15G", "Meta-Llama-3.1-8B-Instruct-f16.gguf"),
        ),
        [H, H, H],
        "",
    ),
    ("ls-lh-q2k", _block("$ ls -lh", LS.format("3.0G", "Meta-Llama-3.1-8B-Instruct-Q2_K.gguf")), [H], ""),
    # `ls -h` rounds up: 7.947 GiB is shown as 8.0G
    ("ls-lh-ceiling", _block("$ ls -lh", LS.format("8.0G", "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf")), [H], ""),
    ("ls-lh-twice", _block("$ ls -lh", LS.format("9.2G", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf")), [W], "4.575"),
    ("ls-lh-gb-as-g", _block("$ ls -lh", LS.format("8.5G", "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf")), [U], ""),
    ("ls-l-bytes", _block("$ ls -l", LS.format("4920734016", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf")), [H], ""),
    ("du-h-file", _block("$ du -h qwen2.5-7b-instruct-q4_k_m.gguf", "4.4G\tqwen2.5-7b-instruct-q4_k_m.gguf"), [H], ""),
    (
        "du-total-of-listing",
        _block(
            "$ ls -lh models/",
            LS.format("4.6G", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"),
            LS.format("7.9G", "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf"),
            "$ du -sh models/",
            "13G\tmodels/",
        ),
        [H, H, H],
        "",
    ),
    # look-alikes: shards, configs, tokenizers, a file whose name gives no type
    (
        "listing-not-claims",
        _block(
            "$ ls -lh Meta-Llama-3-8B/",
            LS.format("4.7G", "model-00001-of-00004.safetensors"),
            LS.format(" 654", "config.json"),
            LS.format("8.7M", "tokenizer.json"),
            LS.format("4.6G", "my-finetune.gguf"),
        ),
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in LISTINGS], ids=[c[0] for c in LISTINGS])
def test_a_listed_model_file_is_the_size_of_its_type(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


ASSERTS = [
    ("assert-kv", _block("assert kv_bytes(LLAMA31_8B, ctx=8192) == 1073741824     # 1 GiB", lang="python"), [H, H], ""),
    (
        "assert-kv-wrong",
        _block("assert kv_bytes(LLAMA31_8B, ctx=131072) == 8589934592  # 128K", lang="python"),
        [W],
        "17,179,869,184",
    ),
    ("assert-kv-70b", _block("assert kv_bytes(LLAMA31_70B, ctx=131072) == 42949672960  # 40 GiB", lang="python"), [H, H], ""),
    ("assert-kv-batch", _block("assert kv_cache_size(LLAMA2_7B, seq_len=4096, batch=2) == 4 * 2**30", lang="python"), [], ""),
    ("assert-params", _block("assert n_params(GPT2) == 124_439_808", lang="python"), [H], ""),
    ("assert-params-wrong", _block("assert count_params(LLAMA3_8B) == 7_241_732_096", lang="python"), [W], "8,030,261,248"),
    # no model named in the call: the inputs are not given
    ("assert-kv-no-model", _block("assert kv_bytes(cfg, ctx=8192) == 1073741824", lang="python"), [V], ""),
    (
        "assert-not-size",
        _block("assert len(tokens) == 8192", "assert model.config.num_hidden_layers == 32", lang="python"),
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in ASSERTS], ids=[c[0] for c in ASSERTS])
def test_an_asserted_size_of_a_named_model_is_checked(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


REPL = [
    ("repl-weights", _block(">>> 8.03e9 * 2 / 1e9", "16.06", lang="pycon"), [H], ""),
    ("repl-wrong", _block(">>> 8.03e9 * 2 / 2**30", "16.06", lang="pycon"), [W], "14.957"),
    ("repl-full-digits", _block(">>> 70e9 * 0.5 / 2**30", "32.59629011154175", lang="pycon"), [H], ""),
    ("repl-names", _block(">>> n = 8.03e9", ">>> bpw = 4.89", ">>> n * bpw / 8 / 2**30", "4.5712", lang="pycon"), [H], ""),
    (
        "repl-names-wrong",
        _block(">>> n = 8.03e9", ">>> bpw = 4.89", ">>> n * bpw / 8 / 2**30", "4.91", lang="pycon"),
        [W],
        "4.571",
    ),
    ("ipython", _block("In [1]: 70e9 * 2 / 1e9", "Out[1]: 140.0", lang="ipython"), [H], ""),
    (
        "repl-hf-params",
        _block(
            '>>> model = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B")',
            ">>> model.num_parameters()",
            "8030261248",
            lang="pycon",
        ),
        [H],
        "",
    ),
    (
        "repl-f-string",
        _block(
            '>>> model = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B")',
            '>>> print(f"{model.num_parameters():,}")',
            "8,030,261,248",
            lang="pycon",
        ),
        [H],
        "",
    ),
    (
        "repl-not-claims",
        _block(
            ">>> import torch", ">>> torch.__version__", "'2.4.1'", ">>> len(tok('hello world'))", "3", ">>> 2 + 2", lang="pycon"
        ),
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in REPL], ids=[c[0] for c in REPL])
def test_a_repl_output_line_is_what_its_expression_computes(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


VLLM_CONFIG = (
    "INFO 11-28 10:01:55 llm_engine.py:237] Initializing an LLM engine (v0.6.3) with config: "
    "model='meta-llama/Meta-Llama-3-8B-Instruct', dtype=torch.bfloat16, max_seq_len=8192, seed=0"
)

VLLM = [
    (
        "vllm-weights",
        _block(VLLM_CONFIG, "INFO 11-28 10:02:11 model_runner.py:1056] Loading model weights took 14.9888 GB"),
        [H],
        "",
    ),
    (
        "vllm-weights-wrong",
        _block(VLLM_CONFIG, "INFO 11-28 10:02:11 model_runner.py:1056] Loading model weights took 29.98 GB"),
        [W],
        "14.958",
    ),
    ("vllm-weights-gib", _block(VLLM_CONFIG, "INFO worker.py:267] Model loading took 14.99 GiB and 4.53 seconds"), [H], ""),
    (
        "vllm-kv-tokens",
        _block(
            VLLM_CONFIG,
            "INFO gpu_worker.py:227] Available KV cache memory: 20.53 GiB",
            "INFO kv_cache_utils.py:634] GPU KV cache size: 168,176 tokens",
            "INFO kv_cache_utils.py:637] Maximum concurrency for 8,192 tokens per request: 20.53x",
        ),
        [H, H],
        "",
    ),
    (
        "vllm-kv-tokens-wrong",
        _block(
            VLLM_CONFIG,
            "INFO gpu_worker.py:227] Available KV cache memory: 20.53 GiB",
            "INFO kv_cache_utils.py:634] GPU KV cache size: 42,044 tokens",
        ),
        [W],
        "168,18",
    ),
    # no model in the block nor the note: the weights are not judged
    ("vllm-no-model", _block("INFO model_runner.py:1056] Loading model weights took 14.9888 GB"), [V], ""),
    (
        "vllm-not-claims",
        _block(
            "INFO 11-28 10:03:41 metrics.py:351] Avg prompt throughput: 512.3 tokens/s, Avg generation throughput: 88.1 tokens/s,"
            " Running: 4 reqs, GPU KV cache usage: 12.5%, CPU KV cache usage: 0.0%.",
            "INFO 11-28 10:02:40 model_runner.py:1523] Graph capturing finished in 12 secs.",
            "INFO:     Started server process [4121]",
            "INFO 11-28 10:02:20 gpu_executor.py:122] # GPU blocks: 2048, # CPU blocks: 2048",
        ),
        [],
        "",
    ),
    (
        "nvidia-smi-not-claims",
        _block(
            "$ nvidia-smi --query-gpu=memory.used,memory.total --format=csv",
            "memory.used [MiB], memory.total [MiB]",
            "6144 MiB, 24564 MiB",
            "|   0  NVIDIA L40S     On  | 00000000:01:00.0 Off |   15317MiB / 46068MiB |     35%      Default |",
            "$ free -h",
            "Mem:           125Gi        31Gi        12Gi       1.2Gi        82Gi        93Gi",
        ),
        [],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in VLLM], ids=[c[0] for c in VLLM])
def test_a_serving_log_value_is_checked_against_the_model_it_loads(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)


# Llama-2-7B r=8 on q_proj, v_proj: 32 × 8 × (4096 + 4096) × 2 = 4,194,304; all 6,738,415,616 + 4,194,304 = 6,742,609,920
PEFT_CONFIG = 'config = LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"])'
PEFT_LOAD = 'model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf")'
PEFT_ROW = "trainable params: {} || all params: {} || trainable%: {}"

MORE = [
    # a cache split over two GPUs: each line is a part
    (
        "kv-two-devices",
        _block(
            LLAMA_CLI,
            "llama_kv_cache_init:      CUDA0 KV buffer size =   512.00 MiB",
            "llama_kv_cache_init:      CUDA1 KV buffer size =   512.00 MiB",
        ),
        [V, V],
        "",
    ),
    # the KV type from the command line: q8_0 cache, 8192 tokens
    (
        "kv-type-flag",
        _block(LLAMA_CLI + " -ctk q8_0 -ctv q8_0", "llama_kv_cache_init:      CUDA0 KV buffer size =   544.00 MiB"),
        [H],
        "",
    ),
    (
        "kv-type-flag-wrong",
        _block(LLAMA_CLI + " -ctk q8_0 -ctv q8_0", "llama_kv_cache_init:      CUDA0 KV buffer size =  1024.00 MiB"),
        [W],
        "544",
    ),
    ("old-tensors-buffer", _block(LLAMA_CLI, "llm_load_tensors:        CPU buffer size =  4685.30 MiB"), [H], ""),
    # vLLM, tensor parallel over 2: each worker loads half
    (
        "vllm-tp",
        _block(
            VLLM_CONFIG.replace("seed=0", "tensor_parallel_size=2, seed=0"),
            "INFO model_runner.py:1056] Loading model weights took 7.4944 GB",
        ),
        [H],
        "",
    ),
    (
        "vllm-blocks-concurrency",
        _block(
            VLLM_CONFIG,
            "INFO gpu_executor.py:122] # GPU blocks: 27987, # CPU blocks: 2048",
            "INFO gpu_executor.py:126] Maximum concurrency for 8192 tokens per request: 54.66x",
        ),
        [H],
        "",
    ),
    (
        "vllm-blocks-concurrency-wrong",
        _block(
            VLLM_CONFIG,
            "INFO gpu_executor.py:122] # GPU blocks: 27987, # CPU blocks: 2048",
            "INFO gpu_executor.py:126] Maximum concurrency for 8192 tokens per request: 3.42x",
        ),
        [W],
        "54.66",
    ),
    (
        "peft",
        _block(PEFT_LOAD, PEFT_CONFIG, PEFT_ROW.format("4,194,304", "6,742,609,920", "0.06220594176090199"), lang="python"),
        [H, H, H],
        "",
    ),
    (
        "peft-wrong-r",
        _block(PEFT_LOAD, PEFT_CONFIG, PEFT_ROW.format("8,388,608", "6,742,609,920", "0.06220594176090199"), lang="python"),
        [H, H, W],
        "4,194,304",
    ),
    (
        "peft-4bit",
        _block(
            PEFT_LOAD.replace(")", ", load_in_4bit=True)"),
            PEFT_CONFIG,
            PEFT_ROW.format("4,194,304", "3,504,607,232", "0.11967971650867153"),
            lang="python",
        ),
        [H, H, V],
        "",
    ),
    ("peft-no-config", _block(PEFT_ROW.format("4,194,304", "6,742,609,920", "0.0622"), lang="text"), [H, V, V], ""),
    (
        "print-count-comment",
        _block(
            'm = GPT2LMHeadModel.from_pretrained("gpt2")',
            "print(sum(p.numel() for p in m.parameters()))   # 124439808",
            lang="python",
        ),
        [H],
        "",
    ),
    (
        "print-count-comment-wrong",
        _block('m = GPT2LMHeadModel.from_pretrained("gpt2-medium")', "print(m.num_parameters())   # 124439808", lang="python"),
        [W],
        "354,823,168",
    ),
    # a value computed from the count of the model the block loads: Qwen2.5-72B 72.7B × 2 / 2**30 = 135.4 GiB
    (
        "count-name-gib-as-gb",
        _block(
            'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-72B-Instruct", torch_dtype="auto")',
            "n = sum(p.numel() for p in model.parameters())",
            "print(n * 2 / 2**30)  # 135.4 GB of bf16 weights",
            lang="python",
        ),
        [U],
        "135.4",
    ),
    (
        "count-name-gib",
        _block(
            'model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-72B-Instruct", torch_dtype="auto")',
            "n = model.num_parameters()",
            "print(n * 2 / 2**30)  # 135.4 GiB of bf16 weights",
            lang="python",
        ),
        [H],
        "",
    ),
    # two models in one cell: the count is the one the printed object loads
    (
        "count-two-models",
        _block(
            'small = GPT2LMHeadModel.from_pretrained("gpt2")',
            'xl = GPT2LMHeadModel.from_pretrained("gpt2-xl")',
            "print(xl.num_parameters() * 2 / 1e9)   # 3.12 GB in fp16",
            "print(small.num_parameters())   # 124439808",
            lang="python",
        ),
        [H, H],
        "",
    ),
    # a value divided by 1e6 is in MB: GPT-2 XL 1,557,611,200 × 2 / 1e6 = 3115.2 MB = 2970.7 MiB
    ("decimal-as-mib", _block("n = 1_557_611_200", "print(n * 2 / 1e6)   # 3115 MiB in fp16", lang="python"), [U], "2,971"),
    ("decimal-as-mb", _block("n = 1_557_611_200", "print(n * 2 / 1e6)   # 3115 MB in fp16", lang="python"), [H], ""),
    ("binary-as-mib", _block("n = 1_557_611_200", "print(n * 2 / 2**20)   # 2971 MiB in fp16", lang="python"), [H], ""),
    # the inputs a comment restates (a GPU's memory, a bandwidth in parentheses) are not the printed value
    (
        "comment-inputs",
        _block("w = 14.48e9", "print(2.0e12 / w)   # ~138 tok/s on an A100 80GB (2.0 TB/s)", lang="python"),
        [H],
        "",
    ),
    (
        "comment-inputs-wrong",
        _block("w = 14.48e9", "print(2.0e12 / w)   # ~69 tok/s on an A100 80GB (2.0 TB/s)", lang="python"),
        [W],
        "138",
    ),
    # `accelerate estimate-memory` (GB there is GiB): Llama-2-7B 6,738,415,616 params → fp32 25.1 GiB, Adam 4× = 100.41
    (
        "accelerate",
        _block(
            "│  Memory Usage for loading `meta-llama/Llama-2-7b-hf`   │",
            "│ dtype │Largest Layer│Total Size│  Training using Adam  │",
            "│float32│  776.03 MB  │ 25.1 GB  │       100.41 GB       │",
            "│float16│  388.02 MB  │ 12.55 GB │       50.2 GB         │",
            "│  int4 │   97.0 MB   │ 3.14 GB  │         N/A           │",
        ),
        [H, H, H, H, H],
        "",
    ),
    (
        "accelerate-wrong",
        _block(
            "│  Memory Usage for loading `meta-llama/Llama-2-7b-hf`   │",
            "│ dtype │Largest Layer│Total Size│  Training using Adam  │",
            "│float16│  388.02 MB  │ 25.1 GB  │       50.2 GB         │",
        ),
        [W, H],
        "12.551",
    ),
    # Ollama's scheduler line: the KV of the runner's context (Llama-3.1-8B, 8192 → 1 GiB)
    (
        "ollama-kv",
        _block(
            "llama_model_loader: - kv   2:  general.name str = Meta Llama 3.1 8B Instruct",
            'msg="starting llama server" cmd="/usr/bin/ollama runner --model /root/.ollama/blobs/sha256-667b --ctx-size 8192'
            ' --batch-size 512"',
            'msg="offload to cuda" layers.model=33 memory.required.kv="1.0 GiB" memory.graph.full="560.0 MiB"',
        ),
        [H],
        "",
    ),
    # a quotient printed and the times the comment states
    (
        "ratio-print",
        _block("n_xl, n_small = 1_557_611_200, 124_439_808", "print(n_xl / n_small)   # 12.5x more parameters", lang="python"),
        [H],
        "",
    ),
    (
        "ratio-print-wrong",
        _block("n_xl, n_small = 1_557_611_200, 124_439_808", "print(n_xl / n_small)   # 25x more parameters", lang="python"),
        [W],
        "12.5",
    ),
    ("ratio-not-quotient", _block("t = 3.2", "print(t)   # 2x faster than before", lang="python"), [], ""),
    # the footprint of the weights in the dtype the block loads them in: Llama-3-8B bf16 16,060,522,496 bytes
    (
        "footprint",
        _block(
            'model = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B", torch_dtype=torch.bfloat16)',
            "print(model.get_memory_footprint() / 1e9)  # 16.06 GB",
            lang="python",
        ),
        [H],
        "",
    ),
    (
        "footprint-repl-wrong",
        _block(
            '>>> model = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B", torch_dtype=torch.bfloat16)',
            ">>> model.get_memory_footprint() / 2**30",
            "16.06",
            lang="pycon",
        ),
        [W],
        "14.95",
    ),
    # loaded in 4 bits: the footprint is not the dtype's
    (
        "footprint-quantized",
        _block(
            'model = AutoModelForCausalLM.from_pretrained("meta-llama/Meta-Llama-3-8B", load_in_4bit=True, dtype="bfloat16")',
            "print(model.get_memory_footprint() / 1e9)  # 5.59 GB",
            lang="python",
        ),
        [],
        "",
    ),
    # safety: a GPU's buffer alone is a part of the model (the embeddings stay on the CPU)
    ("gpu-buffer-alone", _block(LLAMA_CLI, "load_tensors:        CUDA0 model buffer size =  2201.75 MiB"), [V], ""),
    # safety: a count of something else than the model (LoRA adapters), a per-token KV size
    ("assert-lora-params", _block("assert lora_params(LLAMA2_7B, r=8) == 4_194_304", lang="python"), [], ""),
    ("assert-kv-per-token", _block("assert kv_bytes_per_token(LLAMA3_8B) == 131072  # 128 KiB", lang="python"), [H, H], ""),
    ("assert-kv-per-token-wrong", _block("assert kv_bytes_per_token(LLAMA3_8B) == 524288", lang="python"), [W], "131,072"),
    # safety: a quantized checkpoint served by vLLM is not its dtype's weights
    (
        "vllm-awq",
        _block(
            VLLM_CONFIG.replace("Meta-Llama-3-8B-Instruct", "Meta-Llama-3-8B-Instruct-AWQ").replace(
                "dtype=torch.bfloat16", "dtype=torch.float16"
            ),
            "INFO model_runner.py:1056] Loading model weights took 5.3453 GB",
        ),
        [V],
        "",
    ),
    # safety: PEFT with saved modules trains more than the adapters
    (
        "peft-modules-to-save",
        _block(
            PEFT_LOAD,
            PEFT_CONFIG.replace(")", ', modules_to_save=["lm_head"])'),
            PEFT_ROW.format("135,266,304", "6,873,681,920", "1.9679"),
            lang="python",
        ),
        [V, H, H],
        "",
    ),
    # `ls -lh --si`: powers of 1000 (Llama-3.1-8B Q4_K_M 4.91 GB)
    ("ls-si", _block("$ ls -lh --si", LS.format("5.0G", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf")), [H], ""),
    # `ollama list`: decimal units, the quantization in the tag (Llama-3.1-8B Q4_K_M 4.91 GB)
    (
        "ollama-list",
        _block(
            "$ ollama list",
            "NAME                               ID              SIZE      MODIFIED",
            "llama3.1:8b-instruct-q4_K_M        46e0c10c039e    4.9 GB    2 weeks ago",
            "llama3.1:8b-instruct-q8_0          b158ded76fa0    8.5 GB    2 weeks ago",
            "llama3.1:8b                        42182419e950    4.7 GB    3 days ago",
        ),
        [H, H, V],
        "",
    ),
    ("python-c", _block('$ python3 -c "print(8.03e9 * 0.5 / 1e9)"', "4.015"), [H], ""),
    ("python-c-wrong", _block('$ python3 -c "print(8.03e9 * 0.5 / 1e9)"', "8.03"), [W], "4.015"),
    # SGLang: K and V each hold tokens × layers × KV heads × head_dim × 2 B (Llama-3-8B: 413,184 tokens → 25.22 GiB)
    (
        "sglang",
        _block(
            "server_args=ServerArgs(model_path='meta-llama/Meta-Llama-3-8B-Instruct', dtype='auto', kv_cache_dtype='auto')",
            "[2026-11-30 10:02:11 TP0] KV Cache is allocated. #tokens: 413184, K size: 25.22 GB, V size: 25.22 GB",
        ),
        [H, H],
        "",
    ),
    (
        "sglang-wrong",
        _block(
            "server_args=ServerArgs(model_path='meta-llama/Meta-Llama-3-8B-Instruct', dtype='auto', kv_cache_dtype='auto')",
            "[2026-11-30 10:02:11 TP0] KV Cache is allocated. #tokens: 413184, K size: 50.44 GB, V size: 50.44 GB",
        ),
        [W, W],
        "25.219",
    ),
    # RU prose around an `ls -lh`; the listing states the sizes
    (
        "ru-ls",
        _block(
            "$ ls -lh ~/models",
            LS.format("4.4G", "qwen2.5-7b-instruct-q4_k_m.gguf"),
            LS.format("7.6G", "qwen2.5-7b-instruct-q8_0.gguf"),
            LS.format("8.1G", "qwen2.5-7b-instruct-q8_0.gguf"),
            above="Скачали два кванта, вот что лежит на диске:",
        ),
        [H, H, U],
        "",
    ),
]


@pytest.mark.parametrize(("text", "groups", "shown"), [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_more_tool_outputs(text: str, groups: list[str], shown: str) -> None:
    check_claims(text, groups, shown)
