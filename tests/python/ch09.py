"""Pemeriksaan versi Python Bab 9 (`listings/ch09-berbagi-data-komunikasi/*.py`).

Baris yang dicetak beberapa proses bisa bercampur (dengan `PYTHONUNBUFFERED=1`, teks dan
akhir barisnya ditulis terpisah), jadi urutan diperiksa lewat posisi teks, bukan nomor baris.
"""

KATA = ["Hello", "World", "From", "Sender"]


def posisi(o, teks):
    """Posisi satu-satunya kemunculan `teks` di keluaran."""
    o.pastikan(o.teks.count(teks) == 1, f"{teks!r} harus muncul tepat sekali")
    return o.teks.index(teks)


def cek_01_dict_bersama(o):
    akhir = posisi(o, "Dict bersama: ")
    for i in range(5):
        o.pastikan(posisi(o, f"Set key{i} = val{i}") < akhir, "Set dicetak sebelum isi dict")
    isi = ", ".join(f"'key{i}': 'val{i}'" for i in range(5))
    o.pastikan(f"Dict bersama: {{{isi}}}" in o.teks, "isi dict tepat key0..key4")


def cek_02_list_bersama(o):
    o.pastikan("List bersama (urut): [0, 1, 10, 11, 20, 21]" in o.teks, "list terurut")
    masuk = o.teks.split("Urutan masuk: [")[1].split("]")[0]
    angka = [int(x) for x in masuk.split(",")]
    o.pastikan(sorted(angka) == [0, 1, 10, 11, 20, 21], "urutan masuk harus permutasi")
    for i in range(3):
        o.pastikan(angka.index(i * 10) < angka.index(i * 10 + 1), "urutan dalam satu worker")


def cek_03_konfigurasi(o):
    akhir = posisi(o, "Namespace setelah diperbarui: MyApp v1.1")
    for i in (1, 2, 3):
        o.pastikan(posisi(o, f"Pembaca {i}: MyApp v1.0") < akhir, "pembaca sebelum pembaruan")


def cek_04_pipe_channel(o):
    kirim = [posisi(o, f"Terkirim: {k}") for k in KATA]
    terima = [posisi(o, f"Diterima: {k}") for k in KATA]
    o.pastikan(kirim == sorted(kirim) and terima == sorted(terima), "urutan kirim dan terima")
    for i in range(1, 4):
        o.pastikan(kirim[i - 1] < terima[i], "kata i diterima setelah kata i-1 terkirim")
    selesai = posisi(o, "Penerima: menerima None, perulangan selesai")
    o.pastikan(terima[-1] < selesai < posisi(o, "Komunikasi selesai!"), "penutupan")


def cek_08_pipe_proses(o):
    o.pastikan(o.angka_setelah("PID induk: ") != o.angka_setelah("PID anak: "), "dua proses")
    for k in KATA:
        o.pastikan(posisi(o, f"Terkirim: {k}") < posisi(o, f"Dari anak: diterima {k}"), k)
    b = o.baris()
    o.pastikan(b[-2] == "Anak selesai dengan kode keluar: 0", "anak keluar dengan kode 0")
    o.pastikan(b[-1] == "Komunikasi antarproses selesai!", "baris terakhir")
