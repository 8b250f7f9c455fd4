//! Pemeriksaan listing Lampiran C, pengukuran (`listings/lampiran-c-pengukuran`).
//!
//! Hanya hasil yang dijamin yang diperiksa (total penghitung, jumlah prima);
//! waktu dan percepatan tidak pernah di-assert: itu urusan `cargo xtask bench`.

use crate::harness::Output;

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
            let total = o.int_in::<i64>(o.only_line(label), "total");
            assert_eq!(total, 1_000_000, "{}", o.describe(&format!("total {label}")));
            o.int_in::<i64>(o.only_line(label), "waktu");
        }
    };
    // Kedua algoritma menemukan tepat 78.498 prima di 1..1.000.001.
    lampiran_c_02_saringan_vs_thread => |o: &Output| {
        assert!(
            o.int_in::<i64>(o.only_line("Pembagian percobaan"), "rayon") >= 1,
            "{}",
            o.describe("jumlah thread rayon harus >= 1")
        );
        for label in ["Pembagian percobaan", "Saringan Eratosthenes"] {
            let count = o.int_in::<i64>(o.only_line(label), ":");
            assert_eq!(count, 78_498, "{}", o.describe(&format!("jumlah prima {label}")));
            o.int_in::<i64>(o.only_line(label), "waktu");
        }
        o.assert_contains("Saringan lebih cepat:");
    };
}

crate::must_not_compile! {}
