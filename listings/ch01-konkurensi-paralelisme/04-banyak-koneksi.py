import asyncio
import threading
import time


async def layani(id):  # satu "koneksi": menunggu klien 100 ms, lalu menjawab
    await asyncio.sleep(0.1)
    return id, threading.get_ident()


async def main():
    mulai = time.perf_counter()
    for id in range(5):  # fase 1: lima koneksi satu per satu
        await layani(id)
    satu_per_satu = (time.perf_counter() - mulai) * 1000
    mulai = time.perf_counter()  # fase 2: seribu koneksi sekaligus
    hasil = await asyncio.gather(*(layani(id) for id in range(1000)))
    sekaligus = (time.perf_counter() - mulai) * 1000
    print(f"5 koneksi satu per satu: {satu_per_satu:.0f} ms")
    print(f"1000 koneksi sekaligus: {sekaligus:.0f} ms")
    print(f"Id koneksi yang berbeda: {len({id for id, _ in hasil})}")
    print(f"Thread OS yang dipakai: {len({t for _, t in hasil})}")


asyncio.run(main())
