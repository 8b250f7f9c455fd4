// Jawaban salah: kode semula. Loop pekerjanya benar, tetapi `shutdown`
// menunggu pekerja sebelum menutup antrean. Pekerja menghabiskan kedua belas
// tugas, lalu tidur di `recv` menunggu tugas berikutnya, karena pengirimnya
// masih hidup; `join` menunggu mereka selamanya. Deadlock.
// DITOLAK: kode Anda tidak selesai dalam 3 detik
let mut done = 0;
while let Ok(job) = receiver.recv() {
    job();
    done += 1;
}
done
// LATIHAN_BERIKUTNYA
let mut total = 0;
for worker in self.workers {
    total += worker.join().unwrap();
}
drop(self.sender);
total
