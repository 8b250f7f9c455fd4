//! Soal: `timeout` 300 ms di sekitar fetch 1000 ms, lalu tidur satu detik lagi.
use std::time::Duration;
use tokio::time::timeout;

async fn fetch_data(name: &str, ms: u64) -> String {
    println!("mulai");
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("selesai");
    format!("Data dari {name}")
}

#[tokio::main]
async fn main() {
    match timeout(Duration::from_millis(300), fetch_data("Slow-API", 1000)).await {
        Ok(data) => println!("{data}"),
        Err(_) => println!("Timeout!"),
    }
    tokio::time::sleep(Duration::from_millis(1000)).await;
    println!("akhir");
}
