import threading
import time


def worker(task_id):
    nama = threading.current_thread().name
    print(f"  Tugas {task_id} mulai (thread: {nama})")
    time.sleep(0.15)
    print(f"  Tugas {task_id} selesai")
    hasil[task_id] = task_id * task_id  # join() tidak membawa nilai pulang


hasil = [None] * 5
threads = []
for i in range(5):
    t = threading.Thread(target=worker, args=(i,), name=f"pekerja-{i}")
    threads.append(t)
    t.start()

for t in threads:  # tunggu semua selesai
    t.join()
print(f"Semua tugas selesai! Hasil sesuai urutan pembuatan: {hasil}")
