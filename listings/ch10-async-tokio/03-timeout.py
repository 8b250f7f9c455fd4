import asyncio
import time


async def fetch_data(name, delay):
    print(f"  {name}: mulai fetch...")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name}: CancelledError di titik await")
        raise  # pembatalan harus diteruskan
    print(f"  {name}: selesai!")
    return f"Data dari {name}"


async def main():
    for name, delay in [("Fast-API", 0.1), ("Slow-API", 1.0)]:
        mulai = time.perf_counter()
        try:
            data = await asyncio.wait_for(fetch_data(name, delay), timeout=0.3)
            print(f"  Berhasil: {data}")
        except asyncio.TimeoutError:
            waktu = (time.perf_counter() - mulai) * 1000
            print(f"  Timeout! {name} menyerah setelah {waktu:.0f} ms")


asyncio.run(main())
