//! Latihan 11.1: ambil 12 halaman dengan paling banyak 4 permintaan
//! sekaligus, seperti `scrape_all` di Listing 11.1 (tanpa jaringan: servernya
//! tiruan).
use std::collections::BTreeMap;
use std::panic;
use std::sync::Arc;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Satu halaman yang sudah diambil.
#[derive(Debug)]
struct Page {
    url: String,
    bytes: usize,
}

/// "Mengunduh" satu halaman dari server tiruan di bawah.
async fn fetch(url: String) -> Page {
    let bytes = server::respond(&url).await;
    Page { url, bytes }
}

/// Ambil semua `urls` dengan `fetch`, paling banyak `limit` sekaligus.
/// Urutan hasil bebas.
async fn fetch_all(urls: Vec<String>, limit: usize) -> Vec<Page> {
    // LATIHAN: Buat satu tugas per URL di sebuah `JoinSet`. Setiap tugas
    // memegang izin dari `Semaphore::new(limit)` selama `fetch` berjalan.
    // Lalu kumpulkan semua hasilnya dengan `join_next`.
    let permits = Arc::new(Semaphore::new(limit));
    let mut tasks = JoinSet::new();
    for url in urls {
        let permits = Arc::clone(&permits);
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.unwrap();
            fetch(url).await
        });
    }
    let mut pages = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        pages.push(joined.unwrap());
    }
    pages
    // LATIHAN_END
}

// ---------------------------------------------------------------------------
// Pemeriksa: menjalankan kode Anda lalu mencetak putusan. Tidak perlu diubah.

const PAGES: usize = 12;
const LIMIT: usize = 4;

fn main() {
    let urls: Vec<String> = (1..=PAGES).map(server::url).collect();
    let result = run_reader(move || {
        // Runtime satu thread: tugas dijalankan bergiliran dalam urutan
        // dibuat, jadi jadwalnya sama di setiap run.
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap();
        let pages = rt.block_on(fetch_all(urls, LIMIT));
        pages
            .into_iter()
            .map(|p| (p.url, p.bytes))
            .collect::<Vec<_>>()
    });
    let requests = server::requests();
    let peak = server::peak();
    let asked: usize = requests.values().sum();
    println!("Permintaan yang diterima server: {asked}");
    println!("Puncak permintaan bersamaan: {peak} (batas {LIMIT})");
    if let Some((url, n)) = requests.iter().find(|(_, n)| **n > 1) {
        wrong(
            &format!("{url} diminta {n} kali"),
            "panggil `fetch` tepat sekali untuk setiap URL.",
        );
    }
    if peak > LIMIT {
        wrong(
            &format!("{peak} halaman diambil bersamaan, batasnya {LIMIT}"),
            "izin harus tetap hidup selama `fetch` berjalan. \
             `let _ = permits.acquire_owned()...` langsung membuang izinnya; \
             beri nama, misalnya `let _permit = ...`.",
        );
    }
    let pages = match result {
        Ok(pages) => pages,
        Err(e) if e.contains("tidak selesai") && peak < LIMIT => wrong(
            &format!(
                "paling banyak {peak} halaman pernah diambil bersamaan, \
                 padahal boleh {LIMIT}; server tiruan menahan jawabannya \
                 sampai {LIMIT} permintaan berjalan, jadi kode Anda macet"
            ),
            "buat SEMUA tugas dulu (`tasks.spawn` untuk setiap URL), baru \
             tunggu hasilnya. `.await` pada `fetch` di dalam loop membuat \
             halaman diambil satu per satu.",
        ),
        Err(e) => wrong(
            &e,
            "setiap tugas: `acquire_owned().await` dulu, lalu `fetch`.",
        ),
    };
    if let Some(url) = (1..=PAGES)
        .map(server::url)
        .find(|u| !requests.contains_key(u))
    {
        wrong(
            &format!("{url} tidak pernah diminta"),
            "buat satu tugas untuk SETIAP URL di `urls`.",
        );
    }
    let mut got: BTreeMap<String, usize> = BTreeMap::new();
    for (url, bytes) in &pages {
        if *bytes != server::size(url) {
            wrong(
                &format!("{url} tercatat {bytes} byte"),
                "kembalikan `Page` dari `fetch` apa adanya.",
            );
        }
        *got.entry(url.clone()).or_default() += 1;
    }
    println!("Halaman di hasil: {} (berbeda: {})", pages.len(), got.len());
    let n = pages.len();
    if n != PAGES || got.len() != PAGES {
        wrong(
            &format!("hasil memuat {n} halaman, seharusnya {PAGES}"),
            "kumpulkan hasil SEMUA tugas: `while let Some(joined) = \
             tasks.join_next().await { ... }`.",
        );
    }
    let total: usize = pages.iter().map(|(_, b)| b).sum();
    println!("Jumlah byte: {total}");
    println!(
        "Benar: {PAGES} halaman, masing-masing diminta sekali, \
         paling banyak {LIMIT} bersamaan."
    );
}

