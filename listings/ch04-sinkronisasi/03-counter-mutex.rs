use std::sync::Mutex;
use std::thread;
use std::time::Instant;

const THREADS: usize = 10;
const PER_THREAD: usize = 100_000;

fn main() {
    let start = Instant::now();
    // Mutex memiliki datanya: angka di dalamnya hanya bisa disentuh
    // lewat lock.
    let counter = Mutex::new(0);

    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..PER_THREAD {
                    let mut value = counter.lock().unwrap(); // ambil lock
                    *value += 1;
                } // `value` (guard) di-drop di sini: lock dilepas
            });
        }
    });

    let total = counter.into_inner().unwrap();
    println!("Dengan Mutex: {total}");
    println!("Waktu: {} ms", start.elapsed().as_millis());
}
