use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

// ANCHOR: inti
/// "Koneksi" tiruan: satu perintah terdiri dari dua langkah dengan
/// `.await` di antaranya, dan tidak boleh diselingi perintah lain.
struct Connection {
    log: Vec<String>,
}

impl Connection {
    async fn command(&mut self, name: &str) {
        self.log.push(format!("{name}: kirim"));
        sleep(Duration::from_millis(20)).await; // menunggu jawaban server
        self.log.push(format!("{name}: jawaban"));
    }
}

#[tokio::main]
async fn main() {
    let conn = Arc::new(Mutex::new(Connection { log: Vec::new() }));
    let start = Instant::now();
    let mut set = JoinSet::new();
    for name in ["A", "B", "C"] {
        let conn = Arc::clone(&conn);
        set.spawn(async move {
            // Guard tokio boleh hidup melewati `.await` di dalam command.
            let mut guard = conn.lock().await;
            guard.command(name).await;
        });
    }
    set.join_all().await;
    for line in &conn.lock().await.log {
        println!("  {line}");
    }
    println!("Waktu total: {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: inti
