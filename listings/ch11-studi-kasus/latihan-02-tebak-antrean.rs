//! Latihan 11.2: tebak dulu, lalu ukur. Dua belas "unduhan" 100 ms dengan
//! paling banyak empat sekaligus, dan stopwatch per halaman yang dinyalakan
//! SEBELUM izin diminta.
use std::panic;
use std::sync::Arc;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

const PAGES: u64 = 12;
const LIMIT: u64 = 4;
const DELAY: Duration = Duration::from_millis(100);

/// Seperti `scrape_all` di Listing 11.1, dengan satu perbedaan: stopwatch
/// setiap halaman mulai sebelum `acquire_owned`, bukan sesudahnya.
/// Mengembalikan lama setiap halaman menurut stopwatch-nya.
async fn scrape_all() -> Vec<Duration> {
    let permits = Arc::new(Semaphore::new(LIMIT as usize));
    let mut tasks = JoinSet::new();
    for _ in 0..PAGES {
        let permits = Arc::clone(&permits);
        tasks.spawn(async move {
            let start = Instant::now();
            let _permit = permits.acquire_owned().await.unwrap();
            tokio::time::sleep(DELAY).await; // "mengunduh"
            start.elapsed()
        });
    }
    let mut times = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        times.push(joined.unwrap());
    }
    times
}

/// Tebakan Anda, dalam milidetik: (waktu total `scrape_all`, jumlah lama
/// semua halaman menurut stopwatch masing-masing).
fn prediction_ms() -> (u64, u64) {
    // LATIHAN: Baca `scrape_all` di atas, lalu kembalikan tebakan Anda,
    // misalnya `(500, 500)`. Jangan jalankan dulu!
    (300, 2400)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan dua bilangan bulat, misalnya `(500, 500)`.";
    let guess = run_reader(prediction_ms);
    let (guess_wall, guess_sum) = guess.unwrap_or_else(|e| wrong(&e, hint));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let start = Instant::now();
    let times = rt.block_on(scrape_all());
    let wall = start.elapsed().as_millis();
    let sum: u128 = times.iter().map(Duration::as_millis).sum();
    // Putusan memakai waktu ideal (tanpa biaya membuat tugas), bukan waktu
    // terukur, supaya tidak bergantung pada seberapa sibuk mesinnya. Ideal:
    // halaman berjalan dalam gelombang berisi LIMIT; halaman di gelombang
    // ke-k menunggu k - 1 gelombang sebelum mulai mengunduh.
    let delay = DELAY.as_millis() as u64;
    let waves = PAGES.div_ceil(LIMIT);
    let ideal_wall = waves * delay;
    let ideal_sum = (1..=waves).map(|k| LIMIT * k * delay).sum::<u64>();
    println!("Tebakan Anda: total {guess_wall} ms, jumlah {guess_sum} ms");
    println!("Terukur: total {wall} ms, jumlah {sum} ms");
    println!("Ideal: total {ideal_wall} ms, jumlah {ideal_sum} ms");
    let close = |guess: u64, ideal: u64| guess.abs_diff(ideal) * 4 <= ideal;
    if !close(guess_wall, ideal_wall) {
        wrong(
            "tebakan waktu total terlalu jauh",
            "empat izin berarti empat unduhan berjalan bersamaan, bukan satu \
             dan bukan dua belas: halaman selesai dalam gelombang berisi \
             empat, masing-masing 100 ms.",
        );
    }
    if !close(guess_sum, ideal_sum) {
        wrong(
            "tebakan jumlah lama semua halaman terlalu jauh",
            "stopwatch mulai SEBELUM `acquire_owned`, jadi waktu menunggu \
             izin ikut terhitung: halaman di gelombang kedua mencatat sekitar \
             200 ms, di gelombang ketiga sekitar 300 ms.",
        );
    }
    println!(
        "Benar: empat unduhan bersamaan, dan antrean izin ikut masuk \
         stopwatch."
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T, F>(f: F) -> Result<T, String>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(Duration::from_secs(3));
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err("kode Anda tidak selesai dalam 3 detik".to_string()),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
