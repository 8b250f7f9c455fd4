use crossbeam::channel;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

const URLS: [&str; 6] = [
    "https://api.example.com/users",
    "https://api.example.com/posts",
    "https://api.example.com/comments",
    "https://api.example.com/albums",
    "https://api.example.com/photos",
    "https://api.example.com/todos",
];

// ANCHOR: fetch
/// Jeda tetap per indeks (100, 90, ..., 50 ms); URL ke-4 selalu gagal.
fn fetch_url((index, url): (usize, &str)) -> Result<u16, String> {
    thread::sleep(Duration::from_millis(100 - 10 * index as u64));
    println!("  (selesai: {url})");
    if index == 3 {
        return Err("503 Service Unavailable".to_string());
    }
    Ok(200)
}
// ANCHOR_END: fetch

type Job = Box<dyn FnOnce() + Send + 'static>;

struct ThreadPool {
    sender: Option<channel::Sender<Job>>,
    workers: Vec<thread::JoinHandle<()>>,
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        let (sender, receiver) = channel::unbounded::<Job>();
        let workers = (0..size)
            .map(|_| {
                let receiver = receiver.clone();
                thread::spawn(move || receiver.iter().for_each(|job| job()))
            })
            .collect();
        ThreadPool {
            sender: Some(sender),
            workers,
        }
    }

    // ANCHOR: map
    /// Seperti executor.map: jalankan `f` untuk setiap item di pool, lalu
    /// kembalikan hasilnya dalam urutan *masukan*, apa pun urutan selesainya.
    fn map<T, R, F>(&self, items: Vec<T>, f: F) -> Vec<R>
    where
        T: Send + 'static,
        R: Send + 'static,
        F: Fn(T) -> R + Send + Sync + 'static,
    {
        let f = Arc::new(f);
        let (tx, rx) = channel::unbounded();
        let n = items.len();
        for (i, item) in items.into_iter().enumerate() {
            let (tx, f) = (tx.clone(), Arc::clone(&f));
            let job = move || tx.send((i, f(item))).unwrap();
            self.sender.as_ref().unwrap().send(Box::new(job)).unwrap();
        }
        drop(tx);
        // Setiap hasil membawa indeksnya; taruh di slot yang benar.
        let mut slots: Vec<Option<R>> = (0..n).map(|_| None).collect();
        for (i, result) in rx {
            slots[i] = Some(result);
        }
        slots
            .into_iter()
            .map(|r| r.expect("setiap tugas mengirim hasil"))
            .collect()
    }
    // ANCHOR_END: map
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.sender.take());
        self.workers.drain(..).for_each(|w| w.join().unwrap());
    }
}

fn main() {
    // ANCHOR: inti
    let start = Instant::now();
    let pool = ThreadPool::new(3);
    let items: Vec<_> = URLS.into_iter().enumerate().collect();
    let results = pool.map(items, fetch_url);
    println!("Hasil (urutan masukan, 3 pekerja):");
    for (url, result) in URLS.iter().zip(&results) {
        println!("  {url} → {result:?}");
    }
    println!("URL diambil: {}", results.len());
    println!("Waktu: {} ms", start.elapsed().as_millis());
    // ANCHOR_END: inti
}
