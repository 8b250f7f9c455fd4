//! Pemeriksaan listing Lampiran C, pengukuran (`listings/lampiran-c-pengukuran`).
//!
//! Hanya hasil yang dijamin yang diperiksa (total penghitung, jumlah prima);
//! waktu dan percepatan tidak pernah di-assert: itu urusan `cargo xtask bench`.

use crate::harness::Output;

/// Bilangan bulat pertama setelah `after` pada satu-satunya baris yang memuat
/// `label`.
#[track_caller]
fn int_in_line(o: &Output, label: &str, after: &str) -> i64 {
    if o.count(label) != 1 {
        o.fail(&format!("harus ada tepat satu baris yang memuat {label:?}"));
    }
    let line = o.lines()[o.line_of(label)];
    let i = line
        .find(after)
        .unwrap_or_else(|| o.fail(&format!("baris {line:?} tidak memuat {after:?}")));
    let digits: String = line[i + after.len()..]
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| o.fail(&format!("tidak ada bilangan setelah {after:?} di {line:?}")))
}

crate::listings! {
    // Setiap varian penghitung mencapai total yang tepat, 10 x 100.000, dan
    // setiap varian mencetak waktunya.
    lampiran_c_01_counter_kontensi => |o: &Output| {
        assert_eq!(o.int_after("Thread:"), 10, "{}", o.describe("jumlah thread"));
        assert_eq!(
            o.int_after("tambahan per thread:"),
            100_000,
            "{}",
            o.describe("tambahan per thread")
        );
        for label in ["Mutex:", "AtomicUsize:", "Jumlah lokal:"] {
            let total = int_in_line(o, label, "total");
            assert_eq!(total, 1_000_000, "{}", o.describe(&format!("total {label}")));
            int_in_line(o, label, "waktu");
        }
    };
    // Kedua algoritma menemukan tepat 78.498 prima di 1..1.000.001.
    lampiran_c_02_saringan_vs_thread => |o: &Output| {
        assert!(
            int_in_line(o, "Pembagian percobaan", "rayon") >= 1,
            "{}",
            o.describe("jumlah thread rayon harus >= 1")
        );
        for label in ["Pembagian percobaan", "Saringan Eratosthenes"] {
            let count = int_in_line(o, label, ":");
            assert_eq!(count, 78_498, "{}", o.describe(&format!("jumlah prima {label}")));
            int_in_line(o, label, "waktu");
        }
        o.assert_contains("Saringan lebih cepat:");
    };
}

crate::must_not_compile! {}
