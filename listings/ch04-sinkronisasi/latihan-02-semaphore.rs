//! Latihan 4.2: semaphore penghitung dari `Mutex` dan variabel kondisi, dengan
//! izin yang dikembalikan lewat RAII.
use std::panic;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use probe::Signal;

/// Paling banyak `permits` pemegang izin sekaligus.
struct Semaphore {
    permits: Mutex<usize>,
    /// Dipakai persis seperti `Condvar`: `wait_while`, `notify_one`,
    /// `notify_all` (ditambah hitungan untuk pemeriksa).
    cond: Signal,
}

/// Izin RAII: selama nilai ini hidup, satu izin terpakai.
struct Permit<'a> {
    sem: &'a Semaphore,
}

impl Semaphore {
    fn new(permits: usize) -> Self {
        let permits = Mutex::new(permits);
        Semaphore {
            permits,
            cond: Signal::default(),
        }
    }

    fn acquire(&self) -> Permit<'_> {
        // LATIHAN: Kunci `self.permits`, tunggu dengan `self.cond.wait_while`
        // selama izin habis, ambil satu izin, lalu kembalikan `Permit`.
        let permits = self.permits.lock().unwrap();
        let mut permits = self.cond.wait_while(permits, |p| *p == 0);
        *permits -= 1;
        Permit { sem: self }
        // LATIHAN_END
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        // LATIHAN: Kembalikan izinnya ke `self.sem.permits`, lalu bangunkan
        // satu thread yang menunggu.
        *self.sem.permits.lock().unwrap() += 1;
        self.sem.cond.notify_one();
        // LATIHAN_END
    }
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const WORKERS: usize = 8;
const LIMIT: usize = 3;
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static DONE: AtomicUsize = AtomicUsize::new(0);

/// Satu pekerja. Ia memegang izinnya sampai ada pekerja lain yang tidur
/// menunggu izin (atau sampai tidak ada lagi yang bisa datang): jadwal yang
/// memaksa semaphore benar-benar menahan dan membangunkan thread.
fn worker(sem: &Semaphore) {
    let permit = sem.acquire();
    let now = ACTIVE.fetch_add(1, SeqCst) + 1;
    PEAK.fetch_max(now, SeqCst);
    loop {
        let waiting = sem.cond.sleepers() > 0;
        let (active, done) = (ACTIVE.load(SeqCst), DONE.load(SeqCst));
        if waiting || active > LIMIT || active + done == WORKERS {
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }
    ACTIVE.fetch_sub(1, SeqCst);
    DONE.fetch_add(1, SeqCst);
    drop(permit);
}

fn main() {
    let waited = run_reader(|| {
        let sem = Semaphore::new(LIMIT);
        thread::scope(|s| {
            for _ in 0..WORKERS {
                s.spawn(|| worker(&sem));
            }
        });
    });
    let (peak, done) = (PEAK.load(SeqCst), DONE.load(SeqCst));
    println!("Pekerja selesai: {done} dari {WORKERS}");
    println!("Puncak pemegang izin bersamaan: {peak} (batas {LIMIT})");
    if peak > LIMIT {
        wrong(
            &format!("{peak} pekerja memegang izin bersamaan"),
            "`acquire` harus MENUNGGU selama izin habis, baru mengurangi: \
             `self.cond.wait_while(guard, |p| *p == 0)`.",
        );
    }
    if let Err(e) = waited {
        wrong(
            &e,
            "pekerja yang tidur di `wait_while` hanya bangun bila ada yang \
             memanggil `notify_one` (atau `notify_all`) setelah izin \
             dikembalikan. Apakah `drop` melakukannya?",
        );
    }
    if peak < LIMIT {
        wrong(
            &format!("hanya {peak} pekerja yang pernah berjalan bersamaan"),
            "tiga izin berarti tiga pemegang boleh berjalan bersamaan; tunggu \
             hanya selama izinnya NOL.",
        );
    }
    println!("Benar: {done} pekerja selesai, paling banyak {LIMIT} bersamaan.");
}

/// `Condvar` yang juga menghitung thread yang sedang tidur di dalamnya.
mod probe {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::{Condvar, MutexGuard};

    #[derive(Default)]
    pub struct Signal {
        cond: Condvar,
        sleepers: AtomicUsize,
    }

    impl Signal {
        pub fn wait_while<'a, T>(
            &self,
            guard: MutexGuard<'a, T>,
            mut condition: impl FnMut(&mut T) -> bool,
        ) -> MutexGuard<'a, T> {
            // Dihitung sambil memegang lock, tepat sebelum benar-benar tidur.
            let mut counted = false;
            let check = |value: &mut T| {
                let sleep = condition(value);
                if sleep && !counted {
                    self.sleepers.fetch_add(1, SeqCst);
                    counted = true;
                }
                sleep
            };
            let guard = self.cond.wait_while(guard, check);
            let guard = guard.unwrap_or_else(|e| e.into_inner());
            if counted {
                self.sleepers.fetch_sub(1, SeqCst);
            }
            guard
        }
        pub fn notify_one(&self) {
            self.cond.notify_one();
        }
        #[allow(dead_code)] // boleh dipakai sebagai ganti `notify_one`
        pub fn notify_all(&self) {
            self.cond.notify_all();
        }
        pub fn sleepers(&self) -> usize {
            self.sleepers.load(SeqCst)
        }
    }
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
