import multiprocessing


def isi(arr, awal: int, akhir: int) -> None:
    for i in range(awal, akhir):
        arr[i] = i * i
    print(f"Proses mengisi indeks {awal}..{akhir}")


if __name__ == "__main__":
    arr = multiprocessing.Array("i", 10)  # sepuluh int C, mulai dari 0
    anak = [
        multiprocessing.Process(target=isi, args=(arr, i * 5, (i + 1) * 5))
        for i in range(2)
    ]
    for p in anak:
        p.start()
    for p in anak:
        p.join()
    print(f"Array: {list(arr)}")
    # int C 32-bit: nilai di luar batasnya terpotong tanpa peringatan.
    arr[0] = 2**31
    print(f"Setelah arr[0] = 2**31: arr[0] = {arr[0]}")
