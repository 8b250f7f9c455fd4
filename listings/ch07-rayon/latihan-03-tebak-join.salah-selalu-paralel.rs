// Jawaban salah: menganggap `join` selalu menjalankan kedua closure di thread
// yang berbeda, berapa pun ukuran pool-nya. Di pool 1 thread tidak ada yang
// bisa mencuri: keempat tidur berjalan berurutan.
// DITOLAK: tebakan untuk pool 1 thread terlalu jauh
(100, 100, 100)
