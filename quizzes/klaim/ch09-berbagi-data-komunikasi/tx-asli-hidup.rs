//! Soal: `tx` asli tidak dipindahkan ke thread mana pun, jadi `rx.iter()`
//! tidak pernah berakhir. Penerimanya di sini berjalan di thread lain supaya
//! keadaannya bisa dilihat.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    let sender = thread::spawn(move || {
        for i in [10, 20, 30] {
            tx2.send(i).unwrap();
        }
    });
    let receiver = thread::spawn(move || rx.iter().sum::<i32>());
    sender.join().unwrap(); // tx2 sudah di-drop
    println!("Pengirim tx2 selesai");
    println!("rx.iter() sudah berakhir: {}", receiver.is_finished());
    drop(tx);
    println!("Setelah drop(tx): jumlah = {}", receiver.join().unwrap());
}
