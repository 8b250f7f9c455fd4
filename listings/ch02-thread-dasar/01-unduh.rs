//! Tiga "unduhan" (disimulasikan dengan `sleep`): berurutan, lalu konkuren
//! dengan satu thread per berkas.
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: unduh
/// Simulasi mengunduh berkas: sebagian besar waktunya menunggu jaringan.
fn download_file(name: &str, ms: u64) {
    println!("Mulai unduh {name}...");
    thread::sleep(Duration::from_millis(ms));
    println!("{name} selesai ({ms} ms)");
}
// ANCHOR_END: unduh

fn main() {
    // ANCHOR: berurutan
    println!("=== Berurutan ===");
    let start = Instant::now();
    download_file("file_a.zip", 200);
    download_file("file_b.zip", 300);
    download_file("file_c.zip", 100);
    println!("Total berurutan: {} ms", start.elapsed().as_millis());
    // ANCHOR_END: berurutan

    // ANCHOR: konkuren
    println!("=== Konkuren ===");
    let start = Instant::now();
    let t1 = thread::spawn(|| download_file("file_a.zip", 200));
    let t2 = thread::spawn(|| download_file("file_b.zip", 300));
    let t3 = thread::spawn(|| download_file("file_c.zip", 100));
    t1.join().unwrap(); // tunggu t1 selesai
    t2.join().unwrap(); // tunggu t2 selesai
    t3.join().unwrap(); // tunggu t3 selesai
    println!("Total konkuren: {} ms", start.elapsed().as_millis());
    // ANCHOR_END: konkuren
}
