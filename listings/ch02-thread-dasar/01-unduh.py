import threading
import time


def unduh(nama, detik):  # pura-pura mengunduh: kebanyakan menunggu jaringan
    print(f"Mulai unduh {nama}...")
    time.sleep(detik)
    print(f"{nama} selesai ({detik * 1000:.0f} ms)")


def ms_sejak(mulai):
    return f"{(time.perf_counter() - mulai) * 1000:.0f} ms"


print("=== Berurutan ===")
mulai = time.perf_counter()
unduh("file_a.zip", 0.2)
unduh("file_b.zip", 0.3)
unduh("file_c.zip", 0.1)
print(f"Total berurutan: {ms_sejak(mulai)}")

print("=== Konkuren ===")
mulai = time.perf_counter()
t1 = threading.Thread(target=unduh, args=("file_a.zip", 0.2))
t2 = threading.Thread(target=unduh, args=("file_b.zip", 0.3))
t3 = threading.Thread(target=unduh, args=("file_c.zip", 0.1))
t1.start()
t2.start()
t3.start()
t1.join()  # tunggu t1 selesai
t2.join()  # tunggu t2 selesai
t3.join()  # tunggu t3 selesai
print(f"Total konkuren: {ms_sejak(mulai)}")
