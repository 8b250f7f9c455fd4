// Jawaban salah: menganggap `join` hanya pemanggilan fungsi biasa, satu
// closure lalu yang lain. Di pool 2 thread, thread kedua mencuri closure
// kanan selagi thread pertama tidur.
// DITOLAK: tebakan untuk pool 2 thread terlalu jauh
(400, 400, 400)
