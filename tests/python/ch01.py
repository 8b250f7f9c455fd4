"""Pemeriksaan versi Python Bab 1 (`listings/ch01-konkurensi-paralelisme/*.py`).

Waktu hanya diperiksa sebagai rasio longgar antara dua fase run yang sama
(demo berbasis `sleep`); percepatan CPU tidak pernah dituntut.
"""

import re


def _percepatan_sesuai(o, lambat, cepat, percepatan):
    # Waktu dicetak dibulatkan ke ms terdekat, percepatan ke dua desimal.
    bawah = (lambat - 0.5) / (cepat + 0.5) - 0.005
    atas = (lambat + 0.5) / max(cepat - 0.5, 0.001) + 0.005
    o.pastikan(
        bawah <= percepatan <= atas,
        f"percepatan {percepatan} harus {lambat} ms / {cepat} ms (lambat dibagi cepat)",
    )


def cek_03_menunggu_vs_menghitung(o):
    pola = re.compile(
        r"== 4 tugas (\w+) ==\n"
        r"  Berurutan: (\d+) ms, 4 thread: (\d+) ms\n"
        r"  Percepatan: ([\d.]+)x, bilangan prima: (\d+)\n"
    )
    bagian = {m[1]: m for m in pola.finditer(o.teks)}
    o.pastikan(list(bagian) == ["menunggu", "menghitung"], "dua bagian, berurutan")
    for m in bagian.values():
        _percepatan_sesuai(o, int(m[2]), int(m[3]), float(m[4]))
    tunggu = bagian["menunggu"]
    o.pastikan(int(tunggu[2]) >= 400, "4 x 100 ms berurutan minimal 400 ms")
    o.pastikan(
        int(tunggu[3]) < 0.8 * int(tunggu[2]),
        "menunggu dengan 4 thread harus < 0,8 x berurutan",
    )
    o.pastikan(int(bagian["menghitung"][5]) == 9592, "9592 bilangan prima di bawah 100.000")


def cek_04_banyak_koneksi(o):
    o.pastikan(o.angka_setelah("Id koneksi yang berbeda:") == 1000, "1000 id berbeda")
    o.pastikan(o.angka_setelah("Thread OS yang dipakai:") == 1, "satu thread OS")
    satu = o.angka_setelah("5 koneksi satu per satu:")
    sekaligus = o.angka_setelah("1000 koneksi sekaligus:")
    o.pastikan(satu >= 500, "5 x 100 ms minimal 500 ms")
    # Sama seperti Listing 1.4: jauh lebih singkat daripada 1000 koneksi berurutan.
    o.pastikan(sekaligus < 0.8 * satu * 200, "1000 koneksi sekaligus < 0,8 x perkiraan berurutan")
