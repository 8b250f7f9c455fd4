use std::hint::black_box;
use std::time::Instant;

// Build debug puluhan kali lebih lambat: supaya `cargo test` tetap cepat,
// build debug memakai N sepuluh kali lebih kecil.
const N: u128 = if cfg!(debug_assertions) {
    1_000_000
} else {
    10_000_000
};
// Ukuran lain lewat argumen:
// `cargo run --release --bin ch05-02-optimizer -- 200000000`.

// ANCHOR: fungsi
/// Versi naif: compiler boleh mengganti seluruh loop dengan rumus.
fn cpu_bound_naive(n: u128) -> u128 {
    let mut total = 0;
    for i in 0..n {
        total += i * i;
    }
    total
}

/// Setiap kuadrat melewati `black_box`: compiler tidak bisa melihat nilainya,
/// jadi loop benar-benar dijalankan sebanyak n kali.
fn cpu_bound(n: u128) -> u128 {
    let mut total = 0;
    for i in 0..n {
        total += black_box(i * i);
    }
    total
}
// ANCHOR_END: fungsi

fn main() {
    let mode = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    let Some(size) = size_arg(N) else {
        eprintln!("galat: N harus bilangan bulat positif, misalnya 200000000");
        std::process::exit(2);
    };
    println!("Build: {mode}, N = {size}");
    // ANCHOR: ukur
    let n = black_box(size); // batas yang tidak diketahui saat kompilasi

    let start = Instant::now();
    let naive = cpu_bound_naive(n);
    let naive_time = start.elapsed();

    let start = Instant::now();
    let real = cpu_bound(n);
    let real_time = start.elapsed();

    println!("Naif: hasil = {naive}, waktu = {naive_time:.2?}");
    println!("Dengan black_box: hasil = {real}, waktu = {real_time:.2?}");
    // ANCHOR_END: ukur
}

/// N dari argumen pertama, atau `default` bila tidak ada argumen.
fn size_arg(default: u128) -> Option<u128> {
    match std::env::args().nth(1) {
        None => Some(default),
        Some(a) => a.replace('_', "").parse().ok().filter(|&n| n > 0),
    }
}
