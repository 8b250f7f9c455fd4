//! Kapan thread membantu? Tugas yang MENUNGGU (I/O-bound) vs tugas yang
//! MENGHITUNG (CPU-bound), masing-masing berurutan lalu dengan 4 thread.
use std::thread;
use std::time::{Duration, Instant};

const TASKS: u64 = 4;
/// Setiap tugas hitung memeriksa bilangan di rentangnya sendiri.
const RANGE: u64 = 25_000;

// ANCHOR: tugas
/// I/O-bound: hampir seluruh waktunya dipakai menunggu (di sini: `sleep`,
/// pengganti menunggu jaringan atau disk). CPU menganggur selama itu.
fn wait_task() {
    thread::sleep(Duration::from_millis(100));
}

/// CPU-bound: seluruh waktunya dipakai menghitung (bilangan prima di rentang
/// `[k * RANGE, (k + 1) * RANGE)`, dengan pembagian percobaan).
fn compute_task(k: u64) -> u64 {
    let is_prime = |n: u64| {
        n >= 2
            && (2..)
                .take_while(|d| d * d <= n)
                .all(|d| !n.is_multiple_of(d))
    };
    (k * RANGE..(k + 1) * RANGE)
        .filter(|&n| is_prime(n))
        .count() as u64
}
// ANCHOR_END: tugas

// ANCHOR: ukur
/// Jalankan tugas 0 sampai TASKS-1 berurutan, lalu satu thread per tugas.
/// Hasilnya: (jumlah berurutan, waktunya, jumlah dengan thread, waktunya).
fn measure(f: fn(u64) -> u64) -> (u64, Duration, u64, Duration) {
    let start = Instant::now();
    let seq: u64 = (0..TASKS).map(f).sum();
    let seq_time = start.elapsed();

    let start = Instant::now();
    let mut handles = Vec::new();
    for k in 0..TASKS {
        handles.push(thread::spawn(move || f(k)));
    }
    let par: u64 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    (seq, seq_time, par, start.elapsed())
}

fn report(seq_time: Duration, par_time: Duration) {
    println!("  Berurutan: {} ms", seq_time.as_millis());
    println!("  {TASKS} thread: {} ms", par_time.as_millis());
    // Percepatan = waktu berurutan / waktu dengan thread (besar = cepat).
    let speedup = seq_time.as_secs_f64() / par_time.as_secs_f64();
    println!("  Percepatan: {speedup:.2}x");
}
// ANCHOR_END: ukur

fn main() {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    println!("Core yang tersedia: {cores}");

    println!("== {TASKS} tugas menunggu 100 ms (I/O-bound) ==");
    let (_, seq_time, _, par_time) = measure(|_| {
        wait_task();
        0
    });
    report(seq_time, par_time);

    println!("== {TASKS} tugas menghitung bilangan prima (CPU-bound) ==");
    let (seq, seq_time, par, par_time) = measure(compute_task);
    println!(
        "  Bilangan prima di bawah {} (berurutan): {seq}",
        TASKS * RANGE
    );
    println!(
        "  Bilangan prima di bawah {} ({TASKS} thread): {par}",
        TASKS * RANGE
    );
    report(seq_time, par_time);
}
