//! Latihan 6.3: bagi sebuah array menjadi potongan untuk beberapa pekerja,
//! seperti `Array` yang diisi dua proses di Listing 6.3, tetapi untuk jumlah
//! pekerja berapa pun.
use std::collections::HashSet;
use std::panic;
use std::sync::{Mutex, mpsc};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Potongan yang pernah diisi: (thread, indeks awal, panjang), untuk
/// pemeriksa.
static PARTS: Mutex<Vec<(ThreadId, usize, usize)>> = Mutex::new(Vec::new());

/// Isi `part` dengan kuadrat indeks elemennya di array asal; `start` adalah
/// indeks asal elemen pertama `part`.
fn fill(part: &mut [i32], start: usize) {
    let me = thread::current().id();
    PARTS.lock().unwrap().push((me, start, part.len()));
    for (k, x) in part.iter_mut().enumerate() {
        let i = (start + k) as i32;
        *x = i * i;
    }
}

/// Isi seluruh `data` (tidak kosong) lewat `fill`, dengan paling banyak
/// `workers` thread (`workers` >= 1), satu potongan bersebelahan per thread.
fn fill_in_parallel(data: &mut [i32], workers: usize) {
    // LATIHAN: Bagi `data` dengan `chunks_mut` menjadi PALING BANYAK
    // `workers` potongan yang sama panjang (yang terakhir boleh lebih
    // pendek), lalu isi setiap potongan dengan `fill` di thread-nya sendiri
    // (`thread::scope`). Berapa indeks awal setiap potongan?
    let size = data.len().div_ceil(workers);
    thread::scope(|s| {
        for (n, part) in data.chunks_mut(size).enumerate() {
            s.spawn(move || fill(part, n * size));
        }
    });
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

/// (panjang array, jumlah pekerja). Yang pertama persis Listing 6.3.
const CASES: [(usize, usize); 5] = [(10, 2), (10, 3), (10, 4), (7, 7), (3, 5)];

fn main() {
    for (len, workers) in CASES {
        PARTS.lock().unwrap().clear();
        let run = run_reader(move || {
            let mut data = vec![-1; len];
            fill_in_parallel(&mut data, workers);
            (data, thread::current().id())
        });
        let case = format!("{len} elemen, {workers} pekerja");
        let (data, caller) = run.unwrap_or_else(|e| {
            let hint = if e.contains("chunk size") {
                "ukuran potongan harus minimal 1: `chunks_mut(0)` panic. \
                 Bulatkan pembagiannya ke atas: `len.div_ceil(workers)`."
            } else {
                "buat potongan dengan `data.chunks_mut(ukuran)` di dalam \
                 `thread::scope`."
            };
            wrong(&format!("untuk {case} {e}"), hint)
        });
        let mut parts = PARTS.lock().unwrap().clone();
        parts.sort_by_key(|&(_, start, _)| start);
        let ranges: Vec<String> = parts
            .iter()
            .map(|&(_, start, n)| format!("{start}..{}", start + n))
            .collect();
        println!("{case}: potongan [{}]", ranges.join(", "));
        let squares: Vec<i32> = (0..len as i32).map(|i| i * i).collect();
        if data != squares {
            let what = format!("untuk {case} isinya {data:?}");
            wrong(
                &format!("{what}, seharusnya {squares:?}"),
                "setiap elemen harus diisi `fill` tepat sekali, dengan `start` \
                 = indeks asal elemen pertama potongannya (nomor potongan x \
                 ukuran potongan).",
            );
        }
        let threads: HashSet<ThreadId> = parts.iter().map(|p| p.0).collect();
        if threads.len() != parts.len() || threads.contains(&caller) {
            wrong(
                &format!("untuk {case} ada potongan tanpa thread baru"),
                "panggil `fill` di dalam `s.spawn(move || ...)`, satu thread \
                 per potongan.",
            );
        }
        if parts.len() > workers {
            let hint = if parts.len() == len {
                "satu thread per elemen terlalu banyak: buat potongan \
                 sepanjang `len.div_ceil(workers)` elemen."
            } else {
                "`len / workers` dibulatkan ke bawah, jadi potongannya \
                 terlalu kecil dan terlalu banyak. Bulatkan ke atas: \
                 `len.div_ceil(workers)`."
            };
            let n = parts.len();
            wrong(&format!("untuk {case} Anda memakai {n} thread"), hint);
        }
        let fair = len.div_ceil(workers);
        if parts.iter().any(|&(_, _, n)| n > fair) {
            wrong(
                &format!("untuk {case} ada potongan lebih dari {fair} elemen"),
                "bagi sama rata: setiap potongan `len.div_ceil(workers)` \
                 elemen, kecuali yang terakhir.",
            );
        }
    }
    println!(
        "Benar: paling banyak satu potongan per pekerja, sama rata, \
         semuanya terisi."
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
