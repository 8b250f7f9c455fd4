use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

fn main() {
    // ANCHOR: inti
    // Pengganti `Value('i', 0)` + `Lock`: satu bilangan atomik bersama.
    let counter = Arc::new(AtomicI32::new(0));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..250_000 {
                    // Baca-tambah-tulis dalam satu operasi yang tak terbagi.
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    println!("Counter: {}", counter.load(Ordering::Relaxed));
    // ANCHOR_END: inti
}
