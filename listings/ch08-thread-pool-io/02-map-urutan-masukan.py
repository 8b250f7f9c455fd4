import time
from concurrent.futures import ThreadPoolExecutor

NAMA = ["users", "posts", "comments", "albums", "photos", "todos"]
URLS = [f"https://api.example.com/{n}" for n in NAMA]


def fetch_url(arg):
    i, url = arg
    time.sleep(0.1 - 0.01 * i)  # 100, 90, ..., 50 ms
    print(f"  (selesai: {url})")
    if i == 3:
        raise RuntimeError("503 Service Unavailable")
    return 200


mulai = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as executor:
    hasil = executor.map(fetch_url, enumerate(URLS))  # urutan masukan
    try:
        for url, status in zip(URLS, hasil):
            print(f"Hasil: {url} → {status}")
    except RuntimeError as e:
        # Eksepsi URL ke-4 dilempar ulang di sini dan menghentikan loop.
        print(f"Galat: {e}; hasil sesudahnya tidak pernah dibaca")
print(f"Waktu: {(time.perf_counter() - mulai) * 1000:.0f} ms")
