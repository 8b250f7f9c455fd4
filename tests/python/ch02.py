"""Pemeriksaan versi Python Bab 2 (`listings/ch02-thread-dasar/*.py`).

`print` di Python menulis teks lalu akhir barisnya dalam dua langkah, jadi baris
dari dua thread bisa menempel. Karena itu pemeriksaan di sini mencari potongan
teks (yang selalu utuh) dan posisinya, bukan baris utuh.
"""

import re


def _posisi(o, teks, awal=0, akhir=None):
    """Posisi satu-satunya kemunculan `teks` di keluaran[awal:akhir]."""
    bagian = o.teks[awal:akhir]
    jumlah = bagian.count(teks)
    o.pastikan(jumlah == 1, f"{teks!r} harus muncul tepat sekali, ditemukan {jumlah}")
    return awal + bagian.index(teks)


def _detak(o):
    """Nomor detak harus 1, 2, 3, ... berurutan; hasilnya banyak detak."""
    nomor = [int(n) for n in re.findall(r"\[detak\] detak ke-(\d+)", o.teks)]
    o.pastikan(nomor == list(range(1, len(nomor) + 1)), f"detak tidak berurutan: {nomor}")
    return len(nomor)


def cek_01_unduh(o):
    berkas = [("file_a.zip", 200), ("file_b.zip", 300), ("file_c.zip", 100)]
    urut = _posisi(o, "=== Berurutan ===")
    konkuren = _posisi(o, "=== Konkuren ===")
    o.pastikan(urut < konkuren, "bagian berurutan dulu")
    terakhir = urut
    for nama, ms in berkas:  # berurutan: satu per satu, sesuai urutan
        mulai = _posisi(o, f"Mulai unduh {nama}...", urut, konkuren)
        selesai = _posisi(o, f"{nama} selesai ({ms} ms)", urut, konkuren)
        o.pastikan(terakhir < mulai < selesai, f"berurutan: urutan {nama}")
        terakhir = selesai
    for nama, ms in berkas:  # konkuren: urutan antar-berkas bebas
        mulai = _posisi(o, f"Mulai unduh {nama}...", konkuren)
        selesai = _posisi(o, f"{nama} selesai ({ms} ms)", konkuren)
        o.pastikan(mulai < selesai, f"konkuren: {nama} selesai sebelum mulai")
    total_urut = o.angka_setelah("Total berurutan:")
    total_konkuren = o.angka_setelah("Total konkuren:")
    o.pastikan(total_urut >= 600, "berurutan minimal 200 + 300 + 100 ms")
    o.pastikan(total_konkuren >= 300, "konkuren minimal selama unduhan terlama")
    o.pastikan(total_konkuren < 0.8 * total_urut, "konkuren < 0,8 x berurutan")


def cek_03_builder_nama(o):
    _posisi(o, "Nama thread utama: MainThread")
    _posisi(o, "Nama thread baru: pekerja-saya, daemon: False")
    mulai = _posisi(o, "Tugas 1 mulai (thread: pekerja-saya)")
    selesai = _posisi(o, "Tugas 1 selesai")
    join = _posisi(o, "Nilai dari join: None")  # join() tidak membawa nilai
    o.pastikan(mulai < selesai < join, "mulai, selesai, lalu join")
    # is_alive() sebelum join hanya melihat keadaan saat itu: True atau False.
    o.pastikan(re.search(r"Masih berjalan\? (True|False)\n", o.teks), "is_alive()")
    o.pastikan(join < _posisi(o, "Masih berjalan setelah join? False"), "setelah join")
    o.pastikan(
        re.search(r"Nama thread tanpa name=: Thread-\d+ \(worker\)", o.teks),
        "nama bawaan Python: Thread-N (worker)",
    )


def cek_04_detak_ditinggal(o):
    _detak(o)
    mulai = _posisi(o, "Program utama berjalan...")
    akhir = _posisi(o, "Program utama selesai; thread daemon tidak ditunggu.")
    o.pastikan(mulai < akhir, "baris main berurutan")


def cek_05_detak_ditunggu(o):
    n = _detak(o)
    o.pastikan(n >= 1, "detak pertama sebelum sinyal berhenti")
    berhenti = _posisi(o, "[detak] berhenti dengan rapi")
    akhir = _posisi(o, f"Thread detak berhenti setelah {n} detak; program selesai.")
    o.pastikan(o.teks.rindex("[detak] detak ke-") < berhenti < akhir, "detak, berhenti, akhir")


def cek_06_banyak_thread(o):
    penutup = _posisi(o, "Semua tugas selesai! Hasil sesuai urutan pembuatan: [0, 1, 4, 9, 16]")
    for i in range(5):
        mulai = _posisi(o, f"Tugas {i} mulai (thread: pekerja-{i})")
        selesai = _posisi(o, f"Tugas {i} selesai")
        o.pastikan(mulai < selesai < penutup, f"urutan tugas {i}")
