//! Latihan 3.2: penghitung per thread dengan `thread_local!`. Setiap pekerja
//! melaporkan berapa item yang ia proses SENDIRI.
use std::cell::Cell;
use std::panic;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

thread_local! {
    /// Berapa item yang sudah diproses thread INI (setiap thread punya
    /// salinannya).
    static HANDLED: Cell<u32> = const { Cell::new(0) };
}

/// Semua item yang diproses, oleh semua thread bersama-sama.
static TOTAL: AtomicU32 = AtomicU32::new(0);

/// Proses satu item: hitung di total bersama dan di hitungan thread ini.
fn handle_item() {
    TOTAL.fetch_add(1, Ordering::SeqCst);
    count_here();
}

/// Catat satu item untuk thread yang sedang berjalan.
fn count_here() {
    // LATIHAN: Tambah satu ke hitungan milik thread ini (`HANDLED`).
    HANDLED.set(HANDLED.get() + 1);
    // LATIHAN_END
}

/// Hitungan milik thread yang sedang berjalan.
fn counted_here() -> u32 {
    // LATIHAN: Kembalikan hitungan milik thread ini.
    HANDLED.get()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const WORK: [u32; 3] = [3, 5, 7];

fn main() {
    let (reports, main_count) = run_reader(Duration::from_secs(5), || {
        let handles: Vec<_> = WORK
            .iter()
            .map(|&n| {
                thread::spawn(move || {
                    for _ in 0..n {
                        handle_item();
                    }
                    counted_here()
                })
            })
            .collect();
        let reports = handles.into_iter().map(|h| h.join().unwrap());
        let reports: Vec<u32> = reports.collect();
        (reports, counted_here())
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "`HANDLED.get()` dan `HANDLED.set(..)` membaca dan mengubah \
             salinan thread ini.",
        )
    });
    println!("Item per pekerja: {WORK:?}");
    println!("Laporan pekerja: {reports:?}");
    println!("Total bersama: {}", TOTAL.load(Ordering::SeqCst));
    println!("Hitungan thread pemeriksa (tidak memproses item): {main_count}");
    if reports != WORK || main_count != 0 {
        wrong(
            &format!("laporan seharusnya {WORK:?} dan thread pemeriksa 0"),
            "hitungan milik thread lain ikut terbaca. Simpan hitungan di \
             `HANDLED` (thread-local), bukan di variabel yang dibagi semua \
             thread.",
        );
    }
    println!(
        "Benar: setiap pekerja melihat hitungannya sendiri, dan \
         totalnya 15."
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
