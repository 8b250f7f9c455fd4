use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

// Saklar loom (Bab 13): dengan `--cfg loom`, model loom memakai berkas ini
// apa adanya, hanya Mutex dan Condvar-nya diganti versi loom.
#[allow(unexpected_cfgs)] // Playground tidak mengenal cfg `loom`
mod sync {
    #[cfg(loom)]
    pub use crate::loom_sync::{Condvar, Mutex};
    #[cfg(not(loom))]
    pub use std::sync::{Condvar, Mutex};
}
use self::sync::{Condvar, Mutex};

// ANCHOR: semaphore
/// Semaphore penghitung: `permits` izin; `acquire` menunggu sampai ada izin.
struct Semaphore {
    permits: Mutex<usize>,
    cond: Condvar,
}

/// Izin RAII: selama nilai ini hidup, satu izin terpakai. Saat di-drop,
/// izin dikembalikan dan satu thread yang menunggu dibangunkan.
struct Permit<'a> {
    sem: &'a Semaphore,
}

impl Semaphore {
    fn new(permits: usize) -> Self {
        Semaphore {
            permits: Mutex::new(permits),
            cond: Condvar::new(),
        }
    }

    fn acquire(&self) -> Permit<'_> {
        let permits = self.permits.lock().unwrap();
        let mut permits = self.cond.wait_while(permits, |p| *p == 0).unwrap();
        *permits -= 1;
        Permit { sem: self }
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.sem.permits.lock().unwrap() += 1;
        self.sem.cond.notify_one();
    }
}
// ANCHOR_END: semaphore

// ANCHOR: main
fn main() {
    let start = Instant::now();
    let db = Semaphore::new(3); // maksimal 3 koneksi bersamaan
    // Tiga penghitung statistik. `Relaxed` cukup: masing-masing hanya diubah
    // dengan operasi baca-ubah-tulis, dan urutannya terhadap izin sudah
    // dijamin oleh Mutex di dalam semaphore (izin dikembalikan setelah
    // `fetch_sub`, diambil sebelum `fetch_add`).
    let active = AtomicUsize::new(0); // pemegang izin saat ini
    let peak = AtomicUsize::new(0); // pemegang terbanyak yang pernah tercatat
    let done = AtomicUsize::new(0);

    thread::scope(|s| {
        for id in 0..8 {
            let (db, active, peak, done) = (&db, &active, &peak, &done);
            s.spawn(move || {
                println!("Query {id} menunggu koneksi...");
                let _permit = db.acquire();
                let now = active.fetch_add(1, Ordering::Relaxed) + 1;
                peak.fetch_max(now, Ordering::Relaxed);
                println!("Query {id} mendapat koneksi (aktif: {now})");
                thread::sleep(Duration::from_millis(200)); // simulasi query
                active.fetch_sub(1, Ordering::Relaxed);
                done.fetch_add(1, Ordering::Relaxed);
                println!("Query {id} selesai");
            }); // `_permit` di-drop di akhir closure: izin kembali
        }
    });

    println!("Puncak koneksi bersamaan: {}", peak.load(Ordering::Relaxed));
    println!("Jumlah query selesai: {}", done.load(Ordering::Relaxed));
    println!("Waktu total: {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: main
