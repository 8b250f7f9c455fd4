use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

const THREADS: usize = 10;
const PER_THREAD: usize = 100_000;

fn main() {
    let counter = AtomicUsize::new(0);

    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..PER_THREAD {
                    // Baca, tambah, tulis: tiga langkah terpisah. Tiap langkah
                    // atomik, tetapi gabungannya tidak.
                    let current = counter.load(Ordering::Relaxed);
                    counter.store(current + 1, Ordering::Relaxed);
                }
            });
        }
    });

    let total = counter.load(Ordering::Relaxed);
    let expected = THREADS * PER_THREAD;
    println!("Load lalu store: {total}");
    println!("Seharusnya: {expected}");
    println!("Update yang hilang: {}", expected - total);
}
