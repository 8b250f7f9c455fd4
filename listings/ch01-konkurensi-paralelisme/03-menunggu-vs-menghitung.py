import threading
import time


def menunggu(k, hasil):  # I/O-bound: hampir seluruh waktunya menunggu
    time.sleep(0.1)


def menghitung(k, hasil):  # CPU-bound: banyak bilangan prima di rentang ke-k
    prima = lambda n: all(n % d for d in range(2, int(n**0.5) + 1))
    hasil[k] = sum(map(prima, range(max(2, k * 25_000), (k + 1) * 25_000)))


for judul, tugas in [("menunggu", menunggu), ("menghitung", menghitung)]:
    hasil = [0] * 4
    mulai = time.perf_counter()
    for k in range(4):
        tugas(k, hasil)
    urut = (time.perf_counter() - mulai) * 1000
    semua = [threading.Thread(target=tugas, args=(k, hasil)) for k in range(4)]
    mulai = time.perf_counter()
    for t in semua:
        t.start()
    for t in semua:
        t.join()
    paralel = (time.perf_counter() - mulai) * 1000
    print(f"== 4 tugas {judul} ==")
    print(f"  Berurutan: {urut:.0f} ms, 4 thread: {paralel:.0f} ms")
    print(f"  Percepatan: {urut / paralel:.2f}x, bilangan prima: {sum(hasil)}")
