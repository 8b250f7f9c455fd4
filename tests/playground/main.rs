//! Setiap listing siap dijalankan di Rust Playground (tombol *Run* mdBook):
//!
//! - hanya memakai std dan crate yang ditawarkan Playground (allow-list di
//!   `tests/playground.toml`), yang juga dependensi paket ini;
//! - satu berkas utuh dengan `fn main` (tanpa `mod x;`, `include!`, dsb.);
//! - di bab, blok yang meng-include listing dengan anchor memakai
//!   `rustdoc_include` (baris lain tetap ada sebagai baris tersembunyi, jadi
//!   *Run* mengirim program utuh), tidak memakai `ignore` (yang menyembunyikan
//!   *Run*), dan listing `.fail.rs` ditandai `compile_fail`;
//! - listing yang tidak bisa berjalan di Playground (memulai proses, membuka
//!   socket, membaca/menulis berkas lokal) ditampilkan dengan
//!   `rust,noplayground` di setiap bab yang meng-include-nya.
//!
//! Kode listing dibaca dengan `syn` (lihat `analysis`), bab dan blok kodenya
//! dengan `listing-model`. Memindai semua listing dan bab yang ada saat test
//! berjalan, jadi bab yang ditambahkan kemudian ikut tercakup.

mod analysis;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use analysis::{Analysis, analyze};
use listing_model::markdown::{code_blocks, listing_includes};
use listing_model::{Kind, ListingFile};

/// Pustaka bawaan Rust (selalu ada).
const STD_CRATES: &[&str] = &["std", "core", "alloc"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Allow-list crate Playground dari `tests/playground.toml`.
fn playground_crates() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests/playground.toml")).unwrap();
    let table: toml::Table = toml::from_str(&text).expect("tests/playground.toml tidak valid");
    table["crates"]
        .as_array()
        .expect("tests/playground.toml: `crates` harus larik")
        .iter()
        .map(|c| c.as_str().expect("nama crate berupa string").to_string())
        .collect()
}

/// Berkas `.rs` di `listings/` (program, `.fail.rs`, latihan), relatif
/// terhadap akar repositori.
fn listings() -> Vec<String> {
    listing_model::scan(&root().join("listings"))
        .files
        .iter()
        // Jawaban salah latihan hanya potongan kode yang disisipkan ke
        // solusinya (tests/listings/harness/latihan.rs), bukan program.
        .filter(|l| !matches!(l.kind, listing_model::Kind::WrongAnswer(_)))
        .map(|l| l.path())
        .filter(|p| p.ends_with(".rs"))
        .collect()
}

fn analyses() -> BTreeMap<String, Result<Analysis, String>> {
    listings()
        .into_iter()
        .map(|p| {
            let a = analyze(&std::fs::read_to_string(root().join(&p)).unwrap());
            (p, a)
        })
        .collect()
}

/// Blok kode di bab yang meng-include sebuah listing `.rs`.
#[derive(Debug)]
struct Shown {
    chapter: String,
    line: usize,
    /// Token info string (`rust`, `noplayground`, `compile_fail`, ...).
    attrs: Vec<String>,
    directive: String,
    /// Listing yang di-include, relatif terhadap akar repositori.
    listing: String,
    /// Include dengan anchor atau rentang baris.
    selected: bool,
}

