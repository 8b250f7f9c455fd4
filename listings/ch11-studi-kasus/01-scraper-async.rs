//! Studi kasus: web scraper konkuren dengan tokio.
//!
//! Program menyalakan server HTTP-nya sendiri di 127.0.0.1 (port bebas dari
//! OS) yang menyajikan 20 halaman dengan jeda, ukuran, dan status berbeda,
//! lalu mengambil semuanya dengan klien HTTP sungguhan: paling banyak 8
//! permintaan sekaligus, batas waktu per permintaan, dan batas ukuran body.
//!
//! Pemakaian: `ch11-01-scraper-async [--json BERKAS] [--url BASIS]`
//! - `--json BERKAS` menulis hasil sebagai JSON secara atomik.
//! - `--url BASIS` mengambil `BASIS/halaman/01` .. `/halaman/20` dari server
//!   lain (hanya `http://`, tanpa jalur) alih-alih server bawaan.
//!
//! Kode keluar: 0 bila paling sedikit satu halaman berhasil, 1 bila tidak
//! ada yang berhasil, 2 untuk masukan yang salah.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

const PAGES: u32 = 20;
const CONCURRENCY: usize = 8;
const TIMEOUT: Duration = Duration::from_millis(1000);
const BODY_CAP: usize = 256 * 1024;

// ---------------------------------------------------------------- server ---

/// Jumlah permintaan yang diterima server bawaan.
static SERVED: AtomicUsize = AtomicUsize::new(0);

// ANCHOR: rencana
/// Apa yang disajikan server untuk `/halaman/n`: deterministik.
enum Page {
    Html { size: usize },
    Status(u16),
    Silent,
    Huge,
}

fn plan(n: u32) -> (u64, Page) {
    let delay_ms = 50 + u64::from(n * 37 % 16) * 10; // 50..=200 ms
    let page = match n {
        4 | 11 => Page::Status(404),
        7 | 16 => Page::Status(500),
        13 => Page::Silent, // tidak pernah menjawab
        18 => Page::Huge,   // 4 MiB, jauh di atas batas klien
        _ => Page::Html {
            size: 1_000 + n as usize * 2_345,
        },
    };
    (delay_ms, page)
}
// ANCHOR_END: rencana

type Body = BoxBody<Bytes, Infallible>;

// ANCHOR: server
async fn handle(req: Request<Incoming>) -> Result<Response<Body>, Infallible> {
    SERVED.fetch_add(1, Ordering::SeqCst);
    let n: u32 = req
        .uri()
        .path()
        .strip_prefix("/halaman/")
        .and_then(|s| s.parse().ok())
        .filter(|n| (1..=PAGES).contains(n))
        .unwrap_or(0);
    let (delay_ms, page) = if n == 0 {
        (0, Page::Status(404))
    } else {
        plan(n)
    };
    tokio::time::sleep(Duration::from_millis(delay_ms)).await;
    let (status, body) = match page {
        Page::Html { size } => (200, full(html(n, size))),
        Page::Status(code) => (code, full(format!("galat {code}"))),
        Page::Silent => std::future::pending().await,
        Page::Huge => {
            // Dikirim per potongan (chunked), tanpa Content-Length.
            let chunk = Bytes::from(vec![b'x'; 64 * 1024]);
            let frames = (0..64).map(move |_| Ok(Frame::data(chunk.clone())));
            (
                200,
                StreamBody::new(futures_util::stream::iter(frames)).boxed(),
            )
        }
    };
    Ok(Response::builder().status(status).body(body).unwrap())
}
// ANCHOR_END: server

fn full(text: String) -> Body {
    Full::new(Bytes::from(text)).boxed()
}

fn html(n: u32, size: usize) -> String {
    let mut s = format!("<html><head><title>Halaman {n}</title></head><body>");
    while s.len() + 13 + 14 <= size {
        s.push_str("<p>isi...</p>");
    }
    s.extend(std::iter::repeat_n(' ', size.saturating_sub(s.len() + 14)));
    s.push_str("</body></html>"); // tepat `size` byte
    s
}

/// Server bawaan: satu tugas tokio per koneksi.
async fn serve(listener: TcpListener) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let io = TokioIo::new(stream);
        tokio::spawn(async move {
            let conn = http1::Builder::new();
            let _ = conn.serve_connection(io, service_fn(handle)).await;
        });
    }
}

// ---------------------------------------------------------------- klien ---

