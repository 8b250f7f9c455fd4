import threading
import time

local_data = threading.local()  # atributnya berbeda untuk setiap thread


def process_request(request_id):
    nama = threading.current_thread().name
    awal = getattr(local_data, "request_id", None)  # belum pernah diisi
    print(f"  {nama}: request_id saat mulai = {awal}")
    local_data.request_id = request_id
    local_data.start_time = time.perf_counter()
    do_work()


def do_work():  # tanpa parameter: membaca data milik thread pemanggil
    rid = local_data.request_id
    us = (time.perf_counter() - local_data.start_time) * 1_000_000
    nama = threading.current_thread().name
    print(f"  Permintaan {rid} diproses oleh {nama} ({us:.0f} µs)")


local_data.request_id = 99  # nilai milik thread main
threads = [
    threading.Thread(target=process_request, args=(i,), name=f"pekerja-{i}")
    for i in range(5)
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"request_id di thread main tetap: {local_data.request_id}")
