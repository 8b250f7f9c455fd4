// Jawaban salah: menganggap keempat pembaca juga berjalan bersamaan dengan
// Mutex, karena mereka "hanya membaca". Mutex tidak tahu apakah pemegangnya
// membaca atau menulis: `lock()` selalu eksklusif.
// DITOLAK: tebakan untuk Mutex terlalu jauh
(100, 100)
