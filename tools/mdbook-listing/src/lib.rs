//! Preprocessor mdBook buku ini (berjalan *sebelum* `links`, jadi ia melihat
//! direktif `{{#include ...}}` persis seperti yang ditulis penulis bab).
//!
//! 1. **Keterangan listing.** Setiap blok kode berpagar yang meng-include
//!    berkas di `listings/chNN-slug/` dibungkus `<figure class="listing">`
//!    dengan keterangan yang diturunkan dari jalur berkasnya saja:
//!    - `NN-nama.rs`: "Listing N.M", jalur berkas, `cargo run --bin chNN-NN-nama`;
//!    - `NN-nama.fail.rs`: "Listing N.M", jalur, "tidak dapat dikompilasi";
//!    - `NN-nama.out`: "Keluaran Listing N.M" (contoh dari run nyata);
//!    - `NN-nama.fail.err`: "Pesan compiler untuk Listing N.M".
//! 2. **Callout "Dari Python".** Blok `> [!NOTE]` yang baris pertamanya
//!    diawali `**Dari Python:**` dibungkus `<div class="dari-python">` supaya
//!    CSS tema memberinya gaya sendiri (tanpa JavaScript, juga di halaman cetak).
//!
//! Tidak ada yang diketik manual per listing: penulis bab cukup menulis blok
//! include biasa (lihat STYLE.md).

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Jenis berkas listing, dari akhiran namanya.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `NN-nama.rs`: program yang bisa dijalankan.
    Code,
    /// `NN-nama.fail.rs`: program yang sengaja ditolak compiler.
    FailCode,
    /// `NN-nama.out`: contoh keluaran dari run nyata.
    Output,
    /// `NN-nama.fail.err`: pesan compiler untuk `NN-nama.fail.rs`.
    CompilerError,
}

/// Satu berkas listing yang dikenali dari jalurnya.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingRef {
    /// Jalur relatif terhadap akar buku, mis. `listings/ch04-sinkronisasi/02-mutex-counter.rs`.
    pub path: String,
    /// Penanda bab di label: `ch04` -> "4", `lampiran-c` -> "C", `ch00`
    /// (Pendahuluan, bab tanpa nomor) -> "" (label tanpa nomor).
    pub chapter: String,
    /// Nomor listing dalam bab (`02-...` -> 2).
    pub number: u32,
    /// Nama bin: `ch04-02-mutex-counter`.
    pub bin: String,
    pub kind: Kind,
}

impl ListingRef {
    /// Kenali `listings/chNN-slug/NN-nama.{rs,fail.rs,out,fail.err}` (juga
    /// `listings/lampiran-x-slug/...` untuk lampiran), dan
    /// `NN-nama--varian.out` sebagai keluaran lain listing `NN-nama`.
    pub fn parse(path: &str) -> Option<ListingRef> {
        let mut parts = path.split('/');
        if parts.next()? != "listings" {
            return None;
        }
        let dir = parts.next()?;
        let file = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let (id, chapter) = chapter_id(dir)?;
        let (stem, kind) = [
            (".fail.rs", Kind::FailCode),
            (".fail.err", Kind::CompilerError),
            (".rs", Kind::Code),
            (".out", Kind::Output),
        ]
        .iter()
        .find_map(|(ext, kind)| file.strip_suffix(ext).map(|s| (s, *kind)))?;
        let number = two_digits(stem)?;
        if stem.as_bytes().get(2) != Some(&b'-') || stem.len() < 4 || stem.contains('.') {
            return None;
        }
        // `NN-nama--varian.out`: keluaran run lain (argumen lain, dua proses)
        // dari listing `NN-nama`, jadi bin-nya tetap `NN-nama`.
        let stem = match kind {
            Kind::Output => stem.split_once("--").map_or(stem, |(s, _)| s),
            _ => stem,
        };
        Some(ListingRef {
            path: path.to_string(),
            chapter,
            number,
            bin: format!("{id}-{stem}"),
            kind,
        })
    }

    /// "4.2", "C.1"; kosong untuk bab tanpa nomor (Pendahuluan).
    pub fn label(&self) -> String {
        if self.chapter.is_empty() {
            String::new()
        } else {
            format!("{}.{}", self.chapter, self.number)
        }
    }

