use std::hint::black_box;
use std::panic;

const N: u64 = 10_000_000;

// ANCHOR: naif
/// Terjemahan harfiah `cpu_bound` dari tutorial Python, dengan `u64`.
fn cpu_bound_u64(n: u64) -> u64 {
    let mut total: u64 = 0;
    for i in 0..n {
        total += i * i; // i * i < 10^14 selalu muat; jumlahnya tidak
    }
    total
}
// ANCHOR_END: naif

fn main() {
    // `black_box` mencegah compiler menghitung semuanya saat kompilasi.
    let n = black_box(N);

    // ANCHOR: inti
    // 1. `+` biasa: panic di build debug, membungkus diam-diam di release.
    panic::set_hook(Box::new(|_| {})); // pesan panic kita cetak sendiri
    match panic::catch_unwind(|| cpu_bound_u64(n)) {
        Ok(total) => {
            println!("+ biasa (u64): tidak panic, hasil = {total} (SALAH)")
        }
        Err(e) => {
            let msg = e.downcast_ref::<&str>().copied().unwrap_or("?");
            println!("+ biasa (u64): panic \"{msg}\"");
        }
    }
    let _ = panic::take_hook(); // kembalikan pencetak panic bawaan

    // 2. `checked_add` memberi tahu di mana tepatnya u64 meluap.
    let checked = (0..n).try_fold(0u64, |total, i| {
        total.checked_add(i * i).ok_or(i) // Err(i): meluap di langkah i
    });
    if let Err(i) = checked {
        println!("checked_add (u64): meluap pada i = {i}");
    }

    // 3. `wrapping_add` (yang dilakukan `+` di release) di samping `u128`.
    let mut wrapped: u64 = 0;
    let mut exact: u128 = 0;
    for i in 0..n {
        wrapped = wrapped.wrapping_add(i * i);
        exact += u128::from(i * i);
    }
    println!("wrapping_add (u64): {wrapped}");
    println!("u128: {exact}");
    println!("u128 mod 2^64: {}", exact as u64);
    println!("u64::MAX: {}", u64::MAX);
    // ANCHOR_END: inti
}
