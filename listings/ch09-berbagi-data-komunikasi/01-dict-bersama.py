import multiprocessing
import time


def worker_dict(shared, key, value):
    time.sleep(0.05)  # 0,5 detik di tutorial asli
    shared[key] = value  # di-pickle lalu dikirim ke proses server Manager
    print(f"  Set {key} = {value}", flush=True)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        shared = manager.dict()  # proxy; dict aslinya di proses server
        procs = [
            multiprocessing.Process(
                target=worker_dict, args=(shared, f"key{i}", f"val{i}")
            )
            for i in range(5)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(f"Dict bersama: {dict(sorted(shared.items()))}")
