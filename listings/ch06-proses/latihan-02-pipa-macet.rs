//! Latihan 6.2: perbaiki induk yang macet. Lima pekerja menulis hasilnya ke
//! satu pipa (`std::io::pipe`), seperti anak-anak di Listing 6.1, dan induk
//! membaca semua barisnya sampai EOF. Pekerjanya thread, bukan proses, supaya
//! latihan ini bisa di-Run di Playground; pipanya pipa sistem operasi yang
//! sama, jadi aturannya pun sama.
use std::collections::BTreeSet;
use std::io::{self, BufRead, BufReader, PipeWriter, Write};
use std::panic;
use std::sync::atomic::{AtomicU32, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const WORKERS: u32 = 5;
/// Baris per pekerja. Semuanya sekitar 1 MB, jauh lebih banyak daripada yang
/// muat di pipa (di Linux biasanya 64 KiB).
const LINES: u32 = 10_000;

/// Pekerja yang sudah selesai menulis dan menutup ujung tulisnya.
static FINISHED: AtomicU32 = AtomicU32::new(0);

/// Satu pekerja: menulis `LINES` baris ke `out`, satu `write_all` per baris,
/// lalu menutup salinan ujung tulisnya (seperti anak yang berakhir).
fn worker(task: u32, mut out: PipeWriter) {
    for i in 0..LINES {
        let line = format!("tugas {task}: baris {i}\n");
        if out.write_all(line.as_bytes()).is_err() {
            return; // ujung baca sudah ditutup: tidak ada lagi yang mendengar
        }
    }
    drop(out);
    FINISHED.fetch_add(1, SeqCst);
}

/// Jalankan `WORKERS` pekerja, masing-masing di thread sendiri dengan salinan
/// ujung tulis pipa, lalu kembalikan semua baris yang mereka tulis.
fn collect_lines() -> io::Result<Vec<String>> {
    // LATIHAN: Kode ini macet. Perbaiki dengan menambah satu baris dan
    // memindah satu bagian; lihat daftar hal kecil di bawah Listing 6.1.
    //     let (reader, writer) = io::pipe()?;
    //     let mut workers = Vec::new();
    //     for task in 0..WORKERS {
    //         let out = writer.try_clone()?;
    //         workers.push(thread::spawn(move || worker(task, out)));
    //     }
    //     for w in workers {
    //         w.join().unwrap();
    //     }
    //     BufReader::new(reader).lines().collect()
    let (reader, writer) = io::pipe()?;
    let mut workers = Vec::new();
    for task in 0..WORKERS {
        let out = writer.try_clone()?;
        workers.push(thread::spawn(move || worker(task, out)));
    }
    drop(writer); // salinan induk: tanpa ini EOF tidak pernah datang
    let lines = BufReader::new(reader).lines().collect();
    for w in workers {
        w.join().unwrap();
    }
    lines
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let lines = match run_reader(collect_lines) {
        Ok(Ok(lines)) => lines,
        Ok(Err(e)) => wrong(
            &format!("`collect_lines` mengembalikan galat I/O: {e}"),
            "buat pipanya dengan `io::pipe()?` dan salin ujung tulisnya \
             dengan `try_clone()?`, satu salinan per pekerja.",
        ),
        Err(e) if e.contains("tidak selesai") => stuck(&e),
        Err(e) => wrong(&e, "lihat kode di petunjuk starter."),
    };
    let expected = (WORKERS * LINES) as usize;
    let seen: BTreeSet<&str> = lines.iter().map(String::as_str).collect();
    let intact = (0..WORKERS)
        .flat_map(|t| (0..LINES).map(move |i| format!("tugas {t}: baris {i}")))
        .all(|line| seen.contains(line.as_str()));
    println!(
        "Baris diterima: {} (diharapkan {expected}: {WORKERS} x {LINES})",
        lines.len()
    );
    if lines.len() != expected || !intact {
        wrong(
            "setiap baris setiap pekerja harus diterima tepat sekali dan utuh",
            "baca ujung baca dengan `BufReader::new(reader).lines()` sampai \
             habis (EOF).",
        );
    }
    println!("Setiap baris utuh dan diterima tepat sekali.");
    println!(
        "Benar: induk menutup ujung tulisnya, lalu membaca sampai EOF \
         sebelum menunggu."
    );
}

/// Putusan untuk induk yang macet: apakah pekerjanya ikut macet?
fn stuck(e: &str) -> ! {
    let finished = FINISHED.load(SeqCst);
    if finished == WORKERS {
        wrong(
            &format!(
                "{e}. Kelima pekerja sudah selesai menulis dan menutup ujung \
                 tulisnya, tetapi induk tidak pernah mendapat EOF"
            ),
            "EOF baru datang setelah SEMUA salinan ujung tulis ditutup, \
             termasuk `writer` milik induk sendiri. Tutup dengan \
             `drop(writer)` setelah pekerja terakhir dibuat.",
        );
    }
    wrong(
        &format!(
            "{e}. {} dari {WORKERS} pekerja masih tertahan di `write_all`: \
             pipanya penuh dan belum ada yang membaca",
            WORKERS - finished
        ),
        "induk menunggu (`join`) pekerja sebelum membaca, padahal pekerja baru \
         bisa selesai setelah keluarannya dibaca. Baca pipa sampai EOF dulu, \
         baru `join`.",
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 5 detik. Panic
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
    let result = done.recv_timeout(Duration::from_secs(5));
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err("kode Anda tidak selesai dalam 5 detik".to_string()),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
