// Jawaban salah: menganggap `Arc` membuat apa saja aman dibagi antar-thread.
// `Arc` hanya membuat penghitung pemiliknya atomik; isinya tetap `RefCell`,
// yang tidak `Sync`, jadi `Arc<RefCell<i32>>` tidak `Send` dan tidak `Sync`.
// DITOLAK: tebakan untuk Arc<RefCell<i32>> salah
[
    (false, false),
    (true, false),
    (true, true),
    (true, true),
    (true, true),
    (false, false),
]
