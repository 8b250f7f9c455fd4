//! Latihan 7.3: tebak dulu, lalu ukur. Empat tidur 100 ms lewat `rayon::join`
//! bersarang, di pool berisi 1, 2, dan 4 thread.
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const NAP: Duration = Duration::from_millis(100);

fn nap() {
    thread::sleep(NAP);
}

/// Empat tidur 100 ms: dua pasang, setiap pasang lewat `rayon::join`.
fn four_naps() {
    rayon::join(|| rayon::join(nap, nap), || rayon::join(nap, nap));
}

/// Tebakan Anda, dalam milidetik: lama `four_naps` di pool berisi
/// (1 thread, 2 thread, 4 thread).
fn prediction_ms() -> (u64, u64, u64) {
    // LATIHAN: Baca `four_naps`, lalu kembalikan tebakan Anda, misalnya
    // `(250, 250, 250)`. Jangan jalankan dulu!
    (400, 200, 100)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan tiga bilangan bulat, misalnya `(250, 250, 250)`.";
    let guess = run_reader(prediction_ms);
    let (g1, g2, g4) = guess.unwrap_or_else(|e| wrong(&e, hint));
    let time = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads);
        let pool = pool.build().unwrap();
        let start = Instant::now();
        pool.install(four_naps);
        start.elapsed().as_millis()
    };
    let (t1, t2, t4) = (time(1), time(2), time(4));
    // Putusan memakai waktu ideal (empat tidur dibagi rata ke thread yang
    // ada), bukan waktu terukur, supaya tidak bergantung pada beban mesin.
    let nap = NAP.as_millis() as u64;
    let ideal = |threads: u64| 4 * nap / threads;
    let (i1, i2, i4) = (ideal(1), ideal(2), ideal(4));
    let row = |label: &str, a, b, c| {
        println!("{label}: 1 thread {a} ms, 2 thread {b} ms, 4 thread {c} ms");
    };
    row("Tebakan Anda", g1, g2, g4);
    row("Terukur", t1 as u64, t2 as u64, t4 as u64);
    row("Ideal", i1, i2, i4);
    let close = |guess: u64, ideal: u64| guess.abs_diff(ideal) * 4 <= ideal;
    if !close(g1, i1) {
        wrong(
            "tebakan untuk pool 1 thread terlalu jauh",
            "`join` hanya paralel bila ada thread yang menganggur. Satu \
             thread mengerjakan closure pertama, lalu closure kedua: \
             keempat tidur berurutan.",
        );
    }
    if !close(g2, i2) {
        wrong(
            "tebakan untuk pool 2 thread terlalu jauh",
            "selama thread pertama tidur di closure kirinya, thread kedua \
             mencuri closure kanan yang menunggu di antrean. Dua thread, \
             dua tidur sekaligus.",
        );
    }
    if !close(g4, i4) {
        wrong(
            "tebakan untuk pool 4 thread terlalu jauh",
            "ada empat tidur dan empat thread: setiap `join` yang menunggu \
             dicuri thread yang menganggur.",
        );
    }
    println!("Benar: join paralel sebanyak thread yang menganggur.");
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
