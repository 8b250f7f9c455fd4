import os
import random
import time
import zlib
from concurrent.futures import ProcessPoolExecutor

TERANG = bytes(min(255, b + 10) for b in range(256))  # "brightness" +10


def process_image(n):
    # "Gambar" ke-n: 1 MiB byte acak dengan seed tetap; "encode" = zlib.
    data = random.Random(n).randbytes(1 << 20).translate(TERANG)
    return n, os.getpid(), zlib.crc32(zlib.compress(data))


if __name__ == "__main__":  # wajib: proses pekerja mengimpor modul ini
    gambar = range(20)
    mulai = time.perf_counter()
    berurutan = [process_image(n) for n in gambar]
    t_seq = time.perf_counter() - mulai
    mulai = time.perf_counter()
    with ProcessPoolExecutor() as pool:  # satu proses per core
        paralel = list(pool.map(process_image, gambar))
    t_par = time.perf_counter() - mulai
    sama = sum(a[2] == b[2] for a, b in zip(berurutan, paralel))
    print(f"Checksum sama: {sama} dari {len(paralel)}")
    pid_paralel = {pid for _, pid, _ in paralel}
    print(f"PID berbeda (berurutan): {len({p for _, p, _ in berurutan})}")
    print(f"PID berbeda (paralel): {len(pid_paralel)}")
    print(f"Proses utama ikut mengolah: {os.getpid() in pid_paralel}")
    print(f"Waktu berurutan: {t_seq:.2f} s, paralel: {t_par:.2f} s")
    print(f"Percepatan: {t_seq / t_par:.2f}x")
