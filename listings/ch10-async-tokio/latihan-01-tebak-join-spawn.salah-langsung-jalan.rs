// Jawaban salah: menganggap `fetch()` langsung mulai berjalan saat dipanggil,
// seperti thread yang di-spawn, sehingga C sama cepatnya dengan B. Padahal
// future Rust malas: `f2` dan `f3` baru mulai saat di-`.await`.
// DITOLAK: tebakan untuk skenario C terlalu jauh
(300, 100, 100, 100)
