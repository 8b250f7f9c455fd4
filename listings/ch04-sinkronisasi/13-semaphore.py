import sys
import threading
import time


def cetak(teks):
    # Satu write per baris, supaya baris dari thread berbeda tidak tercampur
    # (print menulis teks dan "\n" secara terpisah).
    sys.stdout.write(teks + "\n")


db = threading.Semaphore(3)  # paling banyak 3 koneksi bersamaan


def db_query(i):
    cetak(f"Query {i} menunggu koneksi...")
    with db:  # ambil izin; dikembalikan saat keluar dari blok
        cetak(f"Query {i} mendapat koneksi")
        time.sleep(0.2)  # 2 detik di tutorial asli
        cetak(f"Query {i} selesai")


start = time.perf_counter()
threads = [threading.Thread(target=db_query, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
cetak(f"Waktu total: {(time.perf_counter() - start) * 1000:.0f} ms")
