import threading
import time


class DownloadThread(threading.Thread):
    def __init__(self, url, filename):
        super().__init__(name=f"Unduh-{filename}")
        self.url, self.filename = url, filename
        self.result = self.error = None  # diisi run(), dibaca setelah join()

    def run(self):
        try:
            print(f"[{self.name}] Unduh dari {self.url}")
            time.sleep(0.2)
            if self.url.endswith("tidak-ada"):
                raise LookupError(f"{self.url} tidak ditemukan (404)")
            self.result = f"Data dari {self.url}"
            print(f"[{self.name}] Selesai")
        except Exception as e:
            self.error = e
            print(f"[{self.name}] Gagal")


alamat = "https://api.example.com/"
berkas = [("data1", "data1.json"), ("data2", "data2.json"),
          ("data3", "data3.json"), ("tidak-ada", "data4.json")]
threads = [DownloadThread(alamat + jalur, nama) for jalur, nama in berkas]
for t in threads:
    t.start()
for t in threads:
    t.join()
    if t.error:
        print(f"  Galat {t.filename}: {t.error}")
    else:
        print(f"  Hasil {t.filename}: {t.result}")
