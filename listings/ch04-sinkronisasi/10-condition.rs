use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::Duration;

fn main() {
    // ANCHOR: inti
    // Pasangan Mutex + Condvar menggantikan `threading.Condition`: datanya
    // (antrean) tinggal di dalam Mutex.
    let buffer = Mutex::new(VecDeque::new());
    let not_empty = Condvar::new();

    thread::scope(|s| {
        // Produsen
        s.spawn(|| {
            for i in 0..5 {
                thread::sleep(Duration::from_millis(100));
                let mut queue = buffer.lock().unwrap();
                queue.push_back(i);
                println!("Diproduksi: {i}");
                not_empty.notify_one(); // bangunkan konsumen yang menunggu
            }
        });

        // Konsumen
        s.spawn(|| {
            loop {
                let queue = buffer.lock().unwrap();
                // Tidur selama antrean kosong. `wait_while` memeriksa ulang
                // kondisinya setiap kali bangun, jadi bangun palsu aman.
                let mut queue = not_empty.wait_while(queue, |q| q.is_empty()).unwrap();
                let item = queue.pop_front().unwrap();
                println!("Dikonsumsi: {item}");
                if item == 4 {
                    break;
                }
            }
        });
    });
    // ANCHOR_END: inti
    println!("Produsen dan konsumen selesai");
}
