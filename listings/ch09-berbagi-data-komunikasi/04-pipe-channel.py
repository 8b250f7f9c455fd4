import multiprocessing
import time


def sender(conn):
    for msg in ["Hello", "World", "From", "Sender"]:
        conn.send(msg)  # di-pickle, lalu ditulis ke sambungan
        print(f"  Terkirim: {msg}", flush=True)
        time.sleep(0.05)  # 0,5 detik di tutorial asli
    conn.send(None)  # tanda selesai; jangan sampai lupa
    conn.close()


def receiver(conn):
    while (msg := conn.recv()) is not None:
        print(f"  Diterima: {msg}", flush=True)
    print("  Penerima: menerima None, perulangan selesai", flush=True)


if __name__ == "__main__":
    ujung_a, ujung_b = multiprocessing.Pipe()
    p1 = multiprocessing.Process(target=sender, args=(ujung_a,))
    p2 = multiprocessing.Process(target=receiver, args=(ujung_b,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()
    print("Komunikasi selesai!")
