use std::sync::Barrier;
use std::thread;
use std::time::Duration;

fn main() {
    let barrier = Barrier::new(3); // 3 thread harus berkumpul

    thread::scope(|s| {
        for id in 0..3u64 {
            let barrier = &barrier;
            s.spawn(move || {
                println!("Worker {id}: menyiapkan...");
                // Lama persiapan berbeda: 0, 100, 200 ms.
                thread::sleep(Duration::from_millis(100 * id));
                println!("Worker {id}: siap, menunggu yang lain...");
                let result = barrier.wait(); // tertahan sampai ketiganya tiba
                let role = if result.is_leader() {
                    " (pemimpin)"
                } else {
                    ""
                };
                println!("Worker {id}: mulai eksekusi bersama!{role}");
            });
        }
    });
}
