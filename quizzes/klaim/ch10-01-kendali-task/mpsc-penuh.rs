//! Soal: `send().await` ke channel penuh yang penerimanya baru dipanggil
//! nanti di task yang sama menunggu selamanya. Batas 500 ms hanya supaya
//! program pendukung ini berhenti; tidak ada yang pernah memanggil `recv`.
use std::time::Duration;

#[tokio::main]
async fn main() {
    let run = async {
        let (tx, mut rx) = tokio::sync::mpsc::channel(2);
        for i in 1..=3 {
            tx.send(i).await.unwrap();
            println!("terkirim {i}");
        }
        drop(tx);
        while let Some(x) = rx.recv().await {
            println!("terima {x}");
        }
    };
    if tokio::time::timeout(Duration::from_millis(500), run).await.is_err() {
        println!("macet: send(3) masih menunggu setelah 500 ms");
    }
}
