// Jawaban salah: setiap thread mengirim hasilnya lewat channel, dan hasil
// dikumpulkan sesuai urutan tibanya, yaitu urutan thread selesai.
// DITOLAK: urutan thread SELESAI
let (tx, rx) = mpsc::channel();
for x in inputs {
    let tx = tx.clone();
    thread::spawn(move || tx.send(slow_square(x)).unwrap());
}
drop(tx);
rx.iter().collect()
