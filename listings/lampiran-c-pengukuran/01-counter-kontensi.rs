use std::hint::black_box;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

// Sama seperti penghitung di Bab 4: 10 thread x 100.000 tambahan.
const THREADS: usize = 10;
const PER_THREAD: usize = 100_000;
// Ukuran lain lewat argumen: `-- TAMBAHAN ULANG`, misalnya `-- 3000000 15`
// (tambahan per thread; cara ketiga diulang 15 kali dan waktunya dirata-rata).

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .map(|a| a.replace('_', "").parse::<usize>().ok());
    let per_thread = args.next().unwrap_or(Some(PER_THREAD)).filter(|&n| n > 0);
    let repeat = args.next().unwrap_or(Some(1)).filter(|&n| n > 0);
    let (Some(per_thread), Some(repeat)) = (per_thread, repeat) else {
        eprintln!("galat: TAMBAHAN dan ULANG harus bilangan bulat positif, misalnya 3000000 15");
        std::process::exit(2);
    };
    println!(
        "Thread: {THREADS}, tambahan per thread: {per_thread}, cara ketiga diulang {repeat} kali"
    );

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
    let mut total = 0;
    for _ in 0..repeat {
        total = thread::scope(|s| {
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
            handles
                .into_iter()
                .map(|h| h.join().unwrap())
                .sum::<usize>()
        });
    }
    let each = ms(start) / repeat as f64;
    println!("Jumlah lokal: total {total}, waktu {each:.1} ms");
    // ANCHOR_END: inti
}

fn ms(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}
