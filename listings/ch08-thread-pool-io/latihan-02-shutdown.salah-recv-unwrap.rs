// Jawaban salah: `shutdown` benar, tetapi pekerjanya memperlakukan `Err` dari
// `recv` sebagai galat. Semua tugas selesai, lalu setiap pekerja panic tepat
// saat antrean ditutup, dan `join().unwrap()` di `shutdown` ikut panic.
// DITOLAK: RecvError
let mut done = 0;
loop {
    let job = receiver.recv().unwrap();
    job();
    done += 1;
}
// LATIHAN_BERIKUTNYA
drop(self.sender);
let mut total = 0;
for worker in self.workers {
    total += worker.join().unwrap();
}
total
