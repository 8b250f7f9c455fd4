//! Latihan 7.2: perbaiki kode yang ditolak compiler. Setiap dokumen dihitung
//! kata-katanya oleh tugasnya sendiri di pool rayon, dan hasilnya ditulis ke
//! slot milik dokumen itu, tanpa `Arc`, `Mutex`, atau channel.
use std::panic;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Banyak kata di setiap dokumen, dalam urutan `docs`. Setiap dokumen
/// dihitung `count_words` dalam tugas rayon-nya sendiri.
fn word_counts(docs: &[String]) -> Vec<usize> {
    // LATIHAN: Kode ini ditolak compiler: `rayon::spawn` menuntut closure
    // 'static, padahal `slot` meminjam `counts` dan `doc` meminjam `docs`.
    // Perbaiki dengan `rayon::scope(|s| ...)` dan `s.spawn(...)`.
    //     let mut counts = vec![0; docs.len()];
    //     for (slot, doc) in counts.iter_mut().zip(docs) {
    //         rayon::spawn(move || *slot = count_words(doc));
    //     }
    //     counts
    let mut counts = vec![0; docs.len()];
    rayon::scope(|s| {
        for (slot, doc) in counts.iter_mut().zip(docs) {
            s.spawn(move |_| *slot = count_words(doc));
        }
    });
    counts
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const WANT: [usize; 6] = [10, 20, 30, 40, 50, 60];
static CALLS: AtomicUsize = AtomicUsize::new(0);
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static GAVE_UP: AtomicBool = AtomicBool::new(false);

/// Hitung kata satu dokumen. Panggilan pertama menunggu (sekali saja, paling
/// lama 1 detik) sampai ada dokumen lain yang dihitung bersamaan: tugas
/// `scope` yang lain pasti diambil thread pool yang menganggur.
fn count_words(doc: &str) -> usize {
    CALLS.fetch_add(1, SeqCst);
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
    doc.split_whitespace().count()
}

fn main() {
    // Dokumen ke-n berisi 10 x n kata.
    let doc = |n: usize| vec!["kata"; n * 10].join(" ");
    let docs: Vec<String> = (1..=6).map(doc).collect();
    let counts = run_reader(move || {
        // Pool sendiri berisi 4 thread, di mesin 1 core sekalipun.
        let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build();
        pool.unwrap().install(|| word_counts(&docs))
    });
    let counts = counts.unwrap_or_else(|e| {
        wrong(
            &e,
            "pakai `rayon::scope(|s| ...)` dan `s.spawn(move |_| ...)`.",
        )
    });
    let calls = CALLS.load(SeqCst);
    let peak = PEAK.load(SeqCst);
    println!("Banyak kata per dokumen: {counts:?}");
    println!("count_words dipanggil: {calls} kali");
    println!("Dokumen dihitung bersamaan paling banyak: {peak}");
    if counts != WANT {
        wrong(
            &format!("hasilnya {counts:?}, seharusnya {WANT:?}"),
            "setiap tugas menulis ke slot dokumennya sendiri; `scope` baru \
             kembali setelah semua tugas selesai, jadi `counts` sudah terisi \
             sesudahnya.",
        );
    }
    if calls != 6 {
        wrong(
            &format!("count_words dipanggil {calls} kali, bukan 6"),
            "satu tugas, satu panggilan `count_words`, per dokumen.",
        );
    }
    if peak < 2 {
        wrong(
            "tidak pernah ada dua dokumen yang dihitung bersamaan",
            "setiap dokumen dihitung di dalam `s.spawn(...)`; perulangan \
             biasa menghitungnya satu per satu.",
        );
    }
    println!("Benar: 6 dokumen, masing-masing dalam tugas rayon::scope.");
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
