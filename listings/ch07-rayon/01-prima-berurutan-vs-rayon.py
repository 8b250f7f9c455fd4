import math
import time
from concurrent.futures import ProcessPoolExecutor


def is_prime(n: int) -> bool:
    if n < 2 or (n % 2 == 0 and n != 2):
        return n == 2
    return all(n % i for i in range(3, math.isqrt(n) + 1, 2))


if __name__ == "__main__":
    mulai = time.perf_counter()
    seq = sum(1 for n in range(1, 1_000_001) if is_prime(n))
    t_seq = time.perf_counter() - mulai
    print(f"Berurutan: {seq} prima, waktu {t_seq:.2f} s")
    mulai = time.perf_counter()
    with ProcessPoolExecutor() as pool:  # satu proses per core
        par = sum(pool.map(is_prime, range(1, 1_000_001), chunksize=10_000))
    t_par = time.perf_counter() - mulai
    print(f"Pool proses: {par} prima, waktu {t_par:.2f} s")
    print(f"Percepatan: {t_seq / t_par:.2f}x")
