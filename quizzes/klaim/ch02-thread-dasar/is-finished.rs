//! Soal: `is_finished()` langsung menjawab, tanpa menunggu.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (go, wait_go) = mpsc::channel::<()>();
    let handle = thread::spawn(move || {
        // Thread ini baru selesai setelah `main` memberi aba-aba.
        wait_go.recv().unwrap();
    });
    // Seandainya is_finished menunggu, program macet di sini: aba-abanya belum dikirim.
    println!("{}", handle.is_finished());
    go.send(()).unwrap();
    while !handle.is_finished() {
        thread::sleep(Duration::from_millis(1));
    }
    println!("{}", handle.is_finished());
    handle.join().unwrap();
}
