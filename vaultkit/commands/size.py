"""`vaultkit size MODEL-OR-PARAMS`: parameters, weights, KV cache and training memory, in GB and GiB.

MODEL is a catalogued name (`vaultkit size --list`), a local Hugging Face `config.json`
(read offline), or PARAMS, a count such as 7e9, 7B or 6738415616. Examples:
`vaultkit size llama-2-7b --dtype fp16`, `vaultkit size 13B --dtype int8`,
`vaultkit size llama-3-8b --dtype Q4_K_M --context 8192 --batch 4`,
`vaultkit size path/to/config.json --context 4096`.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from vaultkit import output
from vaultkit.claims.catalog import MODELS, ModelConfig, find_model
from vaultkit.claims.engine import GB, GIB, TRAINING_RECIPES, count_parameters, dtype_bytes, size_report
from vaultkit.errors import UsageError

_COUNT = re.compile(r"^\s*([0-9][0-9_,.]*)\s*(e\s*\d+|[kmbt]|thousand|million|billion|trillion)?\s*$", re.IGNORECASE)
_SCALE = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "size",
        help="memory of a model: weights, KV cache, training",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("model", nargs="?", help="a catalogued model name, a config.json, or a parameter count (7B, 7e9)")
    p.add_argument(
        "--dtype", default="fp16", help="storage type: fp32, fp16, bf16, int8, int4, nf4, Q8_0, Q4_K_M … (default fp16)"
    )
    p.add_argument("--context", type=int, default=0, help="tokens of context for the KV cache (catalogued models only)")
    p.add_argument("--batch", type=int, default=1, help="sequences in the KV cache (default 1)")
    p.add_argument("--training", action="store_true", help="show full fine-tuning memory per recipe")
    p.add_argument("--list", action="store_true", help="list the catalogued models")
    p.add_argument("--format", choices=("text", "json"), default="text")


MAX_PARAMETERS = 1e18


def parse_count(text: str) -> int:
    m = _COUNT.match(text)
    if not m:
        raise UsageError(
            f"{text!r} is neither a catalogued model (see `vaultkit size --list`) nor a parameter count like 7B or 7e9"
        )
    number = float(m.group(1).replace("_", "").replace(",", ""))
    unit = (m.group(2) or "").lower().replace(" ", "")
    exponent = min(int(unit[1:]), 300) if unit.startswith("e") and unit[1:].strip().isdigit() else 0
    scale = 10.0**exponent if unit.startswith("e") else _SCALE.get(unit, 1)
    total = number * scale
    if not total < MAX_PARAMETERS:  # also inf and nan: `1e400` is not a count round() can take
        raise UsageError(f"{text!r} is not a parameter count vaultkit can size (at most {MAX_PARAMETERS:.0e})")
    return round(total)


def both(n: float) -> str:
    return f"{n / GB:,.2f} GB ({n / GIB:,.2f} GiB)"


def _model(text: str) -> ModelConfig | None:
    """A catalogued model, or one read from a local config.json (a path ending in .json)."""
    if text.endswith(".json") or Path(text).is_file():
        from vaultkit.claims.hfconfig import ConfigError, read_config

        try:
            return read_config(text)
        except ConfigError as exc:
            raise UsageError(str(exc)) from None
    return find_model(text)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for m in MODELS:
            output.echo(f"{m.name:<22} {count_parameters(m).total:>18,} parameters")
        return 0
    if not args.model:
        raise UsageError("give a model name or a parameter count (see --help)")
    model = _model(args.model)
    params = count_parameters(model).total if model else parse_count(args.model)
    try:
        dtype_bytes(args.dtype)
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    if args.context and model is None:
        raise UsageError("--context needs a catalogued model or a config.json (its layers and KV heads)")
    report = size_report(params, model=model, dtype=args.dtype, context=args.context, batch=args.batch)
    if args.format == "json":
        output.write(json.dumps({"model": model.name if model else None, **report.__dict__}, indent=2) + "\n")
        return 0
    title = model.name if model else args.model
    output.echo(f"{title}: {params:,} parameters" + (f" ({report.active:,} active per token)" if report.active != params else ""))
    output.echo(f"weights ({args.dtype}): {both(report.weights)}")
    if report.kv_cache:
        output.echo(f"KV cache ({args.context:,} tokens × {args.batch}, fp16): {both(report.kv_cache)}")
        output.echo(f"weights + KV cache: {both(report.weights + report.kv_cache)}")
    if args.training:
        output.echo("full fine-tuning, before activations:")
        for name, (per, doc) in TRAINING_RECIPES.items():
            output.echo(f"  {name:<12} {per:>4g} B/param  {both(report.training[name])}  — {doc}")
    return 0
