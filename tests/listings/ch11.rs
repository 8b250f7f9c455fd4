//! Pemeriksaan listing Bab 11, studi kasus (`listings/ch11-studi-kasus`).
//!
//! Selain pemeriksaan standar (run tanpa argumen + contoh keluaran yang
//! di-commit), ada run tambahan: JSON dari scraper async, scraper terhadap
//! server lain (`--url`), masukan buruk, dan berkas keluaran pengolah gambar
//! yang dibuka ulang dan di-checksum secara independen.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crate::harness::{Output, run_bin};

const RUN_TIMEOUT: Duration = Duration::from_secs(60);

// ------------------------------------------------------------ scraper ---

/// Apa yang seharusnya terjadi pada `/halaman/n` menurut rencana server
/// bawaan (sama dengan `plan` di kedua listing scraper).
#[derive(Debug, PartialEq)]
enum Expect {
    Ok { bytes: u64 },
    Http(u16),
    Timeout,
    Refused,
}

fn expected(n: u32) -> Expect {
    match n {
        4 | 11 => Expect::Http(404),
        7 | 16 => Expect::Http(500),
        13 => Expect::Timeout,
        18 => Expect::Refused,
        _ => Expect::Ok {
            bytes: 1_000 + u64::from(n) * 2_345,
        },
    }
}

fn server_delay_ms(n: u32) -> u64 {
    50 + u64::from(n * 37 % 16) * 10
}

/// Satu baris per URL, diurai: (tag, status, ms, byte, judul).
#[derive(Debug)]
struct Line {
    tag: String,
    status: Option<u16>,
    ms: u64,
    bytes: Option<u64>,
    title: Option<String>,
}

fn url_line(o: &Output, n: u32) -> Line {
    let path = format!("/halaman/{n:02} ");
    let found = o.lines_with(&path);
    if found.len() != 1 {
        o.fail(&format!(
            "{path}harus muncul tepat sekali, bukan {} kali",
            found.len()
        ));
    }
    let text = o.lines()[found[0]];
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let bytes = tokens
        .iter()
        .position(|t| *t == "byte")
        .filter(|_| tokens[0] == "OK" || tokens[0] == "HTTP")
        .map(|i| tokens[i - 1].parse().unwrap());
    Line {
        tag: tokens[0].to_string(),
        status: tokens[2].parse().ok(),
        ms: tokens[3]
            .parse()
            .unwrap_or_else(|_| o.fail(&format!("baris {text:?}"))),
        bytes,
        title: text
            .split_once("judul \"")
            .map(|(_, t)| t.trim_end_matches('"').to_string()),
    }
}

/// Pemeriksaan bersama kedua scraper, untuk setiap urutan selesai yang sah.
fn check_scraper(o: &Output) {
    let mut busy_ms = 0;
    for n in 1..=20 {
        let line = url_line(o, n);
        let want = expected(n);
        let ok = match &want {
            Expect::Ok { bytes } => {
                line.tag == "OK"
                    && line.status == Some(200)
                    && line.bytes == Some(*bytes)
                    && line.title.as_deref() == Some(format!("Halaman {n}").as_str())
            }
            Expect::Http(code) => line.tag == "HTTP" && line.status == Some(*code),
            Expect::Timeout => line.tag == "TIMEOUT" && line.ms >= 1000,
            Expect::Refused => line.tag == "DITOLAK" && line.status == Some(200),
        };
        if !ok {
            o.fail(&format!(
                "/halaman/{n:02}: diharapkan {want:?}, tercetak {line:?}"
            ));
        }
        // Server menunda setiap jawaban; tidak ada hasil yang lebih cepat.
        if want != Expect::Timeout && line.ms < server_delay_ms(n) {
            o.fail(&format!(
                "/halaman/{n:02} selesai dalam {} ms, padahal server menunda {} ms",
                line.ms,
                server_delay_ms(n)
            ));
        }
        busy_ms += line.ms;
    }
    let report = [
        ("Total: ", 20),
        ("Berhasil: ", 14),
        ("Gagal: ", 6),
        ("Timeout: ", 1),
        ("Permintaan yang diterima server: ", 20),
    ];
    for (label, want) in report {
        assert_eq!(o.int_after(label), want, "{}", o.describe(label));
    }
    o.assert_contains(
        "Galat per jenis: http 404 = 2, http 500 = 2, terlalu besar = 1, timeout = 1\n",
    );
    let wall = o.float_after("Waktu: ");
    let busy = o.float_after("(setara berurutan): ");
    assert!(
        (busy - busy_ms as f64 / 1000.0).abs() < 0.05,
        "{}",
        o.describe("jumlah waktu permintaan harus sama dengan jumlah per baris")
    );
    // Yang menunggu jawaban tidak pernah selesai sebelum timeout-nya.
    assert!(wall >= 1.0, "{}", o.describe("Waktu >= timeout 1 s"));
    assert!(
        wall < 0.6 * busy,
        "{}",
        o.describe("Waktu harus jauh di bawah jumlah waktu berurutan")
    );
    let avg = o.float_after("Rata-rata/URL: ");
    assert!(
        (avg - wall / 20.0).abs() < 0.002,
        "{}",
        o.describe("rata-rata")
    );
}

