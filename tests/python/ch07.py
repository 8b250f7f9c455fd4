"""Pemeriksaan versi Python Bab 7 (`listings/ch07-rayon/*.py`)."""

import re

KUADRAT_20 = str([i * i for i in range(20)])


def cek_01_prima_berurutan_vs_rayon(o):
    o.pastikan(o.angka_setelah("Berurutan: ") == 78_498, "prima berurutan di 1..1.000.001")
    o.pastikan(o.angka_setelah("Pool proses: ") == 78_498, "prima lewat pool proses")
    o.pastikan(o.desimal_setelah("Percepatan: ") > 0, "percepatan dicetak")


def cek_02_pool_eksplisit(o):
    baris = [o.baris()[i] for i in o.baris_dengan("Selesai ke-")]
    awal = sorted(int(re.findall(r"\d+", b)[1]) for b in baris)
    o.pastikan(awal == list(range(1, 1_000_001, 100_000)), "sepuluh potongan, masing-masing sekali")
    o.pastikan(any("1..100001 berisi 9592 prima" in b for b in baris), "potongan pertama")
    total = sum(int(re.findall(r"\d+", b)[-1]) for b in baris)
    o.pastikan(total == 78_498 == o.angka_setelah("10 potongan): "), "total prima")


def cek_04_map_starmap(o):
    o.pastikan(o.baris_dengan(f"map: {KUADRAT_20}") != [], "map dalam urutan masukan")
    o.pastikan(o.baris_dengan(f"map per potongan: {KUADRAT_20}") != [], "map dengan chunksize")
    o.pastikan(o.baris_dengan("starmap: [3, 7, 11, 15]") != [], "starmap")
    # 20 tidur 50 ms di 4 proses: tidak mungkin di bawah 250 ms.
    o.pastikan(o.angka_setelah("Waktu map: ") >= 250, "batas bawah waktu map")


def cek_05_imap_berurutan_vs_acak(o):
    a, b = o.baris_pertama("imap (urutan"), o.baris_pertama("imap_unordered")
    urut = [int(re.findall(r"\d+", x)[0]) for x in o.baris()[a + 1 : b]]
    o.pastikan(urut == [i * i for i in range(8)], "imap dalam urutan masukan")
    acak = [tuple(map(int, re.findall(r"\d+", x))) for x in o.baris()[b + 1 :]]
    o.pastikan(sorted(i for _, i in acak) == list(range(8)), "setiap item tepat sekali")
    o.pastikan(all(h == i * i for h, i in acak), "hasil setiap item")


def cek_06_apply_async(o):
    o.pastikan(o.baris_dengan(f"async: {KUADRAT_20}") != [], "hasil apply_async")
    t, s = o.baris_pertama("Timeout!"), o.baris_pertama("Tugas lambat tetap selesai")
    o.pastikan(t < s, "timeout dulu, tugasnya tetap selesai kemudian")
