import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime


@dataclass
class ScrapeResult:
    url: str
    status: int
    elapsed: float
    timestamp: str


def scrape_url(n):
    mulai = time.perf_counter()
    time.sleep((50 + n * 37 % 16 * 10) / 1000)  # jeda tetap 50..200 ms
    status = {4: 404, 11: 404, 7: 500, 16: 500}.get(n, 200)
    waktu = time.perf_counter() - mulai
    stempel = datetime.now().isoformat()  # waktu lokal sebagai teks
    return ScrapeResult(f"/halaman/{n:02}", status, waktu, stempel)


mulai = time.perf_counter()
with ThreadPoolExecutor(max_workers=8) as executor:
    futures = [executor.submit(scrape_url, n) for n in range(1, 21)]
    hasil = [f.result() for f in as_completed(futures)]  # urutan selesai
waktu = time.perf_counter() - mulai
for r in hasil:
    print(f"  {r.url}  {r.status}  {r.elapsed * 1000:3.0f} ms  {r.timestamp}")
berhasil = sum(r.status == 200 for r in hasil)
print(f"Berhasil: {berhasil} dari {len(hasil)}")
print(f"Waktu: {waktu:.2f} s")
print(f"Jumlah waktu semua permintaan: {sum(r.elapsed for r in hasil):.2f} s")
