//! Pengolah gambar: keluaran yang dicetak dan berkas yang ditulisnya.

use super::*;

const CORRUPT: &str = "gambar-37.png";

/// Checksum (berurutan, paralel) per nama gambar, dari keluaran.
fn checksums(o: &Output) -> BTreeMap<String, (String, String)> {
    let mut map = BTreeMap::new();
    for text in o.lines() {
        let t: Vec<&str> = text.split_whitespace().collect();
        if t.len() == 6 && t[0].starts_with("gambar-") && t[3] == "|" {
            if t[1] != "512x512" {
                o.fail(&format!("ukuran keluaran salah: {text:?}"));
            }
            let prev = map.insert(t[0].to_string(), (t[2].to_string(), t[4].to_string()));
            if prev.is_some() {
                o.fail(&format!("{} tercetak dua kali", t[0]));
            }
        }
    }
    map
}

/// Berlaku untuk setiap `--jumlah N` (bawaan 50): satu berkas rusak, sisanya
/// diolah dengan checksum yang sama di kedua run.
pub(super) fn check_images(o: &Output) {
    let sums = checksums(o);
    let count = o.int_after("Gambar: ");
    if !(38..=1000).contains(&count) {
        o.fail(&format!("jumlah gambar {count} di luar 38..=1000"));
    }
    for i in 0..count {
        let name = format!("gambar-{i:02}.png");
        match sums.get(&name) {
            _ if name == CORRUPT => {
                if sums.contains_key(&name) {
                    o.fail("berkas rusak tidak boleh punya checksum");
                }
            }
            Some((seq, par)) if seq == par => {}
            Some((seq, par)) => o.fail(&format!(
                "{name}: checksum berurutan {seq} != paralel {par}"
            )),
            None => o.fail(&format!("{name} tidak diolah")),
        }
    }
    for run in ["berurutan", "paralel"] {
        let failures = o.lines_with(&format!("  {run}: "));
        let ok = failures.len() == 1 && o.lines()[failures[0]].contains(CORRUPT);
        if !ok {
            o.fail(&format!(
                "run {run} harus melaporkan tepat satu berkas gagal, yaitu {CORRUPT}"
            ));
        }
    }
    for (label, want) in [
        ("Berhasil (berurutan): ", count - 1),
        ("Berhasil (paralel): ", count - 1),
        ("Gagal (berurutan): ", 1),
        ("Gagal (paralel): ", 1),
        ("Checksum sama: ", count - 1),
        ("Berkas keluaran 512x512 diperiksa: ", 2 * (count - 1)),
    ] {
        assert_eq!(o.int_after(label), want, "{}", o.describe(label));
    }
    // Waktu dicetak dan berlabel; percepatan tidak di-assert.
    for label in [
        "Waktu berurutan: ",
        "Waktu paralel: ",
        "Decode: ",
        "Filter: ",
        "Encode: ",
        "Baca + tulis berkas: ",
    ] {
        assert!(o.int_after(label) >= 0);
    }
    assert!(o.float_after("Percepatan: ") > 0.0);
}

/// Berkas keluaran dibuka ulang oleh test ini: ukurannya 512x512 dan
/// checksum pikselnya sama dengan yang dicetak untuk kedua run.
#[test]
fn ch11_03_pengolah_gambar_files() {
    let dir = temp_dir("gambar");
    let o = run_bin(
        "ch11-03-pengolah-gambar",
        &["--simpan", path_str(dir.path())],
        RUN_TIMEOUT,
    );
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_images(&o);
    let sums = checksums(&o);
    let inputs = std::fs::read_dir(dir.path().join("masukan")).unwrap().count();
    assert_eq!(inputs, 50, "50 berkas masukan");
    for (sub, pick) in [("berurutan", 0), ("paralel", 1)] {
        let out = dir.path().join(sub);
        assert!(
            !out.join(CORRUPT).exists(),
            "{sub}/{CORRUPT} tidak boleh ada"
        );
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 49, "{sub}: 49");
        for (name, pair) in &sums {
            let img = image::open(out.join(name))
                .unwrap_or_else(|e| o.fail(&format!("{sub}/{name} tidak terbuka: {e}")));
            assert_eq!((img.width(), img.height()), (512, 512), "{sub}/{name}");
            let crc = format!("{:08x}", crc32fast::hash(img.as_bytes()));
            let printed = if pick == 0 { &pair.0 } else { &pair.1 };
            assert_eq!(&crc, printed, "checksum {sub}/{name} dari berkasnya");
        }
    }
}

/// Ukuran lain (`cargo xtask bench` memakai `--jumlah` yang lebih besar):
/// pemeriksaan yang sama tetap berlaku, dan jumlah yang tidak sah ditolak.
#[test]
fn ch11_03_pengolah_gambar_jumlah() {
    let o = run_bin("ch11-03-pengolah-gambar", &["--jumlah", "39"], RUN_TIMEOUT);
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    assert_eq!(o.int_after("Gambar: "), 39, "{}", o.describe("--jumlah 39"));
    check_images(&o);
    let bad = run_bin("ch11-03-pengolah-gambar", &["--jumlah", "5"], RUN_TIMEOUT);
    bad.assert_clean_error("galat: --jumlah ", "38..=1000");
}

#[test]
fn ch11_03_pengolah_gambar_missing_dir() {
    let dir = temp_dir("gambar-tanpa-folder");
    let missing = dir.path().join("tidak-ada");
    let o = run_bin(
        "ch11-03-pengolah-gambar",
        &["--simpan", path_str(&missing)],
        RUN_TIMEOUT,
    );
    o.assert_clean_error("galat: folder ", "tidak ada");
    assert!(!missing.exists());
}
