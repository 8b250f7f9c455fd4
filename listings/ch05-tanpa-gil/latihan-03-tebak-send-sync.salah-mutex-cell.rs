// Jawaban salah: menganggap `Mutex<Cell<i32>>` tidak `Sync` karena `Cell`
// tidak `Sync`. `Mutex<T>` hanya menuntut `T: Send` untuk menjadi `Sync`:
// lock-nya menjamin satu thread saja yang menyentuh isinya pada satu waktu.
// DITOLAK: tebakan untuk Mutex<Cell<i32>> salah
[
    (false, false),
    (true, false),
    (false, false),
    (true, true),
    (true, false),
    (false, false),
]
