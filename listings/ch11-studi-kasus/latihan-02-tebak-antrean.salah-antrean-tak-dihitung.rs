// Jawaban salah: waktu totalnya benar (tiga gelombang berisi empat), tetapi
// jumlahnya dianggap 12 x 100 ms, seolah stopwatch baru mulai setelah izin
// didapat seperti di Listing 11.1. Di sini stopwatch mulai sebelum
// `acquire_owned`, jadi waktu antre ikut terhitung.
// DITOLAK: tebakan jumlah lama semua halaman terlalu jauh
(300, 1200)
