//! Soal: 3 thread yang masing-masing hanya menunggu, di mesin 1 core.
//! Dijalankan dengan `taskset -c 0` (satu CPU) oleh `cargo test --test kuis`.
use std::thread;
use std::time::{Duration, Instant};

fn wait_for_server() {
    thread::sleep(Duration::from_millis(100)); // "1 detik" di skala buku
}

fn main() {
    let cpus = thread::available_parallelism().map_or(1, |n| n.get());
    println!("CPU yang boleh dipakai: {cpus}");

    let start = Instant::now();
    for _ in 0..3 {
        wait_for_server();
    }
    println!(
        "Tiga penantian berurutan: {} ms",
        start.elapsed().as_millis()
    );

    let start = Instant::now();
    let handles: Vec<_> = (0..3).map(|_| thread::spawn(wait_for_server)).collect();
    for h in handles {
        h.join().unwrap();
    }
    println!(
        "Tiga penantian di 3 thread: {} ms",
        start.elapsed().as_millis()
    );
}
