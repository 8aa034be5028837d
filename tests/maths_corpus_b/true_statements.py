"""Every true bytes / bandwidth statement written into maths_corpus_b/notes, checked by hand.

Each entry names the note, a piece of text that occurs on exactly one line of it (the
statement's line), the figure as written there, and the author's own arithmetic for it.
The script asserts that the line contains the figure and that the figure agrees with the
arithmetic to the precision it is written with (half a unit in its last digit), or exactly
where the note says "=" with no rounding.  It uses only the standard library; it does not
import vaultkit.

Run:  python tests/maths_corpus_b/true_statements.py
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

NOTES = Path(__file__).resolve().parent / "notes"

# Units, written out once.
kB, MB, GB, TB = 1e3, 1e6, 1e9, 1e12
KiB, MiB, GiB, TiB = 2**10, 2**20, 2**30, 2**40
kbit, Mbit, Gbit = 1e3, 1e6, 1e9

# (note, anchor on the statement's line, figure as written, value computed here)
# The figure is parsed (spaces/thin spaces dropped, decimal comma read as a point).
STATEMENTS: list[tuple[str, str, str, float]] = [
    # --- en_si_prefixes
    ("en_si_prefixes.md", "1\\,\\text{KiB} = 2^{10} = 1024", "1024", KiB),
    ("en_si_prefixes.md", "1\\,\\text{MiB} = 2^{20} = 1\\,048\\,576", "1048576", MiB),
    ("en_si_prefixes.md", "1\\,\\text{GiB} = 2^{30} = 1\\,073\\,741\\,824", "1073741824", GiB),
    ("en_si_prefixes.md", "so 1 GiB ≈ 1.074 GB", "1.074", GiB / GB),
    # --- en_kinematics_lab (logger: 1 kHz x 3 channels x 2 bytes)
    ("en_kinematics_lab.md", "= 6000$ bytes per second", "6000", 1000 * 3 * 2),
    ("en_kinematics_lab.md", "i.e. 6 kB/s", "6", 1000 * 3 * 2 / kB),
    ("en_kinematics_lab.md", "produces 3.6 MB", "3.6", 1000 * 3 * 2 * 600 / MB),
    # --- en_fourier_sampling (CD audio, MP3)
    ("en_fourier_sampling.md", "= 1 411 200 bit/s", "1411200", 44100 * 16 * 2),
    ("en_fourier_sampling.md", "i.e. 1411.2 kbit/s", "1411.2", 44100 * 16 * 2 / kbit),
    ("en_fourier_sampling.md", "176 400 bytes per second", "176400", 44100 * 16 * 2 / 8),
    ("en_fourier_sampling.md", "= 176.4 kB/s", "176.4", 44100 * 16 * 2 / 8 / kB),
    ("en_fourier_sampling.md", "is 10.584 MB", "10.584", 44100 * 2 * 2 * 60 / MB),
    ("en_fourier_sampling.md", "≈ 10.09 MiB", "10.09", 44100 * 2 * 2 * 60 / MiB),
    ("en_fourier_sampling.md", "about 783.2 MB", "783.2", 44100 * 2 * 2 * 74 * 60 / MB),
    ("en_fourier_sampling.md", "MP3 is 40 kB/s", "40", 320 * kbit / 8 / kB),
    ("en_fourier_sampling.md", "same minute is 2.4 MB", "2.4", 320 * kbit / 8 * 60 / MB),
    ("en_fourier_sampling.md", "about 4.4 times smaller", "4.4", (44100 * 4 * 60) / (320 * kbit / 8 * 60)),
    # --- en_entropy_bits
    ("en_entropy_bits.md", "stored at 8 bits each is 1 MB", "1", 1e6 * 8 / 8 / MB),
    ("en_entropy_bits.md", "= 218\\,750$ bytes", "218750", 1e6 * 1.75 / 8),
    ("en_entropy_bits.md", "about 219 kB", "219", 1e6 * 1.75 / 8 / kB),
    # --- en_hash_tables
    ("en_hash_tables.md", "an 8-byte value = 16 bytes", "16", 8 + 8),
    ("en_hash_tables.md", "= 16\\,777\\,216$ bytes", "16777216", 2**20 * 16),
    ("en_hash_tables.md", "bytes = 16 MiB", "16", 2**20 * 16 / MiB),
    ("en_hash_tables.md", "(about 16.8 MB)", "16.8", 2**20 * 16 / MB),
    ("en_hash_tables.md", "= 32\\,388\\,608$ bytes", "32388608", 10**6 * 24 + 2**20 * 8),
    ("en_hash_tables.md", "≈ 32.4 MB", "32.4", (10**6 * 24 + 2**20 * 8) / MB),
    # --- en_cache_hierarchy
    ("en_cache_hierarchy.md", "| L1d | 32 KiB | 64 B | 8 | 512 |", "512", 32 * KiB / 64),
    ("en_cache_hierarchy.md", "| L2 | 1 MiB | 64 B | 16 | 16 384 |", "16384", MiB / 64),
    ("en_cache_hierarchy.md", "| L3 (shared) | 32 MiB | 64 B | 16 | 524 288 |", "524288", 32 * MiB / 64),
    ("en_cache_hierarchy.md", "A 4 KiB page is 4096 bytes", "4096", 4 * KiB),
    ("en_cache_hierarchy.md", "covers 512 ordinary 4 KiB pages", "512", 2 * MiB / (4 * KiB)),
    ("en_cache_hierarchy.md", "512 entries of 8 bytes, i.e. one 4 KiB", "4", 512 * 8 / KiB),
    ("en_cache_hierarchy.md", "bytes = 256 TiB", "256", 2**48 / TiB),
    ("en_cache_hierarchy.md", "= 256 KiB of reach", "256", 64 * 4 * KiB / KiB),
    ("en_cache_hierarchy.md", "64 entries reach 128 MiB", "128", 64 * 2 * MiB / MiB),
    ("en_cache_hierarchy.md", "× 4 KiB = 6 MiB", "6", 1536 * 4 * KiB / MiB),
    ("en_cache_hierarchy.md", "= 25.6$ GB/s per channel", "25.6", 3200e6 * 8 / GB),
    ("en_cache_hierarchy.md", "peaks at 51.2 GB/s", "51.2", 2 * 3200e6 * 8 / GB),
    # --- en_disk_capacity
    ("en_disk_capacity.md", "1 TiB = $2^{40} = 1\\,099\\,511\\,627\\,776$", "1099511627776", TiB),
    ("en_disk_capacity.md", "| 500 GB |", "465.7", 500 * GB / GiB),
    ("en_disk_capacity.md", "| 1 TB |", "931.3", TB / GiB),
    ("en_disk_capacity.md", "| 4 TB |", "3.64", 4 * TB / TiB),
    ("en_disk_capacity.md", "| 8 TB |", "7.28", 8 * TB / TiB),
    ("en_disk_capacity.md", "| 18 TB |", "16.37", 18 * TB / TiB),
    ("en_disk_capacity.md", "= 0.9095$", "0.9095", TB / TiB),
    ("en_disk_capacity.md", "gives 24 TB usable", "24", (4 - 1) * 8 * TB / TB),
    ("en_disk_capacity.md", "about 21.8 TiB", "21.8", (4 - 1) * 8 * TB / TiB),
    ("en_disk_capacity.md", "leaves 40 TB", "40", (6 - 2) * 10 * TB / TB),
    ("en_disk_capacity.md", "roughly 36.4 TiB", "36.4", (6 - 2) * 10 * TB / TiB),
    ("en_disk_capacity.md", "SSDs = 8 TB usable", "8", 8 * 2 * TB / 2 / TB),
    ("en_disk_capacity.md", "= 40\\,000$ s", "40000", 8 * TB / (200 * MB)),
    ("en_disk_capacity.md", "reading 24 TB $= 1.92", "1.92", 24 * TB * 8 / 1e14),
    # --- en_network_bandwidth
    ("en_network_bandwidth.md", "| Fast Ethernet |", "12.5", 100 * Mbit / 8 / MB),
    ("en_network_bandwidth.md", "| Gigabit Ethernet |", "125", Gbit / 8 / MB),
    ("en_network_bandwidth.md", "| 10GbE |", "1.25", 10 * Gbit / 8 / GB),
    ("en_network_bandwidth.md", "| 25GbE |", "3.125", 25 * Gbit / 8 / GB),
    ("en_network_bandwidth.md", "| 100GbE |", "12.5", 100 * Gbit / 8 / GB),
    ("en_network_bandwidth.md", "1 Gbit/s is about 119.2 MiB/s", "119.2", Gbit / 8 / MiB),
    ("en_network_bandwidth.md", "4.7 GB DVD image", "376", 4.7 * GB * 8 / (100 * Mbit)),
    ("en_network_bandwidth.md", "50 GB game", "800", 50 * GB * 8 / (500 * Mbit)),
    ("en_network_bandwidth.md", "50 GB game", "13.3", 50 * GB * 8 / (500 * Mbit) / 60),
    ("en_network_bandwidth.md", "Copying 1 TB across", "800", TB * 8 / (10 * Gbit)),
    ("en_network_bandwidth.md", "so the efficiency is", "94.9", 100 * 1460 / 1538),
    ("en_network_bandwidth.md", "2. $= 949.3$ Mbit/s", "949.3", Gbit * 1460 / 1538 / Mbit),
    ("en_network_bandwidth.md", "118.7$ MB/s", "118.7", Gbit * 1460 / 1538 / 8 / MB),
    ("en_network_bandwidth.md", "bits = 10 MB", "10", Gbit * 0.080 / 8 / MB),
    ("en_network_bandwidth.md", "around 10 MB to fill", "10", Gbit * 0.080 / 8 / MB),
    ("en_network_bandwidth.md", "# 125.0  (MB/s)", "125.0", Gbit / 8 / MB),
    # --- en_numpy_memory
    ("en_numpy_memory.md", "`int64` values takes 8 MB", "8", 10**6 * 8 / MB),
    ("en_numpy_memory.md", "(8 000 000 bytes", "8000000", 10**6 * 8),
    ("en_numpy_memory.md", "≈ 7.63 MiB", "7.63", 10**6 * 8 / MiB),
    ("en_numpy_memory.md", "`bool` flags: 1 MB", "1", 10**6 / MB),
    ("en_numpy_memory.md", "125 000 bytes = 125 kB", "125000", 10**6 / 8),
    ("en_numpy_memory.md", "`float64` matrix is 8 MB", "8", 1000 * 1000 * 8 / MB),
    ("en_numpy_memory.md", "as `float32` it is 4 MB", "4", 1000 * 1000 * 4 / MB),
    ("en_numpy_memory.md", "6\\,220\\,800$ bytes", "6220800", 1920 * 1080 * 3),
    ("en_numpy_memory.md", "≈ 6.2 MB", "6.2", 1920 * 1080 * 3 / MB),
    ("en_numpy_memory.md", "≈ 5.93 MiB", "5.93", 1920 * 1080 * 3 / MiB),
    ("en_numpy_memory.md", "602 112 bytes", "602112", 3 * 224 * 224 * 4),
    ("en_numpy_memory.md", "= 588 KiB", "588", 3 * 224 * 224 * 4 / KiB),
    ("en_numpy_memory.md", "19 267 584 bytes", "19267584", 32 * 3 * 224 * 224 * 4),
    ("en_numpy_memory.md", "≈ 19.3 MB", "19.3", 32 * 3 * 224 * 224 * 4 / MB),
    ("en_numpy_memory.md", "exactly 18.375 MiB", "18.375", 32 * 3 * 224 * 224 * 4 / MiB),
    ("en_numpy_memory.md", "print(a.nbytes)", "8000000", 10**6 * 8),
    ("en_numpy_memory.md", "# 19267584 18.375", "18.375", 32 * 3 * 224 * 224 * 4 / MiB),
    ("en_numpy_memory.md", "roughly 36 MB", "36", 10**6 * (8 + 28) / MB),
    ("en_numpy_memory.md", "Answer: 400 000", "400000", 500 * 400 * 2),
    # --- en_training_log (MNIST 60 000 x 28 x 28)
    ("en_training_log.md", "= 47 040 000 bytes", "47040000", 60000 * 28 * 28),
    ("en_training_log.md", "≈ 47 MB", "47", 60000 * 28 * 28 / MB),
    ("en_training_log.md", "(44.9 MiB)", "44.9", 60000 * 28 * 28 / MiB),
    ("en_training_log.md", "188 160 000 bytes", "188160000", 60000 * 28 * 28 * 4),
    ("en_training_log.md", "≈ 188.2 MB", "188.2", 60000 * 28 * 28 * 4 / MB),
    ("en_training_log.md", "≈ 179.4 MiB", "179.4", 60000 * 28 * 28 * 4 / MiB),
    ("en_training_log.md", "31 360 000 bytes", "31360000", 10000 * 28 * 28 * 4),
    ("en_training_log.md", "(31.4 MB)", "31.4", 10000 * 28 * 28 * 4 / MB),
    # --- en_cp_notes
    ("en_cp_notes.md", "`int a[10000000]`", "40", 10**7 * 4 / MB),
    ("en_cp_notes.md", "`long long a[10000000]`", "80", 10**7 * 8 / MB),
    ("en_cp_notes.md", "`int dp[5000][5000]`", "100", 5000 * 5000 * 4 / MB),
    ("en_cp_notes.md", "`bitset<100000000>`", "12.5", 1e8 / 8 / MB),
    ("en_cp_notes.md", "with `vector<bool>` uses 1.25 MB", "1.25", 1e7 / 8 / MB),
    # --- en_crypto_key_sizes (sizes and encodings)
    ("en_crypto_key_sizes.md", "| AES-128 key |", "16", 128 / 8),
    ("en_crypto_key_sizes.md", "| AES-256 key |", "32", 256 / 8),
    ("en_crypto_key_sizes.md", "| SHA-1 digest |", "40", 160 / 4),
    ("en_crypto_key_sizes.md", "| SHA-256 digest |", "44", 4 * math.ceil(32 / 3)),
    ("en_crypto_key_sizes.md", "| SHA-512 digest |", "128", 512 / 4),
    ("en_crypto_key_sizes.md", "| Ed25519 signature |", "88", 4 * math.ceil(64 / 3)),
    ("en_crypto_key_sizes.md", "| RSA-2048 modulus |", "344", 4 * math.ceil(256 / 3)),
    # --- en_benchmarks_log
    ("en_benchmarks_log.md", "of goodput is about 1.18 GB/s", "1.18", 9.41 * Gbit / 8 / GB),
    ("en_benchmarks_log.md", "11.0 GiB in 10 s ≈ 1.18 GB/s", "1.18", 11.0 * GiB / 10 / GB),
    ("en_benchmarks_log.md", "also prints as 2.98 GiB/s", "2.98", 3.2 * GB / GiB),
    ("en_benchmarks_log.md", "(3052 MiB/s)", "3052", 3.2 * GB / MiB),
    ("en_benchmarks_log.md", "≈ 7.88 GB/s", "7.88", 16e9 * 4 * 128 / 130 / 8 / GB),
    ("en_benchmarks_log.md", "at most 600 MB/s", "600", 6 * Gbit * 8 / 10 / 8 / MB),
    ("en_benchmarks_log.md", "# 10737418240 bytes (11 GB, 10 GiB)", "10737418240", 10 * GiB),
    ("en_benchmarks_log.md", "# 10737418240 bytes (11 GB, 10 GiB)", "11", 10 * GiB / GB),
    ("en_benchmarks_log.md", "= 858 993 459 bytes/s", "858993459", 10 * GiB / 12.5),
    ("en_benchmarks_log.md", "bytes/s: 859 MB/s", "859", 10 * GiB / 12.5 / MB),
    ("en_benchmarks_log.md", "or 819.2 MiB/s", "819.2", 10 * GiB / 12.5 / MiB),
    ("en_benchmarks_log.md", "tops out at 500 MB/s raw", "500", 5 * Gbit * 8 / 10 / 8 / MB),
    # --- ru_edinicy_si
    ("ru_edinicy_si.md", "1 КиБ = 1024 байта", "1048576", MiB),
    ("ru_edinicy_si.md", "поэтому 1 ГиБ ≈ 1,074 ГБ", "1,074", GiB / GB),
    ("ru_edinicy_si.md", "а 1 ГБ ≈ 0,931 ГиБ", "0,931", GB / GiB),
    # --- ru_entropiya
    ("ru_entropiya.md", "кириллических букв весит", "2", 10**6 * 2 / MB),
    ("ru_entropiya.md", "= 2 МБ ≈ 1,91 МиБ", "1,91", 10**6 * 2 / MiB),
    ("ru_entropiya.md", "cp1251 тот же текст занимает 1 МБ", "1", 10**6 * 1 / MB),
    ("ru_entropiya.md", "Полоса 3100 Гц", "30,9", 3100 * math.log2(1001) / kbit),
    # --- ru_diski_raid
    ("ru_diski_raid.md", "Диск на 2 ТБ отображается как ≈ 1,82 ТиБ", "1,82", 2 * TB / TiB),
    ("ru_diski_raid.md", "| 256 ГБ |", "238,4", 256 * GB / GiB),
    ("ru_diski_raid.md", "| 500 ГБ |", "465,7", 500 * GB / GiB),
    ("ru_diski_raid.md", "| 2 ТБ |", "1,82", 2 * TB / TiB),
    ("ru_diski_raid.md", "| 12 ТБ |", "10,91", 12 * TB / TiB),
    ("ru_diski_raid.md", "даёт 16 ТБ полезного", "16", (5 - 1) * 4 * TB / TB),
    ("ru_diski_raid.md", "около 14,55 ТиБ", "14,55", (5 - 1) * 4 * TB / TiB),
    ("ru_diski_raid.md", "500 ГБ ≈ 465,7 ГиБ", "465,7", 500 * GB / GiB),
    ("ru_diski_raid.md", "72 ТБ ≈ 65,5 ТиБ", "72", (8 - 2) * 12 * TB / TB),
    ("ru_diski_raid.md", "72 ТБ ≈ 65,5 ТиБ", "65,5", (8 - 2) * 12 * TB / TiB),
    ("ru_diski_raid.md", "при 180 МБ/с", "66667", 12 * TB / (180 * MB)),
    ("ru_diski_raid.md", "при 180 МБ/с", "18,5", 12 * TB / (180 * MB) / 3600),
    ("ru_diski_raid.md", "это около 0,55 ТиБ", "0,55", 0.05 * 12 * TB / TiB),
    # --- ru_set_propusknaya
    ("ru_set_propusknaya.md", "| домашний тариф |", "12,5", 100 * Mbit / 8 / MB),
    ("ru_set_propusknaya.md", "| гигабит |", "125", Gbit / 8 / MB),
    ("ru_set_propusknaya.md", "| 10GbE |", "1,25", 10 * Gbit / 8 / GB),
    ("ru_set_propusknaya.md", "| 40GbE |", "5", 40 * Gbit / 8 / GB),
    ("ru_set_propusknaya.md", "1 Гбит/с ≈ 119,2 МиБ/с", "119,2", Gbit / 8 / MiB),
    ("ru_set_propusknaya.md", "= 56$ с", "56", 700 * MB * 8 / (100 * Mbit)),
    ("ru_set_propusknaya.md", "Образ 4 ГБ", "1600", 4 * GB * 8 / (20 * Mbit)),
    ("ru_set_propusknaya.md", "за минуту можно получить 375 МБ", "375", 50 * Mbit * 60 / 8 / MB),
    ("ru_set_propusknaya.md", "на 2 Мбит/с — это 900 МБ", "900", 2 * Mbit * 3600 / 8 / MB),
    ("ru_set_propusknaya.md", "бит = 500 КБ", "500", 100 * Mbit * 0.040 / 8 / kB),
    ("ru_set_propusknaya.md", "\\approx 81\\,274$ кадра", "81274", Gbit / (1538 * 8)),
    ("ru_set_propusknaya.md", "Это 11,8 МБ/с", "11,8", 94.3 * Mbit / 8 / MB),
    # --- ru_pamyat_massivov
    ("ru_pamyat_massivov.md", "чисел `float64` занимает 8 МБ", "8", 10**6 * 8 / MB),
    ("ru_pamyat_massivov.md", "значений `int32` — 4 МБ", "4", 10**6 * 4 / MB),
    ("ru_pamyat_massivov.md", "примерно 3,81 МиБ", "3,81", 10**6 * 4 / MiB),
    ("ru_pamyat_massivov.md", "= 67\\,108\\,864$ байт", "67108864", 4096**2 * 4),
    ("ru_pamyat_massivov.md", "байт = 64 МиБ ≈ 67,1 МБ", "64", 4096**2 * 4 / MiB),
    ("ru_pamyat_massivov.md", "байт = 64 МиБ ≈ 67,1 МБ", "67,1", 4096**2 * 4 / MB),
    ("ru_pamyat_massivov.md", "вдвое меньше — 32 МиБ", "32", 4096**2 * 2 / MiB),
    ("ru_pamyat_massivov.md", "= 921\\,600$ байт", "921600", 640 * 480 * 3),
    ("ru_pamyat_massivov.md", "≈ 0,92 МБ (900 КиБ)", "0,92", 640 * 480 * 3 / MB),
    ("ru_pamyat_massivov.md", "≈ 0,92 МБ (900 КиБ)", "900", 640 * 480 * 3 / KiB),
    ("ru_pamyat_massivov.md", "занимает 12 582 912 байт", "12582912", 16 * 3 * 256 * 256 * 4),
    ("ru_pamyat_massivov.md", "= 12 МиБ ≈ 12,6 МБ", "12,6", 16 * 3 * 256 * 256 * 4 / MB),
    ("ru_pamyat_massivov.md", "байт = 2,4 ГБ", "2,4", 3 * (10**4) ** 2 * 8 / GB),
    ("ru_pamyat_massivov.md", "= 12\\,400\\,004", "12400004", 10**6 * 8 + 10**6 * 4 + (10**5 + 1) * 4),
    ("ru_pamyat_massivov.md", "\\approx 12{,}4\\ \\text{МБ}", "12,4", (10**6 * 12 + (10**5 + 1) * 4) / MB),
    ("ru_pamyat_massivov.md", "байт = 80 ГБ", "80", 10**10 * 8 / GB),
    ("ru_pamyat_massivov.md", "Ответ: 2000 байт", "2000", 1000 * 2),
    # --- ru_olimpiadnoe
    ("ru_olimpiadnoe.md", "`int a[50'000'000]`", "200", 5 * 10**7 * 4 / MB),
    ("ru_olimpiadnoe.md", "`long long dp[2000][2000]`", "32", 2000 * 2000 * 8 / MB),
    ("ru_olimpiadnoe.md", "`vector<int>` на", "40", 10**7 * 4 / MB),
    ("ru_olimpiadnoe.md", "`char s[1'000'001]`", "1", 1_000_001 / MB),
    # --- ru_kriptografiya
    ("ru_kriptografiya.md", "| ключ AES-256 |", "32", 256 / 8),
    ("ru_kriptografiya.md", "| SHA-512 |", "64", 512 / 8),
    ("ru_kriptografiya.md", "| модуль RSA-4096 |", "512", 4096 / 8),
    ("ru_kriptografiya.md", "| модуль RSA-4096 |", "1024", 4096 / 4),
    ("ru_kriptografiya.md", "соль — 16 байт", "22", math.ceil(16 * 8 / 6)),
    # --- ru_laboratornyy_zhurnal (4 ch x 48 kHz x 2 bytes)
    ("ru_laboratornyy_zhurnal.md", "= 384 000 байт/с", "384000", 4 * 48000 * 2),
    ("ru_laboratornyy_zhurnal.md", "= 384 000 байт/с = 384 КБ/с", "384", 4 * 48000 * 2 / kB),
    ("ru_laboratornyy_zhurnal.md", "Это 3,072 Мбит/с", "3,072", 4 * 48000 * 2 * 8 / Mbit),
    ("ru_laboratornyy_zhurnal.md", "≈ 115,2 МБ ≈ 109,9 МиБ", "115,2", 4 * 48000 * 2 * 300 / MB),
    ("ru_laboratornyy_zhurnal.md", "≈ 115,2 МБ ≈ 109,9 МиБ", "109,9", 4 * 48000 * 2 * 300 / MiB),
    ("ru_laboratornyy_zhurnal.md", "выгрузка `zapis", "115200000", 4 * 48000 * 2 * 300),
    # --- other quantities with units (line size, operation counts)
    ("en_cache_hierarchy.md", "stride 16 ints = 64 B", "64", 16 * 4),
    ("en_numpy_memory.md", "4. for $m = n = k = 1000$", "2", 2 * 1000**3 / 1e9),
    ("en_numpy_memory.md", "flops/byte; at $n = 1200$ that is 100", "100", 2 * 1200**3 / (3 * 8 * 1200**2)),
    ("ru_pamyat_massivov.md", "3. операций: $2n^3", "2", 2 * (10**4) ** 3 / 1e12),
]


def _number(figure: str) -> tuple[float, int]:
    """Parse a figure as written; return its value and its number of decimals."""
    text = figure.replace(" ", "").replace("\u202f", "").replace(",", ".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return float(text), decimals


def _digits_of_line(line: str) -> str:
    """The line with digit-group separators removed, so '1\\,048\\,576' or '6 000' match."""
    out = line.replace("\\,", "").replace("\u202f", "").replace("\u00a0", "")
    out = out.replace("{,}", ",")
    # join groups of three digits separated by a single space ("47 040 000")
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "", out)


def main() -> int:
    failures = 0
    for note, anchor, figure, computed in STATEMENTS:
        lines = (NOTES / note).read_text(encoding="utf-8").splitlines()
        hits = [i for i, line in enumerate(lines, 1) if anchor in line]
        if len(hits) != 1:
            print(f"FAIL {note}: anchor {anchor!r} found on {len(hits)} lines")
            failures += 1
            continue
        lineno = hits[0]
        line = lines[lineno - 1]
        if figure not in _digits_of_line(line) and figure not in line:
            print(f"FAIL {note}:{lineno}: figure {figure!r} not on the line: {line!r}")
            failures += 1
            continue
        stated, decimals = _number(figure)
        tolerance = 0.5 * 10 ** (-decimals) * (1 + 1e-9)
        ok = abs(stated - computed) <= tolerance
        status = "ok  " if ok else "FAIL"
        print(f"{status} {note}:{lineno}: stated {figure} computed {computed:.6g}")
        failures += not ok
    print(f"{len(STATEMENTS)} statements, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
