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

/// Jumlah kuadrat. u64 bisa meluap: luapan menjadi galat, bukan angka salah.
fn sum_of_squares(data: &[u64]) -> Result<u64, ProcessingError> {
    data.iter().try_fold(0u64, |acc, &x| {
        x.checked_mul(x)
            .and_then(|sq| acc.checked_add(sq))
            .ok_or(ProcessingError::Overflow)
    })
}
// ANCHOR_END: tipe

// ANCHOR: ribuan
/// 9000450005000 -> "9.000.450.005.000": titik di antara setiap tiga digit,
/// dihitung dari kanan (gaya Indonesia). `format!` tidak punya opsi ini.
fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(digit);
    }
    out
}
// ANCHOR_END: ribuan

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

    // Join SEMUA thread dulu (urutan thread, bukan urutan selesainya),
    // baru gabungkan: `collect` langsung ke `Result` akan berhenti di galat
    // pertama dan membuang handle sisanya tanpa join.
    let joined: Vec<Result<u64, ProcessingError>> =
        workers.into_iter().map(ProcessingThread::join).collect();
    let results: Result<Vec<u64>, _> = joined.into_iter().collect();
    match results {
        Ok(parts) => {
            println!("Hasil per bagian: {parts:?}");
            let total: u64 = parts.iter().sum();
            println!("Total: {}", group_thousands(total));
        }
        Err(e) => println!("Gagal: {e:?}"),
    }
    // ANCHOR_END: pakai
}