// ANCHOR: hasil
/// Hasil mengambil satu URL (padanan `@dataclass ScrapeResult`).
struct ScrapeResult {
    url: String,
    outcome: Outcome,
    elapsed: Duration,
    /// Saat hasil ini selesai: jam dinding, bukan stopwatch.
    timestamp: SystemTime,
}

/// Apa yang terjadi pada satu permintaan.
enum Outcome {
    Page {
        status: u16,
        bytes: usize,
        title: Option<String>,
    },
    Timeout,
    TooLarge {
        status: u16,
        read: usize,
    },
    Error(String),
}

/// Milidetik sejak 1970-01-01 00:00 UTC (epoch Unix).
fn unix_ms(t: SystemTime) -> u128 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis())
}
// ANCHOR_END: hasil

type Client = reqwest::Client;

// ANCHOR: ambil
/// Satu permintaan, dengan batas waktu untuk keseluruhannya (termasuk body).
async fn fetch(client: &Client, url: &str) -> Outcome {
    let result = tokio::time::timeout(TIMEOUT, fetch_body(client, url)).await;
    match result {
        Err(_) => Outcome::Timeout,
        Ok(Ok(outcome)) => outcome,
        Ok(Err(e)) => {
            let what = if e.is_connect() {
                "koneksi gagal"
            } else {
                "galat HTTP"
            };
            Outcome::Error(format!("{what}: {e}"))
        }
    }
}

/// Membaca body per potongan dan berhenti begitu melewati `BODY_CAP`.
async fn fetch_body(client: &Client, url: &str) -> reqwest::Result<Outcome> {
    let mut resp = client.get(url).send().await?;
    let status = resp.status().as_u16();
    if resp.content_length().is_some_and(|n| n > BODY_CAP as u64) {
        return Ok(Outcome::TooLarge { status, read: 0 });
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        if body.len() + chunk.len() > BODY_CAP {
            let read = body.len() + chunk.len();
            return Ok(Outcome::TooLarge { status, read });
        }
        body.extend_from_slice(&chunk);
    }
    let title = String::from_utf8_lossy(&body)
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map(|(t, _)| t.to_string());
    Ok(Outcome::Page {
        status,
        bytes: body.len(),
        title,
    })
}
// ANCHOR_END: ambil

// ANCHOR: batch
/// Paling banyak `CONCURRENCY` permintaan sekaligus; hasil dicetak dalam
/// urutan selesai (seperti `as_completed` di Python).
async fn scrape_all(client: Client, urls: Vec<String>) -> Vec<ScrapeResult> {
    let permits = Arc::new(Semaphore::new(CONCURRENCY));
    let mut tasks = JoinSet::new();
    for url in urls {
        let (client, permits) = (client.clone(), Arc::clone(&permits));
        tasks.spawn(async move {
            let _permit = permits.acquire_owned().await.unwrap();
            let start = Instant::now();
            let outcome = fetch(&client, &url).await;
            ScrapeResult {
                url,
                outcome,
                elapsed: start.elapsed(),
                timestamp: SystemTime::now(),
            }
        });
    }
    let mut results = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        let result = joined.expect("tugas scraping tidak boleh panic");
        print_line(&result);
        results.push(result);
    }
    results
}
// ANCHOR_END: batch

fn path_of(url: &str) -> &str {
    url.find("/halaman/").map_or(url, |i| &url[i..])
}

fn print_line(r: &ScrapeResult) {
    let head = |tag: &str, status: String| {
        let ms = r.elapsed.as_millis();
        format!("  {tag:<7} {}  {status}  {ms:>4} ms", path_of(&r.url))
    };
    match &r.outcome {
        Outcome::Page {
            status: 200,
            bytes,
            title,
        } => {
            let title = title.as_deref().unwrap_or("-");
            let head = head("OK", "200".into());
            println!("{head}  {bytes:>6} byte  judul \"{title}\"");
        }
        Outcome::Page { status, bytes, .. } => {
            let head = head("HTTP", status.to_string());
            println!("{head}  {bytes:>6} byte");
        }
        Outcome::Timeout => {
            let head = head("TIMEOUT", "---".into());
            println!("{head}  tak dijawab {} ms", TIMEOUT.as_millis());
        }
        Outcome::TooLarge { status, read } => {
            let head = head("DITOLAK", status.to_string());
            println!("{head}  lewat batas, dibaca {read} byte");
        }
        Outcome::Error(e) => println!("{}  {e}", head("GALAT", "---".into())),
    }
}

