use rayon::prelude::*;

// ANCHOR: potongan
/// Jumlahkan semua item secara paralel dan hitung ada berapa potongan
/// (job) yang dibuat rayon: `fold` menghasilkan satu akumulator per potongan.
fn sum_and_pieces<I>(iter: I) -> (u64, usize)
where
    I: ParallelIterator<Item = u64>,
{
    let partials: Vec<u64> = iter.fold(|| 0u64, |acc, x| acc + x).collect();
    (partials.iter().sum(), partials.len())
}
// ANCHOR_END: potongan

fn main() {
    // ANCHOR: inti
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .expect("pool gagal dibuat");

    pool.install(|| {
        let numbers = || (1..1_000_001u32).into_par_iter().map(u64::from);

        // Tanpa petunjuk: rayon membagi sendiri sesuai jumlah thread dan
        // pencurian.
        let (sum, pieces) = sum_and_pieces(numbers());
        println!("Bawaan:               jumlah {sum}, potongan {pieces}");

        // Seperti chunksize: jangan pernah membuat potongan < 100.000 elemen.
        let (sum, pieces) = sum_and_pieces(numbers().with_min_len(100_000));
        println!("with_min_len(100000): jumlah {sum}, potongan {pieces}");

        // Kebalikannya: potongan paling banyak 1.000 elemen, jadi >= 1.000
        // potongan.
        let (sum, pieces) = sum_and_pieces(numbers().with_max_len(1_000));
        println!("with_max_len(1000):   jumlah {sum}, potongan {pieces}");
    });
    // ANCHOR_END: inti
}
