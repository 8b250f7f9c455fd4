//! Latihan 2.1: satu thread per masukan, hasil dalam urutan MASUKAN, walaupun
//! thread-thread itu selesai dalam urutan lain.
use std::cell::RefCell;
use std::panic;
use std::sync::{Condvar, Mutex, mpsc};
use std::thread;
use std::time::Duration;

const INPUTS: [u64; 5] = [3, 1, 4, 5, 2];

/// Masukan yang sudah selesai dikuadratkan, dan yang thread-nya sudah berakhir.
static FINISHED: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static EXITED: Mutex<Vec<u64>> = Mutex::new(Vec::new());
static CHANGED: Condvar = Condvar::new();

/// Dicatat ke `EXITED` saat thread pemiliknya berakhir (destruktor
/// thread-local).
struct ExitMark(u64);

impl Drop for ExitMark {
    fn drop(&mut self) {
        EXITED.lock().unwrap().push(self.0);
        CHANGED.notify_all();
    }
}

thread_local! {
    static EXIT_MARK: RefCell<Option<ExitMark>> = const { RefCell::new(None) };
}

/// Kuadrat `x`, "lambat": baru selesai setelah thread-thread untuk masukan
/// yang lebih besar berakhir. Jadi thread selesai dalam urutan 5, 4, 3, 2, 1,
/// bukan urutan masukan, seperti unduhan yang lamanya tidak bisa ditebak.
fn slow_square(x: u64) -> u64 {
    let mut exited = EXITED.lock().unwrap();
    while INPUTS.iter().any(|&y| y > x && !exited.contains(&y)) {
        exited = CHANGED.wait(exited).unwrap();
    }
    drop(exited);
    FINISHED.lock().unwrap().push(x);
    EXIT_MARK.set(Some(ExitMark(x)));
    x * x
}

/// Kuadrat setiap masukan, masing-masing di thread sendiri.
fn squares_in_threads(inputs: Vec<u64>) -> Vec<u64> {
    // LATIHAN: Buat satu thread per masukan yang memanggil `slow_square`,
    // lalu kembalikan hasilnya dalam urutan MASUKAN.
    let handles: Vec<_> = inputs
        .into_iter()
        .map(|x| thread::spawn(move || slow_square(x)))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let got = run_reader(Duration::from_secs(3), || {
        squares_in_threads(INPUTS.to_vec())
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "`slow_square(3)` baru selesai setelah thread untuk 4 dan 5 \
             berakhir. Kalau Anda menunggu (`join`) setiap thread tepat \
             setelah membuatnya, thread untuk 4 dan 5 tidak pernah dibuat. \
             Buat SEMUA thread dulu (satu per masukan), baru tunggu.",
        )
    });
    let finished = FINISHED.lock().unwrap().clone();
    let expected: Vec<u64> = INPUTS.iter().map(|x| x * x).collect();
    println!("Masukan: {INPUTS:?}");
    println!("Urutan selesai: {finished:?}");
    println!("Hasil Anda: {got:?}");
    if got == expected {
        println!(
            "Benar: {} hasil dalam urutan masukan, walaupun thread selesai \
             dalam urutan lain.",
            got.len()
        );
        return;
    }
    let mut sorted = got.clone();
    sorted.sort();
    let mut want_sorted = expected.clone();
    want_sorted.sort();
    let hint = if sorted == want_sorted {
        "hasilnya lengkap, tetapi tersusun menurut urutan thread SELESAI. \
         Simpan JoinHandle dalam urutan masukan, lalu `join` satu per satu: \
         nilai kembalian `join` datang dalam urutan itu."
    } else {
        "setiap masukan harus punya tepat satu hasil, kuadratnya, di posisi \
         yang sama."
    };
    wrong(&format!("hasil seharusnya {expected:?}"), hint);
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
