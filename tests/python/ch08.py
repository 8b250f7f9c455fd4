"""Pemeriksaan versi Python Bab 8 (`listings/ch08-thread-pool-io/*.py`)."""

NAMA = ["users", "posts", "comments", "albums", "photos", "todos"]
URLS = [f"https://api.example.com/{n}" for n in NAMA]


def cek_01_pool_pekerja(o):
    hasil = o.baris_dengan(" → ")
    o.pastikan(len(hasil) == 6, "enam hasil, satu per URL")
    for i, url in enumerate(URLS):
        baris = [o.baris()[j] for j in hasil if f"{url} " in o.baris()[j]]
        o.pastikan(len(baris) == 1, f"{url} harus dilaporkan tepat sekali")
        if i == 3:
            o.pastikan("❌" in baris[0] and "503" in baris[0], "albums gagal dengan 503")
        else:
            o.pastikan(f"→ 200 ({len(url) * 1000} byte)" in baris[0], f"{url} berhasil")
    berurutan = o.angka_setelah("Berurutan: 6 URL, waktu")
    pool = o.angka_setelah("(6 pekerja): waktu")
    o.pastikan(berurutan >= 450, "berurutan menjumlahkan jeda: >= 450 ms")
    o.pastikan(pool >= 100, "pool menunggu jeda terpanjang: >= 100 ms")
    o.pastikan(pool * 1.25 < berurutan, "pool harus > 1,25x lebih cepat daripada berurutan")


def cek_02_map_urutan_masukan(o):
    for url in URLS:
        o.pastikan(len(o.baris_dengan(f"(selesai: {url})")) == 1, f"{url} selesai tepat sekali")
    hasil = [o.baris()[i].strip() for i in o.baris_dengan("Hasil: ")]
    # Urutan masukan: tiga URL pertama berhasil, lalu eksepsi albums menghentikan loop.
    o.pastikan(hasil == [f"Hasil: {u} → 200" for u in URLS[:3]], "tiga hasil pertama, urut")
    galat = o.baris_pertama("Galat: 503 Service Unavailable")
    o.pastikan(galat > o.baris_dengan("Hasil: ")[-1], "galat setelah hasil ketiga")
    o.pastikan(o.angka_setelah("Waktu:") >= 150, "450 ms jeda / 3 pekerja: >= 150 ms")


def cek_03_timeout_batal(o):
    b = o.baris()
    o.pastikan(b[0] == "Hasil: https://api.example.com/users → 200", "fetch normal berhasil")
    timeout = o.baris_pertama("Timeout!")
    batal = o.baris_pertama("cancel() berhasil? False")
    o.pastikan(timeout < batal, "cancel() dipanggil setelah timeout")
    o.baris_pertama("Tugas macet tetap selesai: https://api.example.com/posts → 200")
    # Tugas yang sedang berjalan tidak bisa dibatalkan: with menunggu 3 detik penuh.
    o.pastikan(o.angka_setelah("Blok with selesai setelah") >= 3000, "with menunggu >= 3 s")
