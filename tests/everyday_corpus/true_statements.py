"""Every TRUE bytes / bandwidth / size statement written in everyday_corpus/notes.

Independent of vaultkit: each entry carries the author's own arithmetic. For every entry the
script finds the one line of the note that contains ``needle``, checks that the line also
contains the stated figure exactly as written, and checks the figure against the computation
(relative tolerance ``tol``, which matches the rounding used in the text; ``mode="le"`` means
the stated figure is an upper bound that the computed value must not exceed).

Run:  python tests/everyday_corpus/true_statements.py
"""

from __future__ import annotations

import math
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

NOTES = Path(__file__).resolve().parent / "notes"

KB, MB, GB, TB = 1e3, 1e6, 1e9, 1e12
KiB, MiB, GiB, TiB = 2**10, 2**20, 2**30, 2**40
Mbit, Gbit = 1e6, 1e9  # bits per second


@dataclass(frozen=True)
class Stmt:
    file: str
    needle: str
    stated: str  # the figure exactly as it appears on the line
    value: float  # the stated figure as a number, in the stated unit
    computed: float  # the author's own arithmetic, in the same unit
    tol: float = 0.01
    mode: str = "approx"


S: list[Stmt] = []


def T(file: str, needle: str, stated: str, value: float, computed: float,
      tol: float = 0.01, mode: str = "approx") -> None:
    S.append(Stmt(file, needle, stated, value, computed, tol, mode))


# --- en_homelab_disk_usage -----------------------------------------------------------------
f = "en_homelab_disk_usage.md"
T(f, "so `468G` is 468 GiB", "502.5 GB", 502.5, 468 * GiB / GB, 0.001)
T(f, "sold as 512 GB", "476.8 GiB", 476.8, 512 * GB / GiB, 0.001)
T(f, "Used + Avail is 445G", "445G", 445, 301 + 144, 0)
T(f, "Used + Avail is 445G", "468 × 0.95 ≈ 445", 445, 468 * 0.95, 0.002)
T(f, "The journal limit of 500M", "524,288,000 bytes", 524_288_000, 500 * MiB, 0)

# --- en_ram_upgrade ------------------------------------------------------------------------
f = "en_ram_upgrade.md"
T(f, "`free -m` is in MiB", "31.1 GiB", 31.1, 31842 / 1024, 0.002)
T(f, "`free -m` is in MiB", "~0.9 GiB", 0.9, (32 * 1024 - 31842) / 1024, 0.01)
T(f, "32 GiB of DIMMs", "34.36 GB", 34.36, 32 * GiB / GB, 0.001)
T(f, "`used + free + buff/cache`", "31842", 31842, 9650 + 13880 + 8312, 0)
T(f, "3200 MT/s × 8 bytes", "51.2 GB/s", 51.2, 3200e6 * 8 * 2 / GB, 0)
T(f, "`mbw` measured", "76 %", 76, 100 * 38_900 / 51_200, 0.005)

# --- en_nas_disks --------------------------------------------------------------------------
f = "en_nas_disks.md"
T(f, 'One "8 TB" drive', "7.28 TiB", 7.28, 8 * TB / TiB, 0.001)
T(f, "SHR-1 with four equal drives", "24 TB", 24, 3 * 8, 0)
T(f, "SHR-1 with four equal drives", "21.8 TiB", 21.8, 24 * TB / TiB, 0.002)
T(f, "DSM's storage manager shows", "21.8 TB", 21.8, 24 * TB / TiB, 0.002)
T(f, "| RAID 5 / SHR-1 |", "21.8", 21.8, 24 * TB / TiB, 0.002)
T(f, "| RAID 6 / SHR-2 |", "14.6", 14.6, 16 * TB / TiB, 0.004)
T(f, "| RAID 10 |", "14.6", 14.6, 16 * TB / TiB, 0.004)
T(f, "Reading a whole 8 TB disk", "37,200 s", 37_200, 8e12 / 215e6, 0.001)
T(f, "[^tib]: 1 TiB", "1,099,511,627,776 bytes", 1_099_511_627_776, 2**40, 0)
T(f, "[^tib]: 1 TiB", "0.909 TiB", 0.909, 1 * TB / TiB, 0.001)

# --- en_zfs_pool ---------------------------------------------------------------------------
f = "en_zfs_pool.md"
T(f, "shows the raw size including parity", "24 TB", 24, 6 * 4, 0)
T(f, "shows the raw size including parity", "21.8 TiB", 21.8, 24 * TB / TiB, 0.002)
T(f, "raidz2 leaves 4 data disks", "16 TB", 16, 4 * 4, 0)
T(f, "raidz2 leaves 4 data disks", "14.6 TiB", 14.6, 16 * TB / TiB, 0.004)
T(f, "`ashift=12` means", "4096-byte", 4096, 2**12, 0)
T(f, "# 17179869184", "17179869184", 17179869184, 16 * 1024**3, 0)
T(f, "17179869184 bytes is 16 GiB", "17.2 GB", 17.2, 16 * GiB / GB, 0.002)
T(f, "tank  21.8T  13.9T  7.92T", "21.8T", 21.8, 13.9 + 7.92, 0.002)

# --- en_backup_rsync -----------------------------------------------------------------------
f = "en_backup_rsync.md"
T(f, "- 412,883,201,024 bytes is about", "412.9 GB", 412.9, 412_883_201_024 / GB, 0.001)
T(f, "- 412,883,201,024 bytes is about", "384.5 GiB", 384.5, 412_883_201_024 / GiB, 0.001)
T(f, "109.84 MiB/s ≈", "115.2 MB/s", 115.2, 109.84 * MiB / MB, 0.001)
T(f, "109.84 MiB/s ≈", "921 Mbit/s", 921, 109.84 * MiB * 8 / Mbit, 0.001)
T(f, "≈ 941 Mbit/s TCP goodput", "941 Mbit/s", 941, 1448 / 1538 * 1000, 0.001)
T(f, "412.9 GB / 115.2 MB/s", "3,584 s", 3584, 412.9e9 / 115.2e6, 0.001)
T(f, "| 2025-11-21 |", "64.6 MB/s", 64.6, 3.1e9 / 48 / MB, 0.001)
T(f, "| 2025-11-22 |", "42.9 MB/s", 42.9, 0.9e9 / 21 / MB, 0.001)
T(f, "| 2025-11-23 |", "95.4 MB/s", 95.4, 12.4e9 / 130 / MB, 0.001)
T(f, "Upload is 40 Mbit/s", "5 MB/s", 5, 40 * Mbit / 8 / MB, 0)
T(f, "about 20,000 s", "20,000 s", 20_000, 100 * GB / (5 * MB), 0)
T(f, "about 20,000 s", "5.6 h", 5.6, 100 * GB / (5 * MB) / 3600, 0.01)
T(f, "restored `~/photos/2019`", "102.7 MB/s", 102.7, 38.2e9 / (6 * 60 + 12) / MB, 0.001)

