//! Lima thread dibuat dalam loop, lalu semuanya ditunggu.
use std::thread;
use std::time::Duration;

// ANCHOR: inti
fn worker(task_id: u64) -> u64 {
    let me = thread::current();
    let name = me.name().unwrap_or("<tanpa nama>");
    println!("  Tugas {task_id} mulai (thread: {name})");
    thread::sleep(Duration::from_millis(150));
    println!("  Tugas {task_id} selesai");
    task_id * task_id
}

fn main() {
    let mut handles = Vec::new();
    for i in 0..5 {
        let handle = thread::Builder::new()
            .name(format!("pekerja-{i}"))
            .spawn(move || worker(i))
            .expect("gagal membuat thread");
        handles.push(handle);
    }

    // Tunggu semua selesai; `join` juga mengembalikan hasil tiap thread.
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.join().unwrap());
    }
    println!("Semua tugas selesai! Hasil sesuai urutan pembuatan: {results:?}");
    // ANCHOR_END: inti
}
