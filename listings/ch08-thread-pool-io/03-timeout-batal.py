import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError


def fetch_url(url, detik):
    time.sleep(detik)
    return f"{url} → 200"


mulai = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as executor:
    normal = executor.submit(fetch_url, "https://api.example.com/users", 0.1)
    print(f"Hasil: {normal.result(timeout=0.5)}")
    # Server macet: butuh 3 detik, tetapi kita hanya mau menunggu 200 ms.
    macet = executor.submit(fetch_url, "https://api.example.com/posts", 3)
    try:
        macet.result(timeout=0.2)
    except TimeoutError:
        print("Timeout! 200 ms tanpa hasil")
        # False: tugas yang sudah berjalan tidak bisa dibatalkan.
        print(f"cancel() berhasil? {macet.cancel()}")
# Keluar dari blok with menunggu tugas macet sampai selesai.
print(f"Tugas macet tetap selesai: {macet.result()}")
print(f"Blok with selesai setelah {(time.perf_counter() - mulai) * 1000:.0f} ms")
