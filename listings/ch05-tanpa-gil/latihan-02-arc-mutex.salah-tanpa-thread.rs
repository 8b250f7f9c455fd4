// Jawaban salah: lolos compiler dengan membuang thread-nya. Daftarnya benar,
// tetapi keempat kuadrat dihitung berurutan di thread pemanggil; tidak ada lagi
// yang perlu dibagi antar-thread.
// DITOLAK: bukan di thread pemanggil
(1..=4).map(square).collect()
