use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: pekerja
/// Bekerja selangkah demi selangkah sampai diminta berhenti, lalu
/// membereskan pekerjaannya sendiri (boleh dengan `.await`).
async fn worker(id: u32, mut stop: watch::Receiver<bool>) -> u32 {
    let mut steps = 0;
    loop {
        tokio::select! {
            // `changed()` aman dibatalkan: cocok dipakai di dalam loop.
            _ = stop.changed() => break,
            _ = sleep(Duration::from_millis(20)) => steps += 1,
        }
    }
    sleep(Duration::from_millis(10)).await; // "menyimpan progres"
    println!("  pekerja {id}: berhenti rapi, progres {steps} langkah disimpan");
    steps
}
// ANCHOR_END: pekerja

#[tokio::main]
async fn main() {
    // ANCHOR: inti
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut set = JoinSet::new();
    for id in 1..=3 {
        set.spawn(worker(id, stop_rx.clone()));
    }
    sleep(Duration::from_millis(100)).await;
    println!("Mengirim sinyal berhenti");
    stop_tx.send(true).unwrap();
    let reports = set.join_all().await;
    println!("Pekerja yang berhenti sendiri: {}", reports.len());
    // ANCHOR_END: inti
}