# --- en_docker_images ----------------------------------------------------------------------
f = "en_docker_images.md"
T(f, "these five add up to", "2,198 MB", 2198, 1210 + 432 + 419 + 130 + 7.38, 0.001)
T(f, "these five add up to", "2.2 GB", 2.2, (1210 + 432 + 419 + 130 + 7.38) / 1000, 0.005)
T(f, "reclaimed:: ", "4.0 GB", 4.0, 2.9 + 1.1, 0.001)

# --- en_nvidia_smi_log ---------------------------------------------------------------------
f = "en_nvidia_smi_log.md"
T(f, "24576 MiB is exactly", "24 GiB", 24, 24576 / 1024, 0)
T(f, "24576 MiB is exactly", "25.8 GB", 25.8, 24576 * MiB / GB, 0.002)
T(f, "10814 MiB in use", "10.6 GiB", 10.6, 10814 / 1024, 0.005)
T(f, "10814 MiB in use", "11.3 GB", 11.3, 10814 * MiB / GB, 0.005)
T(f, "10814 MiB in use", "13762 MiB", 13762, 24576 - 10814, 0)
T(f, "9120 + 402 + 1292", "10814 MiB", 10814, 9120 + 402 + 1292, 0)
T(f, "384 × 19.5 / 8", "936 GB/s", 936, 384 * 19.5 / 8, 0)

# --- en_python_buffers ---------------------------------------------------------------------
f = "en_python_buffers.md"
T(f, "len(buf)  ", "4096", 4096, len(bytearray(4096)), 0)
T(f, 'sys.getsizeof(b"")', "33", 33, sys.getsizeof(b""), 0)
T(f, "sys.getsizeof(bytes(1000))", "1033", 1033, sys.getsizeof(bytes(1000)), 0)
T(f, "sys.getsizeof([0] * 1000)", "8056", 8056, 56 + 1000 * 8, 0)
T(f, "A `bytes` object has 33 bytes", "1033 bytes", 1033, 33 + 1000, 0)
T(f, "A list stores 8-byte pointers", "8056 bytes", 8056, 56 + 1000 * 8, 0)
T(f, "np.zeros((1000, 1000)).nbytes", "8000000", 8_000_000, 1000 * 1000 * 8, 0)
T(f, "dtype=np.float32).nbytes", "4000000", 4_000_000, 10**6 * 4, 0)
T(f, "dtype=np.uint8).nbytes", "6220800", 6_220_800, 1080 * 1920 * 3, 0)
T(f, "A 1000 × 1000 float64 matrix", "8 MB", 8, 1000 * 1000 * 8 / MB, 0)
T(f, "A 1000 × 1000 float64 matrix", "7.63 MiB", 7.63, 8e6 / MiB, 0.001)
T(f, "One 1080p RGB frame", "6,220,800 bytes", 6_220_800, 1920 * 1080 * 3, 0)
T(f, "One 1080p RGB frame", "6.2 MB", 6.2, 1920 * 1080 * 3 / MB, 0.005)
T(f, "60 such frames per second", "373 MB/s", 373, 1920 * 1080 * 3 * 60 / MB, 0.001)
T(f, 'len("привет".encode("utf-8"))', "12", 12, 6 * 2, 0)
T(f, 'len("€".encode("utf-8"))', "3", 3, len("€".encode()), 0)
T(f, 'len("héllo".encode("utf-8"))', "6", 6, 4 + 2, 0)
T(f, "about 16.8 MB of pointers", "16.8 MB", 16.8, 2.1e6 * 8 / MB, 0)
T(f, "so ≈ 252 MB", "252 MB", 252, 2.1e6 * 120 / MB, 0)

# --- en_go_structs -------------------------------------------------------------------------
f = "en_go_structs.md"
T(f, "unsafe.Sizeof(Bad{})", "24", 24, 8 + 8 + 8, 0)
T(f, "unsafe.Sizeof(Good{})", "16", 16, 8 + 8, 0)
T(f, 'unsafe.Sizeof(""))', "16", 16, 8 + 8, 0)
T(f, "unsafe.Sizeof([]int{})", "24", 24, 8 * 3, 0)
T(f, "unsafe.Sizeof(int32(0))", "4", 4, 32 / 8, 0)
T(f, "- `Bad` pads each", "24 bytes", 24, 3 * 8, 0)
T(f, "- `Good` puts both", "16 bytes", 16, 2 * 8, 0)
T(f, "A string header is pointer", "16 bytes", 16, 8 + 8, 0)
T(f, "A string header is pointer", "24 bytes", 24, 8 + 8 + 8, 0)
T(f, "For 10 million records", "80 MB", 80, 10e6 * 8 / MB, 0)
T(f, "BenchmarkParseLine-16", "3893.54 MB/s", 3893.54, 4096 / 1052e-9 / MB, 0.0001)
T(f, "BenchmarkParseFast-16", "14037.01 MB/s", 14037.01, 4096 / 291.8e-9 / MB, 0.0001)
T(f, "MB/s = 4096 B / 1052 ns", "3,894 MB/s", 3894, 4096 / 1052e-9 / MB, 0.001)
T(f, "The fast path does", "14,037 MB/s", 14037, 4096 / 291.8e-9 / MB, 0.001)

