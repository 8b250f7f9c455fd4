use std::hint::black_box;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

// Sama seperti penghitung di Bab 4: 10 thread x 100.000 tambahan.
const THREADS: usize = 10;
const PER_THREAD: usize = 100_000;
// Ukuran lain lewat argumen (tambahan per thread): `-- 10000000`.

fn main() {
    let per_thread = match std::env::args().nth(1) {
        None => Some(PER_THREAD),
        Some(a) => a.replace('_', "").parse().ok().filter(|&n| n > 0),
    };
    let Some(per_thread) = per_thread else {
        eprintln!("galat: tambahan per thread harus bilangan bulat positif, misalnya 10000000");
        std::process::exit(2);
    };
    println!("Thread: {THREADS}, tambahan per thread: {per_thread}");

    // ANCHOR: inti
    // 1. Satu Mutex untuk semua: setiap tambahan mengambil lock.
    let start = Instant::now();
    let counter = Mutex::new(0usize);
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..per_thread {
                    *counter.lock().unwrap() += 1;
                }
            });
        }
    });
    let total = counter.into_inner().unwrap();
    println!("Mutex:        total {total}, waktu {:.1} ms", ms(start));

    // 2. Satu AtomicUsize untuk semua: tanpa lock, tetapi tetap berebut
    //    satu alamat memori (cache line berpindah-pindah antar-core).
    let start = Instant::now();
    let counter = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..per_thread {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    let total = counter.into_inner();
    println!("AtomicUsize:  total {total}, waktu {:.1} ms", ms(start));

    // 3. Jumlah per thread: setiap thread menghitung di variabelnya sendiri,
    //    lalu hasilnya digabung SEKALI saat join. Tidak ada yang dibagi.
    let start = Instant::now();
    let total: usize = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    let mut local = 0usize;
                    for _ in 0..per_thread {
                        // black_box: cegah compiler melipat loop menjadi
                        // `local = per_thread`; setiap tambahan benar-benar terjadi.
                        local = black_box(local) + 1;
                    }
                    local
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    println!("Jumlah lokal: total {total}, waktu {:.1} ms", ms(start));
    // ANCHOR_END: inti
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}
