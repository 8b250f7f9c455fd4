//! Pengolah gambar dengan `--masukan FOLDER --keluaran FOLDER`: folder
//! campuran PNG, JPEG, berkas rusak, berkas yang tidak bisa dibaca, dan
//! berkas lain, seperti folder foto sungguhan.

use super::*;
use image::{DynamicImage, GenericImageView, ImageReader, RgbImage};

const BIN: &str = "ch11-03-pengolah-gambar";

/// Gambar uji berwarna `w` x `h`, berbeda untuk setiap `seed`.
fn picture(w: u32, h: u32, seed: u32) -> DynamicImage {
    let img = RgbImage::from_fn(w, h, |x, y| {
        let v = |k: u32| ((x * k + y * (seed + 2) + seed * 31) % 256) as u8;
        image::Rgb([v(3), v(5), v(7)])
    });
    DynamicImage::ImageRgb8(img)
}

/// Hasil yang benar menurut test ini: abu-abu lalu blur sigma 1,5.
fn expected(input: &Path) -> DynamicImage {
    let img = ImageReader::open(input)
        .unwrap()
        .with_guessed_format()
        .unwrap();
    img.decode().unwrap().grayscale().blur(1.5)
}

/// Berkas keluaran harus PNG abu-abu yang pikselnya sama dengan `expected`.
fn check_output(o: &Output, input: &Path, output: &Path) {
    let got =
        image::open(output).unwrap_or_else(|e| o.fail(&format!("{output:?} tidak terbuka: {e}")));
    let want = expected(input);
    assert_eq!(
        got.color(),
        image::ColorType::L8,
        "{output:?} harus abu-abu"
    );
    let same = got.dimensions() == want.dimensions() && got.as_bytes() == want.as_bytes();
    assert!(
        same,
        "{}",
        o.describe(&format!("piksel {output:?} != abu-abu+blur {input:?}"))
    );
}

