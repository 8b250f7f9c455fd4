import sys
import threading
import time


def cetak(teks):
    # Satu write per baris, supaya baris dari thread berbeda tidak tercampur
    # (print menulis teks dan "\n" secara terpisah).
    sys.stdout.write(teks + "\n")


barrier = threading.Barrier(3)  # 3 thread harus berkumpul


def worker(i):
    cetak(f"Worker {i}: menyiapkan...")
    time.sleep(0.1 * i)  # lama persiapan berbeda: 0, 100, 200 ms
    cetak(f"Worker {i}: siap, menunggu yang lain...")
    index = barrier.wait()  # 0 .. 2, berbeda untuk setiap thread
    role = " (pemimpin)" if index == 0 else ""
    cetak(f"Worker {i}: mulai eksekusi bersama!{role}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
