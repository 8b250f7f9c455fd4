use rayon::prelude::*;
use std::time::Instant;

const LIMIT: usize = 1_000_001; // hitung prima di 1..1.000.001

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
    // ANCHOR: inti
    let threads = rayon::current_num_threads();

    let start = Instant::now();
    let trial = (1..LIMIT as u32)
        .into_par_iter()
        .filter(|&n| is_prime(n))
        .count();
    let trial_ms = ms(start);
    println!("Pembagian percobaan, rayon {threads} thread: {trial} prima, waktu {trial_ms:.1} ms");

    let start = Instant::now();
    let sieve = count_primes_sieve(LIMIT);
    let sieve_ms = ms(start);
    println!("Saringan Eratosthenes, 1 thread: {sieve} prima, waktu {sieve_ms:.1} ms");

    println!("Saringan lebih cepat: {:.1}x", trial_ms / sieve_ms);
    // ANCHOR_END: inti
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}
