import threading
import time

counter = 0
lock = threading.Lock()  # lock dan datanya dua variabel terpisah


def increment(n):
    global counter
    for _ in range(n):
        with lock:  # lock dilepas otomatis saat keluar dari blok
            counter += 1


start = time.perf_counter()
threads = [threading.Thread(target=increment, args=(100_000,))
           for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Dengan Lock: {counter}")
print(f"Waktu: {(time.perf_counter() - start) * 1000:.0f} ms")
