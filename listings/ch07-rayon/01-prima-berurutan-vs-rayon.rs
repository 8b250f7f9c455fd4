use rayon::prelude::*;
use std::time::Instant;

// ANCHOR: is_prime
/// Uji pembagian (trial division), sama seperti `is_prime` di tutorial asli:
/// coba bagi dengan 2, lalu dengan bilangan ganjil 3, 5, 7, ... sampai akar n.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    if n == 2 {
        return true;
    }
    if n.is_multiple_of(2) {
        return false;
    }
    let mut i = 3;
    while i * i <= n {
        if n.is_multiple_of(i) {
            return false;
        }
        i += 2;
    }
    true
}
// ANCHOR_END: is_prime

// Batas lain lewat argumen, misalnya
// `cargo run --release --bin ch07-01-prima-berurutan-vs-rayon -- 3000001`.
const LIMIT: u32 = 1_000_001;

fn main() {
    let Some(limit) = limit_arg(LIMIT) else {
        eprintln!(
            "galat: batas harus bilangan bulat 2..1000000000, \
             misalnya 3000001"
        );
        std::process::exit(2);
    };
    println!("Rentang: 1..{limit}");
    // ANCHOR: inti
    let range = 1..limit;

    // Berurutan: satu thread memeriksa sejuta bilangan.
    let start = Instant::now();
    let seq = range.clone().filter(|&n| is_prime(n)).count();
    let seq_time = start.elapsed();
    println!("Berurutan: {seq} prima, waktu {:.1} ms", ms(seq_time));

    // Rayon: jadikan rentang itu iterator paralel dengan `into_par_iter()`.
    let start = Instant::now();
    let par = range.into_par_iter().filter(|&n| is_prime(n)).count();
    let par_time = start.elapsed();
    println!("Rayon:     {par} prima, waktu {:.1} ms", ms(par_time));

    println!(
        "Thread di pool global rayon: {}",
        rayon::current_num_threads()
    );
    println!(
        "Percepatan: {:.2}x",
        seq_time.as_secs_f64() / par_time.as_secs_f64()
    );
    // ANCHOR_END: inti
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Batas atas dari argumen pertama, atau `default` bila tidak ada argumen.
/// Paling besar satu miliar, jauh di bawah titik `i * i` meluap di u32.
fn limit_arg(default: u32) -> Option<u32> {
    match std::env::args().nth(1) {
        None => Some(default),
        Some(a) => a
            .replace('_', "")
            .parse()
            .ok()
            .filter(|n| (2..=1_000_000_000).contains(n)),
    }
}
