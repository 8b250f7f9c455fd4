//! Latihan 5.2: perbaiki kode yang ditolak compiler. Empat thread mencatat
//! hasilnya ke satu daftar bersama.
use std::collections::HashSet;
use std::panic;
use std::sync::{Arc, Mutex, mpsc};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Thread yang pernah menjalankan `square`, untuk pemeriksa.
static WORKERS: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());

/// Kuadrat `x` (mencatat thread yang menghitungnya).
fn square(x: u64) -> u64 {
    WORKERS.lock().unwrap().push(thread::current().id());
    x * x
}

/// Kuadrat 1, 2, 3, dan 4, masing-masing dihitung `square` di thread-nya
/// sendiri dan dicatat ke satu daftar bersama. Urutan daftarnya bebas.
fn squares_in_threads() -> Vec<u64> {
    // LATIHAN: Kode ini ditolak compiler (E0277): `Rc` dan `RefCell` tidak
    // boleh menyeberang ke thread lain. Ganti keduanya dengan padanannya
    // yang aman untuk banyak thread.
    //     use std::{cell::RefCell, rc::Rc};
    //     let results = Rc::new(RefCell::new(Vec::new()));
    //     let mut handles = Vec::new();
    //     for x in 1..=4 {
    //         let results = Rc::clone(&results);
    //         handles.push(thread::spawn(move || {
    //             results.borrow_mut().push(square(x));
    //         }));
    //     }
    //     for handle in handles {
    //         handle.join().unwrap();
    //     }
    //     results.take()
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for x in 1..=4 {
        let results = Arc::clone(&results);
        handles.push(thread::spawn(move || {
            results.lock().unwrap().push(square(x));
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    let list = results.lock().unwrap();
    list.clone()
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

fn main() {
    let (mut got, caller) = run_reader(Duration::from_secs(5), || {
        (squares_in_threads(), thread::current().id())
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "`Arc` menggantikan `Rc`, `Mutex` menggantikan `RefCell`.",
        )
    });
    got.sort();
    println!("Daftar bersama (diurutkan): {got:?}");
    if got != [1, 4, 9, 16] {
        wrong(
            &format!("daftarnya {got:?}, seharusnya [1, 4, 9, 16]"),
            "setiap thread mendorong satu kuadrat ke daftar, dan daftar baru \
             dibaca setelah SEMUA thread di-`join`.",
        );
    }
    let workers = WORKERS.lock().unwrap();
    let workers: HashSet<&ThreadId> = workers.iter().collect();
    if workers.len() != 4 || workers.contains(&caller) {
        wrong(
            "keempat kuadrat harus dihitung di empat thread baru, bukan di \
             thread pemanggil",
            "panggil `square(x)` DI DALAM closure \
             `thread::spawn(move || ...)`, satu thread per bilangan.",
        );
    }
    println!("Benar: 4 thread mengisi satu daftar lewat Arc<Mutex<Vec<u64>>>.");
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
