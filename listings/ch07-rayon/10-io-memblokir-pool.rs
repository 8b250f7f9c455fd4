use rayon::prelude::*;
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: io
/// I/O yang memblokir (membaca jaringan, query database): 50 ms menunggu,
/// nyaris tanpa kerja CPU.
fn blocking_io(id: u64) -> u64 {
    thread::sleep(Duration::from_millis(50));
    id
}
// ANCHOR_END: io

fn main() {
    println!(
        "Thread di pool global rayon mesin ini: {}",
        rayon::current_num_threads()
    );

    // ANCHOR: inti
    // Pool 2 thread, sebesar pool global di mesin 2 core. Ukurannya ditetapkan
    // supaya hasilnya sama di mesin mana pun.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("pool gagal dibuat");

    // 8 tugas I/O di pool 2 thread: hanya 2 yang bisa menunggu sekaligus.
    let start = Instant::now();
    let done: Vec<u64> = pool.install(|| {
        // `install`: par_iter di dalamnya memakai pool 2 thread ini.
        (0..8).into_par_iter().map(blocking_io).collect()
    });
    let pool_ms = start.elapsed().as_millis();
    println!(
        "Pool rayon 2 thread: {} tugas I/O, waktu {pool_ms} ms",
        done.len()
    );

    // 8 tugas I/O, masing-masing di thread biasa: kedelapannya menunggu
    // bersamaan.
    let start = Instant::now();
    let done: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|id| s.spawn(move || blocking_io(id))) // satu thread per tugas
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let threads_ms = start.elapsed().as_millis();
    println!(
        "8 thread biasa: {} tugas I/O, waktu {threads_ms} ms",
        done.len()
    );
    // ANCHOR_END: inti
    println!("Satu tugas I/O: 50 ms; pool 2 thread: 8 / 2 = 4 putaran");
}
