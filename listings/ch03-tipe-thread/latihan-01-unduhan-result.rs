//! Latihan 3.1: thread yang mengembalikan `Result`. Galat yang diharapkan
//! (alamat rusak) pulang lewat `join` sebagai `Err`, bukan sebagai panic.
use std::panic;
use std::sync::mpsc;
use std::thread::{self, JoinHandle};
use std::time::Duration;

#[derive(Debug, PartialEq)]
struct DownloadError {
    url: String,
    reason: String,
}

/// "Server" pura-pura: menunggu sebentar, lalu menjawab ukuran berkas, atau
/// galat untuk alamat yang berakhiran `rusak`.
fn fetch(url: &str) -> Result<usize, String> {
    thread::sleep(Duration::from_millis(20));
    if url.ends_with("rusak") {
        Err("404 tidak ditemukan".to_string())
    } else {
        Ok(url.len() * 100)
    }
}

struct Download {
    url: String,
}

impl Download {
    /// Mulai unduhan di thread sendiri; hasilnya kembali lewat `join`.
    fn start(self) -> JoinHandle<Result<usize, DownloadError>> {
        // LATIHAN: Jalankan `fetch(&self.url)` di thread baru. Kembalikan
        // `Ok(ukuran)` bila berhasil, atau `Err(DownloadError { .. })` yang
        // menyebut alamat dan alasannya bila gagal. Jangan panic!
        thread::spawn(move || {
            fetch(&self.url).map_err(|reason| DownloadError {
                url: self.url,
                reason,
            })
        })
        // LATIHAN_END
    }
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const URLS: [&str; 3] = [
    "http://contoh/a",
    "http://contoh/rusak", // berakhiran `rusak`: `fetch` gagal
    "http://contoh/bb",
];

fn main() {
    let results = run_reader(Duration::from_secs(5), || {
        let handles: Vec<_> = URLS
            .iter()
            .map(|u| Download { url: u.to_string() }.start())
            .collect();
        let results: Vec<_> = handles.into_iter().map(|h| h.join()).collect();
        results
    })
    .unwrap_or_else(|e| {
        wrong(
            &e,
            "galat yang bisa diduga (alamat rusak) bukan alasan untuk panic. \
             Kembalikan `Err(DownloadError { .. })` dari closure thread: \
             pemanggil menerimanya lewat `join`.",
        )
    });
    for (url, r) in URLS.iter().zip(&results) {
        match r {
            Ok(inner) => println!("{url}: {inner:?}"),
            Err(_) => println!("{url}: thread panic"),
        }
        let expected = fetch(url).map_err(|reason| DownloadError {
            url: url.to_string(),
            reason,
        });
        match r {
            Ok(got) if *got == expected => {}
            Ok(Err(e)) if e.url != *url => wrong(
                &format!("galat untuk {url} menyebut alamat {:?}", e.url),
                "isi `url` dengan alamat unduhan itu, supaya pemanggil tahu \
                 mana yang gagal.",
            ),
            _ => wrong(
                &format!("hasil untuk {url} seharusnya {expected:?}"),
                "`fetch` sudah memberi ukuran atau alasan; cukup bungkus \
                 alasannya dengan alamatnya.",
            ),
        }
    }
    println!(
        "Benar: 2 unduhan Ok dan 1 Err yang menyebut alamatnya, semuanya \
         lewat `join`."
    );
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu. Panic (juga di
/// thread yang ia buat) tidak dicetak sebagai jejak, tetapi dilaporkan.
fn run_reader<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(limit);
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!(
            "Belum dikerjakan: ganti `todo!()` dengan kode Anda, lalu \
             jalankan lagi."
        );
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err(format!(
            "kode Anda tidak selesai dalam {} detik",
            limit.as_secs()
        )),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
