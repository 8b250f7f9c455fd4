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

/// Pengolah gambar pada folder gambar "milik pembaca": PNG, JPEG, berkas
/// rusak, masukan yang salah.
mod folder;
/// Pengolah gambar: pemeriksaan keluaran dan berkas hasilnya.
mod gambar;
/// Run tambahan scraper: JSON, server lain, masukan buruk.
mod runs;

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
    o.assert_contains("  Berhasil: 14 dari 20\n");
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
    check_timestamps(o, wall);
}

/// Stempel waktu (jam dinding, ms sejak epoch Unix) hasil pertama dan
/// terakhir: keduanya jatuh di dalam run, jadi jaraknya tidak lebih dari
/// waktu total (ditambah 50 ms untuk jam dinding yang disetel sedikit).
fn check_timestamps(o: &Output, wall_s: f64) -> (i128, i128) {
    let first = o.int_after("Hasil pertama selesai: ");
    let last = o.int_after("Hasil terakhir selesai: ");
    // 2020-09-13: stempel yang lebih tua berarti bukan ms sejak epoch.
    if first < 1_600_000_000_000 || last < first {
        o.fail(&format!("stempel waktu tidak masuk akal: {first}, {last}"));
    }
    if (last - first) as f64 > wall_s * 1000.0 + 50.0 {
        o.fail("hasil pertama dan terakhir berjarak lebih dari waktu total");
    }
    (first, last)
}

crate::listings! {
    ch11_01_scraper_async => |o: &Output| check_scraper(o);
    ch11_02_scraper_thread => |o: &Output| {
        check_scraper(o);
        o.assert_contains("8 thread pekerja");
    };
    ch11_03_pengolah_gambar => |o: &Output| gambar::check_images(o);

    // Latihan 11.1 (solusi): server tiruan menahan jawaban sampai 4
    // permintaan berjalan, jadi puncaknya pasti tepat 4 di setiap jadwal.
    ch11_latihan_01_batas_bersamaan => |o: &Output| {
        o.assert_lines(&[
            "Permintaan yang diterima server: 12",
            "Puncak permintaan bersamaan: 4 (batas 4)",
            "Halaman di hasil: 12 (berbeda: 12)",
            "Jumlah byte: 223545",
            "Benar: 12 halaman, masing-masing diminta sekali, paling banyak 4 bersamaan.",
        ]);
    };

    // Latihan 11.2 (solusi): putusan dari waktu ideal; waktu terukur hanya
    // batas bawah yang dijamin: 12 x 100 ms dengan paling banyak 4 bersamaan
    // butuh paling sedikit 300 ms, dan setiap stopwatch paling sedikit
    // 100 ms (jumlah >= 1200 ms) tetapi tidak lebih lama dari waktu total.
    ch11_latihan_02_tebak_antrean => |o: &Output| {
        o.line_once("Tebakan Anda: total 300 ms, jumlah 2400 ms");
        o.line_once("Ideal: total 300 ms, jumlah 2400 ms");
        let wall: u64 = o.int_in_line("Terukur:", "total");
        let sum: u64 = o.int_in_line("Terukur:", "jumlah");
        if wall < 300 {
            o.fail(&format!("total {wall} ms < 300 ms: lebih dari 4 bersamaan?"));
        }
        if sum < 1200 || sum > 12 * wall {
            o.fail(&format!("jumlah {sum} ms di luar 1200..=12 x {wall} ms"));
        }
        o.line_once("Benar: empat unduhan bersamaan, dan antrean izin ikut masuk stopwatch.");
    };

    // Latihan 11.3 (solusi): deterministik kecuali urutan pengerjaan, yang
    // tidak tampil (pesan galat dicetak terurut).
    ch11_latihan_03_gagal_per_berkas => |o: &Output| {
        o.assert_lines(&[
            "Gambar: 24, utuh 21, rusak 3",
            "Berhasil: 21 dari 24",
            "Gagal: 3",
            "  gambar-05.gmbr: terpotong (3452 dari 6912 byte piksel)",
            "  gambar-13.gmbr: bukan gambar (tanda tangan salah)",
            "  gambar-21.gmbr: terpotong (3452 dari 6912 byte piksel)",
            "Diolah di luar pool rayon: 0",
            "Benar: 21 gambar utuh diolah paralel, 3 yang rusak dilaporkan dengan namanya.",
        ]);
    };

    // Latihan 11.4 (solusi): disk tiruan memeriksa setiap keadaan berkas
    // tujuan di bawah lock-nya, jadi keluarannya sama di setiap jadwal.
    ch11_latihan_04_tulis_atomik => |o: &Output| {
        o.assert_lines(&[
            "Keadaan terlarang yang terlihat pembaca: 0",
            "Penulisan yang gagal: [6, 11]",
            "Berkas di folder keluaran: 15",
            "Benar: 14 berkas utuh, 2 gagal tanpa sisa, 1 versi lama tetap utuh.",
        ]);
    };
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
