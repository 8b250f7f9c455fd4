//! Latihan 8.1: `map` untuk pool pekerja. Setiap item dikerjakan pool, dan
//! hasilnya kembali dalam urutan masukan, apa pun urutan selesainya.
use crossbeam::channel;
use std::panic;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

type Job = Box<dyn FnOnce() + Send + 'static>;

/// Pool pekerja berukuran tetap, seperti Listing 8.1.
struct ThreadPool {
    sender: Option<channel::Sender<Job>>,
    workers: Vec<thread::JoinHandle<()>>,
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        let (sender, receiver) = channel::unbounded::<Job>();
        let workers = (0..size)
            .map(|id| {
                let receiver = receiver.clone();
                let work = move || receiver.iter().for_each(|job| job());
                let name = format!("pekerja-{id}");
                thread::Builder::new().name(name).spawn(work).unwrap()
            })
            .collect();
        ThreadPool {
            sender: Some(sender),
            workers,
        }
    }

    /// Kirim satu tugas ke antrean pool; langsung kembali.
    fn submit(&self, job: impl FnOnce() + Send + 'static) {
        self.sender.as_ref().unwrap().send(Box::new(job)).unwrap();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.sender.take());
        self.workers.drain(..).for_each(|w| w.join().unwrap());
    }
}

/// `slow_double(x)` untuk setiap item, dikerjakan di `pool`, hasilnya dalam
/// urutan `items`.
fn map_in_order(pool: &ThreadPool, items: &[u64]) -> Vec<u64> {
    // LATIHAN: Kirim satu tugas per item dengan `pool.submit(move || ...)`.
    // Setiap tugas mengirim `(indeks, slow_double(x))` lewat channel
    // (`channel::unbounded()`); taruh setiap hasil di slot indeksnya.
    let (tx, rx) = channel::unbounded();
    for (i, &x) in items.iter().enumerate() {
        let tx = tx.clone();
        pool.submit(move || tx.send((i, slow_double(x))).unwrap());
    }
    drop(tx);
    let mut results = vec![0; items.len()];
    for (i, doubled) in rx {
        results[i] = doubled;
    }
    results
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const ITEMS: [u64; 6] = [3, 1, 4, 6, 2, 5];
/// Item yang sudah selesai, dalam urutan selesai.
static FINISHED: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static OUTSIDE_POOL: AtomicBool = AtomicBool::new(false);
static GAVE_UP: AtomicBool = AtomicBool::new(false);

/// Dua kali `x`. Sengaja lambat dengan cara yang pasti: `x` baru selesai
/// setelah `x + 1` selesai (yang terbesar langsung), jadi urutan selesainya
/// 6, 5, 4, ... Penantian ini dibatasi 1 detik, sekali saja.
fn slow_double(x: u64) -> u64 {
    let name = thread::current().name().unwrap_or("").to_string();
    if !name.starts_with("pekerja-") {
        OUTSIDE_POOL.store(true, SeqCst);
    }
    let max = ITEMS.iter().copied().max().unwrap();
    let deadline = Instant::now() + Duration::from_secs(1);
    let next_done = || FINISHED.lock().unwrap().contains(&(x + 1));
    while x < max && !next_done() && !GAVE_UP.load(SeqCst) {
        if Instant::now() > deadline {
            GAVE_UP.store(true, SeqCst);
        }
        thread::sleep(Duration::from_millis(1));
    }
    FINISHED.lock().unwrap().push(x);
    2 * x
}

fn main() {
    let got = run_reader(|| {
        let pool = ThreadPool::new(ITEMS.len());
        map_in_order(&pool, &ITEMS)
    });
    let hint = "lihat `map` di Listing 8.2.";
    let got = got.unwrap_or_else(|e| {
        let hint = if e.contains("tidak selesai") {
            "`for ... in rx` baru berakhir setelah SEMUA pengirim di-drop, \
             termasuk `tx` milik Anda: `drop(tx)` setelah loop kirim."
        } else {
            hint
        };
        wrong(&e, hint)
    });
    let want: Vec<u64> = ITEMS.iter().map(|x| 2 * x).collect();
    println!("Masukan: {ITEMS:?}");
    println!("Urutan selesai: {:?}", FINISHED.lock().unwrap());
    println!("Hasil Anda: {got:?}");
    if OUTSIDE_POOL.load(SeqCst) {
        wrong(
            "slow_double dijalankan di luar pool",
            "panggil `slow_double` di dalam tugas `pool.submit(move || ...)`.",
        );
    }
    if GAVE_UP.load(SeqCst) {
        wrong(
            "tugas-tugasnya tidak berjalan bersamaan",
            "kirim SEMUA tugas dulu, baru kumpulkan hasilnya. Bila Anda \
             menunggu hasil setiap tugas sebelum mengirim tugas berikutnya, \
             pool hanya mengerjakan satu tugas sekaligus.",
        );
    }
    if got != want {
        wrong(
            &format!("hasilnya {got:?}, seharusnya {want:?}"),
            "hasil datang dalam urutan selesai; kirim indeksnya bersama \
             hasil, lalu taruh di `results[i]`.",
        );
    }
    println!("Benar: {} hasil dalam urutan masukan.", got.len());
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// (juga di thread yang ia buat) tidak dicetak sebagai jejak, tetapi
/// dilaporkan.
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
