//! Membaca bab: direktif mdBook (`{{#include ...}}`) dan blok kode berpagar.
//!
//! Blok kode diurai oleh `pulldown-cmark` dengan opsi yang sama dengan mdBook
//! 0.5 (`mdbook_markdown::new_cmark_parser`, dengan admonition dan daftar
//! definisi aktif seperti bawaannya), jadi yang dianggap blok di sini sama
//! dengan yang dirender buku: pagar di dalam blockquote dan daftar, pagar
//! `~~~`, pagar yang lebih panjang dari isinya.
//!
//! Direktif bukan sintaks Markdown: preprocessor `links` mdBook mencarinya
//! dengan regex di teks mentah (juga di dalam blok kode). Pemindai tangan di
//! [`directives`] meniru regex itu persis (tanpa menambah crate regex ke
//! build.rs); teksnya dikutip di sana.

use std::ops::Range;

pub use pulldown_cmark;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Pengurai Markdown dengan opsi mdBook 0.5.4 (tanpa smart punctuation, yang
/// hanya mengubah teks).
pub fn parser(text: &str) -> Parser<'_> {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    opts.insert(Options::ENABLE_TASKLISTS);
    opts.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    opts.insert(Options::ENABLE_DEFINITION_LIST);
    opts.insert(Options::ENABLE_GFM);
    Parser::new_ext(text, opts)
}

/// Satu direktif `{{#nama argumen}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// `include`, `rustdoc_include`, `playground`, `quiz`, `title`, ...
    pub name: String,
    /// Argumen apa adanya, tanpa spasi di tepi: `../listings/x.rs:inti`.
    pub args: String,
    /// Letak `{{...}}` di teks.
    pub range: Range<usize>,
    /// Nomor baris (mulai 1) tempat direktif dimulai.
    pub line: usize,
}

impl Directive {
    /// Berkas yang dituju: kata pertama argumen, tanpa selektor (`:inti`,
    /// `:3:9`).
    pub fn target(&self) -> &str {
        let first = self.args.split_whitespace().next().unwrap_or("");
        first.split(':').next().unwrap_or("")
    }

    /// Selektor setelah `:` pertama: anchor (`inti`) atau rentang baris (`3:9`).
    pub fn selector(&self) -> Option<&str> {
        let first = self.args.split_whitespace().next()?;
        first.split_once(':').map(|(_, s)| s)
    }

    /// Nama anchor, menurut aturan mdBook: bagian pertama selektor yang bukan
    /// bilangan dan tidak kosong. `None` untuk rentang baris dan berkas utuh.
    pub fn anchor(&self) -> Option<&str> {
        let first = self.selector()?.split(':').next()?;
        (!first.is_empty() && first.parse::<usize>().is_err()).then_some(first)
    }

    /// `include` atau `rustdoc_include`.
    pub fn is_include(&self) -> bool {
        self.name == "include" || self.name == "rustdoc_include"
    }

    /// `rustdoc_include` dengan anchor atau rentang: baris lain berkasnya ikut
    /// sebagai baris tersembunyi (tombol 👁 mdBook menampilkannya).
    pub fn hides_lines(&self) -> bool {
        self.name == "rustdoc_include" && self.selector().is_some()
    }

    /// Jalur target relatif terhadap akar buku, dari folder bab `chapter_dir`
    /// (relatif terhadap akar juga, mis. `src`). Lihat [`resolve`].
    pub fn resolve(&self, chapter_dir: &str) -> Option<String> {
        resolve(chapter_dir, self.target())
    }
}

