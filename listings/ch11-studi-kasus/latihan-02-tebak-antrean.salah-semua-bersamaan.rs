// Jawaban salah: menganggap kedua belas tugas berjalan bersamaan karena
// semuanya dibuat sekaligus. Tugasnya memang dibuat sekaligus, tetapi hanya
// empat yang mendapat izin; sisanya menunggu.
// DITOLAK: tebakan waktu total terlalu jauh
(100, 1200)
