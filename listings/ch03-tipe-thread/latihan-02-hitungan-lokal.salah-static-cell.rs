// Jawaban salah: `static` biasa berisi `Cell`. Satu variabel untuk semua
// thread, padahal `Cell` tidak aman dipakai bersama: compiler menolaknya.
// DITOLAK: E0277
static COUNT: Cell<u32> = Cell::new(0);
COUNT.set(COUNT.get() + 1);
// LATIHAN_BERIKUTNYA
0