# --- en_rust_sizes -------------------------------------------------------------------------
f = "en_rust_sizes.md"
T(f, "size_of::<u64>()", "8", 8, 64 / 8, 0)
T(f, "size_of::<Option<Box<u8>>>()", "8", 8, 8, 0)
T(f, "size_of::<Option<u64>>()", "16", 16, 8 + 8, 0)
T(f, "size_of::<(u8, u32)>()", "8", 8, 4 + 4, 0)
T(f, "size_of::<String>()", "24", 24, 3 * 8, 0)
T(f, "size_of::<[u16; 100]>()", "200", 200, 100 * 2, 0)
T(f, "size_of::<char>()", "4", 4, 4, 0)
T(f, "- `[u16; 100]` is", "200 bytes", 200, 100 * 2, 0)
T(f, "v.capacity() * size_of", "4096", 4096, 1024 * 4, 0)
T(f, "v.capacity() * size_of", "4 KiB", 4, 1024 * 4 / KiB, 0)
T(f, "assert_eq!(s.len(), 6)", "6", 6, len("héllo".encode()), 0)
T(f, "Stripping and LTO cut", "62 %", 62, 100 * (1 - 2.3 / 6.1), 0.005)

# --- en_sql_queries ------------------------------------------------------------------------
f = "en_sql_queries.md"
T(f, "- `events` is 21,474,836,480 bytes", "20 GiB", 20, 21_474_836_480 / GiB, 0)
T(f, "- `events` is 21,474,836,480 bytes", "21.5 GB", 21.5, 21_474_836_480 / GB, 0.002)
T(f, "about 118 bytes per row", "118 bytes per row", 118, 21_474_836_480 / 182e6, 0.001)
T(f, "- `orders` is 3 GiB", "3 GiB", 3, 3_221_225_472 / GiB, 0)
T(f, "- `orders` is 3 GiB", "3.22 GB", 3.22, 3 * GiB / GB, 0.001)
T(f, "- `orders` is 3 GiB", "512 MiB", 512, 536_870_912 / MiB, 0)
T(f, "- `orders` is 3 GiB", "537 MB", 537, 512 * MiB / MB, 0.001)
T(f, "372,736 blocks read", "3,053,453,312 bytes", 3_053_453_312, 372_736 * 8 * KiB, 0)
T(f, "372,736 blocks read", "3.05 GB", 3.05, 372_736 * 8 * KiB / GB, 0.002)
T(f, "11,904 × 8 KiB", "97.5 MB", 97.5, 11_904 * 8 * KiB / MB, 0.001)
T(f, "it rewrites all 20 GiB", "20 GiB", 20, 21_474_836_480 / GiB, 0)

# --- en_bash_oneliners ---------------------------------------------------------------------
f = "en_bash_oneliners.md"
T(f, "The Ubuntu 24.04 desktop ISO is", "6.1 GB", 6.1, 6_114_656_256 / GB, 0.003)
T(f, "The Ubuntu 24.04 desktop ISO is", "5.7 GiB", 5.7, 6_114_656_256 / GiB, 0.002)
T(f, "# 6.2G", "6.2G", 6.2, math.ceil(6_114_656_256 / GB * 10) / 10, 0)  # numfmt rounds up
T(f, "echo $(( 1 << 20 ))", "1048576", 1_048_576, 2**20, 0)
T(f, "echo $(( 4 * 1024 ** 3 ))", "4294967296", 4_294_967_296, 4 * 1024**3, 0)
T(f, "`100/8 = 12.5` is the", "12.5 MB/s", 12.5, 100 * Mbit / 8 / MB, 0)
T(f, "`talk-2025.mkv` is 7.2 GB", "7.2 GB", 7.2, 8 * Mbit * 2 * 3600 / 8 / GB, 0)
T(f, "`speed_download` is in bytes", "117.4 MB/s", 117.4, 117_412_345 / MB, 0.001)
T(f, "`speed_download` is in bytes", "939 Mbit/s", 939, 117_412_345 * 8 / Mbit, 0.001)

# --- en_http_benchmark ---------------------------------------------------------------------
f = "en_http_benchmark.md"
T(f, "- 741,600 requests in 60 s", "12,360 requests/s", 12_360, 741_600 / 60, 0)
T(f, "wrk's MB is MiB", "324 bytes per response", 324, 229.34 * MiB / 741_600, 0.002)
T(f, "- 3.82 MiB/s ≈", "4.0 MB/s", 4.0, 3.82 * MiB / MB, 0.002)
T(f, "- 3.82 MiB/s ≈", "32 Mbit/s", 32, 3.82 * MiB * 8 / Mbit, 0.002)
T(f, "Little's law", "12,361 req/s", 12_361, 256 / 20.71e-3, 0.0001)
T(f, "Throughput went up by 31 %", "1.31", 1.31, 12_360 / 9_410, 0.003)

# --- en_disk_benchmark ---------------------------------------------------------------------
f = "en_disk_benchmark.md"
T(f, "- 95,000 IOPS × 4096 bytes", "389 MB/s", 389, 95_000 * 4096 / MB, 0.001)
T(f, "- 95,000 IOPS × 4096 bytes", "371 MiB/s", 371, 95_000 * 4096 / MiB, 0.001)
T(f, "read: IOPS=95.0k", "BW=371MiB/s", 371, 95_000 * 4 * KiB / MiB, 0.001)
T(f, "read: IOPS=95.0k", "(389MB/s)", 389, 95_000 * 4 * KiB / MB, 0.001)
T(f, "371 MiB/s for 60 s", "21.7 GiB", 21.7, 371 * 60 / 1024, 0.002)
T(f, "6752 IOPS × 1 MiB", "6752 MiB/s", 6752, 6752 * MiB / MiB, 0)
T(f, "6752 IOPS × 1 MiB", "7.08 GB/s", 7.08, 6752 * MiB / GB, 0.001)
T(f, "read: IOPS=6752", "(7080MB/s)", 7080, 6752 * MiB / MB, 0.001)
T(f, "read: IOPS=6752", "(396GiB", 396, 6752 * 60 / 1024, 0.002)
T(f, "- randwrite: 81,300", "333 MB/s", 333, 81_300 * 4096 / MB, 0.001)
T(f, "- seqwrite: 4720 MiB/s", "4,949 MB/s", 4949, 4720 * MiB / MB, 0.001)
T(f, "SATA III is 6 Gbit/s", "600 MB/s", 600, 6 * Gbit * 8 / 10 / 8 / MB, 0)
T(f, "Crucial MX500 did 560 MB/s", "12.6×", 12.6, 7080 / 560, 0.005)
T(f, "16 GT/s × 4 lanes", "63 Gbit/s", 63, 16 * 4 * 128 / 130, 0.001)
T(f, "16 GT/s × 4 lanes", "7.88 GB/s", 7.88, 16e9 * 4 * 128 / 130 / 8 / GB, 0.001)

