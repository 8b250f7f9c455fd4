"""Eksperimen GIL, versi Python untuk `cargo xtask bench` (padanan Bab 5).

Pekerjaannya sama dengan listing Rust: jumlah kuadrat 0..N, dihitung dua kali,
dengan tiga cara: berurutan, dua thread, dan dua proses.
Jalankan sendiri: python3 bench/python/gil.py [N]   (bawaan N = 10.000.000)
"""

import multiprocessing
import sys
import threading
import time

DEFAULT_N = 10_000_000


def expected(n: int) -> int:
    """Rumus tertutup jumlah i*i untuk 0 <= i < n, untuk memeriksa hasil."""
    return (n - 1) * n * (2 * n - 1) // 6


def sum_of_squares(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def into_queue(n: int, queue) -> None:
    queue.put(sum_of_squares(n))


def report(label: str, n: int, results: list, start: float) -> None:
    elapsed_ms = (time.perf_counter() - start) * 1000
    if results != [expected(n), expected(n)]:
        print(f"{label} hasil salah: {results}", file=sys.stderr)
        sys.exit(1)
    print(f"{label} hasil {results[0]} (dua kali), waktu {elapsed_ms:.1f} ms")


def size_arg() -> int:
    if len(sys.argv) < 2:
        return DEFAULT_N
    try:
        n = int(sys.argv[1].replace("_", ""))
    except ValueError:
        n = 0
    if n <= 0:
        print("galat: N harus bilangan bulat positif, misalnya 10000000", file=sys.stderr)
        sys.exit(2)
    return n


def main() -> None:
    N = size_arg()
    print(f"N = {N}")
    # 1. Berurutan: dua panggilan, satu per satu.
    start = time.perf_counter()
    results = [sum_of_squares(N), sum_of_squares(N)]
    report("Berurutan:", N, results, start)

    # 2. Dua thread: di CPython hanya satu yang memegang GIL pada satu waktu.
    start = time.perf_counter()
    results = [0, 0]

    def work(slot: int) -> None:
        results[slot] = sum_of_squares(N)

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report("2 thread:", N, results, start)

    # 3. Dua proses: masing-masing punya interpreter (dan GIL) sendiri.
    start = time.perf_counter()
    queue = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=into_queue, args=(N, queue)) for _ in range(2)
    ]
    for p in procs:
        p.start()
    results = [queue.get(), queue.get()]
    for p in procs:
        p.join()
    report("2 proses:", N, results, start)


if __name__ == "__main__":
    main()
