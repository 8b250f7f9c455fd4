import multiprocessing
import time


def process_item(item: int) -> int:
    time.sleep(0.05)  # 0,5 detik di tutorial asli
    return item * item


if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        tertunda = [pool.apply_async(process_item, (x,)) for x in range(20)]
        print("20 tugas terkirim; induk bebas bekerja")
        # get(timeout=1): 10 detik di tutorial asli.
        print(f"async: {[r.get(timeout=1) for r in tertunda]}")

        lambat = pool.apply_async(time.sleep, (0.3,))
        try:
            lambat.get(timeout=0.1)
        except multiprocessing.TimeoutError:
            print("Timeout! Berhenti menunggu setelah 100 ms")
        lambat.get()  # tugasnya tetap berjalan sampai selesai
        print("Tugas lambat tetap selesai")