    /// "Listing 4.2", atau "Listing" saja di bab tanpa nomor.
    fn title(&self) -> String {
        let label = self.label();
        if label.is_empty() {
            "Listing".to_string()
        } else {
            format!("Listing {label}")
        }
    }

    fn anchor(&self) -> String {
        format!("listing-{}", self.id_part())
    }

    fn id_part(&self) -> String {
        let chapter = if self.chapter.is_empty() {
            "0".to_string()
        } else {
            self.chapter.to_lowercase()
        };
        format!("{chapter}-{}", self.number)
    }
}

/// Awalan bin dan penanda label dari nama folder: `ch04-slug` -> ("ch04", "4"),
/// `ch00-slug` -> ("ch00", ""), `lampiran-c-slug` -> ("lampiran-c", "C").
pub fn chapter_id(dir: &str) -> Option<(&str, String)> {
    if let Some(rest) = dir.strip_prefix("lampiran-") {
        let b = rest.as_bytes();
        if b.len() >= 3 && b[0].is_ascii_lowercase() && b[1] == b'-' {
            return Some((&dir[..10], rest[..1].to_uppercase()));
        }
        return None;
    }
    let n = two_digits(dir.strip_prefix("ch")?)?;
    if dir.as_bytes().get(4) != Some(&b'-') || dir.len() < 6 {
        return None;
    }
    let label = if n == 0 { String::new() } else { n.to_string() };
    Some((&dir[..4], label))
}

fn two_digits(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        Some(u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0'))
    } else {
        None
    }
}

/// Pengaturan dari `book.toml` (`[book] src`, `[preprocessor.listing]`).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Folder sumber buku relatif terhadap akar (bawaan `src`).
    pub src: String,
    /// Templat tautan ke berkas sumber, mis.
    /// `https://github.com/org/repo/blob/main/{path}`; kosong = tanpa tautan.
    pub source_url_template: Option<String>,
    /// `[book] language`: "en" memberi label bahasa Inggris (untuk edisi
    /// terjemahan lewat gettext); selain itu bahasa Indonesia.
    pub language: String,
}

/// Teks keterangan dalam bahasa buku.
struct Labels {
    run: &'static str,
    no_compile: &'static str,
    output: &'static str,
    compiler: &'static str,
    from_real_run: &'static str,
    view_source: &'static str,
}

impl Labels {
    fn for_language(lang: &str) -> Labels {
        if lang == "en" {
            Labels {
                run: "Run:",
                no_compile: "Does not compile (on purpose)",
                output: "Output",
                compiler: "Compiler message",
                from_real_run: "from a real run",
                view_source: "View the source file",
            }
        } else {
            Labels {
                run: "Jalankan:",
                no_compile: "Sengaja tidak dapat dikompilasi",
                output: "Keluaran",
                compiler: "Pesan compiler",
                from_real_run: "dari run nyata",
                view_source: "Lihat berkas sumber",
            }
        }
    }
}

/// Satu direktif include di dalam sebuah blok kode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    pub directive: String,
    /// Jalur seperti yang ditulis, tanpa selektor (`:anchor`, `:3:9`).
    pub path: String,
}

/// Temukan direktif `{{#include ...}}`/`{{#rustdoc_include ...}}` di sebuah
/// baris (direktif yang di-escape `\{{#` dilewati).
pub fn includes_in(line: &str) -> Vec<Include> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(i) = line[pos..].find("{{") {
        let start = pos + i;
        pos = start + 2;
        if start > 0 && line.as_bytes()[start - 1] == b'\\' {
            continue;
        }
        let Some(end) = line[start..].find("}}") else {
            break;
        };
        let body = line[start + 2..start + end].trim();
        pos = start + end + 2;
        let Some(body) = body.strip_prefix('#') else {
            continue;
        };
        let mut words = body.split_whitespace();
        let directive = words.next().unwrap_or_default();
        if directive != "include" && directive != "rustdoc_include" {
            continue;
        }
        let Some(arg) = words.next() else { continue };
        let path = arg.split(':').next().unwrap_or_default().to_string();
        out.push(Include {
            directive: directive.to_string(),
            path,
        });
    }
    out
}

