//! Preprocessor mdBook buku ini (berjalan *sebelum* `links`, jadi ia melihat
//! direktif `{{#include ...}}` persis seperti yang ditulis penulis bab).
//!
//! - [`listing`]: setiap blok kode berpagar yang meng-include berkas di
//!   `listings/` dibungkus `<figure class="listing">` dengan keterangan yang
//!   diturunkan dari jalur berkasnya saja (label "Listing 4.2", jalur,
//!   `cargo run --bin ...`, dan penanda bila sebagian baris disembunyikan).
//! - [`latihan`]: blok ```` ```rust,latihan ```` yang meng-include solusi
//!   latihan (`latihan-NN-nama.rs`) menampilkan starter turunannya (bisa
//!   diedit dan dijalankan); ```` ```rust,solusi ```` menampilkan solusinya
//!   tanpa penanda. Keduanya diturunkan oleh `listing_model::latihan`.
//! - [`note`]: callout `> [!NOTE]` yang diawali `**Dari Python:**` dibungkus
//!   `<div class="dari-python">` supaya CSS tema memberinya gaya sendiri.
//!
//! Aturan nama listing dan penguraian Markdown milik crate `listing-model`;
//! protokol mdBook milik crate `mdbook-preprocessor`. Keduanya hanya
//! menyisipkan baris HTML di sekitar blok yang ada, tanpa menulis ulang
//! Markdown-nya.

use std::path::PathBuf;

use mdbook_preprocessor::book::Book;
use mdbook_preprocessor::errors::Result;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

pub mod latihan;
pub mod listing;
pub mod note;

/// Pengaturan dari `book.toml` (`[book]`, `[preprocessor.listing]`).
#[derive(Debug, Clone)]
pub struct Options {
    /// Folder sumber buku relatif terhadap akar (bawaan `src`).
    pub src: String,
    /// Templat tautan ke berkas sumber, mis.
    /// `https://github.com/org/repo/blob/main/{path}`; kosong = tanpa tautan.
    pub source_url_template: Option<String>,
    /// `[book] language`: "en" memberi label bahasa Inggris (untuk edisi
    /// terjemahan lewat gettext); selain itu bahasa Indonesia.
    pub language: String,
    /// Akar buku, untuk membaca listing (baris yang disembunyikan); `None`:
    /// setiap `rustdoc_include` dengan selektor dianggap menyembunyikan baris.
    pub root: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            src: "src".into(),
            source_url_template: None,
            language: "id".into(),
            root: None,
        }
    }
}

impl Options {
    /// Pengaturan dari konteks preprocessor mdBook.
    pub fn from_context(ctx: &PreprocessorContext) -> Result<Options> {
        Ok(Options {
            src: ctx.config.book.src.to_string_lossy().into_owned(),
            source_url_template: ctx
                .config
                .get::<String>("preprocessor.listing.source-url-template")?,
            language: ctx.config.book.language.clone().unwrap_or("id".into()),
            root: Some(ctx.root.clone()),
        })
    }
}

/// Preprocessor `listing` (lihat dokumentasi crate).
pub struct ListingPreprocessor;

impl Preprocessor for ListingPreprocessor {
    fn name(&self) -> &str {
        "listing"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book> {
        let opts = Options::from_context(ctx)?;
        book.for_each_chapter_mut(|ch| {
            let path = ch.source_path.as_ref().or(ch.path.as_ref());
            let path = path.map(|p| p.to_string_lossy().replace('\\', "/"));
            ch.content = process_chapter(&ch.content, path.as_deref(), &opts);
        });
        Ok(book)
    }

    /// Keterangan listing berupa HTML: hanya untuk renderer html.
    fn supports_renderer(&self, renderer: &str) -> Result<bool> {
        Ok(renderer == "html")
    }
}

/// Proses satu bab. `chapter_path` relatif terhadap folder sumber (`ch04.md`,
/// `bab/x.md`); `None` untuk bab draf.
pub fn process_chapter(content: &str, chapter_path: Option<&str>, opts: &Options) -> String {
    let dir = match chapter_path.and_then(|p| p.rsplit_once('/')) {
        Some((sub, _)) => format!("{}/{sub}", opts.src),
        None => opts.src.clone(),
    };
    let mut wraps = listing::captions(content, &dir, opts);
    wraps.extend(note::dari_python(content));
    apply(content, wraps)
}

/// Pembungkus HTML di sekitar baris `first_line..=last_line` sebuah bab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrap {
    pub first_line: usize,
    pub last_line: usize,
    /// Awalan wadah (`> ` blockquote, indentasi daftar) untuk baris sisipan.
    pub prefix: String,
    /// HTML pembuka (boleh beberapa baris) dan penutup.
    pub open: String,
    pub close: String,
    /// Pengganti baris `first_line..=last_line` (tanpa awalan wadah; awalan
    /// ditambahkan per baris), atau `None`: baris aslinya tetap. Dipakai blok
    /// latihan: starter dan solusi diturunkan dari berkas latihan.
    pub replace: Option<String>,
}

/// Sisipkan pembungkus. HTML dipisah baris kosong dari Markdown di dalam dan
/// di luarnya, supaya Markdown tetap diurai sebagai Markdown. Pembungkus yang
/// bersarang dibuka dari yang terluar dan ditutup dari yang terdalam.
fn apply(content: &str, mut wraps: Vec<Wrap>) -> String {
    let lines: Vec<&str> = content.split('\n').collect();
    wraps.sort_by_key(|w| (w.first_line, std::cmp::Reverse(w.last_line)));
    let blank = |prefix: &str| prefix.trim_end().to_string();
    let blankish = |l: &str| l.trim_matches(['>', ' ', '\t']).is_empty();
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 8 * wraps.len());
    for (i, line) in lines.iter().enumerate() {
        for w in wraps.iter().filter(|w| w.first_line == i) {
            if out.last().is_some_and(|l| !blankish(l)) {
                out.push(blank(&w.prefix));
            }
            out.extend(w.open.lines().map(|l| format!("{}{l}", w.prefix)));
            out.push(blank(&w.prefix));
            if let Some(text) = &w.replace {
                out.extend(text.lines().map(|l| match l {
                    "" => blank(&w.prefix),
                    l => format!("{}{l}", w.prefix),
                }));
            }
        }
        let replaced = wraps
            .iter()
            .any(|w| w.replace.is_some() && (w.first_line..=w.last_line).contains(&i));
        if !replaced {
            out.push(line.to_string());
        }
        for w in wraps.iter().rev().filter(|w| w.last_line == i) {
            if !blankish(out.last().unwrap()) {
                out.push(blank(&w.prefix));
            }
            out.push(format!("{}{}", w.prefix, w.close));
            if lines.get(i + 1).is_some_and(|n| !blankish(n)) {
                out.push(blank(&w.prefix));
            }
        }
    }
    out.join("\n")
}

#[cfg(test)]
mod tests;