/// Nama berkas yang dilaporkan di baris `prefix`, tepat sekali masing-masing.
fn reported(o: &Output, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = o
        .lines_starting(prefix)
        .iter()
        .map(|(_, l)| {
            l[prefix.len()..]
                .split([' ', ':'])
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    names.sort();
    names
}

/// Folder campuran: yang utuh diolah, yang rusak dilaporkan dengan namanya
/// dan dilewati, kode keluar 1, folder keluaran hanya berisi PNG yang utuh.
#[test]
fn ch11_03_pengolah_gambar_folder() {
    let dir = temp_dir("folder");
    let (input, output) = (dir.path().join("foto"), dir.path().join("hasil"));
    std::fs::create_dir_all(input.join("sub")).unwrap();
    picture(64, 48, 1).save(input.join("a.png")).unwrap();
    picture(40, 30, 2).save(input.join("b.v2.jpg")).unwrap();
    picture(33, 17, 3)
        .save_with_format(input.join("C.JPEG"), image::ImageFormat::Jpeg)
        .unwrap();
    picture(8, 8, 4)
        .save(input.join("sub").join("d.png"))
        .unwrap(); // subfolder: diabaikan
    let mut png = Vec::new();
    picture(50, 50, 5)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    std::fs::write(input.join("rusak.png"), &png[..png.len() / 2]).unwrap();
    std::fs::write(input.join("palsu.jpg"), "ini teks, bukan JPEG").unwrap();
    std::fs::write(input.join("catatan.txt"), "bukan gambar").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("tidak-ada.png"), input.join("hilang.png")).unwrap();
    // Folder keluaran sudah ada, dengan a.png lama yang bukan PNG: diganti utuh.
    std::fs::create_dir(&output).unwrap();
    std::fs::write(output.join("a.png"), "berkas lama").unwrap();

    let o = run_bin(
        BIN,
        &[
            "--masukan",
            path_str(&input),
            "--keluaran",
            path_str(&output),
        ],
        RUN_TIMEOUT,
    );
    let mut failed = vec!["palsu.jpg", "rusak.png"];
    if cfg!(unix) {
        failed.insert(0, "hilang.png");
    }
    let n_failed = failed.len();
    o.assert_clean_error("galat: ", &format!("{n_failed} berkas gagal diolah"));
    assert_eq!(
        o.code,
        Some(1),
        "{}",
        o.describe("kode keluar 1: ada yang gagal")
    );
    assert_eq!(
        reported(&o, "  GAGAL  "),
        failed,
        "{}",
        o.describe("berkas gagal")
    );
    assert_eq!(
        reported(&o, "  ok     "),
        ["C.JPEG", "a.png", "b.v2.jpg"],
        "{}",
        o.describe("ok")
    );
    for (_, line) in o.lines_starting("  ok     ") {
        assert!(
            line.contains(", rayon-"),
            "{}",
            o.describe(&format!("thread rayon: {line}"))
        );
    }
    assert_eq!(
        o.int_after("Masukan: "),
        3 + n_failed as i128,
        "{}",
        o.describe("Masukan")
    );
    assert_eq!(
        o.int_after("Berkas lain yang dilewati: "),
        1,
        "{}",
        o.describe("dilewati")
    );
    o.assert_contains(&format!("  Berhasil: 3 dari {}\n", 3 + n_failed));
    assert_eq!(
        o.int_after("Gagal: "),
        n_failed as i128,
        "{}",
        o.describe("Gagal")
    );
    // Hanya keluaran yang utuh, tanpa berkas sementara.
    assert_eq!(
        entries(&output),
        ["C.png", "a.png", "b.v2.png"],
        "{}",
        o.describe("isi keluaran")
    );
    for (src, out) in [
        ("a.png", "a.png"),
        ("b.v2.jpg", "b.v2.png"),
        ("C.JPEG", "C.png"),
    ] {
        check_output(&o, &input.join(src), &output.join(out));
    }
    assert!(
        !input
            .join("sub")
            .join("d.png")
            .with_extension("out")
            .exists()
    );
}

/// Folder yang semuanya utuh: kode keluar 0, tanpa galat.
#[test]
fn ch11_03_pengolah_gambar_folder_ok() {
    let dir = temp_dir("folder-ok");
    let (input, output) = (dir.path().join("foto"), dir.path().join("baru"));
    std::fs::create_dir(&input).unwrap();
    for i in 0..5 {
        picture(30 + i, 20, i)
            .save(input.join(format!("f{i}.png")))
            .unwrap();
    }
    let o = run_bin(
        BIN,
        &[
            "--masukan",
            path_str(&input),
            "--keluaran",
            path_str(&output),
        ],
        RUN_TIMEOUT,
    );
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar 0"));
    assert!(o.stderr.is_empty(), "{}", o.describe("stderr kosong"));
    o.assert_contains("  Berhasil: 5 dari 5\n");
    let names: Vec<String> = (0..5).map(|i| format!("f{i}.png")).collect();
    assert_eq!(
        entries(&output),
        names,
        "{}",
        o.describe("isi keluaran, tanpa berkas sementara")
    );
    for i in 0..5 {
        let name = format!("f{i}.png");
        check_output(&o, &input.join(&name), &output.join(&name));
    }
}

/// Masukan yang salah: galat jelas, kode keluar 2, dan tidak ada yang ditulis.
#[test]
fn ch11_03_pengolah_gambar_folder_bad_input() {
    let dir = temp_dir("folder-salah");
    let input = dir.path().join("foto");
    std::fs::create_dir(&input).unwrap();
    picture(10, 10, 0).save(input.join("a.png")).unwrap();
    let empty = dir.path().join("kosong");
    std::fs::create_dir(&empty).unwrap();
    let clash = dir.path().join("kembar");
    std::fs::create_dir(&clash).unwrap();
    picture(10, 10, 1).save(clash.join("x.png")).unwrap();
    picture(10, 10, 2).save(clash.join("x.jpg")).unwrap();
    let (i, e, c) = (path_str(&input), path_str(&empty), path_str(&clash));
    let out = dir.path().join("hasil");
    let deep = dir.path().join("tidak").join("ada");
    let missing = dir.path().join("x");
    let (o_str, deep_str, m) = (path_str(&out), path_str(&deep), path_str(&missing));
    let cases: [(&[&str], &str); 7] = [
        (
            &["--masukan", i, "--keluaran", i],
            "harus berbeda dari folder masukan",
        ),
        (&["--masukan", i], "harus dipakai bersama"),
        (
            &["--masukan", i, "--keluaran", o_str, "--jumlah", "40"],
            "tidak bisa digabung",
        ),
        (&["--masukan", m, "--keluaran", o_str], "tidak bisa dibaca"),
        (
            &["--masukan", e, "--keluaran", o_str],
            "tidak ada berkas PNG atau JPEG",
        ),
        (&["--masukan", c, "--keluaran", o_str], "sama-sama menjadi"),
        (&["--masukan", i, "--keluaran", deep_str], "gagal dibuat"),
    ];
    for (args, needle) in cases {
        let o = run_bin(BIN, args, RUN_TIMEOUT);
        o.assert_clean_error("galat: ", needle);
        assert_eq!(
            o.code,
            Some(2),
            "{}",
            o.describe(&format!("{args:?}: kode keluar 2"))
        );
        assert!(
            !out.exists(),
            "{args:?}: folder keluaran tidak boleh dibuat"
        );
    }
    assert_eq!(
        entries(&input),
        ["a.png"],
        "folder masukan tidak boleh berubah"
    );
}
