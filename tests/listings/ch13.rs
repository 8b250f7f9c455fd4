//! Pemeriksaan listing Bab 13, menguji kode konkuren (`listings/ch13-menguji`).
//!
//! Ketiga listing adalah uji stres: hasilnya bergantung pada jadwal, jadi yang
//! diperiksa hanya yang berlaku di setiap interleaving. Jumlah run tepat
//! seperti yang diklaim, hitungan kegagalan berada di antara 0 dan jumlah run,
//! dan tidak ada baris lain yang menyelinap. Test TIDAK menuntut kegagalan nol
//! (di mesin lain uji stres bisa saja beruntung menemukan bug-nya) dan TIDAK
//! menuntut ada kegagalan: yang membuktikan bug-nya adalah model loom
//! (`tests/loom.rs`).

use crate::harness::Output;

/// Pemeriksaan bersama: `header` diikuti jumlah run (`RUNS` di listing), lalu
/// `counter` berada di 0..=RUNS.
#[track_caller]
fn stress(o: &Output, header: &str, expected_runs: i128, counter: &str) {
    let runs = o.int_after(header);
    if runs != expected_runs {
        o.fail(&format!(
            "uji stres seharusnya {expected_runs} run, tercetak {runs}"
        ));
    }
    let failures = o.int_after(counter);
    if !(0..=runs).contains(&failures) {
        o.fail(&format!("{counter} {failures} di luar 0..={runs}"));
    }
}

crate::listings! {
    ch13_01_event_bocor => |o: &Output| {
        stress(o, "Uji stres LeakyEvent:", 10_000, "Run yang menggantung:");
        o.int_after("Waktu:");
        assert_eq!(o.lines().len(), 3, "{}", o.describe("tepat tiga baris laporan"));
    };
    ch13_02_pesan_relaxed => |o: &Output| {
        stress(o, "Pesan dengan Relaxed:", 5_000, "Data basi terbaca:");
        assert_eq!(o.lines().len(), 2, "{}", o.describe("tepat dua baris laporan"));
    };
    ch13_03_pesan_release_acquire => |o: &Output| {
        // Dengan Release/Acquire, data basi tidak mungkin di interleaving
        // mana pun (itulah yang dibuktikan loom), jadi di sini nol dituntut.
        stress(o, "Pesan dengan Release/Acquire:", 5_000, "Data basi terbaca:");
        assert_eq!(o.int_after("Data basi terbaca:"), 0, "{}", o.describe("Release/Acquire tidak pernah membaca data basi"));
        assert_eq!(o.lines().len(), 2, "{}", o.describe("tepat dua baris laporan"));
    };
}

crate::must_not_compile! {}