fn shown_listings() -> Vec<Shown> {
    let mut chapters = Vec::new();
    walk(&root().join("src"), &mut chapters);
    chapters.retain(|p| p.extension().is_some_and(|e| e == "md"));
    chapters.retain(|p| !p.starts_with(root().join("src/quiz")));
    chapters.sort();
    let mut out = Vec::new();
    for ch in chapters {
        let rel = |p: &Path| {
            p.strip_prefix(root())
                .unwrap()
                .to_str()
                .unwrap()
                .to_string()
        };
        let text = std::fs::read_to_string(&ch).unwrap();
        let dir = rel(ch.parent().unwrap());
        for b in code_blocks(&text) {
            for (d, listing) in listing_includes(&b, &dir) {
                if listing.ends_with(".rs") {
                    out.push(Shown {
                        chapter: rel(&ch),
                        line: b.line(),
                        attrs: b.attrs().into_iter().map(str::to_string).collect(),
                        directive: d.name.clone(),
                        listing,
                        selected: d.selector().is_some(),
                    });
                }
            }
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Nama `[dependencies]` paket buku (tanda hubung menjadi garis bawah, seperti
/// nama crate di kode).
fn dependencies() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let manifest: toml::Table = toml::from_str(&text).unwrap();
    manifest["dependencies"]
        .as_table()
        .expect("[dependencies]")
        .keys()
        .map(|k| k.replace('-', "_"))
        .collect()
}

#[test]
fn every_listing_uses_only_crates_the_playground_offers() {
    let allowed = playground_crates();
    let deps = dependencies();
    // Listing yang di setiap bab hanya tampil sebagai `rust,noplayground`
    // (studi kasus Bab 11: server, berkas, crate HTTP dan gambar) tidak
    // menawarkan *Run*, jadi boleh memakai crate di luar Playground; crate itu
    // tetap harus dependensi paket.
    let shown = shown_listings();
    let offline_only = |listing: &str| {
        let blocks: Vec<&Shown> = shown.iter().filter(|s| s.listing == listing).collect();
        !blocks.is_empty()
            && blocks
                .iter()
                .all(|s| s.attrs.iter().any(|a| a == "noplayground"))
    };
    let mut problems = Vec::new();
    let all = analyses();
    assert!(!all.is_empty(), "tidak ada listing di listings/");
    for (f, a) in &all {
        let a = match a {
            Ok(a) => a,
            Err(e) => {
                problems.push(format!("{f}: {e}"));
                continue;
            }
        };
        let exempt = offline_only(f);
        for c in &a.crates {
            if STD_CRATES.contains(&c.as_str()) {
                continue;
            }
            if !exempt && !allowed.contains(c) {
                problems.push(format!(
                    "{f}: memakai crate `{c}`, yang tidak ada di allow-list Playground \
                     (tests/playground.toml)"
                ));
            } else if !deps.contains(c) {
                problems.push(format!(
                    "{f}: memakai crate `{c}`, yang bukan dependensi di Cargo.toml"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_listing_is_one_standalone_file_with_main() {
    let mut problems = Vec::new();
    for (f, a) in analyses() {
        let Ok(a) = a else { continue }; // dilaporkan test di atas
        for p in &a.not_single_file {
            problems.push(format!("{f}: {p}; listing harus satu berkas utuh"));
        }
        if !a.has_main {
            problems.push(format!("{f}: tidak punya `fn main`"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn chapter_blocks_offer_run_only_where_it_can_work() {
    let analyses = analyses();
    let mut problems = Vec::new();
    for s in shown_listings() {
        let at = format!("{}:{} ({})", s.chapter, s.line, s.listing);
        let has = |a: &str| s.attrs.iter().any(|x| x == a);
        if !has("rust") {
            // Blok non-Rust (mis. `text`) tidak punya tombol Run.
            continue;
        }
        let fail =
            ListingFile::parse_path(&s.listing).is_some_and(|l| l.kind == Kind::MustNotCompile);
        if fail && !has("compile_fail") {
            problems.push(format!(
                "{at}: listing yang harus gagal dikompilasi ditampilkan dengan ```rust,compile_fail"
            ));
        }
        if has("ignore") {
            problems.push(format!(
                "{at}: `ignore` menyembunyikan tombol Run; pakai ```rust (atau rust,noplayground bila \
                 listing ini memang tidak bisa berjalan di Playground)"
            ));
        }
        let Some(Ok(a)) = analyses.get(&s.listing) else {
            continue; // include yang hilang dilaporkan tests/book
        };
        let playground = !has("noplayground") && !has("ignore");
        if !a.not_playground.is_empty() && playground {
            problems.push(format!(
                "{at}: listing ini tidak bisa berjalan di Rust Playground ({}); tampilkan dengan \
                 ```rust,noplayground supaya halaman tidak menawarkan Run yang pasti gagal",
                a.not_playground
                    .iter()
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if playground && s.selected && s.directive != "rustdoc_include" {
            problems.push(format!(
                "{at}: include dengan anchor di blok yang bisa di-Run harus memakai \
                 {{{{#rustdoc_include ...}}}} supaya baris lain tetap ada (tersembunyi) dan Run \
                 mengirim program utuh"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn allow_list_is_sorted_and_has_the_crates_the_book_teaches() {
    let crates = playground_crates();
    let mut sorted = crates.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, crates, "allow-list harus terurut tanpa duplikat");
    for c in ["rayon", "crossbeam", "tokio"] {
        assert!(crates.iter().any(|x| x == c), "{c} tidak ada di allow-list");
    }
}

/// `tests/browser/test.mjs` membaca allow-list tanpa pustaka TOML (tanpa
/// dependensi npm baru): baris `"nama",` di antara `crates = [` dan `]`.
/// Pembacaan sederhana itu harus memberi daftar yang sama dengan pengurai TOML
/// sungguhan.
#[test]
fn allow_list_stays_readable_line_by_line() {
    let text = std::fs::read_to_string(root().join("tests/playground.toml")).unwrap();
    let mut inside = false;
    let mut by_line = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if t == "crates = [" {
            inside = true;
        } else if inside && t == "]" {
            inside = false;
        } else if inside {
            // Sama dengan regex test.mjs: /^"([a-z0-9_]+)",$/.
            let name = t.strip_prefix('"').and_then(|r| r.strip_suffix("\","));
            let name = name.filter(|n| {
                !n.is_empty()
                    && n.bytes()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
            });
            by_line.extend(name.map(str::to_string));
        }
    }
    assert_eq!(
        by_line,
        playground_crates(),
        "tulis allow-list di tests/playground.toml satu nama per baris (\"nama\",) di antara \
         `crates = [` dan `]`, supaya tests/browser/test.mjs membacanya sama"
    );
}
