use crossbeam::channel::{self, Receiver};
use crossbeam::select;
use std::thread;
use std::time::Duration;

// ANCHOR: producer
/// Produsen di thread sendiri: `count` pesan, satu setiap `ms` milidetik.
fn producer(prefix: &'static str, count: u32, ms: u64) -> Receiver<String> {
    let (tx, rx) = channel::unbounded();
    thread::spawn(move || {
        for i in 1..=count {
            thread::sleep(Duration::from_millis(ms));
            tx.send(format!("{prefix}{i}")).unwrap();
        }
        // `tx` di-drop di sini: channel ini ditutup.
    });
    rx
}
// ANCHOR_END: producer

fn main() {
    // ANCHOR: inti
    let mut sensor = producer("suhu-", 4, 30);
    let mut news = producer("berita-", 3, 45);
    let mut open = 2;

    while open > 0 {
        // Tunggu pesan dari channel mana pun yang lebih dulu siap.
        select! {
            recv(sensor) -> msg => match msg {
                Ok(m) => println!("Dari sensor: {m}"),
                Err(_) => {
                    println!("Channel sensor ditutup");
                    sensor = channel::never(); // jangan dipilih lagi
                    open -= 1;
                }
            },
            recv(news) -> msg => match msg {
                Ok(m) => println!("Dari berita: {m}"),
                Err(_) => {
                    println!("Channel berita ditutup");
                    news = channel::never();
                    open -= 1;
                }
            },
        }
    }
    println!("Kedua channel ditutup, selesai");
    // ANCHOR_END: inti
}
