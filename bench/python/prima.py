"""Hitung prima di 1..1.000.001, versi Python untuk `cargo xtask bench`
(padanan Bab 7).

Pembagian percobaan yang sama dengan listing Rust: bagi dengan 2, lalu dengan
bilangan ganjil 3, 5, 7, ... sampai akar n. Tiga cara: berurutan, lalu
ProcessPoolExecutor dengan 2 dan 4 proses (10 potongan @ 100.000 bilangan,
hasil dikumpulkan dengan as_completed).
Jalankan sendiri: python3 bench/python/prima.py
"""

import math
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed

LIMIT = 1_000_001
CHUNK = 100_000
EXPECTED = 78_498


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


def with_pool(workers: int) -> int:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(count_primes_in_range, lo, min(lo + CHUNK, LIMIT))
            for lo in range(1, LIMIT, CHUNK)
        ]
        return sum(f.result() for f in as_completed(futures))


def report(label: str, count: int, start: float) -> None:
    elapsed_ms = (time.perf_counter() - start) * 1000
    if count != EXPECTED:
        print(f"{label} jumlah prima salah: {count}", file=sys.stderr)
        sys.exit(1)
    print(f"{label} {count} prima, waktu {elapsed_ms:.1f} ms")


def main() -> None:
    start = time.perf_counter()
    report("Berurutan:", count_primes_in_range(1, LIMIT), start)

    for workers in (2, 4):
        start = time.perf_counter()
        report(f"Pool {workers} proses:", with_pool(workers), start)


if __name__ == "__main__":
    main()
