import asyncio


async def job(name, detik):
    try:
        await asyncio.sleep(detik)
        print(f"{name}: selesai")
    except asyncio.CancelledError:
        print(f"{name}: CancelledError di titik await, membereskan dulu")
        await asyncio.sleep(0.01)  # boleh menunggu sambil membereskan
        raise  # lalu teruskan pembatalannya


async def main():
    a = asyncio.create_task(job("A", 0.05))  # simpan referensinya!
    b = asyncio.create_task(job("B", 10))
    await asyncio.sleep(0)  # beri A dan B giliran pertama
    b.cancel()  # hanya meminta: CancelledError dilempar di await B
    try:
        await b
    except asyncio.CancelledError:
        print(f"B: cancelled() = {b.cancelled()}")
    await a


asyncio.run(main())
