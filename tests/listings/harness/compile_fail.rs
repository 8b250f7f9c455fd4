//! Listing yang *tidak boleh* dikompilasi (`NN-nama.fail.rs`): rustc harus
//! menolaknya dengan kode galat yang diharapkan (atau, untuk galat tanpa
//! kode, pesan utamanya).

use std::process::Command;
use std::time::Duration;

use listing_model::Kind;

use super::{blessing, listing, root, run_command};

/// Kode galat rustc (`E0373`, ...) yang muncul di sebuah keluaran compiler.
pub fn error_codes(stderr: &str) -> Vec<String> {
    let mut codes: Vec<String> = stderr
        .match_indices("error[E")
        .map(|(i, _)| stderr[i + 6..].chars().take(5).collect())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Apakah `s` sebuah kode galat rustc (`E0373`), bukan pesan galat.
fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit())
}

/// Pesan galat utama yang diharapkan (`error: <pesan>`) dan tidak ada di
/// `stderr`.
fn missing_messages<'a>(stderr: &str, messages: &[&'a str]) -> Vec<&'a str> {
    messages
        .iter()
        .copied()
        .filter(|m| {
            !stderr
                .lines()
                .any(|l| l.starts_with("error") && l.ends_with(&format!(": {m}")))
        })
        .collect()
}

/// Test listing yang *tidak boleh* dikompilasi: rustc harus menolaknya dengan
/// kode galat yang diharapkan (atau, untuk galat tanpa kode, pesan utamanya),
/// dan pesan compiler yang di-commit (`NN-nama.fail.err`, yang ditampilkan
/// buku) harus memuat hal yang sama. Listing yang memakai tokio, rayon, atau
/// crossbeam dikompilasi dengan `--extern` ke crate yang sama dengan buku
/// (lihat `tests/krate`).
pub fn check_must_not_compile(test_ident: &str, expected: &[&str]) {
    let listing = listing(test_ident, Kind::MustNotCompile);
    let bin = listing.program_id();
    let rel = std::path::PathBuf::from(listing.path());
    let source = std::fs::read_to_string(root().join(&rel)).unwrap();
    let externs = crate::krate::extern_args(&crate::krate::crates_used(&source))
        .unwrap_or_else(|e| panic!("listing {bin}: {e}"));
    let (codes, messages): (Vec<&str>, Vec<&str>) = expected.iter().partition(|s| is_error_code(s));
    // Dihapus otomatis saat keluar dari cakupan, juga bila test gagal.
    let tmp = tempfile::Builder::new()
        .prefix("gagal-kompilasi-")
        .tempdir()
        .unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = run_command(
        &bin,
        Command::new(rustc)
            .args([
                "--edition",
                "2024",
                "--crate-type",
                "bin",
                "--emit",
                "metadata",
            ])
            // Tanpa --crate-name rustc memakai nama berkas (`01-x.fail`), yang
            // bukan nama crate yang sah, dan berhenti sebelum memeriksa kode.
            .args(["--crate-name", test_ident])
            .args(&externs)
            .arg("--out-dir")
            .arg(tmp.path())
            .arg(&rel)
            .env("CARGO_TERM_COLOR", "never"),
        Duration::from_secs(120),
    );
    drop(tmp);
    if out.code == Some(0) {
        panic!(
            "listing {bin}: {} seharusnya TIDAK bisa dikompilasi, tetapi lolos",
            rel.display()
        );
    }
    let live_codes = error_codes(&out.stderr);
    let mut want: Vec<String> = codes.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(
        live_codes, want,
        "listing {bin}: kode galat compiler berbeda dari yang diharapkan\n{}",
        out.stderr
    );
    let missing = missing_messages(&out.stderr, &messages);
    assert!(
        missing.is_empty(),
        "listing {bin}: compiler tidak melaporkan galat {missing:?}\n{}",
        out.stderr
    );
    let err_file = root().join(listing.sibling(Kind::CompilerMessage).path());
    if blessing() {
        std::fs::write(
            &err_file,
            crate::krate::normalize_compiler_output(&out.stderr),
        )
        .unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&err_file).unwrap_or_else(|_| {
        panic!(
            "listing {bin}: pesan compiler {} belum ada; buat dengan `BLESS=1 cargo test {test_ident}`",
            err_file.display()
        )
    });
    assert_eq!(
        error_codes(&committed),
        want,
        "listing {bin}: pesan compiler yang di-commit ({}) tidak memuat kode galat yang diharapkan",
        err_file.display()
    );
    let missing = missing_messages(&committed, &messages);
    assert!(
        missing.is_empty(),
        "listing {bin}: pesan compiler yang di-commit ({}) tidak memuat galat {missing:?}",
        err_file.display()
    );
}