# --- en_network_mtu ------------------------------------------------------------------------
f = "en_network_mtu.md"
T(f, "- 1 MB/s = 8 Mbit/s", "125 MB/s", 125, 1000 * Mbit / 8 / MB, 0)
T(f, "- A 100 Mbit/s line moves", "12.5 MB/s", 12.5, 100 * Mbit / 8 / MB, 0)
T(f, "- A 100 Mbit/s line moves", "37.5 MB/s", 37.5, 300 * Mbit / 8 / MB, 0)
T(f, "$t = \\frac{4.7", "376\\,\\text{s}", 376, 4.7e9 * 8 / 100e6, 0)
T(f, "$t = \\frac{4.7", "6.3 minutes", 6.3, 4.7e9 * 8 / 100e6 / 60, 0.01)
T(f, "| 16 Mbit/s DSL |", "39 min 10 s", 2350, 4.7e9 * 8 / 16e6, 0)
T(f, "| 16 Mbit/s DSL |", "| 2 |", 2, 16 * Mbit / 8 / MB, 0)
T(f, "| 100 Mbit/s | 12.5 |", "6 min 16 s", 376, 4.7e9 * 8 / 100e6, 0)
T(f, "| 1 Gbit/s | 125 |", "37.6 s", 37.6, 4.7e9 * 8 / 1e9, 0)
T(f, "| 10 Gbit/s | 1250 |", "3.76 s", 3.76, 4.7e9 * 8 / 10e9, 0)
T(f, "- Frame on the wire", "1538 bytes", 1538, 1500 + 14 + 4 + 8 + 12, 0)
T(f, "- TCP payload with timestamps", "1448 bytes", 1448, 1500 - 20 - 20 - 12, 0)
T(f, "- Goodput = 1448 / 1538", "941 Mbit/s", 941, 1448 / 1538 * 1000, 0.001)
T(f, "- Goodput = 1448 / 1538", "117.7 MB/s", 117.7, 1448 / 1538 * 1000 * Mbit / 8 / MB, 0.001)
T(f, "iperf3's GBytes are GiB", "3.53 GB", 3.53, 941e6 * 30 / 8 / GB, 0.001)
T(f, "iperf3's GBytes are GiB", "3.29 GiB", 3.29, 941e6 * 30 / 8 / GiB, 0.002)
T(f, "With MTU 9000", "990 Mbit/s", 990, 8948 / 9038 * 1000, 0.001)
T(f, "Bandwidth-delay product", "512 KB", 512, 1e9 * 4.1e-3 / 8 / KB, 0.002)