crate::listings! {
    ch11_01_scraper_async => |o: &Output| check_scraper(o);
    ch11_02_scraper_thread => |o: &Output| {
        check_scraper(o);
        o.assert_contains("8 thread pekerja");
    };
    ch11_03_pengolah_gambar => |o: &Output| check_images(o);
}

crate::must_not_compile! {}

/// Folder sementara yang dihapus saat keluar dari cakupan.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("uji-ch11-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Hasil JSON ditulis utuh dan sesuai dengan laporan yang dicetak.
#[test]
fn ch11_01_scraper_async_json() {
    let dir = TempDir::new("json");
    let json_path = dir.0.join("hasil.json");
    let o = run_bin(
        "ch11-01-scraper-async",
        &["--json", path_str(&json_path)],
        RUN_TIMEOUT,
    );
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_scraper(&o);
    assert_eq!(
        dir.entries(),
        ["hasil.json"],
        "{}",
        o.describe("hanya hasil.json yang tersisa (tanpa berkas sementara)")
    );
    let text = std::fs::read_to_string(&json_path).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| o.fail(&format!("JSON tidak valid: {e}\n{text}")));
    for (key, label) in [
        ("total", "Total: "),
        ("success", "Berhasil: "),
        ("failed", "Gagal: "),
        ("timeouts", "Timeout: "),
    ] {
        assert_eq!(
            doc[key].as_i64().map(i128::from),
            Some(o.int_after(label)),
            "{}",
            o.describe(&format!("JSON {key} vs laporan {label}"))
        );
    }
    let kinds: BTreeMap<String, u64> = doc["errors_by_kind"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    let printed = o.lines()[o.line_of("Galat per jenis: ")]
        .split_once(": ")
        .unwrap()
        .1
        .split(", ")
        .map(|kv| {
            let (k, v) = kv.split_once(" = ").unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect::<BTreeMap<String, u64>>();
    assert_eq!(kinds, printed, "{}", o.describe("galat per jenis di JSON"));
    let wall_ms = o.float_after("Waktu: ") * 1000.0;
    let json_ms = doc["elapsed_ms"].as_f64().unwrap();
    assert!(
        (wall_ms - json_ms).abs() <= 10.0,
        "{}",
        o.describe("elapsed_ms")
    );

    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 20);
    let mut urls = BTreeSet::new();
    for r in results {
        let url = r["url"].as_str().unwrap();
        assert!(urls.insert(url.to_string()), "URL ganda di JSON: {url}");
        let n: u32 = url.rsplit('/').next().unwrap().parse().unwrap();
        let line = url_line(&o, n);
        assert_eq!(
            r["status"].as_u64().map(|s| s as u16),
            line.status,
            "{}",
            o.describe(&format!("status {url} di JSON"))
        );
        assert_eq!(r["elapsed_ms"].as_u64(), Some(line.ms), "elapsed {url}");
        if let Some(bytes) = line.bytes {
            assert_eq!(r["content_length"].as_u64(), Some(bytes), "byte {url}");
        }
        assert_eq!(r["title"].as_str(), line.title.as_deref(), "judul {url}");
        assert_eq!(r["error"].is_null(), line.tag == "OK", "error {url}");
    }
}

/// Masukan buruk: galat berbahasa Indonesia di stderr, kode keluar bukan
/// nol, tanpa jejak panic, dan tanpa berkas (setengah jadi) di folder tujuan.
fn bad_input(tag: &str, args: &[&str], expect_in_stderr: &str) {
    let dir = TempDir::new(tag);
    let json_path = dir.0.join("hasil.json");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--json", path_str(&json_path)]);
    let o = run_bin("ch11-01-scraper-async", &all, RUN_TIMEOUT);
    o.assert_clean_error("galat: ", expect_in_stderr);
    assert!(
        dir.entries().is_empty(),
        "{}",
        o.describe(&format!("folder tujuan harus kosong: {:?}", dir.entries()))
    );
}

#[test]
fn ch11_01_scraper_async_unreachable() {
    // Port loopback yang baru saja bebas: tidak ada yang mendengarkan.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    bad_input("tak-terjangkau", &["--url", &url], "tidak bisa terhubung");
}

#[test]
fn ch11_01_scraper_async_malformed_url() {
    bad_input("url-rusak", &["--url", "ht!tp//bukan url"], "tidak valid");
    bad_input(
        "url-https",
        &["--url", "https://127.0.0.1:1"],
        "hanya http://",
    );
}

#[test]
fn ch11_01_scraper_async_missing_dir() {
    let dir = TempDir::new("tanpa-folder");
    let json_path = dir.0.join("tidak-ada").join("hasil.json");
    let o = run_bin(
        "ch11-01-scraper-async",
        &["--json", path_str(&json_path)],
        RUN_TIMEOUT,
    );
    o.assert_clean_error("galat: folder ", "tidak ada");
    assert!(dir.entries().is_empty(), "tidak ada berkas yang dibuat");
}

/// `--url` ke server lain: sebuah server HTTP/1.1 minimal di test ini.
#[test]
fn ch11_01_scraper_async_external_base() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicUsize::new(0));
    let server = {
        let (stop, served) = (Arc::clone(&stop), Arc::clone(&served));
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let Ok((mut stream, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(2));
                    continue;
                };
                stream.set_nonblocking(false).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(5)))
                    .unwrap();
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.ends_with(b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(k) => head.extend_from_slice(&buf[..k]),
                    }
                }
                if !head.ends_with(b"\r\n\r\n") {
                    continue; // koneksi uji dari listing (cek alamat), tanpa permintaan
                }
                let head = String::from_utf8_lossy(&head);
                let path = head.split_whitespace().nth(1).unwrap_or("/");
                let body = format!("<title>Luar {}</title>", path.trim_start_matches('/'));
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                served.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    let base = format!("http://127.0.0.1:{port}/");
    let o = run_bin("ch11-01-scraper-async", &["--url", &base], RUN_TIMEOUT);
    stop.store(true, Ordering::SeqCst);
    server.join().unwrap();
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    for n in 1..=20 {
        let line = url_line(&o, n);
        let want = format!("Luar halaman/{n:02}");
        assert!(
            line.tag == "OK" && line.title.as_deref() == Some(want.as_str()),
            "{}",
            o.describe(&format!("/halaman/{n:02} dari server luar: {line:?}"))
        );
    }
    assert_eq!(o.int_after("Berhasil: "), 20, "{}", o.describe("Berhasil"));
    assert_eq!(o.count("Permintaan yang diterima server"), 0);
    assert_eq!(served.load(Ordering::SeqCst), 20, "server luar menerima 20");
}

