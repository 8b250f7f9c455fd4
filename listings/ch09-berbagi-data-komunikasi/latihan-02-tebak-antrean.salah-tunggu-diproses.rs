// Jawaban salah: menganggap produsen bounded(2) baru selesai setelah konsumen
// memproses semua item (5 x 50 ms). Padahal `send` hanya menunggu sampai item
// mendapat tempat di buffer, bukan sampai item itu diproses.
// DITOLAK: tebakan untuk bounded(2) terlalu jauh
(0, 250, 250)
