import os
import threading

# CPU logis yang boleh dipakai proses ini (Python 3.13+), atau semua CPU logis mesin.
core = getattr(os, "process_cpu_count", os.cpu_count)()
print(f"Mesin ini punya {core} core yang bisa dipakai program.")

# Thread tidak mengembalikan nilai lewat join(): hasilnya harus disimpan di tempat lain.
hasil = []
pembantu = threading.Thread(target=lambda: hasil.append(sum(range(1, 101))))
pembantu.start()
pembantu.join()
print(f"Thread pembantu menghitung 1 + 2 + ... + 100 = {hasil[0]}")
