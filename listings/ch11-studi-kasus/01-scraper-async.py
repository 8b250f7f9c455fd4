import asyncio
import time
from datetime import datetime


async def scrape_url(n, izin):
    async with izin:  # paling banyak 8 permintaan sekaligus
        mulai = time.perf_counter()
        await asyncio.sleep((50 + n * 37 % 16 * 10) / 1000)  # jeda tetap
        status = {4: 404, 11: 404, 7: 500, 16: 500}.get(n, 200)
        waktu = time.perf_counter() - mulai
        return f"/halaman/{n:02}", status, waktu, datetime.now().isoformat()


async def main():
    izin = asyncio.Semaphore(8)
    tugas = [scrape_url(n, izin) for n in range(1, 21)]
    mulai = time.perf_counter()
    hasil = [await t for t in asyncio.as_completed(tugas)]  # urutan selesai
    waktu = time.perf_counter() - mulai
    for url, status, detik, stempel in hasil:
        print(f"  {url}  {status}  {detik * 1000:3.0f} ms  {stempel}")
    berhasil = sum(status == 200 for _, status, _, _ in hasil)
    print(f"Berhasil: {berhasil} dari {len(hasil)}")
    print(f"Waktu: {waktu:.2f} s")
    print(f"Jumlah waktu semua permintaan: {sum(h[2] for h in hasil):.2f} s")


asyncio.run(main())
