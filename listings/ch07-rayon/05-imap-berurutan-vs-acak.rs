use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: tugas
/// Item genap lebih lambat (60 ms) daripada item ganjil (20 ms), supaya urutan
/// selesai berbeda dari urutan masukan.
fn process_item(item: u64) -> u64 {
    let ms = if item.is_multiple_of(2) { 60 } else { 20 };
    thread::sleep(Duration::from_millis(ms));
    item * item
}
// ANCHOR_END: tugas

fn main() {
    // ANCHOR: imap
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .expect("pool gagal dibuat");
    let items: Vec<u64> = (0..8).collect();

    // Seperti pool.imap: satu channel per item, dibaca sesuai urutan masukan.
    // Hasil diambil satu per satu begitu yang *berikutnya* siap (lazy).
    let start = Instant::now();
    let receivers: Vec<mpsc::Receiver<u64>> = items
        .iter()
        .map(|&x| {
            let (tx, rx) = mpsc::channel();
            pool.spawn(move || tx.send(process_item(x)).unwrap());
            rx
        })
        .collect();
    println!("imap (urutan masukan):");
    for rx in receivers {
        let result = rx.recv().expect("tugas mengirim hasil");
        println!("  Dapat: {result} ({} ms)", start.elapsed().as_millis());
    }
    // ANCHOR_END: imap

    // ANCHOR: unordered
    // Seperti pool.imap_unordered: satu channel bersama, urutan selesai.
    let start = Instant::now();
    let (tx, rx) = mpsc::channel();
    for &x in &items {
        let tx = tx.clone();
        pool.spawn(move || tx.send((x, process_item(x))).unwrap());
    }
    drop(tx);
    println!("tanpa urutan (urutan selesai):");
    for (x, result) in rx {
        println!(
            "  Dapat: {result} dari item {x} ({} ms)",
            start.elapsed().as_millis()
        );
    }
    // ANCHOR_END: unordered
}
