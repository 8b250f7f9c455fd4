//! Soal: `load` lalu `store` pada satu `AtomicUsize`. Barrier memaksa urutan
//! terburuk secara pasti: kedua thread membaca sebelum ada yang menulis.
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

fn load_then_store(order: Ordering) -> usize {
    let counter = AtomicUsize::new(0);
    let barrier = Barrier::new(2);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                let v = counter.load(order);
                barrier.wait();
                counter.store(v + 1, order);
            });
        }
    });
    counter.load(Ordering::SeqCst)
}

fn main() {
    println!(
        "load lalu store, Relaxed: {}",
        load_then_store(Ordering::Relaxed)
    );
    println!(
        "load lalu store, SeqCst: {}",
        load_then_store(Ordering::SeqCst)
    );
    let counter = AtomicUsize::new(0);
    let barrier = Barrier::new(2);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                barrier.wait();
                counter.fetch_add(1, Ordering::Relaxed);
            });
        }
    });
    println!("fetch_add: {}", counter.load(Ordering::Relaxed));
}
