// Jawaban salah: menganggap `join` selalu menunggu seluruh tugas, seperti
// `cancel()` di Python untuk tugas yang sudah berjalan. Itu benar tanpa
// bendera; tugas ini memeriksanya dan berhenti sendiri.
// DITOLAK: tebakan waktu join terlalu lambat
(10, 1000)
