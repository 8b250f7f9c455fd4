//! Pemeriksaan struktur buku: blok bin di Cargo.toml selaras dengan listing di
//! disk, setiap listing di-include oleh sebuah bab, setiap include dan anchor
//! ada, buku bisa di-preprocess oleh mdBook (sebagai pustaka) tanpa direktif
//! `{{#` yang tersisa, dan setiap kuis valid menurut skema mdbook-quiz
//! (program kuis "tebak keluaran" benar-benar dikompilasi dan dijalankan).
//!
//! Tidak butuh apa pun selain cargo: tanpa jaringan, tanpa mdbook terpasang.

//!
//! Modul per bidang: `bins` (blok bin di Cargo.toml, nama listing), `includes`
//! (include, anchor, SUMMARY, preprocess), `quizzes`, `links` (tautan dan teks
//! pengganti), `figures` (angka bench dan angka terukur di prosa).

mod bins;
mod figures;
mod includes;
mod links;
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

/// Folder bab listing: `listings/chNN-slug`.
fn listing_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("listings"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Berkas listing `.rs` (yang bisa dijalankan dan yang `.fail.rs`).
fn listing_files() -> Vec<PathBuf> {
    listing_dirs()
        .iter()
        .flat_map(|d| walk(d))
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect()
}

fn bin_name(file: &Path) -> String {
    let dir = file
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap();
    let stem = file.file_name().unwrap().to_str().unwrap();
    let stem = stem
        .strip_suffix(".fail.rs")
        .or_else(|| stem.strip_suffix(".rs"))
        .unwrap();
    format!(
        "{}-{stem}",
        chapter_id(dir).expect("folder listing chNN-slug atau lampiran-x-slug")
    )
}

/// Awalan bin sebuah folder listing: `ch04-slug` -> `ch04`,
/// `lampiran-c-slug` -> `lampiran-c`.
fn chapter_id(dir: &str) -> Option<&str> {
    let b = dir.as_bytes();
    if dir.starts_with("lampiran-") && b.len() > 11 && b[9].is_ascii_lowercase() && b[10] == b'-' {
        return Some(&dir[..10]);
    }
    (dir.len() > 5
        && dir.starts_with("ch")
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
        && b[4] == b'-')
        .then(|| &dir[..4])
}

/// Satu direktif `{{#...}}` di sebuah bab.
#[derive(Debug)]
struct Directive {
    chapter: PathBuf,
    kind: String,
    target: PathBuf,
    /// Anchor (`file.rs:nama`) atau rentang baris (`file.rs:3:9`).
    selector: Option<String>,
}

fn chapters() -> Vec<PathBuf> {
    walk(&root().join("src"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| !p.starts_with(root().join("src/quiz")))
        .collect()
}

fn directives() -> Vec<Directive> {
    let mut out = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        let mut pos = 0;
        while let Some(i) = text[pos..].find("{{#") {
            let abs = pos + i;
            let after = &text[abs + 3..];
            let Some(j) = after.find("}}") else { break };
            let body = after[..j].trim();
            pos = abs + 3 + j + 2;
            // `\{{#include}}` adalah teks yang di-escape, bukan direktif.
            if abs > 0 && text.as_bytes()[abs - 1] == b'\\' {
                continue;
            }
            let mut parts = body.splitn(2, char::is_whitespace);
            let kind = parts.next().unwrap().to_string();
            let arg = parts.next().unwrap_or("").trim();
            if kind == "title" {
                continue;
            }
            let (file, selector) = match arg.split_once(':') {
                Some((f, s)) => (f, Some(s.to_string())),
                None => (arg, None),
            };
            out.push(Directive {
                target: ch.parent().unwrap().join(file),
                chapter: ch.clone(),
                kind,
                selector,
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
