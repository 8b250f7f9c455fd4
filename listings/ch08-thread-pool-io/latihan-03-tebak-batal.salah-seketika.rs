// Jawaban salah: menganggap bendera menghentikan tugas seketika, jadi `join`
// kembali tepat di 150 ms setelah satu langkah. Padahal tugasnya sedang tidur
// di langkah kedua dan baru melihat bendera di 200 ms.
// DITOLAK: tebakan waktu join terlalu cepat
(1, 150)
