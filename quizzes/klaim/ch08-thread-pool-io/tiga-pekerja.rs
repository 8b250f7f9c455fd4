//! Soal: enam URL masing-masing 100 ms, pool berisi 3 pekerja.
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

fn fetch(_url: usize) {
    thread::sleep(Duration::from_millis(100));
}

fn main() {
    let start = Instant::now();
    for url in 0..6 {
        fetch(url);
    }
    println!("Berurutan: {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    let queue = Arc::new(Mutex::new((0..6).collect::<Vec<usize>>()));
    let workers: Vec<_> = (0..3)
        .map(|_| {
            let queue = Arc::clone(&queue);
            thread::spawn(move || {
                loop {
                    let next = queue.lock().unwrap().pop();
                    match next {
                        Some(url) => fetch(url),
                        None => break,
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    println!("Pool 3 pekerja: {} ms", start.elapsed().as_millis());
}
