import multiprocessing


def worker_list(shared, items):
    for item in items:
        shared.append(item)  # setiap append = satu pesan ke server Manager


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.list()
        procs = [
            multiprocessing.Process(target=worker_list, args=(shared, [i * 10, i * 10 + 1]))
            for i in range(3)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(f"Urutan masuk: {list(shared)}")
        print(f"List bersama (urut): {sorted(shared)}")
