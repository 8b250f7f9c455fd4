use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: inti
/// Data bersama dengan method *sinkron*: guard-nya tidak mungkin
/// bertemu `.await`, karena method biasa tidak bisa `.await`.
#[derive(Default)]
struct Stats {
    hits: Mutex<u32>,
}

impl Stats {
    fn record(&self) {
        *self.hits.lock().unwrap() += 1;
    }
}

#[tokio::main]
async fn main() {
    let stats = Arc::new(Stats::default());
    let mut set = JoinSet::new();
    for _ in 0..100 {
        let stats = Arc::clone(&stats);
        set.spawn(async move {
            {
                let mut hits = stats.hits.lock().unwrap();
                *hits += 1;
            } // guard di-drop di sini, sebelum `.await`
            sleep(Duration::from_millis(10)).await;
            stats.record(); // cara kedua: lock di dalam method sinkron
        });
    }
    let done = set.join_all().await.len();
    let hits = *stats.hits.lock().unwrap();
    println!("Task selesai: {done}, hits: {hits}");
}
// ANCHOR_END: inti