# --- en_photography_raw --------------------------------------------------------------------
f = "en_photography_raw.md"
T(f, "- The A7 III records", "24,000,000 pixels", 24_000_000, 6000 * 4000, 0)
T(f, "- Uncompressed 14-bit RAW", "42 MB", 42, 24e6 * 14 / 8 / MB, 0)
T(f, "because Sony stores 14-bit", "48 MB", 48, 24e6 * 2 / MB, 0)
T(f, "- A 16-bit RGB TIFF export", "144 MB", 144, 24e6 * 3 * 2 / MB, 0)
T(f, "| uncompressed ARW | 48 MB |", "2,666", 2666, 128 * GB // (48 * MB), 0)
T(f, "| compressed ARW | 24 MB |", "5,333", 5333, 128 * GB // (24 * MB), 0)
T(f, "| JPEG fine | 12 MB |", "10,666", 10666, 128 * GB // (12 * MB), 0)
T(f, "- 3,412 shots", "43.2 MB", 43.2, 147.3e9 / 3412 / MB, 0.001)
T(f, "`du` prints GiB", "137.2 GiB", 137.2, 147.3e9 / GiB, 0.001)
T(f, "`du` prints GiB", "138G", 138, math.ceil(147.3e9 / GiB), 0)
T(f, "is 89 × 48 MB ≈ 4.27 GB", "4.27 GB", 4.27, 89 * 48e6 / GB, 0.001)
T(f, "which takes about 47 s", "47 s", 47, 89 * 48e6 / 90e6, 0.01)

# --- en_video_encoding ---------------------------------------------------------------------
f = "en_video_encoding.md"
T(f, "- 2 h at 8 Mbit/s", "7.2 GB", 7.2, 8e6 * 7200 / 8 / GB, 0)
T(f, "- A 45-minute episode", "1.73 GB", 1.73, 5.128e6 * 2700 / 8 / GB, 0.001)
T(f, "- Phone 4K at 50 Mbit/s", "375 MB per minute", 375, 50e6 * 60 / 8 / MB, 0)
T(f, "- Phone 4K at 50 Mbit/s", "22.5 GB per hour", 22.5, 50e6 * 3600 / 8 / GB, 0)
T(f, "| conference talk 1080p30 |", "7.2 GB", 7.2, 8e6 * 7200 / 8 / GB, 0)
T(f, "| TV episode 1080p |", "1.73 GB", 1.73, 5.128e6 * 2700 / 8 / GB, 0.001)
T(f, "| drone 4K60 |", "9.38 GB", 9.38, 100e6 * 750 / 8 / GB, 0.001)
T(f, "| voice memo AAC |", "28.8 MB", 28.8, 64e3 * 3600 / 8 / MB, 0)
T(f, "1080p60 8-bit 4:2:0 raw video", "186.6 MB/s", 186.6, 1920 * 1080 * 1.5 * 60 / MB, 0.001)
T(f, "about 1.49 Gbit/s", "1.49 Gbit/s", 1.49, 1920 * 1080 * 1.5 * 60 * 8 / Gbit, 0.003)
T(f, "- `Lsize=5612340kB`", "5.75 GB", 5.75, 5_612_340 * KiB / GB, 0.001)
T(f, "- That is 5.75e9 × 8 / 3600", "12.77 Mbit/s", 12.77, 5.75e9 * 8 / 3600 / Mbit, 0.001)
T(f, "so 5,612,340 × 1024 × 8", "12,771 kbit/s", 12_771, 5_612_340 * 1024 * 8 / 3600 / 1000, 0.001)
T(f, "Lsize= 5612340kB", "bitrate=12771.2kbits/s", 12_771.2, 5_612_340 * 1024 * 8 / 3600 / 1000, 0.0001)
T(f, "the result averaged 12.8 Mbit/s", "12.8 Mbit/s", 12.8, 5_612_340 * 1024 * 8 / 3600 / Mbit, 0.003)

# --- en_game_notes -------------------------------------------------------------------------
f = "en_game_notes.md"
T(f, "| Cyberpunk 2077 | 2.12 |", "≈ 17 min", 17, 38.5e9 / 37.5e6 / 60, 0.01)
T(f, "| Baldur's Gate 3 | Patch 7 |", "≈ 9.8 min", 9.8, 22.1e9 / 37.5e6 / 60, 0.005)
T(f, "| Factorio | 2.0.15 |", "≈ 1.3 s", 1.3, 48e6 / 37.5e6, 0.02)
T(f, "- 300 Mbit/s is 37.5 MB/s", "37.5 MB/s", 37.5, 300 * Mbit / 8 / MB, 0)
T(f, "- 300 Mbit/s is 37.5 MB/s", "1,027 s", 1027, 38.5e9 / 37.5e6, 0.001)
T(f, "- Steam showed a peak", "294 Mbit/s", 294, 36.8 * 8, 0.002)
T(f, "- Save file 186 MB", "558 MB", 558, 3 * 186, 0)

# --- en_local_llm_notes --------------------------------------------------------------------
f = "en_local_llm_notes.md"
llama3_8b = 8.03e9
q4km = 4.92e9
kv_tok = 2 * 32 * 8 * 128 * 2
T(f, "- Llama 3 8B runs fine in 16 GB", "16 GB", 16, (q4km + 8192 * kv_tok) / GB, mode="le")
T(f, "- It has about 8.03 billion", "16.1 GB", 16.1, llama3_8b * 2 / GB, 0.005)
T(f, "- The Q4_K_M GGUF file is 4.92 GB", "4.58 GiB", 4.58, q4km / GiB, 0.001)
T(f, "- The Q4_K_M GGUF file is 4.92 GB", "4.9 bits per weight", 4.9, q4km * 8 / llama3_8b, 0.005)
T(f, "= 128 KiB per token", "128 KiB", 128, kv_tok / KiB, 0)
T(f, "so an 8,192-token context needs 1 GiB", "1 GiB", 1, 8192 * kv_tok / GiB, 0)
T(f, "KV buffer size", "1024.00 MiB", 1024, 8192 * kv_tok / MiB, 0)
T(f, "- 110 tokens/s is below", "190 tokens/s", 190, 936 / 4.92, 0.002)
T(f, "| Mistral 7B Instruct v0.3 | Q8_0 |", "7.7 GB", 7.7, 7.248e9 * 8.5 / 8 / GB, 0.001)
T(f, "A 70B model at 4 bits", "35 GB", 35, 70e9 * 0.5 / GB, 0)
T(f, "A 70B model at 4 bits", "25.8 GB", 25.8, 24 * GiB / GB, 0.002)

# --- en_log_volume -------------------------------------------------------------------------
f = "en_log_volume.md"
d = 2000 * 500 * 86400
T(f, "- 2,000 events/s × 500 bytes", "1 MB/s", 1, 2000 * 500 / MB, 0)
T(f, "- 2,000 events/s × 500 bytes", "8 Mbit/s", 8, 2000 * 500 * 8 / Mbit, 0)
T(f, "- Per day: 1 MB/s × 86,400 s", "86.4 GB", 86.4, d / GB, 0)
T(f, "- Per 30 days", "2.592 TB", 2.592, 30 * d / TB, 0)
T(f, "- Per 30 days", "2.36 TiB", 2.36, 30 * d / TiB, 0.002)
T(f, "$2000 \\times 500", "8.64 \\times 10^{10}", 8.64e10, d, 0)
T(f, "measured on one day", "10.8 GB", 10.8, d / 8 / GB, 0)
T(f, "| 7 days |", "604.8 GB", 604.8, 7 * d / GB, 0)
T(f, "| 7 days |", "75.6 GB", 75.6, 7 * d / 8 / GB, 0)
T(f, "| 7 days |", "151.2 GB", 151.2, 2 * 7 * d / 8 / GB, 0)
T(f, "| 14 days |", "1.21 TB", 1.21, 14 * d / TB, 0.001)
T(f, "| 14 days |", "302.4 GB", 302.4, 2 * 14 * d / 8 / GB, 0)
T(f, "| 30 days |", "2.59 TB", 2.59, 30 * d / TB, 0.001)
T(f, "| 30 days |", "324 GB", 324, 30 * d / 8 / GB, 0)
T(f, "| 30 days |", "648 GB", 648, 2 * 30 * d / 8 / GB, 0)
T(f, "so 14 days with 2 replicas needs", "333–348 GB", 333, 302.4 * 1.10, 0.002)
T(f, "so 14 days with 2 replicas needs", "333–348 GB", 348, 302.4 * 1.15, 0.002)
T(f, "- Peak is 4× the average", "4 MB/s", 4, 8000 * 500 / MB, 0)
T(f, "- Peak is 4× the average", "32 Mbit/s", 32, 8000 * 500 * 8 / Mbit, 0)
T(f, "print(per_day / 1e9)", "86.4", 86.4, d / 1e9, 0)
T(f, "print(per_day * 14 / 8 / 1e9)", "151.2", 151.2, d * 14 / 8 / 1e9, 0)

# --- en_display_bandwidth ------------------------------------------------------------------
f = "en_display_bandwidth.md"
T(f, "$3840 \\times 2160 \\times 60", "11.94 \\times 10^{9}", 11.94e9, 3840 * 2160 * 60 * 24, 0.001)
T(f, "about 11.9 Gbit/s of", "11.9 Gbit/s", 11.9, 3840 * 2160 * 60 * 24 / Gbit, 0.004)
for mode_, w, h, hz, g24, g30 in (
    ("| 1920×1080 @ 60 |", 1920, 1080, 60, ("2.99", 2.99), ("3.73", 3.73)),
    ("| 2560×1440 @ 165 |", 2560, 1440, 165, ("14.6", 14.6), ("18.2", 18.2)),
    ("| 3840×2160 @ 60 |", 3840, 2160, 60, ("11.9", 11.9), ("14.9", 14.9)),
    ("| 3840×2160 @ 144 |", 3840, 2160, 144, ("28.7", 28.7), ("35.8", 35.8)),
):
    T(f, mode_, g24[0], g24[1], w * h * hz * 24 / Gbit, 0.004)
    T(f, mode_, g30[0], g30[1], w * h * hz * 30 / Gbit, 0.004)
T(f, "- HDMI 2.0: 18 Gbit/s raw", "14.4 Gbit/s", 14.4, 18 * 8 / 10, 0)
T(f, "- DisplayPort 1.4 (HBR3)", "32.4 Gbit/s", 32.4, 4 * 8.1, 0)
T(f, "- DisplayPort 1.4 (HBR3)", "25.92 Gbit/s", 25.92, 4 * 8.1 * 8 / 10, 0)
T(f, "- HDMI 2.1 FRL", "42.7 Gbit/s", 42.7, 48 * 16 / 18, 0.001)
T(f, "So 1440p165 at 8 bits", "14.6 Gbit/s", 14.6, 2560 * 1440 * 165 * 24 / Gbit, 0.001)
T(f, "- 2560 × 1440 × 4 bytes", "14,745,600 bytes", 14_745_600, 2560 * 1440 * 4, 0)
T(f, "- 2560 × 1440 × 4 bytes", "14.7 MB", 14.7, 2560 * 1440 * 4 / MB, 0.004)
T(f, "- 2560 × 1440 × 4 bytes", "14.06 MiB", 14.06, 2560 * 1440 * 4 / MiB, 0.001)
T(f, "- Triple buffering at 4K", "99,532,800 bytes", 99_532_800, 3 * 3840 * 2160 * 4, 0)
T(f, "- Triple buffering at 4K", "99.5 MB", 99.5, 3 * 3840 * 2160 * 4 / MB, 0.001)

# --- en_server_inventory_atlas, en_book_notes, en_ml_reading_list -------------------------
f = "en_server_inventory_atlas.md"
T(f, "Memory limits add up to", "10.75 GiB", 10.75, (4096 + 2048 + 512 + 4096 + 256) / 1024, 0)
T(f, "- 2.5 GbE NIC", "312.5 MB/s", 312.5, 2.5 * Gbit / 8 / MB, 0)
T(f, "- 2.5 GbE NIC", "125 MB/s", 125, 1 * Gbit / 8 / MB, 0)
f = "en_book_notes.md"
T(f, "pages addresses up to 256 TB", "256 TB", 256, 500**4 * 4096 / TB, 0.001)
T(f, "pages addresses up to 256 TB", "2.56 × 10¹⁴ bytes", 2.56e14, 500**4 * 4096, 0.001)
f = "en_ml_reading_list.md"
T(f, "for $d = k = 4096$", "65,536", 65_536, 8 * (4096 + 4096), 0)
T(f, "for $d = k = 4096$", "16,777,216", 16_777_216, 4096 * 4096, 0)

# --- ru_home_server ------------------------------------------------------------------------
f = "ru_home_server.md"
T(f, "468G — это 468 ГиБ", "502,5 ГБ", 502.5, 468 * GiB / GB, 0.001)
T(f, "- 303 + 142 = 445 ГиБ", "445 ГиБ", 445, 303 + 142, 0)
T(f, "- На диске «512 ГБ»", "476,8 ГиБ", 476.8, 512 * GB / GiB, 0.001)
T(f, "31842 МиБ ≈ 31,1 ГиБ", "31,1 ГиБ", 31.1, 31842 / 1024, 0.002)
T(f, "31842 МиБ ≈ 31,1 ГиБ", "9702 + 13790 + 8350 = 31842", 31842, 9702 + 13790 + 8350, 0)
T(f, "Кэш Jellyfin — это", "23,6 ГБ", 23.6, 22 * GiB / GB, 0.002)
T(f, "освобождено:: ", "18,8 ГиБ", 18.8, 22 - 3.2, 0)
T(f, "> `df -H` показывает", "503G", 503, math.ceil(468 * GiB / GB), 0)

# --- ru_smartphone_storage -----------------------------------------------------------------
f = "ru_smartphone_storage.md"
T(f, "- Производитель считает", "128 000 000 000 байт", 128e9, 128 * GB, 0)
T(f, "- Телефон делит на 2³⁰", "119,2 ГиБ", 119.2, 128 * GB / GiB, 0.001)
T(f, "Итого занято 108,5 ГБ", "108,5 ГБ", 108.5, 61.3 + 22.8 + 15.0 + 9.4, 0.0001)
T(f, "свободно:: ", "19,5 ГБ", 19.5, 128 - 108.5, 0)
T(f, "- Видео 4K 30 кадров/с", "375 МБ в минуту", 375, 50e6 * 60 / 8 / MB, 0)
T(f, "- Минута видео 1080p", "128 МБ", 128, 17e6 * 60 / 8 / MB, 0.005)
T(f, "Десять минут 4K", "3,75 ГБ", 3.75, 50e6 * 600 / 8 / GB, 0)
T(f, "По USB 2.0 (480 Мбит/с", "60 МБ/с", 60, 480 * Mbit / 8 / MB, 0)
T(f, "61,3 ГБ / 38 МБ/с", "1613 с", 1613, 61.3e9 / 38e6, 0.001)
T(f, "61,3 ГБ / 38 МБ/с", "27 минут", 27, 61.3e9 / 38e6 / 60, 0.01)
T(f, "уже около 5 минут", "5 минут", 5, 61.3e9 / 210e6 / 60, 0.03)
T(f, "- [ ] купить следующий телефон", "238,4 ГиБ", 238.4, 256 * GB / GiB, 0.001)

# --- ru_internet_tariff --------------------------------------------------------------------
f = "ru_internet_tariff.md"
T(f, "- 100 Мбит/с — это 12,5 МБ/с", "12,5 МБ/с", 12.5, 100 * Mbit / 8 / MB, 0)
T(f, "- 100 Мбит/с — это 12,5 МБ/с", "62,5 МБ/с", 62.5, 500 * Mbit / 8 / MB, 0)
T(f, "- Гигабит (1000 Мбит/с)", "125 МБ/с", 125, 1000 * Mbit / 8 / MB, 0)
T(f, "- Гигабит (1000 Мбит/с)", "117 МБ/с", 117, 1448 / 1538 * 1000 / 8, 0.01)
T(f, "| образ Ubuntu | 6,1 ГБ |", "8 мин 8 с", 488, 6.1e9 * 8 / 100e6, 0)
T(f, "| образ Ubuntu | 6,1 ГБ |", "1 мин 38 с", 98, 6.1e9 * 8 / 500e6, 0.005)
T(f, "| игра | 80 ГБ |", "1 ч 47 мин", 107, 80e9 * 8 / 100e6 / 60, 0.005)
T(f, "| игра | 80 ГБ |", "21 мин 20 с", 1280, 80e9 * 8 / 500e6, 0)
T(f, "| фильм 4K | 25 ГБ |", "33 мин 20 с", 2000, 25e9 * 8 / 100e6, 0)
T(f, "| фильм 4K | 25 ГБ |", "6 мин 40 с", 400, 25e9 * 8 / 500e6, 0)
T(f, "Например, 80 ГБ при 500 Мбит/с", "1280 с", 1280, 80e9 * 8 / 500e6, 0)
T(f, "487,62 Мбит/с ≈ 61 МБ/с", "61 МБ/с", 61, 487.62 / 8, 0.001)
T(f, "[^1]: Мешают заголовки", "1538 байт", 1538, 1500 + 14 + 4 + 8 + 12, 0)
T(f, "[^1]: Мешают заголовки", "1448 байт", 1448, 1500 - 20 - 20 - 12, 0)

# --- ru_backup_plan ------------------------------------------------------------------------
f = "ru_backup_plan.md"
T(f, "- Локально по гигабиту", "115,2 МБ/с", 115.2, 109.84 * MiB / MB, 0.001)
T(f, "- Исходящий канал 40 Мбит/с", "5 МБ/с", 5, 40 * Mbit / 8 / MB, 0)
T(f, "- Исходящий канал 40 Мбит/с", "5,6 часа", 5.6, 100e9 / 5e6 / 3600, 0.01)
T(f, "- Первая полная выгрузка", "368 000 с", 368_000, 1.84e12 / 5e6, 0)
T(f, "- Первая полная выгрузка", "4,3 суток", 4.3, 1.84e12 / 5e6 / 86400, 0.01)
T(f, "12,417 ГиБ ≈ 13,33 ГБ", "13,33 ГБ", 13.33, 12.417 * GiB / GB, 0.001)
T(f, "12,417 ГиБ ≈ 13,33 ГБ", "около 4 %", 4, 100 * (1 - 11.902 / 12.417), 0.05)

# --- ru_nas_upgrade ------------------------------------------------------------------------
f = "ru_nas_upgrade.md"
T(f, "- Диск «8 ТБ»", "7,28 ТиБ", 7.28, 8 * TB / TiB, 0.001)
T(f, "- SHR-1 из четырёх дисков", "24 ТБ", 24, 3 * 8, 0)
T(f, "- SHR-1 из четырёх дисков", "21,8 ТиБ", 21.8, 24 * TB / TiB, 0.002)
T(f, "- Было 4 × 4 ТБ", "12 ТБ", 12, 3 * 4, 0)
T(f, "- Было 4 × 4 ТБ", "10,9 ТиБ", 10.9, 12 * TB / TiB, 0.002)
T(f, "4 · 10¹² / (180 · 10⁶)", "22 200 с", 22_200, 4e12 / 180e6, 0.002)
T(f, "4 · 10¹² / (180 · 10⁶)", "6,2 часа", 6.2, 4e12 / 180e6 / 3600, 0.005)

# --- ru_photo_archive ----------------------------------------------------------------------
f = "ru_photo_archive.md"
T(f, "- Несжатый RAW", "48 МБ", 48, 24e6 * 2 / MB, 0)
T(f, "- TIFF 16 бит на канал", "144 МБ", 144, 24e6 * 3 * 2 / MB, 0)
T(f, "| RAW несжатый | 48 МБ |", "48 ГБ", 48, 1000 * 48 * MB / GB, 0)
T(f, "| RAW сжатый | 24 МБ |", "24 ГБ", 24, 1000 * 24 * MB / GB, 0)
T(f, "| JPEG | 12 МБ |", "12 ГБ", 12, 1000 * 12 * MB / GB, 0)
T(f, "Всего 48 210 снимков", "1 840 ГБ", 1840, 221 + 384 + 452 + 431 + 352, 0)
T(f, "Всего 48 210 снимков", "1,67 ТиБ", 1.67, 1840 * GB / TiB, 0.003)
T(f, "Всего 48 210 снимков", "38,2 МБ", 38.2, 1840e9 / 48_210 / MB, 0.001)
T(f, "- рабочая копия — SSD 2 ТБ", "1,82 ТиБ", 1.82, 2 * TB / TiB, 0.001)
T(f, "- [ ] купить SSD 4 ТБ", "3,64 ТиБ", 3.64, 4 * TB / TiB, 0.001)
T(f, "Для печати 30 × 45 см", "18,8 Мп", 18.8, 3543 * 5315 / 1e6, 0.002)

# --- ru_python_notes -----------------------------------------------------------------------
f = "ru_python_notes.md"
T(f, "sys.getsizeof(xs)", "8000056", 8_000_056, 56 + 1_000_000 * 8, 0)
T(f, "a.itemsize * len(a)", "8000", 8000, 8 * 1000, 0)
T(f, "np.arange(1_000_000, dtype=np.int32)", "4000000", 4_000_000, 4 * 1_000_000, 0)
T(f, "- Список из миллиона элементов", "8 000 056 байт", 8_000_056, 56 + 8 * 10**6, 0)
T(f, "- Список из миллиона элементов", "8 МБ", 8, 8_000_056 / MB, 0.0001)
T(f, "- `array('d')` из 1000 чисел", "8000 байт", 8000, 1000 * 8, 0)
T(f, "- Массив NumPy `int32`", "4 000 000 байт", 4e6, 4 * 10**6, 0)
T(f, "- Массив NumPy `int32`", "3,81 МиБ", 3.81, 4e6 / MiB, 0.002)
T(f, 'len("Москва".encode("utf-8"))', "12", 12, 6 * 2, 0)
T(f, 'len("Москва".encode("cp1251"))', "6", 6, 6 * 1, 0)
T(f, 'len("Москва".encode("utf-16"))', "14", 14, 6 * 2 + 2, 0)
T(f, "В UTF-16 — 2 байта на букву", "14", 14, 6 * 2 + 2, 0)
T(f, "print(divmod(1_000_000, 4096))", "(244, 576)", 244 * 4096 + 576, 1_000_000, 0)
T(f, 'struct.calcsize("<iqd")', "20", 20, struct.calcsize("<iqd"), 0)
T(f, 'struct.calcsize("iqd")', "24", 24, struct.calcsize("iqd"), 0)

# --- ru_video_archive ----------------------------------------------------------------------
f = "ru_video_archive.md"
for row, rate, stated, val in (
    ("| VHS после оцифровки", 3e6, "1,35 ГБ", 1.35),
    ("| телефон 1080p |", 17e6, "7,65 ГБ", 7.65),
    ("| телефон 4K |", 50e6, "22,5 ГБ", 22.5),
    ("| экшн-камера 4K60 |", 100e6, "45 ГБ", 45),
):
    T(f, row, stated, val, rate * 3600 / 8 / GB, 0)
T(f, "Пример: час 4K при 50 Мбит/с", "22,5 ГБ", 22.5, 50e6 * 3600 / 8 / GB, 0)
T(f, "Пример: час 4K при 50 Мбит/с", "2,25 · 10¹⁰ байт", 2.25e10, 50e6 * 3600 / 8, 0)
T(f, "- DV-поток с оцифровщика", "11,25 ГБ в час", 11.25, 25e6 * 3600 / 8 / GB, 0)
T(f, "- итого 82 часа", "110,7 ГБ", 110.7, 82 * 1.35, 0.0001)
T(f, "- средний битрейт", "12,7 Мбит/с", 12.7, 1.21e12 * 8 / (212 * 3600) / Mbit, 0.002)

# --- ru_llm_local, ru_meeting, ru_usb_flash ------------------------------------------------
f = "ru_llm_local.md"
T(f, "- У Qwen2.5 7B около 7,6 млрд", "15,2 ГБ", 15.2, 7.6e9 * 2 / GB, 0)
T(f, "- Файл GGUF Q4_K_M — 4,68 ГБ", "24 ГиБ", 24, (4.68e9 + 8192 * kv_tok) / GiB, mode="le")
T(f, "- У Llama 3.1 8B KV-кэш", "128 КиБ на токен", 128, 32 * 8 * 128 * 2 * 2 / KiB, 0)
T(f, "поэтому полный контекст 131 072", "16 ГиБ", 16, 131_072 * kv_tok / GiB, 0)
T(f, "- Для заметок хватает 8 192", "1 ГиБ", 1, 8192 * kv_tok / GiB, 0)
f = "ru_meeting.md"
T(f, "- Копирование логов в S3", "19 700 с", 19_700, 2.3e12 / 117e6, 0.003)
T(f, "- Копирование логов в S3", "5,5 часа", 5.5, 2.3e12 / 117e6 / 3600, 0.01)
f = "ru_usb_flash.md"
T(f, "- FAT32: файл не больше", "4 294 967 295 байт", 4_294_967_295, 4 * GiB - 1, 0)
T(f, "- Флешка «64 ГБ»", "59,6 ГиБ", 59.6, 64 * GB / GiB, 0.001)
T(f, "| USB 2.0 | 480 Мбит/с |", "60 МБ/с в теории", 60, 480 * Mbit / 8 / MB, 0)
T(f, "| USB 3.2 Gen 1 | 5 Гбит/с |", "500 МБ/с", 500, 5 * Gbit * 8 / 10 / 8 / MB, 0)
T(f, "| USB 3.2 Gen 2 | 10 Гбит/с |", "1,2 ГБ/с", 1.2, 10 * Gbit * 128 / 132 / 8 / GB, 0.011)
T(f, "5 Гбит/с × 8/10 = 4 Гбит/с", "500 МБ/с", 500, 4 * Gbit / 8 / MB, 0)
T(f, "2147483648 bytes (2.1 GB, 2.0 GiB)", "35.0 MB/s", 35.0, 2**31 / 61.4 / MB, 0.001)
T(f, "2 147 483 648 байт = 2 ГиБ", "2,15 ГБ", 2.15, 2 * GiB / GB, 0.002)
T(f, "2 147 483 648 байт = 2 ГиБ", "35,0 МБ/с", 35.0, 2 * GiB / 61.4 / MB, 0.001)
T(f, "- 20 ГБ фотографий при 35 МБ/с", "571 с", 571, 20e9 / 35e6, 0.001)
T(f, "- 20 ГБ фотографий при 35 МБ/с", "9,5 минуты", 9.5, 20e9 / 35e6 / 60, 0.005)
T(f, "- Тот же объём на SSD", "22 секунд", 22, 20e9 / 900e6, 0.015)
T(f, "Образ 6 114 656 256 байт", "1458 блоков", 1458, math.ceil(6_114_656_256 / (4 * MiB)), 0)


def main() -> int:
    failures: list[str] = []
    for s in S:
        path = NOTES / s.file
        lines = path.read_text(encoding="utf-8").splitlines()
        hits = [i for i, line in enumerate(lines, 1) if s.needle in line]
        if len(hits) != 1:
            failures.append(f"{s.file}: needle {s.needle!r} on {len(hits)} lines")
            continue
        lineno = hits[0]
        text = lines[lineno - 1]
        if s.stated not in text:
            failures.append(f"{s.file}:{lineno}: stated {s.stated!r} not on the line")
            continue
        within = abs(s.computed - s.value) <= s.tol * abs(s.value) + 1e-12
        ok = s.computed <= s.value if s.mode == "le" else within
        status = "ok" if ok else "FAIL"
        print(f"{status:4} {s.file}:{lineno}: stated {s.stated!r} ({s.value:g}) computed {s.computed:.6g}")
        if not ok:
            failures.append(f"{s.file}:{lineno}: {s.stated!r} vs computed {s.computed:.6g}")
    print(f"\n{len(S)} true statements checked, {len(failures)} failures, "
          f"{len({s.file for s in S})} notes")
    for msg in failures:
        print("  " + msg)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
