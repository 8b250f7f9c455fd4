import threading


class ProcessingThread(threading.Thread):
    def __init__(self, data, result_list, index):
        super().__init__(name=f"Proses-{index}")
        self.data, self.result_list, self.index = data, result_list, index

    def run(self):
        result = sum(x**2 for x in self.data)
        self.result_list[self.index] = result  # tulis ke list bersama
        print(f"  [{self.name}] Hasil: {result}")


chunks = [range(1, 10_001), range(10_001, 20_001), range(20_001, 30_001)]
results = [None] * len(chunks)
workers = [ProcessingThread(c, results, i) for i, c in enumerate(chunks)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(f"Hasil per bagian: {results}")
print(f"Total: {sum(results):,}")  # `,` memisahkan ribuan