/// Jenis galat untuk laporan; `None` berarti sukses.
fn error_kind(o: &Outcome) -> Option<String> {
    match o {
        Outcome::Page { status: 200, .. } => None,
        Outcome::Page { status, .. } => Some(format!("http {status}")),
        Outcome::Timeout => Some("timeout".into()),
        Outcome::TooLarge { .. } => Some("terlalu besar".into()),
        Outcome::Error(_) => Some("koneksi/lainnya".into()),
    }
}

// ------------------------------------------------------------ argumen ---

struct Options {
    json: Option<PathBuf>,
    url: Option<String>,
}

const USAGE: &str = "pemakaian: ch11-01-scraper-async [--json BERKAS] \
                     [--url BASIS]";

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        json: None,
        url: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} butuh nilai"));
        match arg.as_str() {
            "--json" => opts.json = Some(PathBuf::from(value()?)),
            "--url" => opts.url = Some(value()?),
            _ => return Err(format!("argumen tidak dikenal: {arg}\n{USAGE}")),
        }
    }
    Ok(opts)
}

/// Folder tujuan JSON harus ada sebelum kita mulai bekerja.
fn check_output_dir(path: &Path) -> Result<(), String> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(format!(
            "folder '{}' untuk berkas JSON tidak ada; \
             buat dulu atau pilih jalur lain",
            dir.display()
        ));
    }
    Ok(())
}

// ANCHOR: cek-url
/// `--url` harus alamat dasar `http://HOST[:PORT]`: program sendiri yang
/// menambahkan `/halaman/NN`, jadi jalur, query, dan fragmen ditolak.
fn check_base(base: &str) -> Result<reqwest::Url, String> {
    let url = reqwest::Url::parse(base).map_err(|e| match base.contains("://") {
        true => format!("URL '{base}' tidak valid ({e})"),
        false => format!(
            "URL '{base}' tidak valid: bukan URL lengkap \
             seperti http://127.0.0.1:8080"
        ),
    })?;
    if url.scheme() != "http" {
        return Err(format!(
            "URL '{base}': hanya http:// yang didukung \
             (program ini dibangun tanpa TLS)"
        ));
    }
    let extra = if url.path() != "/" {
        Some(format!("jalur '{}'", url.path()))
    } else if let Some(query) = url.query() {
        Some(format!("query '?{query}'"))
    } else {
        url.fragment().map(|f| format!("fragmen '#{f}'"))
    };
    if let Some(extra) = extra {
        return Err(format!(
            "URL '{base}' memuat {extra}; pakai alamat dasar saja, \
             seperti http://127.0.0.1:8080 (program menambahkan \
             /halaman/NN sendiri)"
        ));
    }
    Ok(url)
}
// ANCHOR_END: cek-url

/// Server di `url` harus bisa dihubungi sebelum 20 permintaan dimulai.
async fn check_reachable(url: &reqwest::Url) -> Result<(), String> {
    let host = url.host_str().ok_or("URL tidak punya host")?;
    let port = url.port_or_known_default().unwrap_or(80);
    // IPv6 ditulis dalam kurung siku di URL (`http://[::1]:8080`).
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let connect = TcpStream::connect((bare, port));
    let addr = format!("{host}:{port}");
    let fail = |why: &str| format!("tidak bisa terhubung ke {addr}: {why}");
    match tokio::time::timeout(Duration::from_secs(2), connect).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            Err(fail("koneksi ditolak (tidak ada server di sana)"))
        }
        Ok(Err(e)) => Err(fail(&e.to_string())),
        Err(_) => Err(fail("tidak ada jawaban dalam 2 detik")),
    }
}

// ANCHOR: atomik
/// Tulis ke berkas sementara di folder yang sama, `sync`, lalu `rename`:
/// pembaca melihat berkas lama atau berkas baru yang utuh, tidak pernah
/// setengah jadi.
fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    let name = path
        .file_name()
        .ok_or("jalur JSON tidak punya nama berkas")?;
    let tmp = path.with_file_name(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("gagal menulis '{}': {e}", path.display())
    })
}
// ANCHOR_END: atomik

// ------------------------------------------------------------- utama ---

// ANCHOR: kode-keluar
#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(0) => {
            eprintln!("galat: tidak ada satu halaman pun yang berhasil");
            ExitCode::from(1)
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("galat: {e}");
            ExitCode::from(2)
        }
    }
}
// ANCHOR_END: kode-keluar