// ------------------------------------------------------ pengolah gambar ---

const CORRUPT: &str = "gambar-37.png";

/// Checksum (berurutan, paralel) per nama gambar, dari keluaran.
fn checksums(o: &Output) -> BTreeMap<String, (String, String)> {
    let mut map = BTreeMap::new();
    for text in o.lines() {
        let t: Vec<&str> = text.split_whitespace().collect();
        if t.len() == 6 && t[0].starts_with("gambar-") && t[3] == "|" {
            if t[1] != "512x512" {
                o.fail(&format!("ukuran keluaran salah: {text:?}"));
            }
            let prev = map.insert(t[0].to_string(), (t[2].to_string(), t[4].to_string()));
            if prev.is_some() {
                o.fail(&format!("{} tercetak dua kali", t[0]));
            }
        }
    }
    map
}

/// Berlaku untuk setiap `--jumlah N` (bawaan 50): satu berkas rusak, sisanya
/// diolah dengan checksum yang sama di kedua run.
fn check_images(o: &Output) {
    let sums = checksums(o);
    let count = o.int_after("Gambar: ");
    if !(38..=1000).contains(&count) {
        o.fail(&format!("jumlah gambar {count} di luar 38..=1000"));
    }
    for i in 0..count {
        let name = format!("gambar-{i:02}.png");
        match sums.get(&name) {
            _ if name == CORRUPT => {
                if sums.contains_key(&name) {
                    o.fail("berkas rusak tidak boleh punya checksum");
                }
            }
            Some((seq, par)) if seq == par => {}
            Some((seq, par)) => o.fail(&format!(
                "{name}: checksum berurutan {seq} != paralel {par}"
            )),
            None => o.fail(&format!("{name} tidak diolah")),
        }
    }
    for run in ["berurutan", "paralel"] {
        let failures = o.lines_with(&format!("  {run}: "));
        let ok = failures.len() == 1 && o.lines()[failures[0]].contains(CORRUPT);
        if !ok {
            o.fail(&format!(
                "run {run} harus melaporkan tepat satu berkas gagal, yaitu {CORRUPT}"
            ));
        }
    }
    for (label, want) in [
        ("Berhasil (berurutan): ", count - 1),
        ("Berhasil (paralel): ", count - 1),
        ("Gagal (berurutan): ", 1),
        ("Gagal (paralel): ", 1),
        ("Checksum sama: ", count - 1),
        ("Berkas keluaran 512x512 diperiksa: ", 2 * (count - 1)),
    ] {
        assert_eq!(o.int_after(label), want, "{}", o.describe(label));
    }
    // Waktu dicetak dan berlabel; percepatan tidak di-assert.
    for label in [
        "Waktu berurutan: ",
        "Waktu paralel: ",
        "Decode: ",
        "Filter: ",
        "Encode: ",
        "Baca + tulis berkas: ",
    ] {
        assert!(o.int_after(label) >= 0);
    }
    assert!(o.float_after("Percepatan: ") > 0.0);
}

