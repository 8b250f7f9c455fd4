"""Hitung prima di 1..1.000.001, versi Python untuk `cargo xtask bench`
(padanan Bab 7).

Pembagian percobaan yang sama dengan listing Rust: bagi dengan 2, lalu dengan
bilangan ganjil 3, 5, 7, ... sampai akar n. Tiga cara: berurutan, lalu
ProcessPoolExecutor dengan 2 dan 4 proses (potongan @ 100.000 bilangan,
hasil dikumpulkan dengan as_completed).
Jalankan sendiri: python3 bench/python/prima.py [BATAS]   (bawaan 1.000.001)
"""

import math
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed

DEFAULT_LIMIT = 1_000_001
CHUNK = 100_000


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    for d in range(3, math.isqrt(n) + 1, 2):
        if n % d == 0:
            return False
    return True


def count_primes_in_range(lo: int, hi: int) -> int:
    return sum(1 for n in range(lo, hi) if is_prime(n))


def sieve_count(limit: int) -> int:
    """Jumlah prima di 1..limit dengan saringan, untuk memeriksa hasil."""
    flags = bytearray([1]) * limit
    flags[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit - 1) + 1):
        if flags[i]:
            flags[i * i :: i] = bytearray(len(range(i * i, limit, i)))
    return sum(flags)


def with_pool(workers: int, limit: int) -> int:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(count_primes_in_range, lo, min(lo + CHUNK, limit))
            for lo in range(1, limit, CHUNK)
        ]
        return sum(f.result() for f in as_completed(futures))


def report(label: str, count: int, want: int, start: float) -> None:
    elapsed_ms = (time.perf_counter() - start) * 1000
    if count != want:
        print(f"{label} jumlah prima salah: {count}", file=sys.stderr)
        sys.exit(1)
    print(f"{label} {count} prima, waktu {elapsed_ms:.1f} ms")


def limit_arg() -> int:
    if len(sys.argv) < 2:
        return DEFAULT_LIMIT
    try:
        limit = int(sys.argv[1].replace("_", ""))
    except ValueError:
        limit = 0
    if not 2 <= limit <= 1_000_000_000:
        print("galat: batas harus bilangan bulat 2..1000000000", file=sys.stderr)
        sys.exit(2)
    return limit


def main() -> None:
    limit = limit_arg()
    want = sieve_count(limit)
    print(f"Rentang: 1..{limit}")
    start = time.perf_counter()
    report("Berurutan:", count_primes_in_range(1, limit), want, start)

    for workers in (2, 4):
        start = time.perf_counter()
        report(f"Pool {workers} proses:", with_pool(workers, limit), want, start)


if __name__ == "__main__":
    main()
