//! Latihan 4.3: tebak dulu, lalu ukur. Empat pembaca masing-masing memegang
//! lock selama 100 ms, sekali dengan `RwLock::read`, sekali dengan `Mutex`.
use std::panic;
use std::sync::mpsc;
use std::sync::{Mutex, RwLock};
use std::thread;
use std::time::{Duration, Instant};

const READERS: u64 = 4;
const HOLD: Duration = Duration::from_millis(100);

/// Empat pembaca membaca konfigurasi bersama lewat `RwLock::read`.
fn readers_with_rwlock(config: &RwLock<String>) {
    thread::scope(|s| {
        for _ in 0..READERS {
            s.spawn(|| {
                let cfg = config.read().unwrap();
                thread::sleep(HOLD); // "membaca" sambil memegang read lock
                drop(cfg);
            });
        }
    });
}

/// Empat pembaca yang sama, tetapi dengan `Mutex`.
fn readers_with_mutex(config: &Mutex<String>) {
    thread::scope(|s| {
        for _ in 0..READERS {
            s.spawn(|| {
                let cfg = config.lock().unwrap();
                thread::sleep(HOLD);
                drop(cfg);
            });
        }
    });
}

/// Tebakan Anda, dalam milidetik: (lama versi RwLock, lama versi Mutex).
fn prediction_ms() -> (u64, u64) {
    // LATIHAN: Baca kedua fungsi di atas, lalu kembalikan tebakan Anda,
    // misalnya `(250, 250)`. Jangan jalankan dulu!
    (100, 400)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan dua bilangan bulat, misalnya `(250, 250)`.";
    let guess = run_reader(prediction_ms);
    let (guess_rw, guess_mx) = guess.unwrap_or_else(|e| wrong(&e, hint));
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        f();
        start.elapsed().as_millis()
    };
    let rw = time(&|| readers_with_rwlock(&RwLock::new("v1".into())));
    let mx = time(&|| readers_with_mutex(&Mutex::new("v1".into())));
    // Putusan memakai waktu ideal (tanpa biaya membuat thread), bukan waktu
    // terukur, supaya tidak bergantung pada seberapa sibuk mesinnya.
    let hold = HOLD.as_millis() as u64;
    let (ideal_rw, ideal_mx) = (hold, READERS * hold);
    println!("Tebakan Anda: RwLock {guess_rw} ms, Mutex {guess_mx} ms");
    println!("Terukur: RwLock {rw} ms, Mutex {mx} ms");
    println!("Ideal: RwLock {ideal_rw} ms, Mutex {ideal_mx} ms");
    let close = |guess: u64, ideal: u64| guess.abs_diff(ideal) * 4 <= ideal;
    if !close(guess_rw, ideal_rw) {
        wrong(
            "tebakan untuk RwLock terlalu jauh",
            "`read()` boleh dipegang banyak thread sekaligus: keempat pembaca \
             tidur BERSAMAAN, jadi totalnya sekitar satu kali 100 ms.",
        );
    }
    if !close(guess_mx, ideal_mx) {
        wrong(
            "tebakan untuk Mutex terlalu jauh",
            "`lock()` hanya bisa dipegang satu thread: pembaca menunggu \
             giliran dan tidur 100 ms satu per satu.",
        );
    }
    println!("Benar: pembaca RwLock bersamaan, pembaca Mutex bergiliran.");
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
