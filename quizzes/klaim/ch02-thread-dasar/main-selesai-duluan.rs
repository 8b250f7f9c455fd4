//! Soal: thread dengan loop tanpa akhir, `main` selesai tanpa `join`.
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("destruktor thread dijalankan");
    }
}

fn main() {
    let (started, wait_started) = mpsc::channel();
    thread::spawn(move || {
        let _noisy = Noisy;
        started.send(()).unwrap();
        loop {
            thread::sleep(Duration::from_millis(10));
        }
    });
    wait_started.recv().unwrap();
    println!("thread berjalan");
    println!("main selesai");
}
