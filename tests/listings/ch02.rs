//! Pemeriksaan listing Bab 2 (`listings/ch02-thread-dasar`).

use crate::harness::Output;

/// Baris `detak ke-N` bernomor 1, 2, 3, ... berurutan; hasilnya indeks barisnya.
#[track_caller]
fn heartbeats(o: &Output) -> Vec<usize> {
    let idx = o.lines_with("[detak] detak ke-");
    for (k, &i) in idx.iter().enumerate() {
        let want = format!("  [detak] detak ke-{}", k + 1);
        if o.lines()[i] != want {
            o.fail(&format!("detak ke-{} seharusnya berbunyi {want:?}", k + 1));
        }
    }
    idx
}

crate::listings! {
    ch02_01_unduh => |o: &Output| {
        let files = [("file_a.zip", 200), ("file_b.zip", 300), ("file_c.zip", 100)];
        let n = o.lines().len();
        let seq = o.line_of("=== Berurutan ===");
        let con = o.line_of("=== Konkuren ===");
        assert!(seq < con, "{}", o.describe("bagian berurutan dulu"));
        // Berurutan: urutannya pasti, mulai-selesai satu per satu.
        let mut last = seq;
        for (name, ms) in files {
            let start = o.line_once_in(seq..con, &format!("Mulai unduh {name}..."));
            let end = o.line_once_in(seq..con, &format!("{name} selesai ({ms} ms)"));
            assert!(last < start && start + 1 == end, "{}", o.describe(&format!(
                "berurutan: {name} harus mulai setelah berkas sebelumnya dan langsung selesai"
            )));
            last = end;
        }
        // Konkuren: urutan antar-berkas bebas, tetapi tiap berkas selesai
        // setelah ia sendiri mulai.
        for (name, ms) in files {
            let start = o.line_once_in(con..n, &format!("Mulai unduh {name}..."));
            let end = o.line_once_in(con..n, &format!("{name} selesai ({ms} ms)"));
            assert!(start < end, "{}", o.describe(&format!("konkuren: {name} selesai sebelum mulai")));
        }
        let seq_total = o.int_after("Total berurutan:");
        let con_total = o.int_after("Total konkuren:");
        assert!(o.line_of("Total konkuren:") == n - 1, "{}", o.describe("total konkuren di akhir"));
        assert!(seq_total >= 600, "{}", o.describe("berurutan minimal 200+300+100 ms"));
        assert!(con_total >= 300, "{}", o.describe("konkuren minimal selama unduhan terlama"));
        assert!((con_total as f64) < 0.8 * seq_total as f64, "{}", o.describe(
            "total konkuren harus < 0,8 x total berurutan"
        ));
    };

    ch02_03_builder_nama => |o: &Output| {
        let all = 0..o.lines().len();
        o.line_once_in(all.clone(), "Nama thread utama: Some(\"main\")");
        o.line_once_in(all.clone(), "Nama thread baru: Some(\"pekerja-saya\")");
        let not_yet = o.line_once_in(all.clone(), "Sudah selesai? false");
        let start = o.line_once_in(all.clone(), "Tugas 1 mulai (thread: pekerja-saya)");
        let end = o.line_once_in(all.clone(), "Tugas 1 selesai");
        let done = o.line_once_in(all.clone(), "Sudah selesai? true");
        let joined = o.line_once_in(all.clone(), "Nilai dari join: 10");
        assert!(not_yet < start && start < end && end < done && done < joined, "{}",
            o.describe("urutan: belum selesai, mulai, selesai, is_finished true, join"));
        o.line_once_in(all, "Nama thread tanpa Builder: None");
    };

    ch02_04_detak_ditinggal => |o: &Output| {
        let beats = heartbeats(o);
        // Selain detak, hanya tiga baris milik main, dalam urutan ini.
        let main_lines: Vec<&str> = o.lines().into_iter()
            .filter(|l| !l.contains("[detak]")).collect();
        assert_eq!(main_lines, [
            "Program utama berjalan...",
            "Thread detak masih berjalan? true",
            "Program utama selesai; thread detak tidak ditunggu.",
        ], "{}", o.describe("baris dari main"));
        assert_eq!(beats.len() + 3, o.lines().len(), "{}", o.describe("baris tak dikenal"));
    };

    ch02_05_detak_ditunggu => |o: &Output| {
        let beats = heartbeats(o);
        let n = o.int_after("berhenti setelah") as usize;
        assert!(n >= 1, "{}", o.describe("detak pertama terjadi sebelum menunggu sinyal"));
        assert_eq!(beats.len(), n, "{}", o.describe("nilai dari join = banyak detak tercetak"));
        let stopped = o.line_of("[detak] berhenti dengan rapi");
        let last = o.line_of("Thread detak berhenti setelah");
        assert!(beats.iter().all(|&i| i < stopped) && stopped < last, "{}",
            o.describe("semua detak, lalu berhenti, lalu baris terakhir main"));
        assert_eq!(last, o.lines().len() - 1, "{}", o.describe("baris main terakhir"));
    };

    ch02_06_banyak_thread => |o: &Output| {
        let all = 0..o.lines().len();
        let fin = o.line_once_in(all.clone(), "Semua tugas selesai!");
        for i in 0..5 {
            let start = o.line_once_in(all.clone(), &format!("Tugas {i} mulai (thread: pekerja-{i})"));
            let end = o.line_once_in(all.clone(), &format!("Tugas {i} selesai"));
            assert!(start < end && end < fin, "{}", o.describe(&format!("urutan tugas {i}")));
        }
        o.assert_contains("Hasil sesuai urutan pembuatan: [0, 1, 4, 9, 16]");
        assert_eq!(o.lines().len(), 11, "{}", o.describe("5 mulai + 5 selesai + 1 penutup"));
    };

    ch02_07_scope_pinjam => |o: &Output| {
        assert_eq!(o.int_after("Jumlah:"), 95, "{}", o.describe("jumlah"));
        assert_eq!(o.int_after("Maksimum:"), 31, "{}", o.describe("maksimum"));
        o.assert_contains("Isi report: laporan dari thread ketiga");
        o.assert_contains("readings masih milik main: [12, 7, 31, 5, 22, 18]");
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch02_latihan_01_hasil_berurutan => |o: &Output| {
        o.line_once("Urutan selesai: [5, 4, 3, 2, 1]");
        o.line_once("Hasil Anda: [9, 1, 16, 25, 4]");
        o.line_once("Benar: 5 hasil dalam urutan masukan");
    };
    ch02_latihan_02_pinjam_scope => |o: &Output| {
        o.line_once("Jumlah kiri dan kanan: (15, 40)");
        o.line_once("Benar: 15 dan 40");
    };
}

crate::must_not_compile! {
    ch02_02_tanpa_move => ["E0373"];
}
