import math
from concurrent.futures import ProcessPoolExecutor, as_completed


def is_prime(n: int) -> bool:
    if n < 2 or (n % 2 == 0 and n != 2):
        return n == 2
    return all(n % i for i in range(3, math.isqrt(n) + 1, 2))


def count_primes_in_range(lo: int, hi: int) -> tuple:
    return lo, hi, sum(1 for n in range(lo, hi) if is_prime(n))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=4) as pool:
        tugas = [
            pool.submit(count_primes_in_range, lo, min(lo + 100_000, 1_000_001))
            for lo in range(1, 1_000_001, 100_000)
        ]
        total = 0
        for ke, future in enumerate(as_completed(tugas), start=1):
            lo, hi, n = future.result()
            print(f"Selesai ke-{ke:>2}: potongan {lo}..{hi} berisi {n} prima")
            total += n
    print(f"Paralel (4 proses, 10 potongan): {total} prima")
