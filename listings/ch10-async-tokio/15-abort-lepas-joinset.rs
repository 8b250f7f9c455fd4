use std::future::pending;
use std::time::Duration;
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: pamit
/// Ikut pindah ke dalam future sebuah task. Kalau future itu di-drop
/// sebelum selesai, destruktornya melapor lewat channel.
struct Farewell {
    name: &'static str,
    log: UnboundedSender<String>,
    done: bool,
}

impl Drop for Farewell {
    fn drop(&mut self) {
        if !self.done {
            let msg = format!("{}: future di-drop sebelum selesai", self.name);
            let _ = self.log.send(msg);
        }
    }
}

/// Menunggu `ms` milidetik; `None` = menunggu jawaban yang tak pernah datang.
async fn job(mut farewell: Farewell, ms: Option<u64>) {
    match ms {
        Some(ms) => sleep(Duration::from_millis(ms)).await,
        None => pending::<()>().await,
    }
    farewell.done = true;
    let _ = farewell.log.send(format!("{}: selesai", farewell.name));
}
// ANCHOR_END: pamit

#[tokio::main]
async fn main() {
    // ANCHOR: inti
    let (log, mut reports) = unbounded_channel();
    let farewell = |name| Farewell {
        name,
        log: log.clone(),
        done: false,
    };

    // 1. JoinHandle di-drop: task dilepas (detach), tetap berjalan.
    drop(tokio::spawn(job(farewell("A"), Some(50))));

    // 2. abort(): task dibatalkan; await handle-nya memberi JoinError.
    let b = tokio::spawn(job(farewell("B"), None));
    b.abort();
    let err = b.await.unwrap_err();
    println!("B: JoinError, is_cancelled() = {}", err.is_cancelled());

    // 3. JoinSet di-drop: semua task di dalamnya dibatalkan.
    let mut set = JoinSet::new();
    set.spawn(job(farewell("C"), None));
    set.spawn(job(farewell("D"), None));
    drop(set);

    // Channel tertutup setelah `log` dan semua Farewell di-drop.
    drop(log);
    while let Some(line) = reports.recv().await {
        println!("{line}");
    }
    println!("Semua future sudah selesai atau di-drop");
    // ANCHOR_END: inti
}
