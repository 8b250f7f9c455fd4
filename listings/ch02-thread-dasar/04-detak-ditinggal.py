import threading
import time


def detak():  # pencatat latar: berdetak selamanya
    n = 0
    while True:
        n += 1
        print(f"  [detak] detak ke-{n}")
        time.sleep(0.05)


threading.Thread(target=detak, daemon=True).start()
print("Program utama berjalan...")
time.sleep(0.12)
print("Program utama selesai; thread daemon tidak ditunggu.")
