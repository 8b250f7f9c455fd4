// Jawaban salah: setiap tugas dikirim lalu hasilnya langsung ditunggu sebelum
// tugas berikutnya dikirim. Urutan hasilnya benar, tetapi pool hanya pernah
// mengerjakan satu tugas: `slow_double(3)` menunggu item 4 yang belum dikirim.
// DITOLAK: tugas-tugasnya tidak berjalan bersamaan
let mut results = Vec::new();
for &x in items {
    let (tx, rx) = channel::bounded(1);
    pool.submit(move || tx.send(slow_double(x)).unwrap());
    results.push(rx.recv().unwrap());
}
results
