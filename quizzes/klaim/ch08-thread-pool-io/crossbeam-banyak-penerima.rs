//! Soal: penerima crossbeam bisa di-clone; setiap tugas diambil satu pekerja.
use crossbeam::channel;
use std::thread;

fn main() {
    let (tx, rx) = channel::unbounded::<u32>();
    let workers: Vec<_> = (0..3)
        .map(|_| {
            let rx = rx.clone(); // std::sync::mpsc::Receiver tidak punya clone
            thread::spawn(move || rx.iter().count())
        })
        .collect();
    for job in 0..10 {
        tx.send(job).unwrap();
    }
    drop(tx);
    let taken: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
    println!("Tugas diambil: {taken} dari 10");
}
