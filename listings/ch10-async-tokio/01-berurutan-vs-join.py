import asyncio
import time


async def fetch_data(name, delay):
    print(f"  {name}: mulai fetch...")
    mulai = time.perf_counter()
    await asyncio.sleep(delay)  # menyerahkan giliran ke event loop
    print(f"  {name}: selesai! ({(time.perf_counter() - mulai) * 1000:.0f} ms)")
    return f"Data dari {name}"


async def main():
    print("=== Berurutan ===")
    mulai = time.perf_counter()
    hasil = [await fetch_data("API-1", 0.2), await fetch_data("API-2", 0.3)]
    print(f"  Hasil: {hasil}")
    print(f"  Waktu berurutan: {(time.perf_counter() - mulai) * 1000:.0f} ms\n")

    print("=== Bersamaan dengan gather ===")
    mulai = time.perf_counter()
    hasil = await asyncio.gather(
        fetch_data("API-1", 0.2), fetch_data("API-2", 0.3), fetch_data("API-3", 0.1)
    )
    print(f"  Hasil: {hasil}")
    print(f"  Waktu gather: {(time.perf_counter() - mulai) * 1000:.0f} ms")


asyncio.run(main())
