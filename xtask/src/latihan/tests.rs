//! `latihan` dan `periksa` di repositori tiruan kecil (satu latihan std saja,
//! tanpa dependensi), termasuk kompilasi sungguhan lewat cargo.

use super::*;

const SOLUTION: &str = "\
fn answer() -> u32 {
    // LATIHAN: Kembalikan 42.
    42
    // LATIHAN_END
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let got = std::panic::catch_unwind(answer);
    match got {
        Ok(42) => println!(\"Benar: 42\"),
        Ok(n) => {
            println!(\"Belum benar: {n}\");
            std::process::exit(1);
        }
        Err(_) => {
            println!(\"Belum dikerjakan\");
            std::process::exit(1);
        }
    }
}
";

fn book() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("xtask-latihan-")
        .tempdir()
        .unwrap();
    let ch = dir.path().join("listings/ch09-contoh");
    std::fs::create_dir_all(&ch).unwrap();
    std::fs::write(ch.join("latihan-01-jawaban.rs"), SOLUTION).unwrap();
    std::fs::write(ch.join("01-biasa.rs"), "fn main() {}\n").unwrap();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        "[package]\nname = \"buku\"\nversion = \"0.0.0\"\n\n[dependencies]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("Cargo.lock"), "version = 4\n").unwrap();
    std::fs::create_dir_all(dir.path().join("tests")).unwrap();
    std::fs::write(
        dir.path().join("tests/playground.toml"),
        "crates = [\"rayon\"]\n",
    )
    .unwrap();
    dir
}

fn latihan_cmd(root: &Path, nama: Option<&str>, timpa: bool) -> anyhow::Result<()> {
    latihan(
        root,
        &LatihanArgs {
            nama: nama.map(str::to_string),
            timpa,
        },
    )
}

fn periksa_cmd(root: &Path, nama: &str) -> anyhow::Result<()> {
    periksa(
        root,
        &PeriksaArgs {
            nama: nama.to_string(),
        },
    )
}

#[test]
fn starter_copy_is_derived_and_never_overwritten_by_accident() {
    let b = book();
    let root = b.path();
    latihan_cmd(root, Some("ch09-01"), false).unwrap();
    let copy = root.join("latihan/ch09-01-jawaban.rs");
    let text = std::fs::read_to_string(&copy).unwrap();
    assert_eq!(text, latihan::starter(SOLUTION).unwrap());
    std::fs::write(&copy, "// suntingan pembaca\n").unwrap();
    let err = latihan_cmd(root, Some("ch09-01-jawaban"), false)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("sudah ada") && err.contains("--timpa"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        "// suntingan pembaca\n"
    );
    latihan_cmd(root, Some("ch09-01"), true).unwrap();
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), text);
}

#[test]
fn unknown_names_and_missing_copies_are_clear_errors() {
    let b = book();
    let root = b.path();
    for name in ["ch09-02", "ch09-01-x", "1.1", "ch09-01-biasa"] {
        let err = latihan_cmd(root, Some(name), false)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("tidak ada latihan bernama `{name}`")),
            "{err}"
        );
        assert!(err.contains("ch09-01"), "daftar nama yang ada: {err}");
    }
    let err = periksa_cmd(root, "ch09-01").unwrap_err().to_string();
    assert!(
        err.contains("belum ada") && err.contains("cargo xtask latihan ch09-01"),
        "{err}"
    );
    assert!(!root.join("target").exists(), "tidak ada yang dikompilasi");
}

/// Alur lengkap: starter ditolak ("belum dikerjakan"), jawaban salah ditolak,
/// kode yang tidak terkompilasi dicatat, jawaban benar diterima; status
/// tercatat per sidik berkas.
#[test]
fn periksa_compiles_runs_and_records_the_verdict() {
    let b = book();
    let root = b.path();
    latihan_cmd(root, Some("ch09-01"), false).unwrap();
    let copy = root.join("latihan/ch09-01-jawaban.rs");
    let status = || read_status(root, "ch09-01", &copy);

    let err = periksa_cmd(root, "ch09-01").unwrap_err().to_string();
    assert!(err.contains("belum dikerjakan"), "{err}");
    assert_eq!(status(), Some((Status::NotDone, true)));

    let starter = std::fs::read_to_string(&copy).unwrap();
    std::fs::write(&copy, starter.replace("todo!()", "41")).unwrap();
    let err = periksa_cmd(root, "ch09-01").unwrap_err().to_string();
    assert!(err.contains("belum benar"), "{err}");
    assert_eq!(status(), Some((Status::Wrong, true)));

    std::fs::write(&copy, starter.replace("todo!()", "\"42\"")).unwrap();
    let err = periksa_cmd(root, "ch09-01").unwrap_err().to_string();
    assert!(err.contains("belum bisa dikompilasi"), "{err}");
    assert_eq!(status(), Some((Status::DoesNotCompile, true)));

    std::fs::write(&copy, starter.replace("todo!()", "40 + 2")).unwrap();
    periksa_cmd(root, "ch09-01").unwrap();
    assert_eq!(status(), Some((Status::Correct, true)));

    // Berkas diubah sesudahnya: status lama tidak berlaku lagi.
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&copy, starter.replace("todo!()", "42 ")).unwrap();
    assert_eq!(status(), Some((Status::Correct, false)));
    list(root, &exercises(root)).unwrap();
}

#[test]
fn the_project_uses_only_playground_crates_from_the_book() {
    let b = book();
    std::fs::write(
        b.path().join("Cargo.toml"),
        "[package]\nname = \"buku\"\n\n[dependencies]\nrayon = \"1.12.0\"\n\
         image = { version = \"0.25\", default-features = false }\n",
    )
    .unwrap();
    let m = manifest(
        b.path(),
        Path::new("/rumah/pembaca/latihan/ch09-01-jawaban.rs"),
    )
    .unwrap();
    assert!(m.contains("rayon = \"1.12.0\""), "{m}");
    assert!(!m.contains("image"), "{m}");
    assert!(
        m.contains("path = \"/rumah/pembaca/latihan/ch09-01-jawaban.rs\""),
        "{m}"
    );
    assert!(m.contains("[workspace]"), "{m}");
}

/// Dependensi berbentuk tabel (tokio dengan `features`) tetap di bawah
/// `[dependencies]` manifest salinan pembaca; dulu menjadi tabel `[tokio]`
/// di akar, dan latihan tokio gagal dengan E0433.
#[test]
fn manifest_keeps_table_dependencies_under_dependencies() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        "[dependencies]\nrayon = \"1.12.0\"\n\
         tokio = { version = \"1.54.1\", features = [\"full\"] }\n\
         image = \"0.25.10\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("tests")).unwrap();
    std::fs::write(
        dir.path().join("tests/playground.toml"),
        "crates = [\"rayon\", \"tokio\"]\n",
    )
    .unwrap();
    let text = manifest(dir.path(), Path::new("latihan/ch10-01-x.rs")).unwrap();
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let deps = parsed["dependencies"].as_table().unwrap();
    assert_eq!(deps["rayon"].as_str(), Some("1.12.0"));
    assert_eq!(deps["tokio"]["features"][0].as_str(), Some("full"));
    assert!(
        !deps.contains_key("image"),
        "crate di luar Playground ikut: {text}"
    );
    assert!(
        !parsed.contains_key("tokio"),
        "tokio di akar manifest: {text}"
    );
}
