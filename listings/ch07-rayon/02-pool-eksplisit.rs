use std::sync::mpsc;
use std::time::Instant;

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

fn count_primes_in_range(start: u32, end: u32) -> usize {
    (start..end).filter(|&n| is_prime(n)).count()
}

fn main() {
    // ANCHOR: inti
    // Pool sendiri berisi 4 thread, seperti ProcessPoolExecutor(max_workers=4).
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .expect("pool gagal dibuat");

    let start = Instant::now();
    let chunk_size = 100_000;
    let (tx, rx) = mpsc::channel();
    // Sepuluh potongan: 1..100001, 100001..200001, ..., 900001..1000001.
    for lo in (1..1_000_001u32).step_by(chunk_size) {
        let hi = (lo + chunk_size as u32).min(1_000_001);
        let tx = tx.clone();
        // `spawn` langsung kembali; tugasnya dikerjakan salah satu thread pool.
        pool.spawn(move || {
            let count = count_primes_in_range(lo, hi);
            tx.send((lo, hi, count)).expect("penerima masih ada");
        });
    }
    // Buang pengirim milik main: `rx` berhenti setelah tugas terakhir selesai.
    drop(tx);

    // Seperti as_completed: hasil datang sesuai urutan selesai, bukan
    // urutan kirim.
    let mut total = 0;
    for (i, (lo, hi, count)) in rx.iter().enumerate() {
        println!(
            "Selesai ke-{:>2}: potongan {lo}..{hi} berisi {count} prima",
            i + 1
        );
        total += count;
    }
    println!(
        "Paralel (4 thread, 10 potongan): {total} prima, waktu {:.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
    // ANCHOR_END: inti
}
