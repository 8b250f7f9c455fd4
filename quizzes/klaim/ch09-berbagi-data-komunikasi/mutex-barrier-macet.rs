//! Soal: tiga thread memegang guard lalu menunggu di `Barrier::new(3)`;
//! dengan `RwLock` (read) dan dengan `Mutex`.
use std::sync::{Arc, Barrier, Mutex, RwLock, mpsc};
use std::thread;
use std::time::Duration;

fn main() {
    let config = Arc::new(RwLock::new("MyApp v1.0"));
    let barrier = Arc::new(Barrier::new(3));
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let (config, barrier) = (Arc::clone(&config), Arc::clone(&barrier));
            thread::spawn(move || {
                let guard = config.read().unwrap();
                barrier.wait();
                drop(guard);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("RwLock: 3 dari 3 thread melewati barrier");

    let config = Arc::new(Mutex::new("MyApp v1.0"));
    let barrier = Arc::new(Barrier::new(3));
    let (done, finished) = mpsc::channel();
    for _ in 0..3 {
        let (config, barrier, done) = (Arc::clone(&config), Arc::clone(&barrier), done.clone());
        thread::spawn(move || {
            let guard = config.lock().unwrap();
            barrier.wait(); // hanya satu thread bisa sampai di sini
            drop(guard);
            done.send(()).unwrap();
        });
    }
    drop(done);
    let passed = (0..3)
        .take_while(|_| finished.recv_timeout(Duration::from_millis(500)).is_ok())
        .count();
    println!("Mutex: {passed} dari 3 thread melewati barrier setelah 500 ms");
    // Thread yang macet berhenti bersama proses saat main selesai.
}
