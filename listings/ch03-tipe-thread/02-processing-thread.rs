//! ProcessingThread versi Rust: setiap thread memiliki potongan datanya
//! sendiri dan mengembalikan hasilnya lewat `join`, tanpa list bersama.
use std::thread::{self, JoinHandle};

// ANCHOR: tipe
#[derive(Debug)]
enum ProcessingError {
    Overflow,
    Panicked,
}

struct ProcessingThread {
    handle: JoinHandle<Result<u64, ProcessingError>>,
}

impl ProcessingThread {
    /// `data` PINDAH ke thread baru: main tidak bisa lagi menyentuhnya.
    fn start(index: usize, data: Vec<u64>) -> ProcessingThread {
        let handle = thread::Builder::new()
            .name(format!("Proses-{index}"))
            .spawn(move || {
                let result = sum_of_squares(&data);
                let me = thread::current();
                println!("  [{}] Hasil: {result:?}", me.name().unwrap());
                result
            })
            .expect("gagal membuat thread");
        ProcessingThread { handle }
    }

    fn join(self) -> Result<u64, ProcessingError> {
        self.handle.join().unwrap_or(Err(ProcessingError::Panicked))
    }
}

/// Jumlah kuadrat; u64 bisa meluap, jadi luapan menjadi galat, bukan angka salah.
fn sum_of_squares(data: &[u64]) -> Result<u64, ProcessingError> {
    data.iter().try_fold(0u64, |acc, &x| {
        x.checked_mul(x)
            .and_then(|sq| acc.checked_add(sq))
            .ok_or(ProcessingError::Overflow)
    })
}
// ANCHOR_END: tipe

fn main() {
    // ANCHOR: pakai
    let chunks: Vec<Vec<u64>> = vec![
        (1..=10_000).collect(),
        (10_001..=20_000).collect(),
        (20_001..=30_000).collect(),
    ];
    let workers: Vec<ProcessingThread> = chunks
        .into_iter()
        .enumerate()
        .map(|(i, chunk)| ProcessingThread::start(i, chunk))
        .collect();

    // Join SEMUA thread dulu (urutan thread, bukan urutan selesainya), baru
    // gabungkan: `collect` langsung ke `Result` akan berhenti di galat pertama
    // dan membuang handle sisanya tanpa join.
    let joined: Vec<Result<u64, ProcessingError>> =
        workers.into_iter().map(ProcessingThread::join).collect();
    let results: Result<Vec<u64>, ProcessingError> = joined.into_iter().collect();
    match results {
        Ok(parts) => {
            println!("Hasil per bagian: {parts:?}");
            println!("Total: {}", parts.iter().sum::<u64>());
        }
        Err(e) => println!("Gagal: {e:?}"),
    }
    // ANCHOR_END: pakai
}
