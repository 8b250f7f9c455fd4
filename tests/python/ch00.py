"""Pemeriksaan versi Python Pendahuluan (`listings/ch00-pendahuluan/*.py`)."""


def cek_01_halo_thread(o):
    o.pastikan(o.angka_setelah("punya") >= 1, "jumlah core harus >= 1")
    o.pastikan(o.angka_setelah("= ") == 5050, "jumlah 1..=100 harus 5050")
