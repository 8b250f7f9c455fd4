//! Latihan 9.3: hitung kata dari beberapa baris, satu thread per baris, ke
//! dalam SATU `HashMap` bersama.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic;
use std::sync::{Arc, Mutex, mpsc};
use std::thread::{self, ThreadId};
use std::time::Duration;

const LINES: [&str; 4] = ["satu dua tiga", "dua tiga", "tiga", "dua tiga tiga"];

/// Thread yang pernah memanggil `words`, untuk pemeriksa.
static WORKERS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());

/// Kata-kata dalam satu baris (mencatat thread yang memanggilnya).
fn words(line: &'static str) -> impl Iterator<Item = &'static str> {
    WORKERS.lock().unwrap().push(thread::current().id());
    line.split_whitespace()
}

/// Berapa kali setiap kata muncul di `lines`. Setiap baris dihitung oleh
/// thread-nya sendiri, dan semua thread menambah map yang sama.
fn count_words(lines: Vec<&'static str>) -> HashMap<&'static str, usize> {
    // LATIHAN: Buat `Arc<Mutex<HashMap>>`, lalu satu thread per baris yang
    // menambah hitungan setiap kata dari `words(line)` ke map itu. Setelah
    // semua thread di-join, keluarkan map-nya dengan `Arc::into_inner`.
    let counts = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();
    for line in lines {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in words(line) {
                *counts.lock().unwrap().entry(word).or_insert(0) += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    Arc::into_inner(counts).unwrap().into_inner().unwrap()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let limit = Duration::from_secs(2);
    let got = run_reader(limit, || {
        (count_words(LINES.to_vec()), thread::current().id())
    });
    let (counts, caller) = got.unwrap_or_else(|e| {
        wrong(
            &e,
            "join semua thread dulu; baru sesudahnya `Arc::into_inner` \
             mendapat satu-satunya `Arc` dan mengembalikan `Some`.",
        )
    });
    // BTreeMap supaya urutan cetaknya tetap.
    let counts: BTreeMap<_, _> = counts.into_iter().collect();
    let workers = WORKERS.lock().unwrap().clone();
    println!("Hitungan Anda: {counts:?}");
    let want = BTreeMap::from([("dua", 3), ("satu", 1), ("tiga", 5)]);
    if counts.is_empty() && !workers.is_empty() {
        wrong(
            "map yang dikembalikan kosong, padahal thread-thread sudah \
             menghitung",
            "setiap thread menambah SALINAN map-nya sendiri, seperti proses \
             Python tanpa `Manager`. Bagikan satu map lewat \
             `Arc<Mutex<HashMap>>`, dan setiap thread mendapat \
             `Arc::clone`-nya.",
        );
    }
    if counts != want {
        wrong(
            &format!("hitungan seharusnya {want:?}"),
            "tambahkan satu untuk setiap kemunculan: \
             `*map.entry(word).or_insert(0) += 1`. `insert(word, 1)` \
             menimpa hitungan yang sudah ada.",
        );
    }
    let distinct: HashSet<ThreadId> = workers.iter().copied().collect();
    let n = LINES.len();
    let one_each = workers.len() == n && distinct.len() == n;
    if !one_each || workers.contains(&caller) {
        wrong(
            "setiap baris harus dihitung di thread barunya sendiri",
            "panggil `words(line)` di dalam `thread::spawn(move || ...)`, \
             satu thread per baris.",
        );
    }
    println!(
        "Benar: {} baris dihitung di {} thread, semuanya ke satu map bersama.",
        LINES.len(),
        distinct.len()
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
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
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
