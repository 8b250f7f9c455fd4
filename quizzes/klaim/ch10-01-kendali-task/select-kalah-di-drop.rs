//! Soal: cabang `select!` yang kalah di-drop dan tidak pernah dilanjutkan.
use std::time::Duration;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    tokio::select! {
        biased;
        _ = sleep(Duration::from_millis(50)) => println!("timer menang"),
        _ = async {
            sleep(Duration::from_millis(200)).await;
            println!("B selesai");
        } => println!("B menang"),
    }
    sleep(Duration::from_millis(400)).await;
    println!("akhir");
}
