//! Soal: `cpu_bound` naif di build release (dikompilasi dengan `-O`).
use std::hint::black_box;
use std::time::{Duration, Instant};

const N: u128 = 10_000_000;

fn cpu_bound(n: u128) -> u128 {
    let mut total = 0;
    for i in 0..n {
        total += i * i;
    }
    total
}

fn cpu_bound_black_box(n: u128) -> u128 {
    let mut total = 0;
    for i in 0..n {
        total += black_box(i * i);
    }
    total
}

/// Waktu tercepat dari lima run: satu run yang disela sistem operasi tidak
/// mengubah hasilnya.
fn fastest(f: fn(u128) -> u128) -> (u128, Duration) {
    let mut best = Duration::MAX;
    let mut result = 0;
    for _ in 0..5 {
        let start = Instant::now();
        result = f(black_box(N));
        best = best.min(start.elapsed());
    }
    (result, best)
}

fn main() {
    let (a, naive) = fastest(cpu_bound);
    let (b, opaque) = fastest(cpu_bound_black_box);
    println!("Hasil sama: {}", a == b);
    println!("Naif: {} ns", naive.as_nanos());
    println!("Dengan black_box: {} ns", opaque.as_nanos());
}
