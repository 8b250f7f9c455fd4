// Jawaban salah: kode semula. Setiap pekerja memegang klonnya sendiri dan
// men-drop-nya saat selesai, tetapi `tx` asli tetap hidup di fungsi ini
// sampai fungsi selesai, dan fungsi baru selesai setelah perulangan selesai.
// DITOLAK: tidak selesai dalam 2 detik
let (tx, rx) = mpsc::channel();
for job in jobs {
    let tx = tx.clone();
    thread::spawn(move || tx.send(job * 10).unwrap());
}
rx.iter().collect()
