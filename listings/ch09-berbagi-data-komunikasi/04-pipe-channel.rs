use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

// ANCHOR: inti
fn sender(tx: Sender<String>) {
    for msg in ["Hello", "World", "From", "Sender"] {
        tx.send(msg.to_string()).unwrap();
        println!("  Terkirim: {msg}");
        thread::sleep(Duration::from_millis(50)); // 0,5 detik di tutorial asli
    }
    // Tidak ada `send(None)`: `tx` di-drop di sini, saat fungsi selesai.
}

fn receiver(rx: Receiver<String>) {
    // Perulangan berhenti sendiri begitu semua Sender sudah di-drop.
    for msg in rx {
        println!("  Diterima: {msg}");
    }
    println!("  Penerima: channel ditutup, perulangan selesai");
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let p1 = thread::spawn(move || sender(tx));
    let p2 = thread::spawn(move || receiver(rx));
    p1.join().unwrap();
    p2.join().unwrap();
    println!("Komunikasi selesai!");
}
// ANCHOR_END: inti
