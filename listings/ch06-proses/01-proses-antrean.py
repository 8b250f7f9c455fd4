import multiprocessing
import os


def worker(task_id: int, antrean=None) -> int:
    hasil = task_id**2
    if antrean is not None:
        antrean.put((task_id, hasil, os.getpid()))
    return hasil  # Process membuang nilai kembalian ini


if __name__ == "__main__":
    print(f"PID proses induk: {os.getpid()}")
    p = multiprocessing.Process(target=worker, args=(3,))
    p.start()
    p.join()
    print(f"Tanpa Queue: induk hanya melihat exitcode {p.exitcode}")

    antrean = multiprocessing.Queue()
    anak = [
        multiprocessing.Process(target=worker, args=(i, antrean))
        for i in range(5)
    ]
    for p in anak:
        p.start()
    hasil = {}
    for _ in anak:  # ambil semua hasil dulu, baru join
        task_id, kuadrat, pid = antrean.get()
        print(f"Diterima dari PID {pid}: tugas {task_id} -> hasil {kuadrat}")
        hasil[task_id] = kuadrat
    for p in anak:
        p.join()
    print(f"Hasil: {dict(sorted(hasil.items()))}")
