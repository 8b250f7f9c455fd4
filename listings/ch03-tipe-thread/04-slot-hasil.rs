//! Versi yang diterima compiler: setiap thread mendapat `&mut` ke SATU slot
//! hasil miliknya sendiri, dan potongan data yang hanya dibaca.
use std::thread;

fn sum_of_squares(data: &[u64]) -> u64 {
    data.iter().map(|x| x * x).sum()
}

fn main() {
    // ANCHOR: inti
    let data: Vec<u64> = (1..=30_000).collect();
    let mut results = vec![0u64; 3];
    thread::scope(|s| {
        // iter_mut() membagi `results` menjadi tiga &mut yang tidak
        // tumpang tindih.
        for (slot, chunk) in results.iter_mut().zip(data.chunks(10_000)) {
            s.spawn(move || *slot = sum_of_squares(chunk));
        }
    });
    println!("Isi results: {results:?}");
    println!("Total: {}", results.iter().sum::<u64>());
    // ANCHOR_END: inti
}
