//! Latihan 8.3: tebak dulu, lalu ukur. Sebuah tugas panjang dibatalkan
//! setelah timeout; kapan `join` kembali, dan berapa langkah yang sempat
//! dikerjakan tugasnya?
use std::panic;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const STEP: Duration = Duration::from_millis(100);
const STEPS: u64 = 10;
const WAIT: Duration = Duration::from_millis(150);

/// Tugas panjang: 10 langkah @100 ms. Bendera pembatalan diperiksa sebelum
/// setiap langkah. Mengembalikan banyaknya langkah yang selesai.
fn long_task(cancel: &AtomicBool) -> u64 {
    for step in 0..STEPS {
        if cancel.load(Relaxed) {
            return step;
        }
        thread::sleep(STEP);
    }
    STEPS
}

/// Tunggu hasilnya paling lama 150 ms; bila tidak datang, nyalakan bendera
/// lalu join. Mengembalikan (hasil join, lama sampai join kembali).
fn scenario() -> (u64, Duration) {
    let start = Instant::now();
    let cancel = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel();
    let flag = Arc::clone(&cancel);
    let handle = thread::spawn(move || {
        let steps = long_task(&flag);
        let _ = tx.send(steps);
        steps
    });
    if rx.recv_timeout(WAIT).is_err() {
        println!("Timeout! Minta tugas berhenti.");
        cancel.store(true, Relaxed);
    }
    let steps = handle.join().unwrap();
    (steps, start.elapsed())
}

/// Tebakan Anda: (langkah yang selesai, milidetik sampai `join` kembali).
fn prediction() -> (u64, u64) {
    // LATIHAN: Baca `long_task` dan `scenario`, lalu kembalikan tebakan Anda,
    // misalnya `(5, 500)`. Jangan jalankan dulu!
    (2, 200)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan dua bilangan bulat, misalnya `(5, 500)`.";
    let guess = run_reader(prediction);
    let (guess_steps, guess_ms) = guess.unwrap_or_else(|e| wrong(&e, hint));
    let (steps, elapsed) = scenario();
    // Putusan memakai nilai ideal (langkah tepat 100 ms, tanpa biaya membuat
    // thread), bukan nilai terukur, supaya tidak bergantung pada beban mesin:
    // bendera menyala di 150 ms dan baru terlihat di awal langkah berikutnya.
    let (step, wait) = (STEP.as_millis() as u64, WAIT.as_millis() as u64);
    let ideal_steps = wait.div_ceil(step);
    let ideal_ms = ideal_steps * step;
    println!("Tebakan Anda: {guess_steps} langkah, join setelah {guess_ms} ms");
    println!(
        "Terukur: {steps} langkah, join setelah {} ms",
        elapsed.as_millis()
    );
    println!("Ideal: {ideal_steps} langkah, join setelah {ideal_ms} ms");
    // Toleransi 1/8 dari nilai ideal: 175..225 ms.
    let far = guess_ms.abs_diff(ideal_ms) * 8 > ideal_ms;
    if far && guess_ms < ideal_ms {
        wrong(
            "tebakan waktu join terlalu cepat",
            "thread tidak bisa dihentikan dari luar. Menyalakan bendera hanya \
             MEMINTA; tugas yang sedang tidur baru melihatnya sebelum \
             langkah berikutnya, dan `join` menunggu sampai tugas itu \
             kembali sendiri.",
        );
    }
    if far {
        wrong(
            "tebakan waktu join terlalu lambat",
            "tugas ini memeriksa bendera sebelum setiap langkah, jadi ia \
             tidak menjalankan kesepuluh langkahnya; ia berhenti di batas \
             langkah pertama setelah bendera menyala.",
        );
    }
    if guess_steps != ideal_steps {
        wrong(
            "tebakan banyak langkah meleset",
            "langkah yang sedang berjalan saat bendera menyala tetap \
             diselesaikan; hitung batas langkah (0, 100, 200, ... ms) \
             yang pertama sesudah 150 ms.",
        );
    }
    println!("Benar: pembatalan kooperatif menunggu batas langkah.");
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
