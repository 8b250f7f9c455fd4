//! Soal: pola pool dengan channel hasil, tanpa `drop(tx)` milik `main`.
//! Semua hasil tiba, tetapi loop atas penerima tidak pernah selesai selama
//! `tx` asli masih hidup.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<usize>();
    for i in 0..6 {
        let tx = tx.clone();
        thread::spawn(move || tx.send(i * 10).unwrap());
    }
    // Tidak ada `drop(tx)` di sini. Loop `for` berjalan di thread lain dan
    // melapor setiap hasil, supaya kita bisa melihat keadaannya.
    let (seen, progress) = mpsc::channel();
    let consumer = thread::spawn(move || {
        let mut n = 0;
        for _result in rx {
            n += 1;
            seen.send(n).unwrap();
        }
        n
    });
    for _ in 0..6 {
        progress.recv().unwrap();
    }
    println!("Hasil diterima: 6");
    println!("Loop for sudah selesai: {}", consumer.is_finished());
    drop(tx);
    println!(
        "Setelah drop(tx), loop selesai dengan {} hasil",
        consumer.join().unwrap()
    );
}
