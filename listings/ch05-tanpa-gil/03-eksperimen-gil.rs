use rayon::prelude::*;
use std::hint::black_box;
use std::thread;
use std::time::{Duration, Instant};

// Sama seperti Listing 5.2: N sepuluh kali lebih kecil di build debug.
const N: u128 = if cfg!(debug_assertions) {
    1_000_000
} else {
    10_000_000
};
// Ukuran lain lewat argumen:
// `cargo run --release --bin ch05-03-eksperimen-gil -- 200000000`.

// ANCHOR: fungsi
/// Jumlah kuadrat di bawah n; `black_box` menjaga agar kerjanya nyata.
fn cpu_bound(n: u128) -> u128 {
    let mut total = 0;
    for i in 0..n {
        total += black_box(i * i);
    }
    total
}

/// Loop yang sama, dipecah rayon ke semua core.
fn cpu_bound_rayon(n: u128) -> u128 {
    (0..n).into_par_iter().map(|i| black_box(i * i)).sum()
}

/// Satu baris hasil. Percepatan = waktu berurutan / waktu varian ini:
/// lebih besar lebih baik, 1.00x berarti sama cepat.
fn report(label: &str, (r1, r2): (u128, u128), time: Duration, base: Duration) {
    let speedup = base.as_secs_f64() / time.as_secs_f64();
    println!(
        "{label}: hasil 1 = {r1}, hasil 2 = {r2}, \
         waktu = {time:.2?}, percepatan = {speedup:.2}x"
    );
}
// ANCHOR_END: fungsi

fn main() {
    let mode = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let Some(size) = size_arg(N) else {
        eprintln!("galat: N harus bilangan bulat positif, misalnya 200000000");
        std::process::exit(2);
    };
    println!("Build: {mode}, N = {size}, core: {cores}");
    let n = black_box(size);

    // ANCHOR: eksperimen
    // Tes 1: berurutan, dua kali.
    let start = Instant::now();
    let seq = (cpu_bound(n), cpu_bound(n));
    let seq_time = start.elapsed();

    // Tes 2: dua thread, masing-masing satu panggilan.
    let start = Instant::now();
    let t1 = thread::spawn(move || cpu_bound(n));
    let t2 = thread::spawn(move || cpu_bound(n));
    let threaded = (t1.join().unwrap(), t2.join().unwrap());
    let thread_time = start.elapsed();

    // Tes 3: rayon membagi setiap loop ke semua core.
    let start = Instant::now();
    let par = (cpu_bound_rayon(n), cpu_bound_rayon(n));
    let rayon_time = start.elapsed();

    report("Berurutan", seq, seq_time, seq_time);
    report("2 thread", threaded, thread_time, seq_time);
    report("Rayon", par, rayon_time, seq_time);
    // ANCHOR_END: eksperimen
}

/// N dari argumen pertama, atau `default` bila tidak ada argumen.
fn size_arg(default: u128) -> Option<u128> {
    match std::env::args().nth(1) {
        None => Some(default),
        Some(a) => a.replace('_', "").parse().ok().filter(|&n| n > 0),
    }
}
