"""Pemeriksaan versi Python Bab 3 (`listings/ch03-tipe-thread/*.py`).

Seperti Bab 2: baris dari dua thread bisa menempel (`print` menulis teks dan
akhir barisnya terpisah), jadi yang dicari adalah potongan teks dan posisinya.
"""

from ch02 import _posisi


def cek_01_download_thread(o):
    sebelumnya = 0
    for i in range(1, 5):
        nama = f"[Unduh-data{i}.json]"
        mulai = _posisi(o, f"{nama} Unduh dari https://api.example.com/")
        if i < 4:
            akhir = _posisi(o, f"{nama} Selesai")
            hasil = _posisi(o, f"Hasil data{i}.json: Data dari https://api.example.com/data{i}")
        else:
            o.pastikan(f"{nama} Selesai" not in o.teks, "data4 harus gagal")
            akhir = _posisi(o, f"{nama} Gagal")
            hasil = _posisi(
                o, "Galat data4.json: https://api.example.com/tidak-ada tidak ditemukan (404)"
            )
        o.pastikan(mulai < akhir < hasil, f"data{i}: mulai, selesai/gagal, lalu hasil")
        o.pastikan(sebelumnya < hasil, "hasil dicetak sesuai urutan daftar")
        sebelumnya = hasil


def cek_02_processing_thread(o):
    bagian = [sum(x * x for x in range(a, a + 10_000)) for a in (1, 10_001, 20_001)]
    n = 30_000
    total = n * (n + 1) * (2 * n + 1) // 6
    o.pastikan(sum(bagian) == total, "rumus jumlah kuadrat")
    ringkasan = _posisi(o, f"Hasil per bagian: {bagian}")
    for i, b in enumerate(bagian):
        o.pastikan(_posisi(o, f"[Proses-{i}] Hasil: {b}") < ringkasan, "join sebelum ringkasan")
    # Pemisah ribuan Python: f"{total:,}" -> 9,000,450,005,000.
    _posisi(o, f"Total: {total:,}\n")


def cek_05_thread_local(o):
    for i in range(5):
        awal = _posisi(o, f"pekerja-{i}: request_id saat mulai = None")
        kerja = _posisi(o, f"Permintaan {i} diproses oleh pekerja-{i} (")
        o.pastikan(awal < kerja, f"pekerja-{i}: baris awal sebelum baris kerja")
    _posisi(o, "request_id di thread main tetap: 99")
