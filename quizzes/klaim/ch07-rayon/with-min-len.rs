//! Soal: `with_min_len(100_000)` pada sejuta item di pool 4 thread.
use rayon::prelude::*;

fn main() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    // Satu akumulator per potongan: banyaknya item di setiap potongan.
    let pieces: Vec<usize> = pool.install(|| {
        (0..1_000_000u32)
            .into_par_iter()
            .with_min_len(100_000)
            .fold(|| 0usize, |n, _| n + 1)
            .collect()
    });
    println!("Potongan: {}", pieces.len());
    println!("Potongan terpendek: {} item", pieces.iter().min().unwrap());
    println!("Jumlah item: {}", pieces.iter().sum::<usize>());
}
