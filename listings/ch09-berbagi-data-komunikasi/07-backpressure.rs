use crossbeam::channel::{self, TrySendError};
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    // ANCHOR: try-send
    // Buffer hanya muat 2 item, dan belum ada konsumen.
    let (tx, rx) = channel::bounded::<u32>(2);
    for item in 0..3 {
        match tx.try_send(item) {
            Ok(()) => println!("try_send item {item}: masuk buffer"),
            Err(TrySendError::Full(i)) => {
                println!("try_send item {i}: PENUH, ditolak")
            }
            Err(TrySendError::Disconnected(_)) => unreachable!(),
        }
    }
    // ANCHOR_END: try-send

    // ANCHOR: send
    // Konsumen lambat: 50 ms per item.
    let start = Instant::now();
    let consumer = thread::spawn(move || {
        for item in rx {
            thread::sleep(Duration::from_millis(50));
            println!("  Konsumen selesai memproses item {item}");
        }
    });

    // Produsen cepat: `send` menunggu sampai ada tempat di buffer.
    for item in 2..7 {
        tx.send(item).unwrap();
        println!(
            "send item {item} masuk pada {} ms",
            start.elapsed().as_millis()
        );
    }
    println!("Produsen selesai pada {} ms", start.elapsed().as_millis());
    drop(tx);
    consumer.join().unwrap();
    // ANCHOR_END: send
}
