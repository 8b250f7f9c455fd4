import time
from multiprocessing import Pool


def process_item(item: int) -> int:
    time.sleep(0.05)  # 0,5 detik di tutorial asli
    return item * item


def process_pair(a: int, b: int) -> int:
    time.sleep(0.03)  # 0,3 detik di tutorial asli
    return a + b


if __name__ == "__main__":
    with Pool(4) as pool:
        mulai = time.perf_counter()
        print(f"map: {pool.map(process_item, range(20))}")
        print(f"Waktu map: {(time.perf_counter() - mulai) * 1000:.0f} ms")
        per_potongan = pool.map(process_item, range(20), chunksize=5)
        print(f"map per potongan: {per_potongan}")
        pasangan = [(1, 2), (3, 4), (5, 6), (7, 8)]
        print(f"starmap: {pool.starmap(process_pair, pasangan)}")
