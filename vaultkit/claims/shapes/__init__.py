"""The claim shapes, one small unit each, in the order they run over a sentence.

Each is `(Sentence, NoteFacts) -> list[Found]` (see `base`); the figures a shape uses are not
offered to the shapes after it.
"""

from __future__ import annotations

from vaultkit.claims.shapes.activations import activations
from vaultkit.claims.shapes.base import Shape
from vaultkit.claims.shapes.capacities import capacities
from vaultkit.claims.shapes.chains import chains, labelled_products
from vaultkit.claims.shapes.context_sizes import code_sizes, vague
from vaultkit.claims.shapes.context_sizes import hardware as hardware_catalogue
from vaultkit.claims.shapes.copies import weight_multiples
from vaultkit.claims.shapes.counts import counts
from vaultkit.claims.shapes.declared import declared_weights
from vaultkit.claims.shapes.decode import decode_ceilings
from vaultkit.claims.shapes.device_ratios import device_ratios
from vaultkit.claims.shapes.dtype_facts import bits_per_weight, dtype_facts
from vaultkit.claims.shapes.expressions import expressions, transfer_times
from vaultkit.claims.shapes.fields import field_weights
from vaultkit.claims.shapes.flops import flops
from vaultkit.claims.shapes.hardware import card_bandwidth, card_memory
from vaultkit.claims.shapes.indexes import index_sizes
from vaultkit.claims.shapes.percent_pairs import percent_pairs
from vaultkit.claims.shapes.ram_bandwidth import ram_bandwidth
from vaultkit.claims.shapes.ratios import (
    attention_ratios,
    conversions,
    multiplier_ranges,
    percent_words,
    ratio_words,
    restated_ratios,
    restatements,
)
from vaultkit.claims.shapes.recipe_tables import recipe_tables
from vaultkit.claims.shapes.sessions import session_counts
from vaultkit.claims.shapes.shares import device_splits, shares
from vaultkit.claims.shapes.size_ranges import size_ranges
from vaultkit.claims.shapes.sized import per_billion, sized
from vaultkit.claims.shapes.times import durations
from vaultkit.claims.shapes.tokens import token_budgets, token_storage, token_tables
from vaultkit.claims.shapes.training import training
from vaultkit.claims.shapes.unread import unread_sizes

SHAPES: tuple[Shape, ...] = (
    vague,
    per_billion,
    dtype_facts,
    ram_bandwidth,
    device_ratios,
    bits_per_weight,
    attention_ratios,
    weight_multiples,
    labelled_products,
    chains,
    expressions,
    transfer_times,
    durations,
    conversions,
    ratio_words,
    percent_words,
    shares,
    size_ranges,
    multiplier_ranges,
    card_memory,
    hardware_catalogue,
    code_sizes,
    token_tables,
    token_budgets,
    token_storage,
    capacities,
    index_sizes,
    declared_weights,
    recipe_tables,
    field_weights,
    activations,
    flops,
    counts,
    training,
    decode_ceilings,
    sized,
    device_splits,
    restated_ratios,
    restatements,
    percent_pairs,
    session_counts,
    card_bandwidth,
    unread_sizes,
)
