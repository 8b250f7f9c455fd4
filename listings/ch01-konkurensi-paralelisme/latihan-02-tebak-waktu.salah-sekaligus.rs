// Jawaban salah: semua tugas dianggap menunggu sekaligus, padahal paling
// banyak tiga thread berjalan bersamaan.
// DITOLAK: waktu kelompok-kelompok itu dijumlahkan
100