/// Gabungkan `base` (folder, relatif terhadap akar buku) dan `rel` secara
/// leksikal: `src/bab` + `../listings/x.rs` -> `listings/x.rs`. `None` bila
/// jalurnya keluar dari akar buku atau absolut.
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

/// Folder sebuah bab relatif terhadap akar buku: `src` + folder `ch.md`.
fn chapter_dir(opts: &Options, chapter_path: Option<&str>) -> String {
    let src = if opts.src.is_empty() {
        "src"
    } else {
        opts.src.as_str()
    };
    match chapter_path.and_then(|p| p.rsplit_once('/')) {
        Some((dir, _)) => format!("{src}/{dir}"),
        None => src.to_string(),
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Awalan wadah sebuah baris (spasi dan `>` blockquote) dan sisanya.
fn split_prefix(line: &str) -> (&str, &str) {
    let n = line
        .find(|c: char| c != ' ' && c != '\t' && c != '>')
        .unwrap_or(line.len());
    line.split_at(n)
}

/// Pagar pembuka: (karakter, panjang, info string).
fn opening_fence(rest: &str) -> Option<(char, usize, &str)> {
    let c = rest.chars().next()?;
    if c != '`' && c != '~' {
        return None;
    }
    let len = rest.chars().take_while(|&x| x == c).count();
    if len < 3 {
        return None;
    }
    let info = &rest[len..];
    // Info string blok backtick tidak boleh memuat backtick (CommonMark).
    if c == '`' && info.contains('`') {
        return None;
    }
    Some((c, len, info.trim()))
}

fn is_closing_fence(line: &str, c: char, len: usize) -> bool {
    let (_, rest) = split_prefix(line);
    let rest = rest.trim_end();
    rest.len() >= len && rest.chars().all(|x| x == c)
}

/// Baris kosong, atau hanya awalan wadah (`>`, spasi).
fn is_blankish(line: &str) -> bool {
    line.trim_matches(|c| c == '>' || c == ' ' || c == '\t')
        .is_empty()
}

/// Baris kosong bagi sebuah wadah: awalan blockquote tanpa spasi belakang.
fn blank_with(prefix: &str) -> String {
    prefix.trim_end().to_string()
}

struct Captioner<'a> {
    opts: &'a Options,
    labels: Labels,
    dir: String,
    ids: BTreeSet<String>,
}

impl Captioner<'_> {
    fn unique_id(&mut self, base: String) -> String {
        if self.ids.insert(base.clone()) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.ids.insert(id.clone()))
            .unwrap()
    }

    /// Listing pertama (yang dikenali) yang di-include oleh isi blok.
    fn listing_of(&self, body: &[&str]) -> Option<ListingRef> {
        body.iter()
            .flat_map(|l| includes_in(l))
            .filter_map(|inc| resolve(&self.dir, &inc.path))
            .find_map(|p| ListingRef::parse(&p))
    }

    fn path_html(&self, path: &str) -> String {
        let code = format!("<code>{}</code>", escape(path));
        match &self.opts.source_url_template {
            Some(t) if !t.is_empty() => format!(
                "<a class=\"listing-path\" href=\"{}\" title=\"{}\">{code}</a>",
                escape(&t.replace("{path}", path)),
                self.labels.view_source,
            ),
            _ => format!("<span class=\"listing-path\">{code}</span>"),
        }
    }

    /// Baris pembuka `<figure>` beserta `<figcaption>`-nya.
    fn figure_open(&mut self, l: &ListingRef) -> String {
        let code_id = l.anchor();
        let title = l.title();
        let mut s = String::new();
        match l.kind {
            Kind::Code | Kind::FailCode => {
                let id = self.unique_id(code_id);
                let class = if l.kind == Kind::Code {
                    "listing listing-code"
                } else {
                    "listing listing-code listing-fail"
                };
                let _ = write!(
                    s,
                    "<figure class=\"{class}\" id=\"{id}\">\n<figcaption class=\"listing-caption\">\
                     <a class=\"listing-label\" href=\"#{id}\">{title}</a> {}",
                    self.path_html(&l.path),
                );
                if l.kind == Kind::Code {
                    let _ = write!(
                        s,
                        " <span class=\"listing-run\"><span class=\"listing-run-label\">{}</span> \
                         <code class=\"listing-command\">cargo run --bin {}</code></span>",
                        self.labels.run,
                        escape(&l.bin),
                    );
                } else {
                    let _ = write!(
                        s,
                        " <span class=\"listing-run listing-no-compile\">{}</span>",
                        self.labels.no_compile
                    );
                }
            }
            Kind::Output | Kind::CompilerError => {
                let (prefix, class, kind_title) = if l.kind == Kind::Output {
                    ("keluaran", "listing listing-output", self.labels.output)
                } else {
                    (
                        "pesan-compiler",
                        "listing listing-compiler",
                        self.labels.compiler,
                    )
                };
                let id = self.unique_id(format!("{prefix}-{}", l.id_part()));
                // Label menunjuk ke kode listingnya bila kode itu tampil di
                // halaman yang sama.
                let target = if self.ids.contains(&code_id) {
                    format!("#{code_id}")
                } else {
                    format!("#{id}")
                };
                let _ = write!(
                    s,
                    "<figure class=\"{class}\" id=\"{id}\">\n<figcaption class=\"listing-caption\">\
                     <span class=\"listing-kind\">{kind_title}</span> \
                     <a class=\"listing-label\" href=\"{target}\">{title}</a>",
                );
                if l.kind == Kind::Output {
                    let _ = write!(
                        s,
                        " <span class=\"listing-run\"><span class=\"listing-run-label\">{}</span> \
                         <code class=\"listing-command\">cargo run --bin {}</code></span>",
                        self.labels.from_real_run,
                        escape(&l.bin),
                    );
                } else {
                    let source = l.path.replace(".fail.err", ".fail.rs");
                    let _ = write!(s, " {}", self.path_html(&source));
                }
            }
        }
        s.push_str("</figcaption>");
        s
    }
}

