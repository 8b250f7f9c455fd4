//! Latihan 7.1: jumlahkan sebuah slice dengan membelahnya dua lewat
//! `rayon::join`, sampai potongannya tidak lebih panjang dari `CUTOFF`.
use std::panic;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Potongan sepanjang ini atau kurang dijumlahkan berurutan.
const CUTOFF: usize = 1_000;

/// Jumlah `v`: potongan panjang dibelah dua dan kedua paruhnya dijumlahkan
/// lewat `rayon::join`; potongan pendek dijumlahkan `leaf_sum`.
fn parallel_sum(v: &[u64]) -> u64 {
    // LATIHAN: Bila `v` tidak lebih panjang dari `CUTOFF`, kembalikan
    // `leaf_sum(v)`. Bila lebih panjang, belah di tengah (`split_at`),
    // jumlahkan kedua paruh dengan `rayon::join` dan `parallel_sum`, lalu
    // jumlahkan kedua hasilnya.
    if v.len() <= CUTOFF {
        return leaf_sum(v);
    }
    let (left, right) = v.split_at(v.len() / 2);
    let (a, b) = rayon::join(|| parallel_sum(left), || parallel_sum(right));
    a + b
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const N: usize = 20_000;
/// Panjang setiap potongan yang dijumlahkan `leaf_sum`.
static LEAVES: Mutex<Vec<usize>> = Mutex::new(Vec::new());
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static GAVE_UP: AtomicBool = AtomicBool::new(false);

/// Jumlahkan satu potongan secara berurutan. Potongan pertama menunggu
/// (sekali saja, paling lama 1 detik) sampai ada potongan lain yang berjalan
/// bersamaan: dengan `join`, thread pool lain pasti mencuri paruh yang
/// menunggu itu.
fn leaf_sum(part: &[u64]) -> u64 {
    LEAVES.lock().unwrap().push(part.len());
    let now = ACTIVE.fetch_add(1, SeqCst) + 1;
    PEAK.fetch_max(now, SeqCst);
    let deadline = Instant::now() + Duration::from_secs(1);
    while PEAK.load(SeqCst) < 2 && !GAVE_UP.load(SeqCst) {
        if Instant::now() > deadline {
            GAVE_UP.store(true, SeqCst);
        }
        thread::sleep(Duration::from_millis(1));
    }
    ACTIVE.fetch_sub(1, SeqCst);
    part.iter().sum()
}

fn main() {
    let data: Vec<u64> = (1..=N as u64).collect();
    let want: u64 = data.iter().sum();
    let got = run_reader(move || {
        // Pool sendiri berisi 4 thread, supaya ada yang bisa mencuri di
        // mesin 1 core sekalipun.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build();
        pool.unwrap().install(|| parallel_sum(&data))
    });
    let hint = "ikuti langkah-langkah di komentar `LATIHAN`.";
    let got = got.unwrap_or_else(|e| wrong(&e, hint));
    let leaves = LEAVES.lock().unwrap().clone();
    let covered: usize = leaves.iter().sum();
    let shortest = leaves.iter().copied().min().unwrap_or(0);
    let longest = leaves.iter().copied().max().unwrap_or(0);
    println!("Jumlah 1..={N}: {got} (seharusnya {want})");
    println!("Potongan dijumlahkan leaf_sum: {}", leaves.len());
    println!("Potongan terpendek: {shortest}, terpanjang: {longest}");
    println!("Potongan bersamaan paling banyak: {}", PEAK.load(SeqCst));
    if got != want {
        wrong(
            &format!("jumlahnya {got}, seharusnya {want}"),
            "setiap elemen harus masuk tepat satu paruh: `split_at` memberi \
             dua paruh yang tidak tumpang tindih, dan hasil `join` adalah \
             pasangan `(a, b)` yang perlu dijumlahkan.",
        );
    }
    if covered != N {
        wrong(
            &format!("leaf_sum hanya menjumlahkan {covered} dari {N} elemen"),
            "potongan yang tidak lebih panjang dari `CUTOFF` dijumlahkan \
             dengan `leaf_sum(v)`, bukan dengan kode lain.",
        );
    }
    if longest > CUTOFF {
        wrong(
            &format!("ada potongan {longest} elemen, di atas CUTOFF"),
            "belah terus selama `v.len() > CUTOFF`.",
        );
    }
    if shortest < CUTOFF / 2 {
        wrong(
            &format!("potongan terpendek hanya {shortest} elemen"),
            "berhenti membelah begitu `v.len() <= CUTOFF`: membelah sampai \
             satu elemen membayar ongkos `join` ribuan kali.",
        );
    }
    if PEAK.load(SeqCst) < 2 {
        wrong(
            "tidak pernah ada dua potongan yang berjalan bersamaan",
            "kedua paruh harus dijumlahkan di dalam `rayon::join(|| ..., \
             || ...)`; `parallel_sum(left) + parallel_sum(right)` berjalan \
             berurutan.",
        );
    }
    println!(
        "Benar: jumlah {want}, {} potongan lewat rayon::join, \
         tiap potongan <= {CUTOFF}.",
        leaves.len()
    );
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
