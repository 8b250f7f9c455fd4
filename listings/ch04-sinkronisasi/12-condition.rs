use std::collections::VecDeque;
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

// ANCHOR: inti
// Pasangan Mutex + Condvar menggantikan `threading.Condition`: datanya
// (antrean) tinggal di dalam Mutex.

/// Produsen: taruh satu item, lalu bangunkan konsumen yang menunggu.
fn produce(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar, item: u32) {
    let mut queue = buffer.lock().unwrap();
    queue.push_back(item);
    println!("Diproduksi: {item}");
    not_empty.notify_one(); // bangunkan konsumen yang menunggu
}

/// Konsumen: tidur selama antrean kosong, lalu ambil item terdepan.
fn consume(buffer: &Mutex<VecDeque<u32>>, not_empty: &Condvar) -> u32 {
    let queue = buffer.lock().unwrap();
    // Tidur selama antrean kosong. `wait_while` memeriksa ulang kondisinya
    // setiap kali bangun, jadi bangun palsu aman.
    let mut queue = not_empty.wait_while(queue, |q| q.is_empty()).unwrap();
    queue.pop_front().unwrap()
}

fn main() {
    let buffer = Mutex::new(VecDeque::new());
    let not_empty = Condvar::new();

    thread::scope(|s| {
        s.spawn(|| {
            for i in 0..5 {
                thread::sleep(Duration::from_millis(100));
                produce(&buffer, &not_empty, i);
            }
        });
        s.spawn(|| {
            loop {
                let item = consume(&buffer, &not_empty);
                println!("Dikonsumsi: {item}");
                if item == 4 {
                    break;
                }
            }
        });
    });
    println!("Produsen dan konsumen selesai");
}
// ANCHOR_END: inti
