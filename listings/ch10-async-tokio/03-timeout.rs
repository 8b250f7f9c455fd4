use std::time::{Duration, Instant};
use tokio::time::{sleep, timeout};

// ANCHOR: fetch
async fn fetch_data(name: &str, delay_ms: u64) -> String {
    println!("  {name}: mulai fetch...");
    sleep(Duration::from_millis(delay_ms)).await;
    println!("  {name}: selesai!");
    format!("Data dari {name}")
}
// ANCHOR_END: fetch

// ANCHOR: inti
#[tokio::main]
async fn main() {
    let limit = Duration::from_millis(300); // 3 detik di tutorial asli
    for (name, delay) in [("Fast-API", 100), ("Slow-API", 1000)] {
        let start = Instant::now();
        match timeout(limit, fetch_data(name, delay)).await {
            Ok(data) => println!("  Berhasil: {data}"),
            // Future yang kalah di-drop: fetch-nya berhenti di titik await.
            Err(_) => println!(
                "  Timeout! {name} menyerah setelah {} ms",
                start.elapsed().as_millis()
            ),
        }
    }
}
// ANCHOR_END: inti
