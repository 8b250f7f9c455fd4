use rayon::prelude::*;
use std::time::Instant;

const LIMIT: usize = 1_000_001; // hitung prima di 1..1.000.001
// Ukuran lain lewat argumen: `-- BATAS ULANG`, misalnya `-- 3000001 25` (saringan diulang 25 kali).

/// Pembagian percobaan seperti di Bab 7: bagi dengan 2, lalu 3, 5, 7, ...
/// sampai akar n.
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

// ANCHOR: saringan
/// Saringan Eratosthenes: coret kelipatan setiap prima mulai dari p*p.
/// Tidak ada pembagian sama sekali, hanya penulisan ke satu array.
fn count_primes_sieve(limit: usize) -> usize {
    let mut prime = vec![true; limit];
    prime[0] = false;
    if limit > 1 {
        prime[1] = false;
    }
    let mut p = 2;
    while p * p < limit {
        if prime[p] {
            for multiple in (p * p..limit).step_by(p) {
                prime[multiple] = false;
            }
        }
        p += 1;
    }
    prime.iter().filter(|&&b| b).count()
}
// ANCHOR_END: saringan

fn main() {
    let Some((limit, repeat)) = args() else {
        eprintln!("galat: pemakaian: [BATAS 2..1000000000] [ULANG >= 1], misalnya 3000001 25");
        std::process::exit(2);
    };
    println!("Rentang: 1..{limit}, saringan diulang {repeat} kali");
    // ANCHOR: inti
    let threads = rayon::current_num_threads();

    let start = Instant::now();
    let trial = (1..limit as u32)
        .into_par_iter()
        .filter(|&n| is_prime(n))
        .count();
    let trial_ms = ms(start);
    println!("Pembagian percobaan, rayon {threads} thread: {trial} prima, waktu {trial_ms:.1} ms");

    // Satu saringan bisa terlalu singkat untuk diukur; waktunya dirata-rata.
    let start = Instant::now();
    let mut sieve = 0;
    for _ in 0..repeat {
        sieve = count_primes_sieve(std::hint::black_box(limit));
    }
    let sieve_ms = ms(start) / repeat as f64;
    println!("Saringan Eratosthenes, 1 thread: {sieve} prima, waktu {sieve_ms:.1} ms");

    println!("Saringan lebih cepat: {:.1}x", trial_ms / sieve_ms);
    // ANCHOR_END: inti
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

/// (BATAS, ULANG) dari argumen, dengan bawaan (1.000.001, 1).
fn args() -> Option<(usize, usize)> {
    let mut it = std::env::args().skip(1);
    let mut next = |default: usize| match it.next() {
        None => Some(default),
        Some(a) => a.replace('_', "").parse().ok(),
    };
    let limit = next(LIMIT).filter(|n| (2..=1_000_000_000).contains(n))?;
    let repeat = next(1).filter(|&n| n >= 1)?;
    Some((limit, repeat))
}
