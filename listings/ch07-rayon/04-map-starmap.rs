use rayon::prelude::*;
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: inti
/// Simulasi memproses satu item: 0,5 detik di tutorial asli, 50 ms di sini.
fn process_item(item: u64) -> u64 {
    thread::sleep(Duration::from_millis(50));
    item * item
}

/// Fungsi dengan dua argumen: 0,3 detik di tutorial asli, 30 ms di sini.
fn process_pair(a: u64, b: u64) -> u64 {
    thread::sleep(Duration::from_millis(30));
    a + b
}

fn main() {
    // Seperti multiprocessing.Pool(4).
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .expect("pool gagal dibuat");
    let items: Vec<u64> = (0..20).collect();

    pool.install(|| {
        // pool.map: hasil selalu dalam urutan masukan.
        let start = Instant::now();
        let results: Vec<u64> = items
            .par_iter() // dibagi ke 4 thread pool
            .map(|&x| process_item(x))
            .collect();
        println!("map: {results:?}");
        println!("Waktu map: {} ms", start.elapsed().as_millis());

        // pool.map(..., chunksize=5): potongan minimal 5 item per job.
        let start = Instant::now();
        let chunked: Vec<u64> = items
            .par_iter()
            .with_min_len(5)
            .map(|&x| process_item(x))
            .collect();
        println!("map per potongan: {chunked:?}");
        println!("Waktu map per potongan: {} ms", start.elapsed().as_millis());

        // pool.starmap: beberapa argumen dikemas dalam tuple, lalu dibongkar.
        let pairs = [(1, 2), (3, 4), (5, 6), (7, 8)];
        let sums: Vec<u64> = pairs
            .par_iter()
            .map(|&(a, b)| process_pair(a, b)) // tuple dibongkar di pola
            .collect();
        println!("starmap: {sums:?}");
    });
}
// ANCHOR_END: inti
