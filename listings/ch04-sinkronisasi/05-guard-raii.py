import threading

lock = threading.Lock()
log = []

with lock:  # seperti blok { let guard = ...; } di Rust
    log.append("blok")
    print(f"Di dalam blok, lock dipegang: {lock.locked()}")
print(f"Setelah blok, lock dipegang: {lock.locked()}")


def safe_operation(fail):
    lock.acquire()
    try:
        if fail:
            return "dibatalkan"  # finally tetap dijalankan
        log.append("operasi terlindungi")
        return "ok"
    finally:
        lock.release()  # ditulis sendiri; lupa = lock tak pernah lepas


print(f"Jalur gagal: {safe_operation(True)}, dipegang: {lock.locked()}")
print(f"Jalur sukses: {safe_operation(False)}, dipegang: {lock.locked()}")
print(f"Isi log: {log}")
