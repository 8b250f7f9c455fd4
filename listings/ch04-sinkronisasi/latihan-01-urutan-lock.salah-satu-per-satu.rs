// Jawaban salah: tidak pernah memegang dua lock sekaligus, jadi tidak bisa
// deadlock dan saldo akhirnya pun benar. Tetapi di antara kedua baris, uangnya
// sudah keluar dari rekening asal dan belum masuk ke rekening tujuan: thread
// lain yang menjumlahkan saldo pada saat itu melihat total yang salah.
// DITOLAK: kedua rekening tidak terkunci bersamaan
*from.lock() -= amount;
*to.lock() += amount;
