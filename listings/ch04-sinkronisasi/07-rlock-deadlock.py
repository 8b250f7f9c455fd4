import threading

rlock = threading.RLock()  # boleh dikunci ulang oleh thread yang sama


def recursive_lock_example(depth):
    with rlock:  # tingkat berikutnya mengunci ulang tanpa macet
        if depth > 0:
            print(f"Kedalaman: {depth}")
            recursive_lock_example(depth - 1)


recursive_lock_example(5)

# Lock biasa tidak reentrant: kunci kedua dari thread yang sama menunggu
# selamanya. Di sini dibatasi 100 ms supaya program tetap selesai.
lock = threading.Lock()
lock.acquire()
print(f"Lock biasa, kunci kedua berhasil: {lock.acquire(timeout=0.1)}")
