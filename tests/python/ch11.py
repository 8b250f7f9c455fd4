"""Pemeriksaan versi Python Bab 11 (`listings/ch11-studi-kasus/*.py`)."""

import os
import re
from datetime import datetime

GAGAL = {4: 404, 11: 404, 7: 500, 16: 500}


def jeda_ms(n):
    return 50 + n * 37 % 16 * 10


def periksa_scraper(o):
    """Setiap halaman tepat sekali dengan status rencana dan stempel waktu ISO
    8601 yang semuanya jatuh di dalam run; waktu total jauh di bawah jumlah
    jeda."""
    stempel = []
    for n in range(1, 21):
        baris = [o.baris()[i] for i in o.baris_dengan(f"/halaman/{n:02} ")]
        o.pastikan(len(baris) == 1, f"/halaman/{n:02} harus muncul tepat sekali")
        m = re.fullmatch(r"\s+/halaman/\d\d\s+(\d+)\s+(\d+) ms\s+(\S+)", baris[0])
        o.pastikan(m is not None, f"bentuk baris: {baris[0]!r}")
        o.pastikan(int(m.group(1)) == GAGAL.get(n, 200), f"status /halaman/{n:02}")
        o.pastikan(int(m.group(2)) >= jeda_ms(n) - 1, f"/halaman/{n:02} lebih cepat dari jedanya")
        stempel.append(datetime.fromisoformat(m.group(3)))
    o.pastikan(o.angka_setelah("Berhasil: ") == 16, "16 halaman berstatus 200")
    o.pastikan("Berhasil: 16 dari 20" in o.teks, "laporan menyebut dari 20")
    waktu = o.desimal_setelah("Waktu: ")
    jumlah = o.desimal_setelah("Jumlah waktu semua permintaan: ")
    o.pastikan(waktu >= 0.2, "waktu total paling sedikit jeda terpanjang (200 ms)")
    o.pastikan(waktu < 0.6 * jumlah, "waktu total jauh di bawah jumlah waktu berurutan")
    rentang = (max(stempel) - min(stempel)).total_seconds()
    o.pastikan(rentang <= waktu + 0.05, "stempel waktu pertama dan terakhir di dalam run")


def cek_01_scraper_async(o):
    periksa_scraper(o)


def cek_02_scraper_thread(o):
    periksa_scraper(o)


def cek_03_pengolah_gambar(o):
    o.pastikan("Checksum sama: 20 dari 20" in o.teks, "20 checksum sama di kedua run")
    o.pastikan(o.angka_setelah("PID berbeda (berurutan): ") == 1, "berurutan: satu proses")
    pid = o.angka_setelah("PID berbeda (paralel): ")
    o.pastikan(1 <= pid <= (os.cpu_count() or 1), "paralel: paling banyak satu proses per core")
    o.pastikan("Proses utama ikut mengolah: False" in o.teks, "pool bekerja di proses lain")
    o.pastikan(o.desimal_setelah("Percepatan: ") > 0, "percepatan dicetak (tidak di-assert)")
