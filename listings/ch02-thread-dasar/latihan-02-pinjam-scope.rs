//! Latihan 2.2: perbaiki kode yang ditolak compiler. Dua thread menjumlahkan
//! dua bagian sebuah slice yang DIPINJAM, tanpa menyalinnya.
use std::panic;
use std::sync::{Mutex, mpsc};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Thread yang pernah menjalankan `sum_part`, untuk pemeriksa.
static WORKERS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());

/// Jumlah satu bagian data (mencatat thread yang menghitungnya).
fn sum_part(part: &[u64]) -> u64 {
    WORKERS.lock().unwrap().push(thread::current().id());
    part.iter().sum()
}

/// Jumlah separuh kiri dan separuh kanan `data`, masing-masing dihitung oleh
/// `sum_part` di thread-nya sendiri.
fn sum_halves(data: &[u64]) -> (u64, u64) {
    // LATIHAN: Kode ini ditolak compiler: `thread::spawn` menuntut closure
    // yang boleh hidup selamanya ('static), padahal `left` dan `right` hanya
    // pinjaman dari `data`. Perbaiki dengan `thread::scope`.
    //     let (left, right) = data.split_at(data.len() / 2);
    //     let a = thread::spawn(|| sum_part(left));
    //     let b = thread::spawn(|| sum_part(right));
    //     (a.join().unwrap(), b.join().unwrap())
    let (left, right) = data.split_at(data.len() / 2);
    thread::scope(|s| {
        let a = s.spawn(|| sum_part(left));
        let b = s.spawn(|| sum_part(right));
        (a.join().unwrap(), b.join().unwrap())
    })
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let failed_hint = "pakai `thread::scope(|s| ...)` dan `s.spawn`.";
    let (sums, caller) = run_reader(Duration::from_secs(5), || {
        let data: Vec<u64> = (1..=10).collect();
        (sum_halves(&data), thread::current().id())
    })
    .unwrap_or_else(|e| wrong(&e, failed_hint));
    let workers = WORKERS.lock().unwrap().clone();
    println!("Jumlah kiri dan kanan: {sums:?}");
    if sums != (15, 40) {
        wrong(
            &format!("jumlahnya {sums:?}, seharusnya (15, 40)"),
            "kiri adalah 1..=5, kanan 6..=10; panggil `sum_part` sekali untuk \
             masing-masing.",
        );
    }
    let two_threads = workers.len() == 2 && workers[0] != workers[1];
    let two_new_threads = two_threads && !workers.contains(&caller);
    if !two_new_threads {
        wrong(
            "kedua bagian harus dihitung di dua thread baru, bukan di thread \
             pemanggil",
            "panggil `sum_part` di dalam closure `s.spawn(|| ...)`, satu \
             thread per bagian.",
        );
    }
    println!(
        "Benar: 15 dan 40, dihitung di dua thread yang meminjam data tanpa \
         menyalinnya."
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu. Panic (juga di
/// thread yang ia buat) tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(limit);
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!(
            "Belum dikerjakan: ganti `todo!()` dengan kode Anda, lalu \
             jalankan lagi."
        );
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err(format!(
            "kode Anda tidak selesai dalam {} detik",
            limit.as_secs()
        )),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