/// Gabungkan `base` dan `rel` secara leksikal: `src/bab` + `../listings/x.rs`
/// -> `listings/x.rs`. `None` bila jalurnya absolut atau keluar dari akar.
pub fn resolve(base: &str, rel: &str) -> Option<String> {
    if rel.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = base
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    for p in rel.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// Semua direktif di `text`, dalam urutan kemunculan. Meniru regex
/// `find_links` mdBook 0.5.4 (`mdbook-driver`, `links.rs`):
///
/// ```text
/// \\\{\{\#.*\}\}                                   (direktif yang di-escape)
/// | \{\{\s*\#([a-zA-Z0-9_]+)\s+([^}]+)\}\}         (direktif)
/// ```
///
/// Direktif yang di-escape (`\{{#...}}`, sampai `}}` terakhir di barisnya)
/// dilewati, seperti mdBook menampilkannya sebagai teks.
pub fn directives(text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if rest.starts_with("\\{{#") {
            let line_end = rest.find('\n').unwrap_or(rest.len());
            if let Some(k) = rest[4..line_end].rfind("}}") {
                i += 4 + k + 2;
                continue;
            }
        }
        if rest.starts_with("{{")
            && let Some((name, args, len)) = directive_at(rest)
        {
            out.push(Directive {
                name: name.to_string(),
                args: args.trim().to_string(),
                range: i..i + len,
                line: 1 + text[..i].matches('\n').count(),
            });
            i += len;
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Direktif di awal `s` (yang diawali `{{`): (nama, argumen, panjang).
fn directive_at(s: &str) -> Option<(&str, &str, usize)> {
    let after_open = s[2..].trim_start();
    let after_hash = after_open.strip_prefix('#')?;
    let name_len = after_hash
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(after_hash.len());
    let (name, rest) = after_hash.split_at(name_len);
    // `\s+` lalu `[^}]+`: paling tidak satu spasi, lalu paling tidak satu
    // karakter bukan `}` (spasi boleh), lalu `}}`.
    if name.is_empty() || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let args_len = rest.find('}').unwrap_or(rest.len());
    let first_ws = rest.chars().next()?.len_utf8();
    if args_len <= first_ws || !rest[args_len..].starts_with("}}") {
        return None;
    }
    let args = &rest[..args_len];
    let len = s.len() - rest.len() + args_len + 2;
    Some((name, args, len))
}

/// Satu blok kode berpagar di sebuah bab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    /// Info string apa adanya: `rust,noplayground`.
    pub info: String,
    /// Isi blok, tanpa awalan wadahnya (`> ` blockquote, indentasi daftar).
    pub body: String,
    /// Baris pagar pembuka (indeks mulai 0 pada `text.split('\n')`).
    pub first_line: usize,
    /// Baris terakhir blok: pagar penutup, atau baris terakhir wadahnya bila
    /// pagarnya tidak ditutup.
    pub last_line: usize,
    /// Teks sebelum pagar pembuka di barisnya (`> `, `   `, atau kosong).
    pub prefix: String,
    /// Apakah blok ditutup pagar penutup (blok yang tidak ditutup berlanjut
    /// sampai akhir wadahnya).
    pub closed: bool,
}

impl CodeBlock {
    /// Token info string: `rust,noplayground` -> [`rust`, `noplayground`].
    pub fn attrs(&self) -> Vec<&str> {
        self.info
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Apakah info string memuat token `attr`.
    pub fn has(&self, attr: &str) -> bool {
        self.attrs().contains(&attr)
    }

    /// Token pertama info string (bahasa): `rust`, `text`, `markdown`, ...
    pub fn lang(&self) -> &str {
        self.attrs().first().copied().unwrap_or("")
    }

    /// Direktif di dalam isi blok.
    pub fn directives(&self) -> Vec<Directive> {
        directives(&self.body)
    }

    /// Nomor baris pagar pembuka (mulai 1), untuk pesan.
    pub fn line(&self) -> usize {
        self.first_line + 1
    }
}

/// Semua blok kode berpagar di `text` (juga yang di dalam blockquote dan
/// daftar), dalam urutan kemunculan. Blok berindentasi tidak ikut.
pub fn code_blocks(text: &str) -> Vec<CodeBlock> {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&s| s <= offset) - 1;
    let mut out = Vec::new();
    let mut current: Option<CodeBlock> = None;
    for (event, range) in parser(text).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let first_line = line_of(range.start);
                let last_line = line_of(range.end.saturating_sub(1).max(range.start));
                let prefix = text[line_starts[first_line]..range.start].to_string();
                let fence = &text[range.start..];
                let c = fence.chars().next().unwrap_or('`');
                let fence_len = fence.chars().take_while(|&x| x == c).count();
                let last = text[line_starts[last_line]..]
                    .split('\n')
                    .next()
                    .unwrap_or("")
                    .trim_start_matches([' ', '\t', '>'])
                    .trim_end();
                let closed = last_line > first_line
                    && last.len() >= fence_len
                    && last.chars().all(|x| x == c);
                current = Some(CodeBlock {
                    info: info.to_string(),
                    body: String::new(),
                    first_line,
                    last_line,
                    prefix,
                    closed,
                });
            }
            Event::Text(t) => {
                if let Some(b) = current.as_mut() {
                    b.body.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

/// Direktif include (`include`, `rustdoc_include`) di dalam blok kode, yang
/// targetnya sebuah berkas di `listings/`. `chapter_dir` adalah folder bab
/// relatif terhadap akar buku (`src`).
pub fn listing_includes(block: &CodeBlock, chapter_dir: &str) -> Vec<(Directive, String)> {
    block
        .directives()
        .into_iter()
        .filter(Directive::is_include)
        .filter_map(|d| {
            let path = d.resolve(chapter_dir)?;
            path.starts_with("listings/").then_some((d, path))
        })
        .collect()
}

#[cfg(test)]
mod tests;
