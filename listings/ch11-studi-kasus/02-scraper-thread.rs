//! Studi kasus: web scraper yang sama, kali ini dengan 8 thread OS dan klien
//! HTTP *blocking* (ureq), pada server bawaan yang sama persis dengan versi
//! async. Hanya sisi klien yang berbeda; server tetap berjalan di tokio, di
//! thread-nya sendiri, sebagai pengganti "internet".
//!
//! Kode keluar: 0 bila paling sedikit satu halaman berhasil, 1 bila tidak
//! ada yang berhasil, 2 bila server lokal tidak bisa dinyalakan.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

const PAGES: u32 = 20;
const WORKERS: usize = 8;
const TIMEOUT: Duration = Duration::from_millis(1000);
const BODY_CAP: usize = 256 * 1024;

// ---------------------------------------------------------------- server ---

/// Jumlah permintaan yang diterima server bawaan.
static SERVED: AtomicUsize = AtomicUsize::new(0);

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

type Body = BoxBody<Bytes, Infallible>;

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

/// Server bawaan (sama dengan Listing 11.1): satu tugas tokio per koneksi.
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
        read: u64,
    },
    Error(String),
}

/// Milidetik sejak 1970-01-01 00:00 UTC (epoch Unix).
fn unix_ms(t: SystemTime) -> u128 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis())
}

// ANCHOR: ambil
/// Permintaan blocking: thread ini tidur di dalam `call()` dan `read_to_vec()`
/// sampai data datang. `timeout_global` membatasi seluruh permintaan.
fn fetch(agent: &ureq::Agent, url: &str) -> Outcome {
    let mut resp = match agent.get(url).call() {
        Ok(resp) => resp,
        Err(ureq::Error::Timeout(_)) => return Outcome::Timeout,
        Err(e) => return Outcome::Error(format!("galat HTTP: {e}")),
    };
    let status = resp.status().as_u16();
    let too_large = |read| Outcome::TooLarge { status, read };
    match resp
        .body_mut()
        .with_config()
        .limit(BODY_CAP as u64)
        .read_to_vec()
    {
        Ok(body) => {
            let title = String::from_utf8_lossy(&body)
                .split_once("<title>")
                .and_then(|(_, rest)| rest.split_once("</title>"))
                .map(|(t, _)| t.to_string());
            Outcome::Page {
                status,
                bytes: body.len(),
                title,
            }
        }
        Err(ureq::Error::BodyExceedsLimit(n)) => too_large(n),
        Err(ureq::Error::Timeout(_)) => Outcome::Timeout,
        Err(e) => Outcome::Error(format!("galat HTTP: {e}")),
    }
}
// ANCHOR_END: ambil

// ANCHOR: pool
/// Pool 8 thread: pekerjaan lewat channel crossbeam, hasil lewat channel std
/// dalam urutan selesai.
fn scrape_all(agent: ureq::Agent, urls: Vec<String>) -> Vec<ScrapeResult> {
    let (job_tx, job_rx) = crossbeam::channel::unbounded::<String>();
    let (result_tx, result_rx) = mpsc::channel();
    let mut workers = Vec::new();
    for _ in 0..WORKERS {
        let (jobs, results) = (job_rx.clone(), result_tx.clone());
        let agent = agent.clone();
        workers.push(thread::spawn(move || {
            for url in jobs {
                let start = Instant::now();
                let outcome = fetch(&agent, &url);
                let _ = results.send(ScrapeResult {
                    url,
                    outcome,
                    elapsed: start.elapsed(),
                    timestamp: SystemTime::now(),
                });
            }
        }));
    }
    drop(result_tx);
    for url in urls {
        job_tx.send(url).unwrap();
    }
    drop(job_tx); // pekerja berhenti setelah antrean kosong
    let mut results = Vec::new();
    for result in result_rx {
        print_line(&result);
        results.push(result);
    }
    for w in workers {
        w.join().unwrap();
    }
    results
}
// ANCHOR_END: pool

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

// ------------------------------------------------------------- utama ---

fn main() -> ExitCode {
    // Server di thread sendiri dengan runtime tokio satu thread.
    let listener = match std::net::TcpListener::bind("127.0.0.1:0") {
        Ok(l) => l,
        Err(e) => {
            eprintln!("galat: server lokal gagal dinyalakan: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = listener.local_addr().unwrap();
    listener.set_nonblocking(true).unwrap();
    thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let listener = TcpListener::from_std(listener).unwrap();
            serve(listener).await
        });
    });

    let config = ureq::Agent::config_builder()
        .proxy(None)
        .http_status_as_error(false)
        .timeout_global(Some(TIMEOUT))
        .max_idle_connections_per_host(WORKERS)
        .build();
    let agent = ureq::Agent::new_with_config(config);
    let base = format!("http://{addr}");
    let urls: Vec<String> = (1..=PAGES)
        .map(|n| format!("{base}/halaman/{n:02}"))
        .collect();

    println!("Target: {base} ({} URL)", urls.len());
    let limit = TIMEOUT.as_millis();
    println!("{WORKERS} thread pekerja, timeout {limit} ms");
    println!("Batas body: {BODY_CAP} byte\n");
    let start = Instant::now();
    let results = scrape_all(agent, urls);
    let elapsed = start.elapsed();

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
    let served = SERVED.load(Ordering::SeqCst);
    println!("  Permintaan yang diterima server: {served}");
    if success == 0 {
        eprintln!("galat: tidak ada satu halaman pun yang berhasil");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
