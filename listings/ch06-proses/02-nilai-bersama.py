import ctypes
import multiprocessing


def tambah(counter, lock, n: int) -> None:
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)  # 'i' = int C (ctypes.c_int)
    lock = multiprocessing.Lock()
    anak = [
        multiprocessing.Process(target=tambah, args=(counter, lock, 250_000))
        for _ in range(4)
    ]
    for p in anak:
        p.start()
    for p in anak:
        p.join()
    print(f"Counter: {counter.value}")
    wadah = counter.get_obj()
    ukuran = ctypes.sizeof(wadah)
    print(f"Isi Value('i'): {type(wadah).__name__}, {ukuran} byte")
