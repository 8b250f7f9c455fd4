//! Banyak koneksi yang sebagian besar menunggu: 1000 tugas async di SATU
//! thread OS (runtime tokio `current_thread`).
use std::collections::HashSet;
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};
use tokio::task::JoinSet;

// ANCHOR: inti
/// Satu "koneksi": menunggu klien selama 100 ms, lalu menjawab.
/// Selama menunggu, thread-nya bebas melayani koneksi lain.
async fn handle_connection(id: u64) -> (u64, ThreadId) {
    tokio::time::sleep(Duration::from_millis(100)).await;
    (id, thread::current().id())
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // Fase 1: lima koneksi dilayani satu per satu.
    let start = Instant::now();
    for id in 0..5 {
        handle_connection(id).await;
    }
    let one_by_one = start.elapsed();

    // Fase 2: seribu koneksi sekaligus, di thread yang sama.
    let start = Instant::now();
    let mut connections = JoinSet::new();
    for id in 0..1000 {
        connections.spawn(handle_connection(id));
    }
    let mut served = 0;
    let mut ids = HashSet::new();
    let mut threads = HashSet::new();
    while let Some(done) = connections.join_next().await {
        let (id, thread) = done.expect("tugas koneksi panic");
        served += 1;
        ids.insert(id);
        threads.insert(thread);
    }
    let all_at_once = start.elapsed();

    println!("5 koneksi satu per satu: {} ms", one_by_one.as_millis());
    let estimate = one_by_one.as_millis() * 1000 / 5;
    println!("Perkiraan 1000 koneksi satu per satu: {estimate} ms");
    println!("1000 koneksi sekaligus: {} ms", all_at_once.as_millis());
    println!("Koneksi terlayani: {served}");
    println!("Id koneksi yang berbeda: {}", ids.len());
    println!("Thread OS yang dipakai: {}", threads.len());
    // ANCHOR_END: inti
}
