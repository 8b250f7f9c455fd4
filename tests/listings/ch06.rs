//! Pemeriksaan listing Bab 6, proses (`listings/ch06-proses`).

use crate::harness::Output;
use std::collections::{BTreeMap, BTreeSet};

crate::listings! {
    ch06_01_proses_antrean => |o: &Output| {
        let parent = o.int_after("PID proses induk: ") as u64;
        // PID setiap tugas menurut induk (`Child::id`).
        let mut started = BTreeMap::new();
        for i in o.lines_with("dimulai di proses anak PID") {
            let n = o.ints_in::<u64>(o.lines()[i]);
            started.insert(n[0], n[1]);
        }
        assert_eq!(
            started.keys().copied().collect::<Vec<_>>(), vec![0, 1, 2, 3, 4],
            "{}", o.describe("tugas 0..4 dimulai")
        );
        // Hasil yang diterima lewat pipa, dalam urutan apa pun.
        let mut results = BTreeMap::new();
        let mut pids = BTreeSet::new();
        for i in o.lines_with("Diterima dari PID") {
            let n = o.ints_in::<u64>(o.lines()[i]);
            let (pid, task, result) = (n[0], n[1], n[2]);
            assert_eq!(
                started.get(&task), Some(&pid),
                "{}", o.describe(&format!("tugas {task} dilaporkan oleh PID yang menjalankannya"))
            );
            assert_ne!(pid, parent, "{}", o.describe("hasil harus datang dari proses lain"));
            assert!(results.insert(task, result).is_none(), "{}", o.describe("tugas diterima dua kali"));
            pids.insert(pid);
        }
        let want = BTreeMap::from([(0, 0), (1, 1), (2, 4), (3, 9), (4, 16)]);
        assert_eq!(results, want, "{}", o.describe("hasil tugas"));
        assert_eq!(pids.len(), 5, "{}", o.describe("lima PID anak yang berbeda"));
        let last = o.line_of("Hasil: ");
        assert!(
            o.lines()[last].contains("{0: 0, 1: 1, 2: 4, 3: 9, 4: 16}"),
            "{}", o.describe("ringkasan hasil")
        );
        assert!(
            o.lines_with("Diterima dari PID").iter().all(|&i| i < last),
            "{}", o.describe("ringkasan dicetak setelah semua hasil diterima")
        );
        assert_eq!(o.count("gagal"), 0, "{}", o.describe("tidak ada anak yang gagal"));
    };
    ch06_02_nilai_bersama => |o: &Output| {
        assert_eq!(o.int_after("Counter: "), 1_000_000, "{}", o.describe("4 thread x 250.000"));
    };
    ch06_03_array_bersama => |o: &Output| {
        o.assert_contains("Array: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n");
        let fills: BTreeSet<&str> = o
            .lines_with("mengisi indeks")
            .into_iter()
            .map(|i| o.lines()[i])
            .collect();
        let want = BTreeSet::from(["Thread 0 mengisi indeks 0..5", "Thread 1 mengisi indeks 5..10"]);
        assert_eq!(fills, want, "{}", o.describe("dua thread, dua paruh yang terpisah"));
        let array = o.line_of("Array: ");
        assert!(
            o.lines_with("mengisi indeks").iter().all(|&i| i < array),
            "{}", o.describe("array dicetak setelah kedua thread selesai")
        );
    };
    ch06_04_anak_crash => |o: &Output| {
        o.assert_contains("Anak \"normal\": selesai normal, kode keluar 0\n");
        // Panic di `main` anak: kode keluar 101 (bila panic = "unwind").
        o.assert_contains("Anak \"panic\": gagal, kode keluar 101\n");
        // abort: di Unix dihentikan sinyal SIGABRT (6), tanpa kode keluar;
        // di Windows prosesnya berakhir dengan kode keluar bukan nol.
        let abort = o.lines()[o.line_of("Anak \"abort\"")];
        let ok = if cfg!(unix) {
            abort.contains("dihentikan tanpa kode keluar (signal: 6 (SIGABRT)")
        } else {
            abort.contains("gagal, kode keluar")
        };
        assert!(ok, "{}", o.describe("status anak yang abort"));
        assert_eq!(o.int_after("Induk tetap berjalan: 3 anak dijalankan, "), 2, "{}", o.describe("dua anak gagal"));
        let lines = o.lines();
        assert_eq!(
            lines.last().copied(), Some("Induk selesai dengan normal"),
            "{}", o.describe("baris terakhir induk harus tercetak")
        );
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    // Latihan 6.1: status dibuat dari nilai mentah, jadi deterministik.
    ch06_latihan_01_exitcode => |o: &Output| {
        o.assert_lines(&[
            "anak yang selesai normal (exit status: 0): exitcode 0",
            "anak yang panic (exit status: 101): exitcode 101",
            "anak yang memanggil process::exit(300) (exit status: 44): exitcode 44",
            "anak yang di-abort (signal: 6 (SIGABRT)): exitcode -6",
            "anak yang dibunuh child.kill() (signal: 9 (SIGKILL)): exitcode -9",
            "Benar: kode keluar apa adanya, sinyal N menjadi -N, seperti Python.",
        ]);
    };
    // Latihan 6.2: jumlah baris dan keutuhannya tidak bergantung pada
    // interleaving (satu `write_all` per baris yang pendek).
    ch06_latihan_02_pipa_macet => |o: &Output| {
        o.assert_lines(&[
            "Baris diterima: 50000 (diharapkan 50000: 5 x 10000)",
            "Setiap baris utuh dan diterima tepat sekali.",
            "Benar: induk menutup ujung tulisnya, lalu membaca sampai EOF sebelum menunggu.",
        ]);
    };
    // Latihan 6.3: potongan diurutkan menurut indeks awal sebelum dicetak.
    ch06_latihan_03_bagi_potongan => |o: &Output| {
        o.assert_lines(&[
            "10 elemen, 2 pekerja: potongan [0..5, 5..10]",
            "10 elemen, 3 pekerja: potongan [0..4, 4..8, 8..10]",
            "10 elemen, 4 pekerja: potongan [0..3, 3..6, 6..9, 9..10]",
            "7 elemen, 7 pekerja: potongan [0..1, 1..2, 2..3, 3..4, 4..5, 5..6, 6..7]",
            "3 elemen, 5 pekerja: potongan [0..1, 1..2, 2..3]",
            "Benar: paling banyak satu potongan per pekerja, sama rata, semuanya terisi.",
        ]);
    };
}

crate::must_not_compile! {}
