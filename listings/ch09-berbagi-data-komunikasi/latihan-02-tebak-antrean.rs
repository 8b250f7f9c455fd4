//! Latihan 9.2: tebak dulu, lalu ukur. Produsen yang cepat mengirim 5 item ke
//! konsumen yang butuh 50 ms per item, lewat tiga macam channel. Kapan
//! produsen selesai mengirim?
use crossbeam::channel::{self, Receiver, Sender};
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const ITEMS: u64 = 5;
const WORK: Duration = Duration::from_millis(50);

/// Kirim 5 item secepat mungkin ke konsumen yang lambat. Mengembalikan lama
/// produsen mengirim semuanya, dalam milidetik.
fn producer_time(tx: Sender<u64>, rx: Receiver<u64>) -> u128 {
    let consumer = thread::spawn(move || {
        for _item in rx {
            thread::sleep(WORK); // memproses satu item
        }
    });
    let start = Instant::now();
    for item in 0..ITEMS {
        tx.send(item).unwrap();
    }
    let elapsed = start.elapsed().as_millis();
    drop(tx);
    consumer.join().unwrap();
    elapsed
}

/// Tebakan Anda, dalam milidetik: lama produsen dengan
/// (`unbounded()`, `bounded(2)`, `bounded(0)`).
fn prediction_ms() -> (u64, u64, u64) {
    // LATIHAN: Baca `producer_time` di atas, lalu kembalikan tebakan Anda,
    // misalnya `(100, 100, 100)`. Jangan jalankan dulu!
    (0, 100, 200)
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let hint = "kembalikan tiga bilangan bulat, misalnya `(100, 100, 100)`.";
    let guess = run_reader(prediction_ms).unwrap_or_else(|e| wrong(&e, hint));
    let measured = [
        (channel::unbounded(), "unbounded()"),
        (channel::bounded(2), "bounded(2)"),
        (channel::bounded(0), "bounded(0)"),
    ]
    .map(|((tx, rx), name)| (name, producer_time(tx, rx)));
    // Putusan memakai waktu ideal (tanpa biaya membuat thread), bukan waktu
    // terukur, supaya tidak bergantung pada seberapa sibuk mesinnya. Item k
    // masuk saat konsumen mengambil item k - kapasitas, pada 50 x (k - kap)
    // ms; tanpa batas, tidak ada yang menunggu.
    let work = WORK.as_millis() as u64;
    let last = ITEMS - 1;
    let ideal = [0, work * (last - 2), work * last];
    let guess = [guess.0, guess.1, guess.2];
    for (i, (name, ms)) in measured.iter().enumerate() {
        println!(
            "{name}: tebakan {} ms, terukur {ms} ms, ideal {} ms",
            guess[i], ideal[i]
        );
    }
    let close = |g: u64, ideal: u64| g.abs_diff(ideal) * 4 <= ideal.max(40);
    if !close(guess[0], ideal[0]) {
        wrong(
            "tebakan untuk unbounded() terlalu jauh",
            "channel tanpa batas selalu punya tempat: `send` tidak pernah \
             menunggu konsumen, jadi produsen selesai seketika.",
        );
    }
    if !close(guess[1], ideal[1]) {
        wrong(
            "tebakan untuk bounded(2) terlalu jauh",
            "dua item pertama langsung masuk buffer, item ketiga masuk saat \
             konsumen mengambil item pertama. Sesudahnya item k menunggu \
             konsumen mengambil item k-2, satu item setiap 50 ms. Produsen \
             tidak menunggu item terakhir DIPROSES, hanya sampai ia MASUK.",
        );
    }
    if !close(guess[2], ideal[2]) {
        wrong(
            "tebakan untuk bounded(0) terlalu jauh",
            "kapasitas 0 bukan \"tanpa batas\" seperti `Queue(maxsize=0)` di \
             Python, melainkan rendezvous: setiap `send` menunggu sampai \
             konsumen memanggil `recv`, dan konsumen baru memanggil `recv` \
             lagi setelah memproses item sebelumnya.",
        );
    }
    println!(
        "Benar: tanpa batas produsen tidak pernah menunggu, bounded(2) \
         menahannya setelah buffer penuh, bounded(0) menahan setiap item."
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
