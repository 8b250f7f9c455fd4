"""Pemeriksaan versi Python Bab 6 (`listings/ch06-proses/*.py`)."""

import re


def cek_01_proses_antrean(o):
    induk = o.angka_setelah("PID proses induk: ")
    o.pastikan(o.angka_setelah("exitcode ") == 0, "Process tanpa Queue: hanya exitcode 0")
    diterima = [re.findall(r"\d+", o.baris()[i]) for i in o.baris_dengan("Diterima dari PID")]
    pid = {int(t): int(p) for p, t, _ in diterima}
    hasil = {int(t): int(h) for _, t, h in diterima}
    o.pastikan(len(diterima) == 5, "lima hasil lewat Queue, masing-masing sekali")
    o.pastikan(hasil == {i: i * i for i in range(5)}, "hasil setiap tugas")
    o.pastikan(len(set(pid.values())) == 5 and induk not in pid.values(), "lima PID anak")
    o.pastikan(o.baris()[-1] == "Hasil: {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}", "ringkasan terakhir")


def cek_02_nilai_bersama(o):
    o.pastikan(o.angka_setelah("Counter: ") == 1_000_000, "4 proses x 250.000 dengan Lock")
    o.pastikan(o.baris_dengan("Isi Value('i'): c_int, 4 byte") != [], "'i' adalah int C 4 byte")


def cek_03_array_bersama(o):
    isi = sorted(o.baris()[i] for i in o.baris_dengan("mengisi indeks"))
    o.pastikan(isi == ["Proses mengisi indeks 0..5", "Proses mengisi indeks 5..10"], "dua paruh")
    array = o.baris_pertama("Array: ")
    o.pastikan(o.baris()[array] == f"Array: {[i * i for i in range(10)]}", "isi array")
    o.pastikan(max(o.baris_dengan("mengisi indeks")) < array, "array dicetak setelah join")
    o.pastikan(o.baris()[-1].endswith("arr[0] = -2147483648"), "int C 32-bit membungkus 2**31")