/// Berkas keluaran dibuka ulang oleh test ini: ukurannya 512x512 dan
/// checksum pikselnya sama dengan yang dicetak untuk kedua run.
#[test]
fn ch11_03_pengolah_gambar_files() {
    let dir = TempDir::new("gambar");
    let o = run_bin(
        "ch11-03-pengolah-gambar",
        &["--simpan", path_str(&dir.0)],
        RUN_TIMEOUT,
    );
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_images(&o);
    let sums = checksums(&o);
    let inputs = std::fs::read_dir(dir.0.join("masukan")).unwrap().count();
    assert_eq!(inputs, 50, "50 berkas masukan");
    for (sub, pick) in [("berurutan", 0), ("paralel", 1)] {
        let out = dir.0.join(sub);
        assert!(
            !out.join(CORRUPT).exists(),
            "{sub}/{CORRUPT} tidak boleh ada"
        );
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 49, "{sub}: 49");
        for (name, pair) in &sums {
            let img = image::open(out.join(name))
                .unwrap_or_else(|e| o.fail(&format!("{sub}/{name} tidak terbuka: {e}")));
            assert_eq!((img.width(), img.height()), (512, 512), "{sub}/{name}");
            let crc = format!("{:08x}", crc32fast::hash(img.as_bytes()));
            let printed = if pick == 0 { &pair.0 } else { &pair.1 };
            assert_eq!(&crc, printed, "checksum {sub}/{name} dari berkasnya");
        }
    }
}

/// Ukuran lain (`cargo xtask bench` memakai `--jumlah` yang lebih besar):
/// pemeriksaan yang sama tetap berlaku, dan jumlah yang tidak sah ditolak.
#[test]
fn ch11_03_pengolah_gambar_jumlah() {
    let o = run_bin("ch11-03-pengolah-gambar", &["--jumlah", "39"], RUN_TIMEOUT);
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    assert_eq!(o.int_after("Gambar: "), 39, "{}", o.describe("--jumlah 39"));
    check_images(&o);
    let bad = run_bin("ch11-03-pengolah-gambar", &["--jumlah", "5"], RUN_TIMEOUT);
    bad.assert_clean_error("galat: --jumlah ", "38..=1000");
}

#[test]
fn ch11_03_pengolah_gambar_missing_dir() {
    let dir = TempDir::new("gambar-tanpa-folder");
    let missing = dir.0.join("tidak-ada");
    let o = run_bin(
        "ch11-03-pengolah-gambar",
        &["--simpan", path_str(&missing)],
        RUN_TIMEOUT,
    );
    o.assert_clean_error("galat: folder ", "tidak ada");
    assert!(!missing.exists());
}
