"""Pemeriksaan versi Python Bab 4 (`listings/ch04-sinkronisasi/*.py`).

Sama seperti pemeriksaan listing Rust-nya: hanya fakta yang berlaku untuk setiap
interleaving yang sah.
"""


def _sebelum(o, a: int, b: int, pesan: str):
    o.pastikan(a < b, pesan)


def cek_01_counter_tanpa_lock(o):
    # Hasilnya boleh kurang dari 1.000.000 (tidak dituntut), tidak pernah lebih.
    total = o.angka_setelah("Tanpa lock:")
    o.pastikan(1 <= total <= 1_000_000, f"total {total} di luar 1..1000000")


def cek_03_counter_mutex(o):
    o.pastikan(o.angka_setelah("Dengan Lock:") == 1_000_000, "dengan Lock harus 1000000")
    o.angka_setelah("Waktu:")


def cek_05_guard_raii(o):
    # Satu thread: deterministik.
    o.pastikan(
        o.baris()
        == [
            "Di dalam blok, lock dipegang: True",
            "Setelah blok, lock dipegang: False",
            "Jalur gagal: dibatalkan, dipegang: False",
            "Jalur sukses: ok, dipegang: False",
            "Isi log: ['blok', 'operasi terlindungi']",
        ],
        "keluaran program satu thread ini harus tepat",
    )


def cek_07_rlock_deadlock(o):
    baris = o.baris()
    o.pastikan(
        baris[:5] == [f"Kedalaman: {d}" for d in (5, 4, 3, 2, 1)],
        "RLock harus mengizinkan kedalaman 5 sampai 1 berurutan",
    )
    o.pastikan(
        baris[5:] == ["Lock biasa, kunci kedua berhasil: False"],
        "Lock biasa tidak boleh bisa dikunci dua kali",
    )


def cek_11_event(o):
    siap = o.baris_pertama("Produsen: data siap!")
    _sebelum(o, o.baris_pertama("Produsen: menyiapkan"), siap, "produsen menyiapkan dulu")
    diterima = o.baris_dengan("data diterima")
    o.pastikan(len(diterima) == 3, "ketiga konsumen harus menerima data")
    for i in diterima:
        _sebelum(o, siap, i, "konsumen menerima data sebelum sinyal produsen")
    for k in range(3):
        _sebelum(
            o,
            o.baris_pertama(f"Konsumen-{k}: menunggu"),
            o.baris_pertama(f"Konsumen-{k}: data diterima"),
            f"Konsumen-{k} menerima sebelum menunggu",
        )


def cek_12_condition(o):
    produksi = o.baris_dengan("Diproduksi: ")
    konsumsi = o.baris_dengan("Dikonsumsi: ")
    baris = o.baris()
    o.pastikan(
        [baris[i] for i in produksi] == [f"Diproduksi: {n}" for n in range(5)],
        "item produksi harus 0..4 berurutan",
    )
    o.pastikan(
        [baris[i] for i in konsumsi] == [f"Dikonsumsi: {n}" for n in range(5)],
        "item konsumsi harus 0..4 berurutan (satu konsumen, antrean FIFO)",
    )
    for p, k in zip(produksi, konsumsi):
        _sebelum(o, p, k, f"{baris[k]!r} dicetak sebelum {baris[p]!r}")
    o.baris_pertama("Produsen dan konsumen selesai")


def cek_13_semaphore(o):
    # "mendapat" dicetak setelah izin diambil, "selesai" sebelum izin kembali:
    # sepanjang keluaran paling banyak 3 query terbuka.
    terbuka = puncak = 0
    for b in o.baris():
        if b.endswith("mendapat koneksi"):
            terbuka += 1
            puncak = max(puncak, terbuka)
            o.pastikan(terbuka <= 3, "lebih dari 3 query memegang koneksi bersamaan")
        elif b.endswith("selesai"):
            terbuka -= 1
    for q in range(8):
        urutan = [
            o.baris_pertama(f"Query {q} menunggu"),
            o.baris_pertama(f"Query {q} mendapat"),
            o.baris_pertama(f"Query {q} selesai"),
        ]
        o.pastikan(urutan == sorted(urutan), f"urutan baris query {q} salah")
    # Batas bawah yang dijamin: 8 query x 200 ms, paling banyak 3 sekaligus.
    ms = o.angka_setelah("Waktu total:")
    o.pastikan(ms >= 533, f"waktu total {ms} ms < 533 ms: lebih dari 3 query bersamaan?")


def cek_15_barrier(o):
    siap = o.baris_dengan("siap, menunggu yang lain")
    mulai = o.baris_dengan("mulai eksekusi bersama")
    o.pastikan(len(siap) == 3 and len(mulai) == 3, "harus ada 3 baris siap dan 3 baris mulai")
    o.pastikan(max(siap) < min(mulai), "sebuah worker mulai sebelum semua worker siap")
    o.pastikan(len(o.baris_dengan("(pemimpin)")) == 1, "tepat satu pemimpin (indeks 0)")
