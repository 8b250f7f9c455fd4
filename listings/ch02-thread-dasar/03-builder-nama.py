import threading
import time


def worker(task_id, delay):
    nama = threading.current_thread().name
    print(f"  Tugas {task_id} mulai (thread: {nama})")
    time.sleep(delay)
    print(f"  Tugas {task_id} selesai")
    return task_id * 10  # nilai ini hilang: Thread tidak menyimpannya


print(f"Nama thread utama: {threading.current_thread().name}")
t = threading.Thread(
    target=worker, args=(1,), kwargs={"delay": 0.2}, name="pekerja-saya"
)
t.start()
print(f"Nama thread baru: {t.name}, daemon: {t.daemon}")
print(f"Masih berjalan? {t.is_alive()}")
print(f"Nilai dari join: {t.join()}")
print(f"Masih berjalan setelah join? {t.is_alive()}")
print(f"Nama thread tanpa name=: {threading.Thread(target=worker).name}")
