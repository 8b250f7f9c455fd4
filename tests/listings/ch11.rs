//! Pemeriksaan listing Bab 11, studi kasus (`listings/ch11-studi-kasus`).
//!
//! Selain pemeriksaan standar (run tanpa argumen + contoh keluaran yang
//! di-commit), ada run tambahan: JSON dari scraper async, scraper terhadap
//! server lain (`--url`), masukan buruk, dan berkas keluaran pengolah gambar
//! yang dibuka ulang dan di-checksum secara independen.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crate::harness::{Output, run_bin};

/// Run tambahan scraper: JSON, server lain, masukan buruk.
mod runs;
/// Pengolah gambar: pemeriksaan keluaran dan berkas hasilnya.
mod gambar;

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
    ch11_03_pengolah_gambar => |o: &Output| gambar::check_images(o);
}

crate::must_not_compile! {}

/// Folder sementara baru (dihapus saat keluar dari cakupan, juga bila test
/// gagal).
fn temp_dir(tag: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("uji-ch11-{tag}-"))
        .tempdir()
        .unwrap()
}

/// Nama isi sebuah folder, terurut.
fn entries(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}
