//! Pemeriksaan struktur buku: blok bin di Cargo.toml selaras dengan listing di
//! disk, setiap listing di-include oleh sebuah bab, setiap include dan anchor
//! ada, buku bisa di-preprocess oleh mdBook (sebagai pustaka) tanpa direktif
//! `{{#` yang tersisa, dan setiap kuis valid menurut skema mdbook-quiz
//! (program kuis "tebak keluaran" benar-benar dikompilasi dan dijalankan).
//!
//! Tidak butuh apa pun selain cargo: tanpa jaringan, tanpa mdbook terpasang.
//! Aturan nama listing, direktif, dan blok kode dibaca lewat `listing-model`.
//!
//! Modul per bidang: `bins` (blok bin di Cargo.toml, nama listing), `includes`
//! (include, anchor, SUMMARY, preprocess), `quizzes`, `links` (tautan dan teks
//! pengganti), `figures` (angka bench dan angka terukur di prosa), `latihan`
//! (starter dan solusi setiap latihan tampil di bagian "Latihan").

mod bins;
mod figures;
mod includes;
mod latihan;
mod links;
mod quiz_options;
mod quizzes;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

/// Semua berkas di bawah `dir` (rekursif), terurut.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// Semua berkas di `listings/`, menurut aturan nama `listing-model`.
fn listings() -> listing_model::Scan {
    listing_model::scan(&root().join("listings"))
}

/// Id program (nama bin untuk `.rs`) dari jalur berkas listing;
/// kosong bila jalurnya bukan berkas listing.
fn bin_name(file: &Path) -> String {
    listing_model::ListingFile::parse_path(&rel(file).replace('\\', "/"))
        .map(|l| l.program_id())
        .unwrap_or_default()
}

/// Satu direktif `{{#...}}` di sebuah bab (selain `{{#title}}`).
#[derive(Debug)]
struct Directive {
    chapter: PathBuf,
    kind: String,
    /// Berkas yang dituju, relatif terhadap folder bab (belum dinormalkan).
    target: PathBuf,
    /// Direktif seperti yang dibaca `listing-model` (anchor, selektor).
    raw: listing_model::markdown::Directive,
}

fn chapters() -> Vec<PathBuf> {
    walk(&root().join("src"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !p.starts_with(root().join("src/quiz")))
        .collect()
}

/// Halaman latihan sebuah bab: `src/chNN-slug-latihan.md`.
fn is_exercise_page(ch: &Path) -> bool {
    ch.file_stem()
        .is_some_and(|s| s.to_string_lossy().ends_with("-latihan"))
}

fn directives() -> Vec<Directive> {
    let mut out = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        for d in listing_model::markdown::directives(&text) {
            if d.name == "title" {
                continue;
            }
            out.push(Directive {
                target: ch.parent().unwrap().join(d.target()),
                chapter: ch.clone(),
                kind: d.name.clone(),
                raw: d,
            });
        }
    }
    out
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}