/// Menjalankan scraper; mengembalikan jumlah halaman yang berhasil.
async fn run() -> Result<usize, String> {
    let opts = parse_args()?;
    if let Some(path) = &opts.json {
        check_output_dir(path)?;
    }
    let base = match &opts.url {
        Some(base) => {
            let url = check_base(base)?;
            check_reachable(&url).await?;
            url.as_str().trim_end_matches('/').to_string()
        }
        None => {
            let listener = TcpListener::bind("127.0.0.1:0")
                .await
                .map_err(|e| format!("server lokal gagal dinyalakan: {e}"))?;
            let addr = listener.local_addr().map_err(|e| e.to_string())?;
            tokio::spawn(serve(listener));
            format!("http://{addr}")
        }
    };
    let client = Client::builder()
        .no_proxy()
        .connect_timeout(TIMEOUT)
        .build()
        .map_err(|e| format!("klien HTTP tidak bisa dibuat: {e}"))?;
    let urls: Vec<String> = (1..=PAGES)
        .map(|n| format!("{base}/halaman/{n:02}"))
        .collect();

    println!("Target: {base} ({} URL)", urls.len());
    let limit = TIMEOUT.as_millis();
    println!("Maks {CONCURRENCY} permintaan sekaligus, timeout {limit} ms");
    println!("Batas body: {BODY_CAP} byte\n");
    let start = Instant::now();
    let mut results = scrape_all(client, urls).await;
    let elapsed = start.elapsed();
    results.sort_by(|a, b| a.url.cmp(&b.url));

    let total = results.len();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    for kind in results.iter().filter_map(|r| error_kind(&r.outcome)) {
        *by_kind.entry(kind).or_default() += 1;
    }
    let failed: usize = by_kind.values().sum();
    let success = total - failed;
    let timeouts = by_kind.get("timeout").copied().unwrap_or(0);
    let busy: Duration = results.iter().map(|r| r.elapsed).sum();
    let kinds = by_kind.iter().map(|(k, v)| format!("{k} = {v}"));
    let kinds = kinds.collect::<Vec<_>>().join(", ");
    let stamps = results.iter().map(|r| unix_ms(r.timestamp));
    let first = stamps.clone().min().unwrap_or(0);
    let last = stamps.max().unwrap_or(0);

    println!("\nLaporan:");
    println!("  Total: {total}");
    println!("  Berhasil: {success} dari {total}");
    println!("  Gagal: {failed}");
    println!("  Waktu: {:.2} s", elapsed.as_secs_f64());
    let avg = elapsed.as_secs_f64() / total as f64;
    println!("  Rata-rata/URL: {avg:.3} s");
    println!("  Timeout: {timeouts}");
    println!("  Galat per jenis: {kinds}");
    let busy = busy.as_secs_f64();
    println!("  Jumlah waktu semua permintaan (setara berurutan): {busy:.2} s");
    println!("  Hasil pertama selesai: {first} ms sejak epoch Unix");
    println!("  Hasil terakhir selesai: {last} ms sejak epoch Unix");
    if opts.url.is_none() {
        let served = SERVED.load(Ordering::SeqCst);
        println!("  Permintaan yang diterima server: {served}");
    }

    if let Some(path) = &opts.json {
        let items: Vec<_> = results.iter().map(to_json).collect();
        let doc = json!({
            "total": total,
            "success": success,
            "failed": failed,
            "elapsed_ms": elapsed.as_millis() as u64,
            "timeouts": timeouts,
            "errors_by_kind": by_kind,
            "results": items,
        });
        let text = serde_json::to_string_pretty(&doc);
        let text = text.map_err(|e| e.to_string())?;
        write_atomically(path, &text)?;
        println!("\nHasil JSON ditulis ke {}", path.display());
    }
    Ok(success)
}

fn to_json(r: &ScrapeResult) -> serde_json::Value {
    let (status, bytes, title) = match &r.outcome {
        Outcome::Page {
            status,
            bytes,
            title,
        } => (Some(*status), *bytes, title.clone()),
        Outcome::TooLarge { status, read } => (Some(*status), *read, None),
        Outcome::Timeout | Outcome::Error(_) => (None, 0, None),
    };
    let error = match &r.outcome {
        Outcome::Error(e) => Some(e.clone()),
        o => error_kind(o),
    };
    json!({
        "url": r.url,
        "status": status,
        "content_length": bytes,
        "elapsed_ms": r.elapsed.as_millis() as u64,
        "timestamp_unix_ms": unix_ms(r.timestamp) as u64,
        "title": title,
        "error": error,
    })
}
