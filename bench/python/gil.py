"""Eksperimen GIL, versi Python untuk `cargo xtask bench` (padanan Bab 5).

Pekerjaannya sama dengan listing Rust: jumlah kuadrat 0..10.000.000, dihitung
dua kali, dengan tiga cara: berurutan, dua thread, dan dua proses.
Jalankan sendiri: python3 bench/python/gil.py
"""

import multiprocessing
import sys
import threading
import time

N = 10_000_000
# Rumus tertutup jumlah i*i untuk 0 <= i < N, untuk memeriksa hasil.
EXPECTED = (N - 1) * N * (2 * N - 1) // 6


def sum_of_squares(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def into_queue(n: int, queue) -> None:
    queue.put(sum_of_squares(n))


def report(label: str, results: list, start: float) -> None:
    elapsed_ms = (time.perf_counter() - start) * 1000
    if results != [EXPECTED, EXPECTED]:
        print(f"{label} hasil salah: {results}", file=sys.stderr)
        sys.exit(1)
    print(f"{label} hasil {results[0]} (dua kali), waktu {elapsed_ms:.1f} ms")


def main() -> None:
    # 1. Berurutan: dua panggilan, satu per satu.
    start = time.perf_counter()
    results = [sum_of_squares(N), sum_of_squares(N)]
    report("Berurutan:", results, start)

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
    report("2 thread:", results, start)

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
    report("2 proses:", results, start)


if __name__ == "__main__":
    main()
