use crossbeam::channel;
use std::panic::{self, AssertUnwindSafe};
use std::thread;
use std::time::Duration;

const URLS: [&str; 6] = [
    "https://api.example.com/users",
    "https://api.example.com/posts",
    "https://api.example.com/comments",
    "https://api.example.com/albums",
    "https://api.example.com/photos",
    "https://api.example.com/todos",
];

// ANCHOR: fetch
/// URL ke-3 memicu bug (panic) di "parser"; yang lain berhasil.
fn fetch_url(index: usize, url: &str) -> String {
    thread::sleep(Duration::from_millis(50));
    if index == 2 {
        panic!("bug di parser JSON untuk {url}");
    }
    "200 OK".to_string()
}
// ANCHOR_END: fetch

type Job = Box<dyn FnOnce() + Send + 'static>;

// ANCHOR: pool
struct ThreadPool {
    sender: channel::Sender<Job>,
    workers: Vec<thread::JoinHandle<usize>>,
}

/// Loop satu pekerja; mengembalikan jumlah tugas yang ia kerjakan.
fn work(id: usize, receiver: channel::Receiver<Job>) -> usize {
    let mut done = 0;
    // `recv` gagal hanya bila antrean kosong DAN semua pengirim
    // sudah di-drop.
    while let Ok(job) = receiver.recv() {
        job();
        done += 1;
    }
    println!("Pekerja {id}: antrean ditutup, berhenti setelah {done} tugas");
    done
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        let (sender, receiver) = channel::unbounded::<Job>();
        let workers = (0..size)
            .map(|id| {
                let receiver = receiver.clone();
                thread::Builder::new()
                    .name(format!("pekerja-{id}"))
                    .spawn(move || work(id, receiver))
                    .expect("thread gagal dibuat")
            })
            .collect();
        ThreadPool { sender, workers }
    }

    /// Kirim tugas; hasilnya (atau panic-nya) datang lewat channel
    /// sebagai `Result`.
    fn submit<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> R + Send + 'static,
    ) -> channel::Receiver<thread::Result<R>> {
        let (tx, rx) = channel::bounded(1);
        let job = move || {
            // Panic ditangkap di sini, jadi thread pekerja tetap hidup.
            let _ = tx.send(panic::catch_unwind(AssertUnwindSafe(f)));
        };
        self.sender.send(Box::new(job)).unwrap();
        rx
    }

    /// Shutdown yang rapi: drop pengirim, lalu join setiap pekerja.
    fn shutdown(self) -> usize {
        drop(self.sender);
        self.workers.into_iter().map(|w| w.join().unwrap()).sum()
    }
}
// ANCHOR_END: pool

fn main() {
    // ANCHOR: inti
    let pool = ThreadPool::new(3);
    let futures: Vec<_> = URLS
        .into_iter()
        .enumerate()
        .map(|(i, url)| (url, pool.submit(move || fetch_url(i, url))))
        .collect();
    for (url, future) in futures {
        match future.recv().unwrap() {
            Ok(body) => println!("  ✅ {url} → {body}"),
            Err(payload) => {
                let text = payload.downcast_ref::<String>();
                let msg = text.map_or("?", String::as_str);
                println!("  ❌ {url} → galat: panic: {msg}");
            }
        }
    }
    let total = pool.shutdown();
    println!("Semua pekerja sudah di-join; total tugas dikerjakan: {total}");
    // ANCHOR_END: inti
}
