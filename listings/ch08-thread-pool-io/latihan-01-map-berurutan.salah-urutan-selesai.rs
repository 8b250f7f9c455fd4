// Jawaban salah: semua tugas dikirim dulu dan hasilnya dikumpulkan lewat
// channel, tetapi dalam urutan datangnya. Item terbesar selesai lebih dulu,
// jadi daftar hasilnya terbalik dari urutan selesai, bukan urutan masukan.
// DITOLAK: hasilnya [12, 10, 8, 6, 4, 2], seharusnya [6, 2, 8, 12, 4, 10]
let (tx, rx) = channel::unbounded();
for &x in items {
    let tx = tx.clone();
    pool.submit(move || tx.send(slow_double(x)).unwrap());
}
drop(tx);
rx.iter().collect()
