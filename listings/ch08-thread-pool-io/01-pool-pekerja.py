import time
from concurrent.futures import ThreadPoolExecutor, as_completed

NAMA = ["users", "posts", "comments", "albums", "photos", "todos"]
URLS = [f"https://api.example.com/{n}" for n in NAMA]


def fetch_url(i, url):
    time.sleep(0.1 - 0.01 * i)  # 100, 90, ..., 50 ms
    if i == 3:  # URL ke-4 selalu gagal
        raise RuntimeError("503 Service Unavailable")
    return {"url": url, "status": 200, "size": len(url) * 1000}


mulai = time.perf_counter()
for i, url in enumerate(URLS):
    try:
        fetch_url(i, url)  # satu per satu, hasilnya tidak dipakai
    except RuntimeError:
        pass
print(f"Berurutan: 6 URL, waktu {(time.perf_counter() - mulai) * 1000:.0f} ms")

mulai = time.perf_counter()
with ThreadPoolExecutor(max_workers=6) as executor:
    futures = {executor.submit(fetch_url, i, u): u for i, u in enumerate(URLS)}
    for future in as_completed(futures):  # yang selesai duluan, duluan
        try:
            r = future.result()
            print(f"  ✅ {r['url']} → {r['status']} ({r['size']} byte)")
        except RuntimeError as e:
            print(f"  ❌ {futures[future]} → galat: {e}")
waktu = (time.perf_counter() - mulai) * 1000
print(f"Thread pool (6 pekerja): waktu {waktu:.0f} ms")
