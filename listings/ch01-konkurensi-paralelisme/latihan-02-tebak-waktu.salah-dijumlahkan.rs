// Jawaban salah: delapan tugas x 100 ms, seolah-olah semuanya berurutan.
// DITOLAK: tugas dalam satu kelompok menunggu BERSAMAAN
800
