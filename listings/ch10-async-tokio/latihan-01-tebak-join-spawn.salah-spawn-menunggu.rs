// Jawaban salah: menganggap task hasil `tokio::spawn` juga baru berjalan saat
// handle-nya di-`.await`, sehingga D sama lambatnya dengan A. Padahal runtime
// langsung menjalankan task begitu di-spawn.
// DITOLAK: tebakan untuk skenario D terlalu jauh
(300, 100, 300, 300)
