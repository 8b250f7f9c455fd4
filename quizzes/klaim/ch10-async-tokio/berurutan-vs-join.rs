//! Soal: `fetch(200).await; fetch(300).await;` dibanding `tokio::join!`.
use std::time::{Duration, Instant};

async fn fetch(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    fetch(200).await;
    fetch(300).await;
    println!("A: {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    tokio::join!(fetch(200), fetch(300), fetch(100));
    println!("B: {} ms", start.elapsed().as_millis());
}
