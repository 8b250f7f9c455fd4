"""Memori per thread, per task, dan per proses, versi Python untuk
`cargo xtask bench` (padanan listing Bab 1 `ch01-05-memori`).

N unit yang menganggur hidup bersamaan (threading.Thread, task asyncio,
multiprocessing.Process), lalu memori proses ini dan anak-anaknya
dibandingkan dengan sebelum unit dibuat. Dibaca dari /proc/<pid>/smaps_rollup
(Linux): RSS, dan USS = Private_Clean + Private_Dirty (halaman milik proses itu
sendiri). Keluarannya berformat sama dengan listing Rust.
Jalankan sendiri: python3 bench/python/memori.py [thread|task|proses|semua] [N]
"""

import asyncio
import multiprocessing
import os
import sys
import threading


def memory_kib(pid: int) -> tuple:
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                fields[parts[0]] = int(parts[1])
    return fields["Rss:"], fields["Private_Clean:"] + fields["Private_Dirty:"]


def threads(n: int) -> tuple:
    started, stop = threading.Barrier(n + 1), threading.Barrier(n + 1)
    alive = []

    def work() -> None:
        alive.append(1)  # list.append aman dipanggil dari banyak thread
        started.wait()
        stop.wait()

    pool = [threading.Thread(target=work) for _ in range(n)]
    for t in pool:
        t.start()
    started.wait()
    during = memory_kib(os.getpid())
    count = len(alive)
    stop.wait()
    for t in pool:
        t.join()
    return count, during


async def tasks(n: int) -> tuple:
    # Diukur dari dalam event loop yang sudah berjalan (seperti runtime tokio).
    before = memory_kib(os.getpid())
    stop = asyncio.Event()
    alive = []

    async def work() -> None:
        alive.append(1)
        await stop.wait()

    pending = [asyncio.create_task(work()) for _ in range(n)]
    while len(alive) < n:
        await asyncio.sleep(0)
    during = memory_kib(os.getpid())
    stop.set()
    await asyncio.gather(*pending)
    return before, (len(alive), during)


def child(ready, stop) -> None:
    ready.put(os.getpid())
    stop.wait()


def processes(n: int) -> tuple:
    ready, stop = multiprocessing.Queue(), multiprocessing.Event()
    procs = [multiprocessing.Process(target=child, args=(ready, stop)) for _ in range(n)]
    for p in procs:
        p.start()
    pids = [ready.get() for _ in range(n)]
    rss, uss = memory_kib(os.getpid())
    for pid in pids:
        r, u = memory_kib(pid)
        rss, uss = rss + r, uss + u
    stop.set()
    for p in procs:
        p.join()
    return len(pids), (rss, uss)


def report(kind: str, n: int, before: tuple, result: tuple) -> None:
    alive, after = result
    extra = (after[0] - before[0], after[1] - before[1])
    print(f"Jenis: {kind}, N = {n}")
    print(f"Hidup bersamaan: {alive}")
    print(f"Sebelum: RSS {before[0]} KiB, USS {before[1]} KiB")
    print(f"Sesudah: RSS {after[0]} KiB, USS {after[1]} KiB")
    print(f"Tambahan: RSS {extra[0]} KiB, USS {extra[1]} KiB")
    print(f"Per {kind}: RSS {extra[0] / n:.1f} KiB, USS {extra[1] / n:.1f} KiB")


def main() -> None:
    args = sys.argv[1:]
    kind = args[0] if args else "semua"
    try:
        n = int(args[1]) if len(args) > 1 else 100
    except ValueError:
        n = 0
    kinds = ["thread", "task", "proses"] if kind == "semua" else [kind]
    if not 1 <= n <= 10_000 or any(k not in ("thread", "task", "proses") for k in kinds):
        print("galat: pemakaian: [JENIS: thread|task|proses|semua] [N 1..10000]", file=sys.stderr)
        sys.exit(2)
    for k in kinds:
        if k == "proses":
            print(f"Metode start multiprocessing: {multiprocessing.get_start_method()}")
        if k == "task":
            before, result = asyncio.run(tasks(n))
        else:
            before = memory_kib(os.getpid())
            result = threads(n) if k == "thread" else processes(n)
        report(k, n, before, result)


if __name__ == "__main__":
    main()
