use crossbeam::channel;
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
/// Simulasi mengambil URL. Jedanya tetap (100 ms untuk URL pertama, lalu
/// 10 ms lebih cepat per URL) dan URL ke-4 selalu gagal, supaya hasilnya
/// bisa diperiksa; tidak ada yang acak.
fn fetch_url(index: usize, url: &str) -> Result<(u16, usize), String> {
    thread::sleep(Duration::from_millis(100 - 10 * index as u64));
    if index == 3 {
        return Err("503 Service Unavailable".to_string());
    }
    Ok((200, url.len() * 1000))
}
// ANCHOR_END: fetch

// ANCHOR: pool
type Job = Box<dyn FnOnce() + Send + 'static>;

/// Pool berukuran tetap: `size` thread yang bergantian mengambil tugas dari
/// satu channel crossbeam (banyak penerima boleh membaca channel yang sama).
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
                // Loop berakhir ketika semua pengirim sudah di-drop.
                thread::spawn(move || receiver.iter().for_each(|job| job()))
            })
            .collect();
        ThreadPool {
            sender: Some(sender),
            workers,
        }
    }

    fn submit(&self, job: impl FnOnce() + Send + 'static) {
        self.sender.as_ref().unwrap().send(Box::new(job)).unwrap();
    }
}

impl Drop for ThreadPool {
    /// Seperti keluar dari blok `with`: tutup antrean, tunggu semua pekerja.
    fn drop(&mut self) {
        drop(self.sender.take());
        for worker in self.workers.drain(..) {
            worker.join().unwrap();
        }
    }
}
// ANCHOR_END: pool

fn main() {
    // ANCHOR: inti
    let start = Instant::now();
    for (i, url) in URLS.into_iter().enumerate() {
        let _ = fetch_url(i, url); // satu per satu, hasilnya tidak dipakai
    }
    println!("Berurutan: 6 URL, waktu {} ms", start.elapsed().as_millis());

    let start = Instant::now();
    let pool = ThreadPool::new(6);
    let (tx, rx) = channel::unbounded();
    for (i, url) in URLS.into_iter().enumerate() {
        let tx = tx.clone();
        pool.submit(move || tx.send((url, fetch_url(i, url))).unwrap());
    }
    drop(tx);
    // Seperti as_completed: yang selesai duluan dicetak duluan.
    for (url, result) in rx {
        match result {
            Ok((status, size)) => {
                println!("  ✅ {url} → {status} ({size} byte)")
            }
            Err(e) => println!("  ❌ {url} → galat: {e}"),
        }
    }
    drop(pool);
    let pool_ms = start.elapsed().as_millis();
    println!("Thread pool (6 pekerja): waktu {pool_ms} ms");
    // ANCHOR_END: inti
}
