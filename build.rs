//! Menyiapkan uji skeptic untuk potongan kode Rust yang ditulis langsung di
//! bab (bukan dari `listings/`, yang diuji oleh `tests/listings`).
//!
//! skeptic tidak mengenal `{{#include}}` dan tidak membungkus blok dengan
//! `fn main`. Karena itu build script ini menulis salinan bab yang sudah
//! disaring ke `OUT_DIR`: blok yang memuat direktif mdBook dibuang, blok Rust
//! tanpa `fn main` dibungkus. Salinan hanya ditulis bila isinya berubah, supaya
//! build script tidak berjalan ulang terus-menerus.

use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("bab");
    std::fs::create_dir_all(&out).unwrap();
    let src = root.join("src");
    println!("cargo:rerun-if-changed=build.rs");
    // Bab baru selalu ditambahkan ke SUMMARY.md; src/quiz/ (aset mdbook-quiz)
    // sengaja tidak dipantau.
    println!("cargo:rerun-if-changed=src/SUMMARY.md");
    let mut copies = Vec::new();
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    chapters.sort();
    for ch in chapters {
        println!("cargo:rerun-if-changed={}", ch.display());
        let text = std::fs::read_to_string(&ch).unwrap();
        let filtered = filter_chapter(&text);
        let name = ch.file_name().unwrap().to_str().unwrap().replace('-', "_");
        let copy = out.join(name);
        write_if_changed(&copy, &filtered);
        copies.push(copy);
    }
    skeptic::generate_doc_tests(&copies);
}

fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap();
    }
}

/// Apakah info string blok kode menandai kode Rust yang diuji skeptic.
fn is_rust(info: &str) -> bool {
    let tokens: Vec<&str> = info
        .split(|c: char| !(c == '_' || c == '-' || c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    tokens.contains(&"rust") && !tokens.contains(&"ignore")
}

fn filter_chapter(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let Some(info) = trimmed.strip_prefix("```") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let fence = &trimmed[..trimmed.len() - info.len()];
        let mut body = Vec::new();
        for l in lines.by_ref() {
            if l.trim_start().starts_with(fence) && l.trim() == fence {
                break;
            }
            body.push(l);
        }
        let code = body.join("\n");
        // Blok dari listing (sudah diuji di tests/listings) dan blok selain
        // Rust tidak disalin.
        if code.contains("{{#") || !is_rust(info) {
            continue;
        }
        out.push_str(&format!("```{info}\n"));
        if code.contains("fn main") {
            out.push_str(&code);
        } else {
            out.push_str("fn main() {\n");
            out.push_str(&code);
            out.push_str("\n}");
        }
        out.push_str("\n```\n");
    }
    out
}
