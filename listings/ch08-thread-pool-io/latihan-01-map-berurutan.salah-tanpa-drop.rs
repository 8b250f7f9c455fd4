// Jawaban salah: seperti solusinya, tetapi `tx` milik fungsi ini tidak
// di-drop. Keenam hasil datang, lalu `for ... in rx` menunggu pesan ketujuh
// selamanya, karena masih ada satu pengirim yang hidup: `tx` itu sendiri.
// DITOLAK: kode Anda tidak selesai dalam 3 detik
let (tx, rx) = channel::unbounded();
for (i, &x) in items.iter().enumerate() {
    let tx = tx.clone();
    pool.submit(move || tx.send((i, slow_double(x))).unwrap());
}
let mut results = vec![0; items.len()];
for (i, doubled) in rx {
    results[i] = doubled;
}
results
