// Jawaban salah: memakai total bersama sebagai "hitungan thread ini". Setiap
// pekerja melaporkan jumlah semua item yang sudah diproses SEMUA thread.
// DITOLAK: hitungan milik thread lain ikut terbaca

// LATIHAN_BERIKUTNYA
TOTAL.load(Ordering::SeqCst)
