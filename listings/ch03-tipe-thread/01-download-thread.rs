//! DownloadThread versi Rust: sebuah tipe yang membungkus `JoinHandle`, dan
//! `join` mengembalikan `Result` (bukan mengisi `self.result`/`self.error`).
use std::fmt;
use std::thread::{self, JoinHandle};
use std::time::Duration;

// ANCHOR: tipe
#[derive(Debug)]
enum DownloadError {
    NotFound(String),
    Panicked,
}

impl fmt::Display for DownloadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            DownloadError::NotFound(url) => {
                write!(f, "{url} tidak ditemukan (404)")
            }
            DownloadError::Panicked => write!(f, "thread pengunduh panic"),
        }
    }
}

struct DownloadThread {
    filename: String,
    handle: JoinHandle<Result<String, DownloadError>>,
}

impl DownloadThread {
    /// Membuat DAN memulai thread (Python: konstruktor lalu `start()`).
    fn start(url: &str, filename: &str) -> DownloadThread {
        let url = url.to_string();
        let handle = thread::Builder::new()
            .name(format!("Unduh-{filename}"))
            .spawn(move || download(&url))
            .expect("gagal membuat thread");
        DownloadThread {
            filename: filename.to_string(),
            handle,
        }
    }

    /// Menunggu thread selesai dan menyerahkan hasilnya, atau galatnya.
    fn join(self) -> Result<String, DownloadError> {
        match self.handle.join() {
            Ok(result) => result,
            Err(_panic) => Err(DownloadError::Panicked),
        }
    }
}
// ANCHOR_END: tipe

// ANCHOR: run
/// Isi thread (Python: method `run`). Alamat yang berakhiran `tidak-ada`
/// berpura-pura dijawab 404 oleh server.
fn download(url: &str) -> Result<String, DownloadError> {
    let me = thread::current();
    let name = me.name().unwrap_or("<tanpa nama>");
    println!("[{name}] Unduh dari {url}");
    thread::sleep(Duration::from_millis(200));
    if url.ends_with("tidak-ada") {
        println!("[{name}] Gagal");
        return Err(DownloadError::NotFound(url.to_string()));
    }
    println!("[{name}] Selesai");
    Ok(format!("Data dari {url}"))
}
// ANCHOR_END: run

fn main() {
    // ANCHOR: pakai
    let urls = [
        ("https://api.example.com/data1", "data1.json"),
        ("https://api.example.com/data2", "data2.json"),
        ("https://api.example.com/data3", "data3.json"),
        ("https://api.example.com/tidak-ada", "data4.json"),
    ];
    let threads: Vec<DownloadThread> = urls
        .iter()
        .map(|(url, filename)| DownloadThread::start(url, filename))
        .collect();

    let (mut ok, mut failed) = (0, 0);
    for t in threads {
        let filename = t.filename.clone();
        match t.join() {
            Ok(data) => {
                ok += 1;
                println!("  Hasil {filename}: {data}");
            }
            Err(e) => {
                failed += 1;
                println!("  Galat {filename}: {e}");
            }
        }
    }
    println!("Berhasil: {ok}, gagal: {failed}");
    // ANCHOR_END: pakai
}
