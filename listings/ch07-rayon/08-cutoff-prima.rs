use rayon::prelude::*;
use std::time::{Duration, Instant};

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

// ANCHOR: belah
/// Hitung prima di `lo..hi` dengan `rayon::join`: rentang yang lebih panjang
/// dari `cutoff` dibelah dua. Mengembalikan (jumlah prima, jumlah potongan).
fn count_primes(lo: u32, hi: u32, cutoff: u32) -> (usize, usize) {
    if hi - lo <= cutoff {
        return ((lo..hi).filter(|&n| is_prime(n)).count(), 1);
    }
    let mid = lo + (hi - lo) / 2;
    let (a, b) = rayon::join(
        || count_primes(lo, mid, cutoff),
        || count_primes(mid, hi, cutoff),
    );
    (a.0 + b.0, a.1 + b.1)
}
// ANCHOR_END: belah

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // Batas lain lewat argumen, misalnya `-- 6000001` (build release).
    let Some(limit) = limit_arg(200_001) else {
        eprintln!(
            "galat: batas harus bilangan bulat 2..1000000000, \
             misalnya 6000001"
        );
        std::process::exit(2);
    };
    let threads = rayon::current_num_threads();
    println!("Rentang: 1..{limit}, thread di pool global rayon: {threads}");
    // ANCHOR: ukur
    let start = Instant::now();
    let seq = (1..limit).filter(|&n| is_prime(n)).count();
    let base = start.elapsed();
    println!("Berurutan: {seq} prima, waktu {:.1} ms", ms(base));
    let speedup = |t: Duration| base.as_secs_f64() / t.as_secs_f64();

    // Cut-off terakhir: separuh rentang, jadi tepat 2 potongan.
    let half = (limit - 1).div_ceil(2);
    for cutoff in [1, 100, 10_000, half] {
        let start = Instant::now();
        let (primes, pieces) = count_primes(1, limit, cutoff);
        let t = start.elapsed();
        println!(
            "Cut-off {cutoff}: {primes} prima, {pieces} potongan, \
             waktu {:.1} ms, percepatan {:.2}x",
            ms(t),
            speedup(t)
        );
    }

    // Pembanding: rayon memilih sendiri kapan berhenti membelah.
    let start = Instant::now();
    let par = (1..limit).into_par_iter().filter(|&n| is_prime(n)).count();
    let t = start.elapsed();
    println!(
        "into_par_iter: {par} prima, waktu {:.1} ms, percepatan {:.2}x",
        ms(t),
        speedup(t)
    );
    // ANCHOR_END: ukur
}

/// Batas atas dari argumen pertama, atau `default` bila tidak ada argumen.
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
