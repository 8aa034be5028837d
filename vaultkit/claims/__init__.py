"""Numeric sizing claims: extraction, recomputation and verdicts."""

from typing import Any

from vaultkit.claims.model import Claim, Verdict

__all__ = ["EXTRACTOR_VERSION", "Claim", "Verdict", "extract_claims"]

# Bumped when the extractor finds or judges claims differently: a note cached with an older
# version holds stale claims (2: claims.shapes, typed kinds, scope masking, 49-model catalogue;
# 3: context models, KV sections, bits↔bytes, per-parameter recipes; 4: prose arithmetic, header
# units, bits per weight, section bandwidth, hardware figures only; 5: vector indexes, bare and
# column parameter counts, header kinds, conversions of chain results, readings/remainders; 6:
# parameter shares, size ranges, ratios across sentences, lead-in and paragraph-above subjects,
# noted training recipes, listed and tabled bits per weight, context-headed KV columns; 7:
# sentences split where a model name starts the next one, long stretches read in pieces; 8: no
# error on a guess: dtype or part attribution, totals, batched and multi-device rates, size names;
# 9: token budgets and storage, percent/count ranges, per-device shares, active weights, mixes;
# 10: parallel lists, quant types and dtypes said of other figures or parts, Russian KV wording;
# 11: quoted parameter counts, plural card names, per-GPU training without full sharding;
# 18: one claim per figure, activations, FLOPs per token, MoE active bounds, TP shares, chains
# not judged past what they read, code loops, ratios between models, Mistral-7B-v0.2; 19: cache
# dtypes kept to the cache, hypotheticals, back-references, money after `$`, stated bits per weight;
# 20: a line naming its model and dtypes after a cache line is the weights; 21: money words;
# 22: capacity counts, vector indexes, recipe tables, Dataview records, declared models, GQA
# ratios, NF4 bits, optimizer states, conversions' source and target types, a GPU catalogue;
# 23: durations (generation, transfer, GPU-hours), per-device shares under TP/PP/ZeRO stages,
# header-unit and per-device table columns, subsections inheriting their heading's model; 24:
# activation memory, parameter and LoRA counts, token counts, Russian rate/time/FLOP/s units,
# lower bounds, factor ranges, percent of a size, Apple machines, KV totals by list and reference).
# 25: parts are not wholes, whose figure, bounds on their side; 26: roles bound to models, models
# together, hard-wrapped lines, KV totals only on their stated inputs, quantized caches, training
# memory by ZeRO stage, FLOPs, ratio and time shapes. 28: front-matter keys, models called by size. 29: key
# contexts and Dataview fields, rank roles, thin-space digit groups, a 1 % floor, slash lists, the note's models. 30:
# budget labels, list openers, heading types and size headings, adapter recipes, bits read as bytes, parts of counts.
# 39: a reader's failure costs one sentence, versions and deployments and family words as models, printout and
# configuration blocks read, flow mappings under underscored model keys. 46: how many sequences fit, rates restated in
# bits, one amount in both units, a type named again after a dash, heads a figure counts, glued family versions.
# 47: card capacities, list items' wrapped lines, LaTeX division, token volumes over spans, the sizes FLOPs are for,
# devices' shares of active experts, another model the note names to the last digit.
EXTRACTOR_VERSION = 49


def __getattr__(name: str) -> Any:
    # The extractor (regular expressions, the sizing engine) loads on first use: the claim
    # rules and cached notes need only the model, and a hook run must not pay for the rest.
    if name == "extract_claims":
        from vaultkit.claims.extract import extract_claims

        return extract_claims
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