/// Apakah baris (tanpa awalan wadah `>`) membuka callout "Dari Python":
/// `[!NOTE]` diikuti baris `**Dari Python:**`.
fn is_dari_python(first: &str, second: &str) -> bool {
    let strip = |l: &str| -> String {
        let (p, rest) = split_prefix(l);
        if p.contains('>') {
            rest.trim().to_string()
        } else {
            String::new()
        }
    };
    strip(first).eq_ignore_ascii_case("[!NOTE]") && strip(second).starts_with("**Dari Python:**")
}

/// Proses satu bab. `chapter_path` relatif terhadap folder sumber (`ch04.md`,
/// `bab/x.md`); `None` untuk bab draf.
pub fn process_chapter(content: &str, chapter_path: Option<&str>, opts: &Options) -> String {
    let mut cap = Captioner {
        opts,
        labels: Labels::for_language(&opts.language),
        dir: chapter_dir(opts, chapter_path),
        ids: BTreeSet::new(),
    };
    let lines: Vec<&str> = content.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 16);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let (prefix, rest) = split_prefix(line);
        // Indentasi 4 spasi atau lebih (di luar blockquote) = blok kode
        // berindentasi, bukan pagar.
        let indented = !prefix.contains('>') && prefix.len() >= 4;
        if let Some((c, len, info)) = opening_fence(rest).filter(|_| !indented) {
            // Contoh Markdown (mis. di panduan penulis) bukan tampilan listing.
            let lang = info
                .split(|c: char| c == ',' || c.is_whitespace())
                .next()
                .unwrap_or_default();
            let example = lang == "markdown" || lang == "md";
            // Cari pagar penutup; pagar yang tidak ditutup berlanjut sampai
            // akhir dokumen (CommonMark) dan tidak diberi keterangan.
            let close = (i + 1..lines.len()).find(|&j| is_closing_fence(lines[j], c, len));
            let end = close.unwrap_or(lines.len() - 1);
            let block = &lines[i..=end];
            let body = &lines[i + 1..close.unwrap_or(lines.len())];
            match close
                .filter(|_| !example)
                .and_then(|_| cap.listing_of(body))
            {
                Some(l) => {
                    if out.last().is_some_and(|l| !is_blankish(l)) {
                        out.push(blank_with(prefix));
                    }
                    for fl in cap.figure_open(&l).lines() {
                        out.push(format!("{prefix}{fl}"));
                    }
                    out.push(blank_with(prefix));
                    out.extend(block.iter().map(|s| s.to_string()));
                    out.push(blank_with(prefix));
                    out.push(format!("{prefix}</figure>"));
                    if lines.get(end + 1).is_some_and(|n| !is_blankish(n)) {
                        out.push(blank_with(prefix));
                    }
                }
                None => out.extend(block.iter().map(|s| s.to_string())),
            }
            i = end + 1;
            continue;
        }
        if i + 1 < lines.len() && is_dari_python(line, lines[i + 1]) {
            let quote_prefix = prefix.trim_end_matches([' ', '\t']);
            let outer = &quote_prefix[..quote_prefix.len() - 1];
            // Blockquote berakhir pada baris kosong (baris malas tanpa `>`
            // tetap bagian paragrafnya).
            let mut j = i;
            while j < lines.len() && !lines[j].get(outer.len()..).unwrap_or("").trim().is_empty() {
                j += 1;
            }
            if out.last().is_some_and(|l| !is_blankish(l)) {
                out.push(blank_with(outer));
            }
            out.push(format!("{outer}<div class=\"dari-python\">"));
            out.push(blank_with(outer));
            out.extend(lines[i..j].iter().map(|s| s.to_string()));
            out.push(blank_with(outer));
            out.push(format!("{outer}</div>"));
            if j < lines.len() && !lines[j].trim().is_empty() {
                out.push(blank_with(outer));
            }
            i = j;
            continue;
        }
        out.push(line.to_string());
        i += 1;
    }
    out.join("\n")
}

