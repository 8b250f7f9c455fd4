//! Menjalankan dan memeriksa setiap listing buku. Satu modul per bab, satu
//! `#[test]` per listing: `cargo test ch04` menjalankan listing Bab 4 saja.

#[allow(dead_code)] // pembantu yang dipakai sebagian bab saja
mod harness;
#[path = "../krate/mod.rs"]
mod krate;

mod ch00;
mod ch01;
mod ch02;
mod ch03;
mod ch04;
mod ch05;
mod ch06;
mod ch07;
mod ch08;
mod ch09;
mod ch10;
mod ch10_kendali;
mod ch11;
mod ch13;
mod lampiran_c;
mod proses;

use std::collections::BTreeSet;

/// Semua listing yang punya pemeriksaan, per bab.
const CHECKED: &[&[&str]] = &[
    ch00::LISTINGS,
    ch01::LISTINGS,
    ch02::LISTINGS,
    ch03::LISTINGS,
    ch04::LISTINGS,
    ch05::LISTINGS,
    ch06::LISTINGS,
    ch07::LISTINGS,
    ch08::LISTINGS,
    ch09::LISTINGS,
    ch10::LISTINGS,
    ch10_kendali::LISTINGS,
    ch11::LISTINGS,
    ch13::LISTINGS,
    lampiran_c::LISTINGS,
];

const REFUSED: &[&[&str]] = &[
    ch00::MUST_NOT_COMPILE,
    ch01::MUST_NOT_COMPILE,
    ch02::MUST_NOT_COMPILE,
    ch03::MUST_NOT_COMPILE,
    ch04::MUST_NOT_COMPILE,
    ch05::MUST_NOT_COMPILE,
    ch06::MUST_NOT_COMPILE,
    ch07::MUST_NOT_COMPILE,
    ch08::MUST_NOT_COMPILE,
    ch09::MUST_NOT_COMPILE,
    ch10::MUST_NOT_COMPILE,
    ch10_kendali::MUST_NOT_COMPILE,
    ch11::MUST_NOT_COMPILE,
    ch13::MUST_NOT_COMPILE,
    lampiran_c::MUST_NOT_COMPILE,
];

/// Setiap berkas listing punya pemeriksaan, dan setiap pemeriksaan punya
/// berkas: listing baru tanpa test membuat `cargo test` gagal, dengan namanya.
#[test]
fn coverage_every_listing_file_has_a_check() {
    let root = harness::root().join("listings");
    let mut runnable = BTreeSet::new();
    let mut refused = BTreeSet::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let dname = dir.file_name().unwrap().to_str().unwrap().to_string();
        let chapter = if dname.starts_with("lampiran-") {
            dname[..10].replace('-', "_")
        } else {
            dname[..4].to_string()
        };
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let fname = f.file_name().unwrap().to_str().unwrap().to_string();
            if let Some(stem) = fname.strip_suffix(".fail.rs") {
                refused.insert(format!("{chapter}_{}", stem.replace('-', "_")));
            } else if let Some(stem) = fname.strip_suffix(".rs") {
                runnable.insert(format!("{chapter}_{}", stem.replace('-', "_")));
            }
        }
    }
    let checked: BTreeSet<String> = CHECKED
        .iter()
        .flat_map(|c| c.iter())
        .map(|s| s.to_string())
        .collect();
    let refused_checked: BTreeSet<String> = REFUSED
        .iter()
        .flat_map(|c| c.iter())
        .map(|s| s.to_string())
        .collect();
    let mut problems = Vec::new();
    for l in runnable.difference(&checked) {
        problems.push(format!(
            "listing {} tidak punya pemeriksaan: tambahkan entri `{l} => ...` ke listings!{{}} di tests/listings/{}.rs",
            harness::bin_name(l),
            module_of(l)
        ));
    }
    for l in checked.difference(&runnable) {
        problems.push(format!("pemeriksaan {l} tidak punya berkas listing"));
    }
    for l in refused.difference(&refused_checked) {
        problems.push(format!(
            "listing {} (.fail.rs) tidak terdaftar di must_not_compile!{{}} tests/listings/{}.rs",
            harness::bin_name(l),
            module_of(l)
        ));
    }
    for l in refused_checked.difference(&refused) {
        problems.push(format!(
            "pemeriksaan gagal-kompilasi {l} tidak punya berkas .fail.rs"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Modul pemeriksaan sebuah test: `ch04_02_x` -> `ch04`, `lampiran_c_01_x` -> `lampiran_c`.
fn module_of(test: &str) -> &str {
    if test.starts_with("lampiran_") {
        &test[..10]
    } else {
        &test[..4]
    }
}
