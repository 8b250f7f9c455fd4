import multiprocessing
import threading
import time

N = 3_000_000  # tutorial asli: 10_000_000


def cpu_bound(n: int) -> int:
    return sum(i * i for i in range(n))


def dua_sekaligus(kelas) -> float:
    """Dua pekerja (thread atau proses), masing-masing satu cpu_bound(N)."""
    mulai = time.perf_counter()
    pekerja = [kelas(target=cpu_bound, args=(N,)) for _ in range(2)]
    for p in pekerja:
        p.start()
    for p in pekerja:
        p.join()
    return time.perf_counter() - mulai


if __name__ == "__main__":
    mulai = time.perf_counter()
    hasil = (cpu_bound(N), cpu_bound(N))
    print(f"Berurutan: {time.perf_counter() - mulai:.2f} s, hasil = {hasil[0]}")
    print(f"2 thread: {dua_sekaligus(threading.Thread):.2f} s")
    print(f"2 proses: {dua_sekaligus(multiprocessing.Process):.2f} s")