/// Nilai string di dalam JSON bersarang: `get(v, &["a", "b"])`.
fn get_str<'a>(v: &'a serde_json::Value, keys: &[&str]) -> Option<&'a str> {
    keys.iter().try_fold(v, |v, k| v.get(k))?.as_str()
}

/// Pengaturan dari konteks preprocessor mdBook (`[ctx, book]`, elemen 0).
pub fn options_from_context(ctx: &serde_json::Value) -> Options {
    Options {
        src: get_str(ctx, &["config", "book", "src"])
            .unwrap_or("src")
            .to_string(),
        source_url_template: get_str(
            ctx,
            &["config", "preprocessor", "listing", "source-url-template"],
        )
        .map(str::to_string),
        language: get_str(ctx, &["config", "book", "language"])
            .unwrap_or("id")
            .to_string(),
    }
}

/// Terapkan [`process_chapter`] ke setiap bab di JSON buku mdBook (objek
/// yang punya `content` dan `sub_items`), bersarang di mana pun.
pub fn process_book(book: &mut serde_json::Value, opts: &Options) {
    match book {
        serde_json::Value::Object(map) => {
            let is_chapter = map.get("content").is_some_and(|c| c.is_string())
                && map.get("sub_items").is_some_and(|s| s.is_array());
            if is_chapter {
                let path = map
                    .get("source_path")
                    .and_then(|p| p.as_str())
                    .or_else(|| map.get("path").and_then(|p| p.as_str()))
                    .map(str::to_string);
                let content = map["content"].as_str().unwrap().to_string();
                let new = process_chapter(&content, path.as_deref(), opts);
                map.insert("content".into(), serde_json::Value::String(new));
            }
            for (_, v) in map.iter_mut() {
                process_book(v, opts);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                process_book(v, opts);
            }
        }
        _ => {}
    }
}

/// Protokol preprocessor mdBook: masukan `[context, book]`, keluaran `book`.
pub fn run_protocol(input: &str) -> Result<String, String> {
    let value: serde_json::Value =
        serde_json::from_str(input).map_err(|e| format!("JSON masukan tidak valid: {e}"))?;
    let serde_json::Value::Array(mut pair) = value else {
        return Err("masukan harus berupa larik [context, book]".into());
    };
    if pair.len() != 2 {
        return Err(format!("masukan berisi {} elemen, bukan 2", pair.len()));
    }
    let mut book = pair.pop().unwrap();
    let ctx = pair.pop().unwrap();
    let opts = options_from_context(&ctx);
    process_book(&mut book, &opts);
    serde_json::to_string(&book).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
