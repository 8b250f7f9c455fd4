//! Menjalankan dan memeriksa setiap listing buku. Satu modul per bab, satu
//! `#[test]` per listing: `cargo test ch04` menjalankan listing Bab 4 saja,
//! `cargo test ch04_02` satu listing.

#[allow(dead_code)] // pembantu yang dipakai sebagian bab saja
mod harness;
#[path = "../krate/mod.rs"]
mod krate;

use std::collections::BTreeMap;

use listing_model::Kind;

/// Mendaftarkan modul pemeriksaan bab, sekali per bab: `mod chNN;` dan
/// daftar listing-nya untuk uji cakupan.
macro_rules! chapters {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*

        /// (modul, listing yang dijalankan, listing yang harus ditolak compiler).
        const CHAPTERS: &[(&str, &[&str], &[&str])] = &[
            $((stringify!($module), $module::LISTINGS, $module::MUST_NOT_COMPILE)),*
        ];
    };
}

chapters! {
    ch00, ch01, ch02, ch03, ch04, ch05, ch06, ch07, ch08, ch09, ch10, ch11, ch13, ch14, lampiran_c,
}

/// Uji harness itu sendiri (process group dibunuh saat batas waktu habis).
mod proses;

/// Setiap berkas listing punya pemeriksaan di modul babnya, dan setiap
/// pemeriksaan punya berkas: listing baru tanpa test membuat `cargo test`
/// gagal, dengan namanya.
#[test]
fn coverage_every_listing_file_has_a_check() {
    let scan = harness::scan();
    // nama test -> (modul tempat seharusnya, jenis)
    let mut files = BTreeMap::new();
    for l in &scan.files {
        if matches!(l.kind, Kind::Program | Kind::MustNotCompile) {
            files.insert(l.test_ident(), (l.chapter.id.module(), l.kind.clone(), l));
        }
    }
    let mut checks = BTreeMap::new();
    for (module, runnable, refused) in CHAPTERS {
        for (names, kind) in [(runnable, Kind::Program), (refused, Kind::MustNotCompile)] {
            for name in names.iter() {
                checks.insert(name.to_string(), (module.to_string(), kind.clone()));
            }
        }
    }
    let mut problems = Vec::new();
    for (test, (module, kind, l)) in &files {
        let (registry, path) = match kind {
            Kind::Program => ("listings!", l.path()),
            _ => ("must_not_compile!", l.path()),
        };
        match checks.get(test) {
            None => problems.push(format!(
                "listing {} ({path}) tidak punya pemeriksaan: tambahkan entri `{test} => ...` ke \
                 {registry}{{}} di tests/listings/{module}.rs (dan `{module}` ke chapters! di \
                 tests/listings/main.rs bila modulnya baru)",
                l.program_id()
            )),
            Some((m, k)) if m != module || k != kind => problems.push(format!(
                "pemeriksaan {test} ada di {m}.rs sebagai {k:?}, seharusnya di {module}.rs \
                 sebagai {kind:?} ({path})"
            )),
            Some(_) => {}
        }
    }
    for (test, (module, kind)) in &checks {
        if !files.contains_key(test) {
            problems.push(format!(
                "pemeriksaan {test} ({module}.rs, {kind:?}) tidak punya berkas listing"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
