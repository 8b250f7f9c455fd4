import threading
import time

berhenti = threading.Event()
hasil = []  # join() tidak membawa pulang nilai: jumlah detak ditaruh di sini


def detak():
    n = 0
    while True:
        n += 1
        print(f"  [detak] detak ke-{n}")
        # Tidur 50 ms, tetapi bangun segera bila diminta berhenti.
        if berhenti.wait(timeout=0.05):
            break
    print("  [detak] berhenti dengan rapi")
    hasil.append(n)


t = threading.Thread(target=detak)
t.start()
print("Program utama berjalan...")
time.sleep(0.12)
berhenti.set()
t.join()
print(f"Thread detak berhenti setelah {hasil[0]} detak; program selesai.")
