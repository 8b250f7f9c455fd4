import sys
import threading
import time


def cetak(teks):
    # Satu write per baris, supaya baris dari thread berbeda tidak tercampur
    # (print menulis teks dan "\n" secara terpisah).
    sys.stdout.write(teks + "\n")


buffer = []
condition = threading.Condition()  # lock + antrean tidur dalam satu objek


def producer():
    for i in range(5):
        time.sleep(0.1)
        with condition:
            buffer.append(i)
            cetak(f"Diproduksi: {i}")
            condition.notify()  # bangunkan satu penunggu


def consumer():
    while True:
        with condition:
            while not buffer:  # periksa ulang setiap kali bangun
                condition.wait()  # lepas lock selama tidur
            item = buffer.pop(0)
        cetak(f"Dikonsumsi: {item}")
        if item == 4:
            return


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
cetak("Produsen dan konsumen selesai")
