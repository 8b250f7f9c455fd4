import sys
import threading
import time


def cetak(teks):
    # Satu write per baris, supaya baris dari thread berbeda tidak tercampur
    # (print menulis teks dan "\n" secara terpisah).
    sys.stdout.write(teks + "\n")


ready = threading.Event()


def producer():
    cetak("Produsen: menyiapkan data...")
    time.sleep(0.3)  # 3 detik di tutorial asli
    cetak("Produsen: data siap!")
    ready.set()


def consumer(i):
    cetak(f"Konsumen-{i}: menunggu data...")
    ready.wait()  # tidur sampai set() dipanggil
    cetak(f"Konsumen-{i}: data diterima, mulai proses!")


threads = [threading.Thread(target=producer)]
threads += [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
