"""Pembantu pemeriksaan keluaran program Python buku (padanan `Output` di tests/listings)."""

import re


class Keluaran:
    """Keluaran satu program beserta pembantu pemeriksaan yang pesannya jelas."""

    def __init__(self, teks: str, asal: str):
        self.teks = teks
        self.asal = asal

    def baris(self) -> list[str]:
        return self.teks.splitlines()

    def gagal(self, pesan: str):
        raise AssertionError(f"{pesan}\n--- keluaran ({self.asal}) ---\n{self.teks}")

    def baris_dengan(self, pola: str) -> list[int]:
        """Indeks semua baris yang memuat `pola`."""
        return [i for i, b in enumerate(self.baris()) if pola in b]

    def baris_pertama(self, pola: str) -> int:
        idx = self.baris_dengan(pola)
        if not idx:
            self.gagal(f"tidak ada baris yang memuat {pola!r}")
        return idx[0]

    def angka_setelah(self, pola: str) -> int:
        """Bilangan bulat pertama setelah `pola` di baris pertama yang memuatnya.

        Pemisah ribuan `.` dan `,` diabaikan (`1.000.000` dan `1,000,000` sama-sama 1000000).
        """
        b = self.baris()[self.baris_pertama(pola)]
        sisa = b[b.index(pola) + len(pola):]
        m = re.search(r"-?\d[\d.,]*", sisa)
        if not m:
            self.gagal(f"tidak ada angka setelah {pola!r}")
        return int(re.sub(r"[.,]", "", m.group(0).rstrip(".,")))

    def desimal_setelah(self, pola: str) -> float:
        """Bilangan desimal pertama setelah `pola` (titik sebagai pemisah desimal)."""
        b = self.baris()[self.baris_pertama(pola)]
        sisa = b[b.index(pola) + len(pola):]
        m = re.search(r"-?\d+(?:\.\d+)?", sisa)
        if not m:
            self.gagal(f"tidak ada angka setelah {pola!r}")
        return float(m.group(0))

    def pastikan(self, syarat: bool, pesan: str):
        if not syarat:
            self.gagal(pesan)
