//! Soal: delapan tugas `sleep(50 ms)` di pool rayon berisi 2 thread.
use rayon::prelude::*;
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();

    let start = Instant::now();
    #[rustfmt::skip] // baris yang sama persis dengan soal kuis
    pool.install(|| (0..8).into_par_iter().for_each(|_| thread::sleep(Duration::from_millis(50))));
    println!("Pool 2 thread: {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    (0..8).for_each(|_| thread::sleep(Duration::from_millis(50)));
    println!("Berurutan: {} ms", start.elapsed().as_millis());
}
