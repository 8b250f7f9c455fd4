//! Pemeriksaan listing Bab 9, berbagi data dan komunikasi
//! (`listings/ch09-berbagi-data`).

use crate::harness::Output;

const WORDS: [&str; 4] = ["Hello", "World", "From", "Sender"];

crate::listings! {
    ch09_01_dict_bersama => |o: &Output| {
        let dict = o.line_of("Dict bersama: ");
        for i in 0..5 {
            let set = o.exact_line(&format!("Set key{i} = val{i}"));
            assert!(set < dict, "{}", o.describe("setiap Set dicetak sebelum isi dict"));
        }
        assert_eq!(o.count("Set "), 5, "{}", o.describe("tepat 5 worker menulis"));
        assert_eq!(
            o.rest_after("Dict bersama: "),
            [r#"{"key0": "val0", "key1": "val1", "key2": "val2", "key3": "val3", "key4": "val4"}"#],
            "{}",
            o.describe("isi dict harus tepat key0..key4 = val0..val4")
        );
    };
    ch09_02_list_bersama => |o: &Output| {
        let sorted = o.rest_after("List bersama (urut): ");
        assert_eq!(sorted, ["[0, 1, 10, 11, 20, 21]"], "{}", o.describe("list terurut"));
        let arrival = o.list_in::<u32>(&o.rest_after("Urutan masuk: ")[0]);
        let mut check = arrival.clone();
        check.sort();
        assert_eq!(check, [0, 1, 10, 11, 20, 21], "{}", o.describe("urutan masuk harus permutasi"));
        // Satu worker mendorong i*10 sebelum i*10 + 1.
        for i in 0..3 {
            let a = arrival.iter().position(|&x| x == i * 10).unwrap();
            let b = arrival.iter().position(|&x| x == i * 10 + 1).unwrap();
            assert!(a < b, "{}", o.describe("urutan dalam satu worker harus terjaga"));
        }
    };
    ch09_03_konfigurasi => |o: &Output| {
        let together = o.exact_line("Ketiga pembaca memegang read lock pada saat yang sama");
        for i in 1..=3 {
            let r = o.exact_line(&format!("Pembaca {i}: MyApp v1.0"));
            assert!(r < together, "{}", o.describe("pembaca dicetak sebelum join"));
        }
        assert_eq!(o.count("Pembaca "), 3, "{}", o.describe("tepat tiga pembaca"));
        o.assert_last_line("Namespace setelah diperbarui: MyApp v1.1");
    };
    ch09_04_pipe_channel => |o: &Output| {
        assert_eq!(o.rest_after("Terkirim: "), WORDS, "{}", o.describe("urutan kirim"));
        assert_eq!(o.rest_after("Diterima: "), WORDS, "{}", o.describe("urutan terima"));
        let sent = o.lines_with("Terkirim: ");
        let got = o.lines_with("Diterima: ");
        // "Terkirim" kata ke-(i-1) dicetak sebelum kata ke-i dikirim.
        for i in 1..4 {
            assert!(sent[i - 1] < got[i], "{}", o.describe("terima kata i setelah kirim kata i-1"));
        }
        let closed = o.exact_line("Penerima: channel ditutup, perulangan selesai");
        assert!(closed > got[3], "{}", o.describe("channel ditutup setelah kata terakhir"));
        o.assert_last_line("Komunikasi selesai!");
    };
    ch09_05_minta_balas => |o: &Output| {
        for (name, ns) in [("A", [2u64, 3, 4]), ("B", [10, 11, 12])] {
            let lines = o.rest_after(&format!("Klien {name}: kuadrat "));
            let want: Vec<String> = ns.iter().map(|n| format!("{n} = {}", n * n)).collect();
            assert_eq!(lines, want, "{}", o.describe(&format!("balasan klien {name}")));
        }
        assert_eq!(o.count("Klien "), 6, "{}", o.describe("enam balasan"));
        o.assert_last_line("Server: semua klien selesai, server berhenti");
    };
    ch09_06_select => |o: &Output| {
        assert_eq!(
            o.rest_after("Dari sensor: "),
            ["suhu-1", "suhu-2", "suhu-3", "suhu-4"],
            "{}",
            o.describe("pesan sensor: masing-masing sekali, urutannya terjaga")
        );
        assert_eq!(
            o.rest_after("Dari berita: "),
            ["berita-1", "berita-2", "berita-3"],
            "{}",
            o.describe("pesan berita: masing-masing sekali, urutannya terjaga")
        );
        let last_sensor = *o.lines_with("Dari sensor: ").last().unwrap();
        let last_news = *o.lines_with("Dari berita: ").last().unwrap();
        assert!(o.exact_line("Channel sensor ditutup") > last_sensor, "{}", o.describe("tutup sensor"));
        assert!(o.exact_line("Channel berita ditutup") > last_news, "{}", o.describe("tutup berita"));
        o.assert_last_line("Kedua channel ditutup, selesai");
    };
    ch09_07_backpressure => |o: &Output| {
        o.exact_line("try_send item 0: masuk buffer");
        o.exact_line("try_send item 1: masuk buffer");
        o.exact_line("try_send item 2: PENUH, ditolak");
        // Item k baru masuk setelah konsumen mengambil item k-2, dan konsumen
        // mengambil satu item per 50 ms: batas bawah ini dijamin.
        for k in 2..7u32 {
            let ms = o.int_after(&format!("send item {k} masuk pada "));
            let min = 50 * (i128::from(k) - 2);
            assert!(ms >= min, "{}", o.describe(&format!("item {k} harus menunggu >= {min} ms")));
        }
        assert!(o.int_after("Produsen selesai pada ") >= 200, "{}", o.describe("produsen tertahan"));
        let done: Vec<String> = (0..7).map(|i| i.to_string()).collect();
        assert_eq!(o.rest_after("Konsumen selesai memproses item "), done, "{}", o.describe("konsumen 0..6"));
    };
    ch09_08_pipe_proses => |o: &Output| {
        let parent = o.int_after("PID induk: ");
        let child = o.int_after("PID anak: ");
        assert_ne!(parent, child, "{}", o.describe("anak harus proses lain"));
        assert_eq!(o.rest_after("Terkirim: "), WORDS, "{}", o.describe("urutan kirim"));
        let replies: Vec<String> = WORDS.iter().map(|w| format!("diterima {w}")).collect();
        assert_eq!(o.rest_after("Dari anak: diterima"), WORDS, "{}", o.describe("anak menerima 4 kata berurutan"));
        assert_eq!(o.count("Dari anak: diterima"), replies.len());
        let sent = o.lines_with("Terkirim: ");
        let got = o.lines_with("Dari anak: diterima");
        for i in 0..4 {
            assert!(sent[i] < got[i], "{}", o.describe("balasan setelah kiriman"));
        }
        o.assert_contains("Anak selesai dengan status: exit status: 0");
        o.assert_last_line("Komunikasi antarproses selesai!");
    };
    // Latihan: starter dan jawaban salahnya diperiksa harness (harness/latihan.rs).
    ch09_latihan_01_tutup_channel => |o: &Output| {
        o.assert_lines(&[
            "Laporan diterima: 4",
            "Laporan (diurutkan): [10, 20, 30, 40]",
            "Benar: 4 laporan diterima, lalu perulangan berhenti sendiri karena \
             Sender terakhir sudah di-drop.",
        ]);
    };
    // Latihan 9.2 (solusi): putusan dari waktu ideal; waktu terukur hanya
    // batas bawah yang dijamin (item k menunggu konsumen mengambil item
    // k - kapasitas, satu per 50 ms) dan batas atas longgar untuk unbounded.
    ch09_latihan_02_tebak_antrean => |o: &Output| {
        o.assert_contains("unbounded(): tebakan 0 ms");
        o.assert_contains("bounded(2): tebakan 100 ms");
        o.assert_contains("bounded(0): tebakan 200 ms");
        let unbounded: u64 = o.int_in_line("unbounded():", "terukur");
        let b2: u64 = o.int_in_line("bounded(2):", "terukur");
        let b0: u64 = o.int_in_line("bounded(0):", "terukur");
        if b2 < 100 || b0 < 200 {
            o.fail(&format!("bounded(2) {b2} ms < 100 atau bounded(0) {b0} ms < 200"));
        }
        if unbounded >= 100 {
            o.fail(&format!("unbounded {unbounded} ms: send tanpa batas menunggu?"));
        }
        o.assert_contains("Benar: tanpa batas produsen tidak pernah menunggu");
    };
    ch09_latihan_03_hitung_kata => |o: &Output| {
        o.assert_lines(&[
            "Hitungan Anda: {\"dua\": 3, \"satu\": 1, \"tiga\": 5}",
            "Benar: 4 baris dihitung di 4 thread, semuanya ke satu map bersama.",
        ]);
    };
}

crate::must_not_compile! {}
