//! Pemeriksaan listing Bab 8, thread pool untuk I/O (`listings/ch08-thread-pool`).

use crate::harness::Output;

const URLS: [&str; 6] = [
    "https://api.example.com/users",
    "https://api.example.com/posts",
    "https://api.example.com/comments",
    "https://api.example.com/albums",
    "https://api.example.com/photos",
    "https://api.example.com/todos",
];

/// Baris yang memuat `url` (dan `pat`), tepat satu.
#[track_caller]
fn only_line<'a>(o: &'a Output, url: &str, pat: &str) -> &'a str {
    let hits: Vec<&str> = o
        .lines()
        .into_iter()
        .filter(|l| l.contains(&format!("{url} ")) && l.contains(pat))
        .collect();
    if hits.len() != 1 {
        o.fail(&format!(
            "harus ada tepat satu baris {pat:?} untuk {url}, ada {}",
            hits.len()
        ));
    }
    hits[0]
}

crate::listings! {
    ch08_01_pool_pekerja => |o: &Output| {
        // Setiap URL dilaporkan tepat sekali; hanya URL ke-4 (albums) yang gagal.
        assert_eq!(o.count(" → "), 6, "{}", o.describe("enam hasil"));
        for (i, url) in URLS.iter().enumerate() {
            let line = only_line(o, url, " → ");
            if i == 3 {
                assert!(line.contains("❌") && line.contains("503"), "{}", o.describe("albums gagal"));
            } else {
                assert!(line.contains("✅") && line.contains("→ 200"), "{}", o.describe("URL lain berhasil"));
                let size = url.len() * 1000;
                assert!(line.contains(&format!("({size} byte)")), "{}", o.describe("ukuran"));
            }
        }
        let seq = o.int_after("Berurutan: 6 URL, waktu");
        let pool = o.int_after("(6 pekerja): waktu");
        // Jeda 100 + 90 + ... + 50 ms: berurutan tidak mungkin < 450 ms.
        assert!(seq >= 450, "{}", o.describe("batas bawah berurutan"));
        assert!(pool >= 100, "{}", o.describe("pool menunggu jeda terpanjang"));
        assert!(
            (pool as f64) < 0.8 * seq as f64,
            "{}",
            o.describe("pool 6 pekerja harus jauh lebih cepat daripada berurutan")
        );
    };
    ch08_02_map_urutan_masukan => |o: &Output| {
        let header = o.line_of("Hasil (urutan masukan");
        let lines = o.lines();
        // Setiap URL selesai tepat sekali, sebelum daftar hasil dicetak.
        for url in URLS {
            let done = o.lines_with(&format!("(selesai: {url})"));
            assert_eq!(done.len(), 1, "{}", o.describe(&format!("{url} selesai sekali")));
            assert!(done[0] < header, "{}", o.describe("map menunggu semua hasil"));
        }
        // Hasil dalam urutan masukan, apa pun urutan selesainya.
        for (k, url) in URLS.iter().enumerate() {
            let line = lines[header + 1 + k];
            let want = if k == 3 { "Err(\"503 Service Unavailable\")" } else { "Ok(200)" };
            assert_eq!(line.trim(), format!("{url} → {want}"), "{}", o.describe("urutan masukan"));
        }
        assert_eq!(o.int_after("URL diambil:"), 6, "{}", o.describe("enam URL"));
        // Total jeda 450 ms dibagi 3 pekerja: tidak mungkin < 150 ms.
        assert!(o.int_after("Waktu:") >= 150, "{}", o.describe("batas bawah waktu"));
    };
    ch08_03_timeout_batal => |o: &Output| {
        let lines = o.lines();
        // Fetch 100 ms dengan batas 500 ms: hasil datang.
        assert!(
            lines[0].starts_with("Hasil: Ok(") && lines[0].contains("users → 200"),
            "{}",
            o.describe("fetch normal selesai sebelum batas waktu")
        );
        // Fetch 3 detik dengan batas 200 ms: pasti timeout, lalu dibatalkan.
        let timeout = o.line_of("Timeout!");
        let report = o.line_of("Laporan tugas: Err(\"dibatalkan setelah");
        let joined = o.line_of("sudah di-join");
        assert!(timeout < report && report < joined, "{}", o.describe("urutan timeout, batal, join"));
        let steps = o.int_after("dibatalkan setelah");
        assert!(steps < 300, "{}", o.describe("tugas berhenti sebelum selesai"));
        assert_eq!(o.count("Hasil:"), 1, "{}", o.describe("fetch lambat tidak memberi hasil"));
    };
    ch08_04_panic_dan_shutdown => |o: &Output| {
        for (i, url) in URLS.iter().enumerate() {
            let line = only_line(o, url, " → ");
            if i == 2 {
                assert!(line.contains("❌") && line.contains("panic: bug di parser"), "{}", o.describe("panic dilaporkan sebagai galat"));
            } else {
                assert!(line.contains("✅") && line.contains("200 OK"), "{}", o.describe("URL lain tetap berhasil"));
            }
        }
        let last_result = *o.lines_with(" → ").last().unwrap();
        let stops = o.lines_with(": antrean ditutup, berhenti setelah");
        assert_eq!(stops.len(), 3, "{}", o.describe("ketiga pekerja berhenti sendiri"));
        let mut ids = Vec::new();
        let mut done = 0;
        for &i in &stops {
            let line = o.lines()[i];
            assert!(i > last_result, "{}", o.describe("pekerja berhenti setelah semua hasil"));
            let id: usize = line["Pekerja ".len()..line.find(':').unwrap()].parse().unwrap();
            ids.push(id);
            let n: usize = line.rsplit(' ').nth(1).unwrap().parse().unwrap();
            done += n;
        }
        ids.sort();
        assert_eq!(ids, vec![0, 1, 2], "{}", o.describe("pekerja 0, 1, 2"));
        assert_eq!(done, 6, "{}", o.describe("jumlah tugas per pekerja"));
        let joined = o.line_of("Semua pekerja sudah di-join");
        assert!(stops.iter().all(|&i| i < joined), "{}", o.describe("join setelah pekerja berhenti"));
        assert_eq!(o.int_after("total tugas dikerjakan:"), 6, "{}", o.describe("total tugas"));
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch08_latihan_01_map_berurutan => |o: &Output| {
        o.assert_lines(&[
            "Masukan: [3, 1, 4, 6, 2, 5]",
            "Urutan selesai: [6, 5, 4, 3, 2, 1]",
            "Hasil Anda: [6, 2, 8, 12, 4, 10]",
            "Benar: 6 hasil dalam urutan masukan.",
        ]);
    };
    ch08_latihan_02_shutdown => |o: &Output| {
        o.assert_lines(&[
            "Tugas dikirim: 12, pekerja: 3",
            "Tugas selesai saat shutdown kembali: 12",
            "Jumlah tugas menurut shutdown: 12",
            "Benar: 12 tugas selesai, 3 pekerja berhenti.",
        ]);
    };
    // Latihan 8.3 (solusi): putusan dari nilai ideal. Dari pengukuran hanya
    // rasio longgar: join setelah pembatalan < 0,8 x 10 langkah penuh.
    ch08_latihan_03_tebak_batal => |o: &Output| {
        o.assert_contains("Timeout! Minta tugas berhenti.");
        o.assert_contains("Tebakan Anda: 2 langkah, join setelah 200 ms");
        o.assert_contains("Ideal: 2 langkah, join setelah 200 ms");
        let ms: u64 = o.int_in_line("Terukur:", "join setelah");
        let steps: u64 = o.int_in_line("Terukur:", "Terukur:");
        if steps >= 10 || ms >= 800 {
            o.fail(&format!("tugas tidak berhenti lebih awal: {steps} langkah, {ms} ms"));
        }
        o.assert_contains("Benar: pembatalan kooperatif menunggu batas langkah.");
    };
}

crate::must_not_compile! {}