/// Server tiruan: mencatat setiap permintaan dan berapa yang sedang
/// berjalan. Ia baru menjawab setelah `LIMIT` permintaan berjalan bersamaan
/// (atau setelah tidak ada lagi permintaan yang bisa datang), jadi batas yang
/// terlalu longgar pasti terlihat dan batas yang terlalu ketat pasti macet.
mod server {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::time::Duration;

    use super::{LIMIT, PAGES};

    /// Berapa kali setiap URL diminta.
    type Counts = BTreeMap<String, usize>;

    static REQUESTS: Mutex<Counts> = Mutex::new(BTreeMap::new());
    static ACTIVE: AtomicUsize = AtomicUsize::new(0);
    static PEAK: AtomicUsize = AtomicUsize::new(0);
    static DONE: AtomicUsize = AtomicUsize::new(0);

    pub fn url(n: usize) -> String {
        format!("http://contoh.test/halaman/{n:02}")
    }

    pub fn size(url: &str) -> usize {
        url.bytes().map(usize::from).sum::<usize>() * 7
    }

    pub async fn respond(url: &str) -> usize {
        *REQUESTS.lock().unwrap().entry(url.to_string()).or_default() += 1;
        let now = ACTIVE.fetch_add(1, SeqCst) + 1;
        PEAK.fetch_max(now, SeqCst);
        loop {
            // Selalu tidur dulu: permintaan lain yang sudah boleh jalan
            // mendapat giliran sebelum keadaan diperiksa.
            tokio::time::sleep(Duration::from_millis(1)).await;
            let (active, done) = (ACTIVE.load(SeqCst), DONE.load(SeqCst));
            if active >= LIMIT || active + done >= PAGES {
                break;
            }
        }
        ACTIVE.fetch_sub(1, SeqCst);
        DONE.fetch_add(1, SeqCst);
        size(url)
    }

    pub fn requests() -> Counts {
        REQUESTS.lock().unwrap().clone()
    }

    pub fn peak() -> usize {
        PEAK.load(SeqCst)
    }
}

/// Jalankan kode pembaca di thread sendiri dengan batas waktu 3 detik. Panic
/// (juga di tugas yang ia buat) tidak dicetak sebagai jejak, tetapi
/// dilaporkan.
fn run_reader<T, F>(f: F) -> Result<T, String>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (panic_tx, panics) = mpsc::channel();
    panic::set_hook(Box::new(move |info| {
        let msg = info.payload_as_str().unwrap_or("panic");
        let _ = panic_tx.send(msg.to_string());
    }));
    let (done_tx, done) = mpsc::channel();
    let f = panic::AssertUnwindSafe(f);
    thread::spawn(move || done_tx.send(panic::catch_unwind(f)));
    let result = done.recv_timeout(Duration::from_secs(3));
    let panics: Vec<String> = panics.try_iter().collect();
    if panics.iter().any(|m| m.starts_with("not yet implemented")) {
        println!("Belum dikerjakan: ganti `todo!()` dengan kode Anda.");
        std::process::exit(1);
    }
    match result {
        Ok(Ok(value)) if panics.is_empty() => Ok(value),
        Ok(_) => Err(format!("kode Anda panic: {}", panics.join("; "))),
        Err(_) => Err("kode Anda tidak selesai dalam 3 detik".to_string()),
    }
}

/// Putusan "belum benar": apa yang salah, petunjuk, kode keluar 1.
fn wrong(what: &str, hint: &str) -> ! {
    println!("Belum benar: {what}.");
    println!("Petunjuk: {hint}");
    std::process::exit(1);
}
