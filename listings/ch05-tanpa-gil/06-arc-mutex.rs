use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    // Arc: penghitung pemilik atomik (Send + Sync). Mutex: satu pemakai
    // pada satu waktu, dijaga lock sungguhan (Sync).
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..4 {
        // Setiap thread memegang satu `Arc` miliknya sendiri.
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *counter.lock().unwrap() += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("Pemilik Arc setelah join: {}", Arc::strong_count(&counter));
    println!("Counter: {}", *counter.lock().unwrap());
}
