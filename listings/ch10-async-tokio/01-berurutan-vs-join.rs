use std::time::{Duration, Instant};
use tokio::time::sleep;

// ANCHOR: fetch
async fn fetch_data(name: &str, delay_ms: u64) -> String {
    println!("  {name}: mulai fetch...");
    let start = Instant::now();
    sleep(Duration::from_millis(delay_ms)).await; // tidak memblokir thread
    println!("  {name}: selesai! ({} ms)", start.elapsed().as_millis());
    format!("Data dari {name}")
}
// ANCHOR_END: fetch

// ANCHOR: main
#[tokio::main]
async fn main() {
    println!("=== Berurutan ===");
    let start = Instant::now();
    let r1 = fetch_data("API-1", 200).await;
    let r2 = fetch_data("API-2", 300).await;
    println!("  Hasil: {:?}", [r1, r2]);
    println!("  Waktu berurutan: {} ms\n", start.elapsed().as_millis());

    println!("=== Bersamaan dengan join! ===");
    let start = Instant::now();
    let (a, b, c) = tokio::join!(
        fetch_data("API-1", 200),
        fetch_data("API-2", 300),
        fetch_data("API-3", 100),
    );
    println!("  Hasil: {:?}", [a, b, c]);
    println!("  Waktu join!: {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: main
