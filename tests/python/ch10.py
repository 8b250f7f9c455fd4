"""Pemeriksaan versi Python Bab 10 (`listings/ch10-async-tokio/*.py`)."""


def _ms(baris):
    """Bilangan di dalam `(... ms)` di akhir baris."""
    return int(baris[baris.rindex("(") + 1:].removesuffix(" ms)"))


def cek_01_berurutan_vs_join(o):
    b = o.baris()
    pisah = o.baris_pertama("=== Bersamaan dengan gather ===")
    urut = [o.baris_pertama(t) for t in
            ["API-1: mulai", "API-1: selesai!", "API-2: mulai", "API-2: selesai!"]]
    o.pastikan(urut == sorted(urut) and urut[-1] < pisah, "fase berurutan satu per satu")
    for api in ["API-1", "API-2", "API-3"]:
        mulai = [i for i in o.baris_dengan(f"{api}: mulai") if i > pisah]
        selesai = [i for i in o.baris_dengan(f"{api}: selesai!") if i > pisah]
        o.pastikan(len(mulai) == 1 and len(selesai) == 1 and mulai < selesai, api)
    # Ketiga fetch sudah mulai sebelum satu pun selesai: itulah gather.
    mulai = [i for i in o.baris_dengan(": mulai") if i > pisah]
    selesai = [i for i in o.baris_dengan(": selesai!") if i > pisah]
    o.pastikan(max(mulai) < min(selesai), "gather menjalankan ketiganya bersamaan")
    o.pastikan(o.baris_dengan("Hasil: ")[1] > max(selesai), "hasil setelah semua selesai")
    o.pastikan(b[o.baris_dengan("Hasil: ")[1]].strip()
               == "Hasil: ['Data dari API-1', 'Data dari API-2', 'Data dari API-3']",
               "gather mengembalikan hasil menurut urutan argumen")
    durasi_urut = sum(_ms(b[i]) for i in o.baris_dengan(": selesai!") if i < pisah)
    durasi_gather = sum(_ms(b[i]) for i in selesai)
    # Setiap angka dibulatkan ke milidetik sendiri-sendiri: jumlah dua angka
    # bulat bisa 1 ms di atas total yang dibulatkan (201 + 301 vs 501).
    o.pastikan(o.angka_setelah("Waktu berurutan: ") >= durasi_urut - 1, "berurutan = jumlah")
    o.pastikan(o.angka_setelah("Waktu gather: ") * 1.25 < durasi_gather,
               "gather: total jauh di bawah jumlah durasi")


def cek_03_timeout(o):
    cepat = o.baris_pertama("Fast-API: selesai!")
    o.pastikan(cepat < o.baris_pertama("Berhasil: Data dari Fast-API"), "Fast-API berhasil")
    o.pastikan(not o.baris_dengan("Slow-API: selesai!"), "Slow-API tidak pernah selesai")
    batal = o.baris_pertama("Slow-API: CancelledError di titik await")
    timeout = o.baris_pertama("Timeout! Slow-API menyerah setelah")
    o.pastikan(batal < timeout, "CancelledError di dalam coroutine, lalu TimeoutError di luar")
    o.pastikan(o.angka_setelah("menyerah setelah") >= 300, "timeout tidak sebelum 300 ms")


def cek_15_abort_lepas_joinset(o):
    b = o.baris()
    batal = o.baris_pertama("B: CancelledError di titik await, membereskan dulu")
    akhir = o.baris_pertama("B: cancelled() = True")
    o.pastikan(batal < akhir, "CancelledError muncul di dalam coroutine B sebelum await b selesai")
    o.pastikan(not o.baris_dengan("B: selesai"), "B tidak pernah selesai")
    o.pastikan(b.count("A: selesai") == 1, "task A tetap berjalan sampai selesai")
