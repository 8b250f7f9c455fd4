import threading

counter = 0  # variabel global, dipakai bersama sepuluh thread


def increment(n):
    global counter
    for _ in range(n):
        counter += 1  # baca, tambah, tulis: thread lain bisa menyelinap


threads = [threading.Thread(target=increment, args=(100_000,))
           for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Tanpa lock: {counter} (seharusnya 1000000)")
