// Jawaban salah: membaca kapasitas 0 seperti `Queue(maxsize=0)` di Python,
// yang berarti tanpa batas. Di crossbeam, `bounded(0)` adalah rendezvous:
// setiap `send` menunggu `recv` dari konsumen.
// DITOLAK: tebakan untuk bounded(0) terlalu jauh
(0, 100, 0)
