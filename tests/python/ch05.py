"""Pemeriksaan versi Python Bab 5 (`listings/ch05-tanpa-gil/*.py`)."""


def jumlah_kuadrat(n: int) -> int:
    """Jumlah i*i untuk 0 <= i < n, lewat rumus tertutup (bukan kode program)."""
    return (n - 1) * n * (2 * n - 1) // 6


def cek_01_luapan_u64(o):
    total = jumlah_kuadrat(10_000_000)
    o.pastikan(o.angka_setelah("cpu_bound(10_000_000) = ") == total, "jumlah kuadrat yang tepat")
    o.pastikan(o.baris_dengan("u64::MAX (2**64 - 1): True") != [], "hasil melewati u64::MAX")
    o.pastikan(
        o.angka_setelah("membungkus): ") == total % 2**64 == 1_291_890_006_563_070_912,
        "sisa bagi 2**64 sama dengan hasil Rust release yang dikutip Bab 5",
    )


def cek_03_eksperimen_gil(o):
    o.pastikan(o.angka_setelah("hasil = ") == jumlah_kuadrat(3_000_000), "hasil cpu_bound(N)")
    # Waktu hanya dicetak (bergantung mesin); yang diperiksa: ketiga tes berjalan.
    for label in ("Berurutan: ", "2 thread: ", "2 proses: "):
        o.pastikan(o.desimal_setelah(label) > 0, f"waktu {label!r} dicetak")
