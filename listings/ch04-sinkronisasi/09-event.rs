use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::Duration;

// ANCHOR: event
/// `threading.Event` versi Rust: sebuah flag di dalam Mutex, plus Condvar
/// untuk membangunkan thread yang menunggu flag itu menjadi `true`.
struct Event {
    flag: Mutex<bool>,
    cond: Condvar,
}

impl Event {
    const fn new() -> Self {
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

fn main() {
    // ANCHOR: main
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
    // ANCHOR_END: main
}
