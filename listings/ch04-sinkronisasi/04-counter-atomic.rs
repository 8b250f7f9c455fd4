use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

const THREADS: usize = 10;
const PER_THREAD: usize = 100_000;

fn main() {
    let start = Instant::now();
    let counter = AtomicUsize::new(0);

    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..PER_THREAD {
                    // Baca-tambah-tulis dalam SATU operasi atomik.
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });

    println!("Dengan AtomicUsize: {}", counter.load(Ordering::Relaxed));
    println!("Waktu: {} ms", start.elapsed().as_millis());
}
