//! Latihan 8.2: loop pekerja dan *shutdown* yang rapi. Setiap tugas yang
//! sudah masuk antrean tetap dikerjakan, lalu semua pekerja berhenti sendiri.
use crossbeam::channel;
use std::panic;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

type Job = Box<dyn FnOnce() + Send + 'static>;

struct ThreadPool {
    sender: channel::Sender<Job>,
    workers: Vec<thread::JoinHandle<usize>>,
}

/// Loop satu pekerja: kerjakan tugas dari antrean sampai antrean ditutup,
/// lalu kembalikan banyaknya tugas yang dikerjakan.
fn work(receiver: channel::Receiver<Job>) -> usize {
    // LATIHAN: Ambil tugas dengan `receiver.recv()` dan jalankan, sampai
    // `recv` gagal: itu tandanya antrean kosong DAN pengirimnya sudah
    // di-drop. Hitung tugas yang Anda kerjakan.
    let mut done = 0;
    while let Ok(job) = receiver.recv() {
        job();
        done += 1;
    }
    done
    // LATIHAN_END
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        let (sender, receiver) = channel::unbounded::<Job>();
        let workers = (0..size)
            .map(|_| {
                let receiver = receiver.clone();
                thread::spawn(move || work(receiver))
            })
            .collect();
        ThreadPool { sender, workers }
    }

    fn submit(&self, job: impl FnOnce() + Send + 'static) {
        self.sender.send(Box::new(job)).unwrap();
    }

    /// Tutup antrean, tunggu setiap pekerja, dan kembalikan jumlah tugas
    /// yang dikerjakan semua pekerja.
    fn shutdown(self) -> usize {
        // LATIHAN: Kode ini macet selamanya. Mengapa? Perbaiki.
        //     let mut total = 0;
        //     for worker in self.workers {
        //         total += worker.join().unwrap();
        //     }
        //     drop(self.sender);
        //     total
        drop(self.sender);
        let mut total = 0;
        for worker in self.workers {
            total += worker.join().unwrap();
        }
        total
        // LATIHAN_END
    }
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const WORKERS: usize = 3;
const JOBS: usize = 12;
static SHUTDOWN_CALLED: AtomicBool = AtomicBool::new(false);
static DONE: AtomicUsize = AtomicUsize::new(0);

/// Satu tugas: menunggu sampai `shutdown` dipanggil, baru bekerja 25 ms.
/// Jadi saat antrean ditutup, hampir semua tugas masih mengantre, dan
/// menghabiskannya butuh paling sedikit 4 x 25 ms.
fn job() {
    while !SHUTDOWN_CALLED.load(SeqCst) {
        thread::sleep(Duration::from_millis(1));
    }
    thread::sleep(Duration::from_millis(25));
    DONE.fetch_add(1, SeqCst);
}

fn main() {
    let reported = run_reader(|| {
        let pool = ThreadPool::new(WORKERS);
        for _ in 0..JOBS {
            pool.submit(job);
        }
        SHUTDOWN_CALLED.store(true, SeqCst);
        let reported = pool.shutdown();
        // Dibaca tepat setelah `shutdown` kembali.
        (reported, DONE.load(SeqCst))
    });
    let (reported, done) = reported.unwrap_or_else(|e| {
        let hint = if e.contains("tidak selesai") {
            "pekerja baru keluar dari loop bila `recv` gagal, dan `recv` \
             baru gagal setelah pengirimnya di-drop. Join menunggu \
             pekerja; siapa yang men-drop pengirimnya?"
        } else {
            "`recv()` mengembalikan `Err` bila antrean sudah ditutup dan \
             kosong: itu tanda berhenti, bukan galat. Jangan di-`unwrap`; \
             keluar dari loop (`while let Ok(job) = receiver.recv()`)."
        };
        wrong(&e, hint)
    });
    println!("Tugas dikirim: {JOBS}, pekerja: {WORKERS}");
    println!("Tugas selesai saat shutdown kembali: {done}");
    println!("Jumlah tugas menurut shutdown: {reported}");
    if done != JOBS {
        wrong(
            &format!("shutdown kembali saat baru {done} dari {JOBS} selesai"),
            "shutdown harus menunggu setiap pekerja (`join`) setelah \
             menutup antrean; pekerja menghabiskan antrean dulu.",
        );
    }
    if reported != JOBS {
        wrong(
            &format!("shutdown melaporkan {reported} tugas, bukan {JOBS}"),
            "jumlahkan nilai `join()` dari setiap pekerja; setiap pekerja \
             menghitung tugas yang ia kerjakan.",
        );
    }
    println!("Benar: {JOBS} tugas selesai, {WORKERS} pekerja berhenti.");
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
