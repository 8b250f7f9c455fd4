//! Pemeriksaan listing Bab 3 (`listings/ch03-tipe-thread`).

use crate::harness::Output;

/// Jumlah kuadrat `lo..=hi`, dihitung ulang di sini (bukan disalin dari listing).
fn squares(lo: u64, hi: u64) -> u64 {
    (lo..=hi).map(|i| i * i).sum()
}

/// Tiga bagian dan totalnya; total juga dicocokkan dengan rumus n(n+1)(2n+1)/6.
fn parts_and_total() -> ([u64; 3], u64) {
    let parts = [
        squares(1, 10_000),
        squares(10_001, 20_000),
        squares(20_001, 30_000),
    ];
    let total = squares(1, 30_000);
    let n: u64 = 30_000;
    assert_eq!(total, n * (n + 1) * (2 * n + 1) / 6);
    assert_eq!(parts.iter().sum::<u64>(), total);
    (parts, total)
}

/// Pemisah ribuan gaya Indonesia, dihitung di sini dengan cara lain dari
/// listing (potongan tiga digit dari kanan): 9000450005000 -> 9.000.450.005.000.
fn grouped(n: u64) -> String {
    let mut groups = Vec::new();
    let mut rest = n;
    while rest >= 1000 {
        groups.push(format!("{:03}", rest % 1000));
        rest /= 1000;
    }
    groups.push(rest.to_string());
    groups.reverse();
    groups.join(".")
}

crate::listings! {
    ch03_01_download_thread => |o: &Output| {
        let mut prev_result = 0;
        for i in 1..=4 {
            let name = format!("[Unduh-data{i}.json]");
            let start = o.line_once(&format!("{name} Unduh dari https://api.example.com/"));
            let (end, result) = if i < 4 {
                (
                    o.line_once(&format!("{name} Selesai")),
                    o.line_once(&format!(
                        "Hasil data{i}.json: Data dari https://api.example.com/data{i}"
                    )),
                )
            } else {
                assert_eq!(o.count(&format!("{name} Selesai")), 0, "{}", o.describe("data4 gagal"));
                (
                    o.line_once(&format!("{name} Gagal")),
                    o.line_once("Galat data4.json: https://api.example.com/tidak-ada tidak ditemukan (404)"),
                )
            };
            assert!(start < end && end < result, "{}", o.describe(&format!(
                "data{i}: mulai, selesai/gagal, lalu hasil join"
            )));
            assert!(prev_result < result, "{}", o.describe("hasil join dicetak sesuai urutan daftar"));
            prev_result = result;
        }
        assert_eq!(o.lines_with("Hasil ").len(), 3, "{}", o.describe("tiga hasil"));
        o.line_once("Berhasil: 3, gagal: 1");
    };

    ch03_02_processing_thread => |o: &Output| {
        let (parts, total) = parts_and_total();
        let summary = o.line_once("Hasil per bagian:");
        for (i, p) in parts.iter().enumerate() {
            let line = o.line_once(&format!("[Proses-{i}] Hasil: Ok({p})"));
            assert!(line < summary, "{}", o.describe("join menunggu setiap thread"));
        }
        o.assert_contains(&format!("Hasil per bagian: [{}, {}, {}]", parts[0], parts[1], parts[2]));
        assert_eq!(o.int_after("Total:"), total as i128, "{}", o.describe("jumlah kuadrat 1..=30000"));
        // Total dicetak dengan pemisah ribuan (Python: f"{total:,}").
        assert_eq!(grouped(total), "9.000.450.005.000");
        o.line_once(&format!("Total: {}", grouped(total)));
    };

    ch03_04_slot_hasil => |o: &Output| {
        let (parts, total) = parts_and_total();
        o.assert_contains(&format!("Isi results: [{}, {}, {}]", parts[0], parts[1], parts[2]));
        assert_eq!(o.int_after("Total:"), total as i128, "{}", o.describe("jumlah kuadrat 1..=30000"));
    };

    ch03_05_thread_local => |o: &Output| {
        assert_eq!(o.count("diproses oleh"), 5, "{}", o.describe("lima permintaan"));
        let mut prev = 0;
        for i in 0..5 {
            // Pekerja mulai dengan nilai awal `None`, bukan 99 milik main.
            let entry = o.line_once(&format!("pekerja-{i}: REQUEST_ID saat mulai = "));
            let line = o.lines()[entry];
            assert!(line.trim_end().ends_with("= None"), "{}", o.describe(&format!(
                "pekerja-{i} harus mulai dengan REQUEST_ID None"
            )));
            // Thread pekerja-i hanya pernah melihat id permintaannya sendiri.
            let work = o.line_once(&format!("Permintaan {i} diproses oleh pekerja-{i} ("));
            assert!(entry < work, "{}", o.describe("baris awal sebelum baris kerja"));
            let log = o.line_once(&format!(
                "Catatan pekerja-{i}: [\"mulai permintaan {i}\", \"kerjakan permintaan {i}\"]"
            ));
            assert!(work < log, "{}", o.describe("catatan dikembalikan lewat join"));
            assert!(prev <= log, "{}", o.describe("catatan dicetak sesuai urutan"));
            prev = log;
        }
        o.line_once("REQUEST_ID di thread main tetap: Some(99)");
        o.line_once("Catatan di thread main: 0 entri");
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch03_latihan_01_unduhan_result => |o: &Output| {
        o.line_once("http://contoh/a: Ok(1500)");
        o.line_once("http://contoh/rusak: Err(DownloadError { url: \"http://contoh/rusak\"");
        o.line_once("http://contoh/bb: Ok(1600)");
        o.line_once("Benar: 2 unduhan Ok dan 1 Err");
    };
    ch03_latihan_02_hitungan_lokal => |o: &Output| {
        o.line_once("Laporan pekerja: [3, 5, 7]");
        o.line_once("Total bersama: 15");
        o.line_once("Benar: setiap pekerja melihat hitungannya sendiri");
    };
}

crate::must_not_compile! {
    ch03_03_list_bersama => ["E0499"];
}
