use std::thread;
use std::time::Duration;

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

// ANCHOR: event
/// `threading.Event` versi Rust: sebuah flag di dalam Mutex, plus Condvar
/// untuk membangunkan thread yang menunggu flag itu menjadi `true`.
struct Event {
    flag: Mutex<bool>,
    cond: Condvar,
}

impl Event {
    fn new() -> Self {
        Event {
            flag: Mutex::new(false),
            cond: Condvar::new(),
        }
    }

    fn set(&self) {
        *self.flag.lock().unwrap() = true;
        self.cond.notify_all(); // bangunkan SEMUA yang menunggu
    }

    fn wait(&self) {
        let flag = self.flag.lock().unwrap();
        // `wait_while` tidur selama flag masih false; bangun palsu (spurious
        // wake-up) ditangani di dalamnya: kondisi diperiksa ulang.
        let _flag = self.cond.wait_while(flag, |set| !*set).unwrap();
    }
}
// ANCHOR_END: event

// ANCHOR: main
fn main() {
    let ready = Event::new();

    thread::scope(|s| {
        s.spawn(|| {
            println!("Produsen: menyiapkan data...");
            thread::sleep(Duration::from_millis(300)); // simulasi persiapan
            println!("Produsen: data siap!");
            ready.set();
        });
        for i in 0..3 {
            let ready = &ready;
            s.spawn(move || {
                println!("Konsumen-{i}: menunggu data...");
                ready.wait();
                println!("Konsumen-{i}: data diterima, mulai proses!");
            });
        }
    });
}
// ANCHOR_END: main
