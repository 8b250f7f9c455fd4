//! Menyiapkan uji skeptic untuk potongan kode Rust yang ditulis langsung di
//! bab (bukan dari `listings/`, yang diuji oleh `tests/listings`).
//!
//! skeptic tidak mengenal `{{#include}}` dan tidak membungkus blok dengan
//! `fn main`. Karena itu build script ini menulis salinan bab yang sudah
//! disaring ke `OUT_DIR`: blok yang memuat direktif mdBook dan blok selain
//! Rust dibuang, blok Rust tanpa `fn main` dibungkus. Blok kode dikenali oleh
//! `listing-model` (pulldown-cmark, seperti mdBook). Salinan hanya ditulis
//! bila isinya berubah, supaya build script tidak berjalan ulang terus-menerus.

use std::path::{Path, PathBuf};

use listing_model::markdown::{CodeBlock, code_blocks};

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

/// Apakah blok ini kode Rust yang diuji skeptic: info string memuat token
/// `rust` dan bukan `ignore`, dan isinya tidak memuat direktif mdBook (blok
/// listing sudah diuji tests/listings; direktif yang di-escape pun bukan kode).
fn is_tested_rust(block: &CodeBlock) -> bool {
    let tokens: Vec<&str> = block
        .info
        .split(|c: char| !(c == '_' || c == '-' || c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    tokens.contains(&"rust") && !tokens.contains(&"ignore") && !block.body.contains("{{#")
}

/// Salinan bab: teks di luar blok kode apa adanya (judul bagian memberi nama
/// test skeptic), blok Rust yang diuji dibungkus `fn main` bila perlu, blok
/// lain dibuang.
fn filter_chapter(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = String::new();
    let mut next = 0;
    for b in code_blocks(text) {
        if b.first_line < next {
            continue; // blok di dalam blok lain (tidak terjadi pada pagar)
        }
        for l in &lines[next..b.first_line] {
            out.push_str(l);
            out.push('\n');
        }
        next = b.last_line + 1;
        if !is_tested_rust(&b) {
            continue;
        }
        let body = b.body.trim_end_matches('\n');
        let code = if body.contains("fn main") {
            body.to_string()
        } else {
            format!("fn main() {{\n{body}\n}}")
        };
        // Baris lanjutan dalam wadah (blockquote, daftar) memakai awalan yang
        // sama dengan pagar pembukanya.
        let cont: String = b
            .prefix
            .chars()
            .map(|c| if c == '>' { '>' } else { ' ' })
            .collect();
        out.push_str(&format!("{}```{}\n", b.prefix, b.info));
        for l in code.lines() {
            out.push_str(&format!("{cont}{l}\n"));
        }
        out.push_str(&format!("{cont}```\n"));
    }
    for l in lines.iter().skip(next) {
        out.push_str(l);
        out.push('\n');
    }
    out
}
