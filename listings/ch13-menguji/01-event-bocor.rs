use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: saklar
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
// ANCHOR_END: saklar

// ANCHOR: event
/// Event yang SALAH: `wait` memeriksa flag dan tidur dengan dua lock terpisah.
struct LeakyEvent {
    flag: Mutex<bool>,
    cond: Condvar,
}

impl LeakyEvent {
    fn new() -> Self {
        LeakyEvent {
            flag: Mutex::new(false),
            cond: Condvar::new(),
        }
    }

    fn set(&self) {
        *self.flag.lock().unwrap() = true;
        self.cond.notify_all();
    }

    fn wait(&self) {
        if *self.flag.lock().unwrap() {
            return; // jalur cepat: sudah di-set
        }
        // BUG: lock pertama sudah dilepas. Bila `set()` terjadi utuh di
        // celah ini, notify_all-nya hilang dan wait di bawah tidur selamanya.
        let flag = self.flag.lock().unwrap();
        let _flag = self.cond.wait(flag).unwrap();
    }
}
// ANCHOR_END: event

const RUNS: u32 = 10_000;

fn main() {
    // ANCHOR: stres
    let start = Instant::now();
    let mut hung = 0;
    for _ in 0..RUNS {
        let event = LeakyEvent::new();
        thread::scope(|s| {
            let waiter = s.spawn(|| event.wait());
            event.set();
            // Beri penunggu 1 detik; lebih dari itu berarti ia menggantung.
            let deadline = Instant::now() + Duration::from_secs(1);
            while !waiter.is_finished() && Instant::now() < deadline {
                thread::yield_now();
            }
            if !waiter.is_finished() {
                hung += 1;
                // Selamatkan penunggu supaya uji stres bisa lanjut.
                while !waiter.is_finished() {
                    event.cond.notify_all();
                    thread::sleep(Duration::from_millis(1));
                }
            }
        });
    }
    println!("Uji stres LeakyEvent: {RUNS} run");
    println!("Run yang menggantung: {hung}");
    // ANCHOR_END: stres
    println!("Waktu: {} ms", start.elapsed().as_millis());
}
