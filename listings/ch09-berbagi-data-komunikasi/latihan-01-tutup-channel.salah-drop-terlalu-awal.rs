// Jawaban salah: `drop(tx)` sebelum perulangan yang membuat klon. Setelah
// di-drop, `tx` sudah dipindahkan dan tidak bisa di-clone lagi; compiler
// menolaknya (borrow of moved value).
// DITOLAK: E0382
let (tx, rx) = mpsc::channel();
drop(tx);
for job in jobs {
    let tx = tx.clone();
    thread::spawn(move || tx.send(job * 10).unwrap());
}
rx.iter().collect()
