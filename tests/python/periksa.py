#!/usr/bin/env python3
"""Menjalankan dan memeriksa setiap versi Python di buku (`listings/*/NN-nama.py`).

Padanan `cargo test` untuk program Python yang ditampilkan di blok "Versi Python":

- setiap `listings/<bab>/NN-nama.py` dijalankan dengan `python3` (batas waktu per program), lalu
  keluarannya diperiksa oleh fungsi `cek_NN_nama(o)` di `tests/python/<bab>.py` (`<bab>` = `ch04`,
  `lampiran_c`, ...);
- pemeriksaan yang sama diterapkan pada contoh keluaran yang di-commit (`NN-nama.py.out`), jadi
  halaman tidak pernah menampilkan keluaran yang akan ditolak;
- `BLESS=1` menulis ulang `NN-nama.py.out` dari run nyata, hanya bila run itu lolos;
- program tanpa pemeriksaan, atau pemeriksaan tanpa program, membuat skrip ini gagal.

Pemakaian: `python3 tests/python/periksa.py [SARING]` (SARING: bagian nama, mis. `ch04` atau
`ch04/03`). Hanya pustaka standar; `cargo test` tidak membutuhkan Python, skrip ini dijalankan
`.ci/run`.
"""

import importlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[2]
BATAS_WAKTU = 120  # detik per program; versi Python sengaja kecil, biasanya < 5 detik
sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bantu import Keluaran  # noqa: E402


def modul_bab(folder: str) -> str:
    """`ch04-sinkronisasi` -> `ch04`, `lampiran-c-pengukuran` -> `lampiran_c`."""
    m = re.match(r"^(ch\d\d|lampiran-[a-z])-", folder)
    if not m:
        raise SystemExit(f"folder listing tidak dikenal: {folder}")
    return m.group(1).replace("-", "_")


def nama_cek(berkas: Path) -> str:
    """`03-counter-mutex.py` -> `cek_03_counter_mutex`."""
    return "cek_" + berkas.name.removesuffix(".py").replace("-", "_")


def jalankan(berkas: Path) -> tuple[str, str, int, float]:
    mulai = time.monotonic()
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    # Tanpa PYTHONUNBUFFERED (mesin CI kami memasangnya): dalam mode itu
    # print() menulis teks dan "\n" dalam dua write, sehingga baris dari dua
    # proses anak bisa bercampur ("...5..10Proses mengisi...\n\n"). Pembaca
    # menjalankan `python3 berkas.py` tanpa mode itu.
    env.pop("PYTHONUNBUFFERED", None)
    try:
        p = subprocess.run(
            [sys.executable, berkas.name],
            cwd=berkas.parent,
            capture_output=True,
            text=True,
            timeout=BATAS_WAKTU,
            env=env,
        )
    except subprocess.TimeoutExpired as e:
        keluaran = e.stdout.decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        raise AssertionError(
            f"tidak selesai dalam {BATAS_WAKTU} detik; keluaran sejauh ini:\n{keluaran}"
        ) from None
    return p.stdout, p.stderr, p.returncode, time.monotonic() - mulai


def periksa(berkas: Path, cek, bless: bool) -> list[str]:
    rel = berkas.relative_to(AKAR)
    masalah = []
    try:
        stdout, stderr, kode, detik = jalankan(berkas)
        if kode != 0:
            raise AssertionError(f"kode keluar {kode}\nstderr:\n{stderr}")
        cek(Keluaran(stdout, str(rel)))
        print(f"ok    {rel} ({detik:.1f} s)")
    except AssertionError as e:
        return [f"GAGAL {rel}: {e}"]
    contoh = berkas.with_name(berkas.name + ".out")
    if bless:
        contoh.write_text(stdout, encoding="utf-8")
        print(f"      ditulis {contoh.relative_to(AKAR)}")
    elif contoh.exists():
        try:
            cek(Keluaran(contoh.read_text(encoding="utf-8"), str(contoh.relative_to(AKAR))))
        except AssertionError as e:
            masalah.append(f"GAGAL {contoh.relative_to(AKAR)} (contoh yang di-commit): {e}")
    return masalah


def main() -> int:
    saring = sys.argv[1] if len(sys.argv) > 1 else ""
    bless = os.environ.get("BLESS", "") not in ("", "0")
    masalah: list[str] = []
    dipakai: dict[str, set[str]] = {}
    program = sorted(AKAR.glob("listings/*/*.py"))
    for berkas in program:
        modul = modul_bab(berkas.parent.name)
        nama = nama_cek(berkas)
        dipakai.setdefault(modul, set()).add(nama)
        try:
            cek_modul = importlib.import_module(modul)
        except ModuleNotFoundError:
            masalah.append(f"{berkas.relative_to(AKAR)}: tidak ada tests/python/{modul}.py")
            continue
        cek = getattr(cek_modul, nama, None)
        if cek is None:
            masalah.append(
                f"{berkas.relative_to(AKAR)}: tidak ada fungsi {nama}(o) di tests/python/{modul}.py"
            )
            continue
        if saring and saring not in str(berkas.relative_to(AKAR / "listings")):
            continue
        masalah += periksa(berkas, cek, bless)
    # Pemeriksaan tanpa program (mis. berkas .py dihapus atau diganti nama).
    for modul_berkas in sorted(Path(__file__).parent.glob("*.py")):
        modul = modul_berkas.stem
        if modul in ("periksa", "bantu"):
            continue
        m = importlib.import_module(modul)
        for nama in sorted(n for n in dir(m) if n.startswith("cek_")):
            if nama not in dipakai.get(modul, set()):
                masalah.append(f"tests/python/{modul}.py: {nama} tidak punya berkas .py")
    for m in masalah:
        print(m, file=sys.stderr)
    print(f"\n{len(program)} program Python, {len(masalah)} masalah")
    return 1 if masalah else 0


if __name__ == "__main__":
    sys.exit(main())
