//! Setiap listing siap dijalankan di Rust Playground (tombol *Run* mdBook):
//!
//! - hanya memakai std dan crate yang ditawarkan Playground
//!   ([`PLAYGROUND_CRATES`], allow-list eksplisit), yang juga dependensi paket
//!   ini;
//! - satu berkas utuh dengan `fn main` (tanpa `mod x;`, `include!`, dsb.);
//! - di bab, blok yang meng-include listing dengan anchor memakai
//!   `rustdoc_include` (baris lain tetap ada sebagai baris tersembunyi, jadi
//!   *Run* mengirim program utuh), tidak memakai `ignore` (yang menyembunyikan
//!   *Run*), dan listing `.fail.rs` ditandai `compile_fail`;
//! - listing yang tidak bisa berjalan di Playground (memulai proses, membuka
//!   socket, membaca/menulis berkas lokal) ditampilkan dengan
//!   `rust,noplayground` di setiap bab yang meng-include-nya.
//!
//! Memindai semua listing dan bab yang ada saat test berjalan, jadi bab yang
//! ditambahkan kemudian ikut tercakup. Hanya std: tanpa jaringan.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Crate yang ditawarkan Rust Playground (100 crate teratas crates.io menurut
/// unduhan sepanjang masa ditambah crate dari Rust Cookbook; lihat
/// CRATE_POLICY.md di repositori rust-lang/rust-playground). Hanya crate yang
/// pasti ada di sana; tambahkan dengan hati-hati. `tests/browser/test.mjs`
/// membaca daftar ini untuk meniru Playground.
const PLAYGROUND_CRATES: &[&str] = &[
    "anyhow",
    "bytes",
    "crossbeam",
    "crossbeam_channel",
    "crossbeam_deque",
    "crossbeam_epoch",
    "crossbeam_queue",
    "crossbeam_utils",
    "either",
    "futures",
    "hashbrown",
    "indexmap",
    "itertools",
    "lazy_static",
    "libc",
    "log",
    "memchr",
    "num_cpus",
    "once_cell",
    "parking_lot",
    "rand",
    "rayon",
    "rayon_core",
    "regex",
    "serde",
    "serde_json",
    "smallvec",
    "thiserror",
    "tokio",
];

/// Pustaka bawaan Rust (selalu ada).
const STD_CRATES: &[&str] = &["std", "core", "alloc"];

/// Nama yang boleh menjadi awal path tetapi bukan crate.
const NOT_CRATES: &[&str] = &[
    "crate", "self", "super", "Self", // kata kunci path
    "clippy", "rustfmt", "rustdoc", // atribut alat (#[allow(clippy::x)])
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "bool", "char", "str",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn files_under(dir: &str, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out.retain(|p| p.to_str().unwrap().ends_with(ext));
    out.retain(|p| !p.starts_with(root().join("src/quiz")));
    out.sort();
    out
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

// ---------------------------------------------------------------------------
// Lexer kecil: token Rust tanpa komentar dan literal.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    /// Tanda baca lain, satu karakter.
    Punct(char),
    /// Literal string/karakter/angka (isinya tidak penting).
    Lit,
}

fn lex(src: &str) -> Vec<Tok> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let ident_start = |ch: char| ch == '_' || ch.is_alphabetic();
    let ident_char = |ch: char| ch == '_' || ch.is_alphanumeric();
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if ch == 'r'
            && (next == Some('"') || (next == Some('#') && raw_string_at(&c, i + 1)))
            || (ch == 'b' && next == Some('r') && raw_string_at(&c, i + 2))
        {
            // String mentah: r"..", r#".."#, br"..".
            let mut j = i + if ch == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            j += 1; // tanda kutip pembuka
            loop {
                if j >= c.len() {
                    break;
                }
                if c[j] == '"' && (0..hashes).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push(Tok::Lit);
            i = j;
        } else if ch == '"' || (ch == 'b' || ch == 'c') && next == Some('"') {
            let mut j = i + if ch == '"' { 1 } else { 2 };
            while j < c.len() && c[j] != '"' {
                if c[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            out.push(Tok::Lit);
            i = j + 1;
        } else if ch == '\'' {
            // Literal karakter ('a', '\n', '\u{1F600}') atau lifetime/label ('a).
            if next == Some('\\') {
                let mut j = i + 2;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                out.push(Tok::Lit);
                i = j + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                out.push(Tok::Lit);
                i += 3;
            } else {
                // lifetime: lewati namanya
                i += 1;
                while i < c.len() && ident_char(c[i]) {
                    i += 1;
                }
            }
        } else if ch == 'b' && next == Some('\'') {
            let mut j = i + 2;
            while j < c.len() && c[j] != '\'' {
                if c[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            out.push(Tok::Lit);
            i = j + 1;
        } else if ident_start(ch) {
            let start = i;
            while i < c.len() && ident_char(c[i]) {
                i += 1;
            }
            let mut word: String = c[start..i].iter().collect();
            if let Some(raw) = word.strip_prefix("r#") {
                word = raw.to_string();
            }
            out.push(Tok::Ident(word));
        } else if ch == 'r' && next == Some('#') {
            i += 2; // identifier mentah r#nama
        } else if ch.is_ascii_digit() {
            while i < c.len()
                && (ident_char(c[i])
                    || c[i] == '.' && c.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
            {
                i += 1;
            }
            out.push(Tok::Lit);
        } else if ch == ':' && next == Some(':') {
            out.push(Tok::PathSep);
            i += 2;
        } else {
            out.push(Tok::Punct(ch));
            i += 1;
        }
    }
    out
}

fn raw_string_at(c: &[char], mut j: usize) -> bool {
    while c.get(j) == Some(&'#') {
        j += 1;
    }
    c.get(j) == Some(&'"')
}

fn ident(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Ident(s)) => Some(s),
        _ => None,
    }
}

/// Hasil analisis satu listing.
#[derive(Debug, Default)]
struct Analysis {
    /// Crate yang dipakai (awal path di `use`, di ekspresi, `extern crate`).
    crates: BTreeSet<String>,
    /// Alasan listing tidak bisa berjalan di Playground.
    not_playground: BTreeSet<&'static str>,
    /// Hal yang membuatnya bukan program satu berkas.
    not_single_file: Vec<String>,
    has_main: bool,
}

fn analyze(src: &str) -> Analysis {
    let toks = lex(src);
    let mut a = Analysis::default();
    let mut local: BTreeSet<String> = BTreeSet::new();
    let mut path_roots: BTreeSet<String> = BTreeSet::new();

    let mut i = 0;
    while i < toks.len() {
        match (&toks[i], ident(toks.get(i + 1)), toks.get(i + 2)) {
            // use pohon;
            (Tok::Ident(kw), _, _) if kw == "use" => {
                let end = (i..toks.len())
                    .find(|&j| toks[j] == Tok::Punct(';'))
                    .unwrap_or(toks.len());
                let tree = &toks[i + 1..end];
                a.crates.extend(use_roots(tree));
                local.extend(
                    tree.iter()
                        .filter_map(|t| ident(Some(t)).map(str::to_string)),
                );
                i = end;
                continue;
            }
            (Tok::Ident(kw), Some("crate"), _) if kw == "extern" => {
                if let Some(name) = ident(toks.get(i + 2)) {
                    a.crates.insert(name.to_string());
                }
            }
            (Tok::Ident(kw), Some(name), Some(Tok::Punct(';'))) if kw == "mod" => {
                a.not_single_file
                    .push(format!("`mod {name};` memuat berkas lain"));
            }
            (Tok::Ident(kw), Some(name), _)
                if matches!(
                    kw.as_str(),
                    "mod"
                        | "fn"
                        | "struct"
                        | "enum"
                        | "trait"
                        | "type"
                        | "static"
                        | "const"
                        | "union"
                ) =>
            {
                local.insert(name.to_string());
                if kw == "fn" && name == "main" {
                    a.has_main = true;
                }
            }
            (Tok::Ident(name), _, _)
                if toks.get(i + 1) == Some(&Tok::PathSep)
                    && !matches!(
                        toks.get(i.wrapping_sub(1)),
                        Some(Tok::PathSep) | Some(Tok::Punct('.'))
                    ) =>
            {
                path_roots.insert(name.clone());
            }
            (Tok::Ident(m), _, _)
                if matches!(m.as_str(), "include" | "include_str" | "include_bytes")
                    && toks.get(i + 1) == Some(&Tok::Punct('!')) =>
            {
                a.not_single_file
                    .push(format!("`{m}!` membaca berkas lain saat kompilasi"));
            }
            _ => {}
        }
        i += 1;
    }
    for r in path_roots {
        let upper = r.chars().next().is_some_and(|c| c.is_uppercase());
        if !upper && !local.contains(&r) {
            a.crates.insert(r);
        }
    }
    a.crates.retain(|c| !NOT_CRATES.contains(&c.as_str()));

    // Hal yang tidak bisa dilakukan di Playground.
    let idents: Vec<&str> = toks.iter().filter_map(|t| ident(Some(t))).collect();
    let has = |w: &str| idents.contains(&w);
    let path_pair = |a: &str, b: &str| {
        toks.windows(3).any(|w| {
            ident(Some(&w[0])) == Some(a) && w[1] == Tok::PathSep && ident(Some(&w[2])) == Some(b)
        })
    };
    if has("Command") || path_pair("process", "Command") {
        a.not_playground
            .insert("memulai proses (std::process::Command)");
    }
    if has("current_exe") {
        a.not_playground
            .insert("menjalankan dirinya sendiri (current_exe)");
    }
    if [
        "TcpListener",
        "UdpSocket",
        "UnixListener",
        "UnixDatagram",
        "UnixStream",
    ]
    .iter()
    .any(|w| has(w))
        || toks
            .windows(2)
            .any(|w| ident(Some(&w[0])) == Some("bind") && w[1] == Tok::Punct('('))
    {
        a.not_playground.insert("membuka socket (bind)");
    }
    if has("File")
        || has("OpenOptions")
        || toks.windows(2).any(|w| {
            (ident(Some(&w[0])) == Some("fs") && w[1] == Tok::PathSep)
                || (w[0] == Tok::PathSep && ident(Some(&w[1])) == Some("fs"))
        })
    {
        a.not_playground.insert("membaca/menulis berkas lokal (fs)");
    }
    a
}

/// Akar crate sebuah pohon `use`: `std::x::{a, b}` -> std;
/// `{a::b, c::d}` -> a, c; `::a::b` -> a.
fn use_roots(tree: &[Tok]) -> Vec<String> {
    let tree = match tree.first() {
        Some(Tok::PathSep) => &tree[1..],
        _ => tree,
    };
    if tree.first() != Some(&Tok::Punct('{')) {
        return ident(tree.first())
            .map(str::to_string)
            .into_iter()
            .collect();
    }
    let mut roots = Vec::new();
    let mut depth = 0;
    let mut at_branch_start = false;
    for t in tree {
        match t {
            Tok::Punct('{') => {
                depth += 1;
                at_branch_start = depth == 1;
            }
            Tok::Punct('}') => depth -= 1,
            Tok::Punct(',') if depth == 1 => at_branch_start = true,
            Tok::Ident(name) if at_branch_start => {
                roots.push(name.clone());
                at_branch_start = false;
            }
            _ => at_branch_start = false,
        }
    }
    roots
}

// ---------------------------------------------------------------------------
// Blok kode di bab yang meng-include listing.
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct Shown {
    chapter: String,
    line: usize,
    /// Token info string (`rust`, `noplayground`, `compile_fail`, ...).
    attrs: Vec<String>,
    directive: String,
    /// Listing yang di-include, relatif terhadap akar repositori.
    listing: String,
    anchored: bool,
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

fn shown_listings() -> Vec<Shown> {
    let mut out = Vec::new();
    for ch in files_under("src", ".md") {
        let text = std::fs::read_to_string(&ch).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let t = lines[i].trim_start_matches([' ', '>']);
            let fence: String = t.chars().take_while(|&c| c == '`' || c == '~').collect();
            if fence.len() < 3 {
                i += 1;
                continue;
            }
            let info = &t[fence.len()..];
            let attrs: Vec<String> = info
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let start = i;
            i += 1;
            while i < lines.len() && lines[i].trim_start_matches([' ', '>']).trim_end() != fence {
                let l = lines[i];
                let mut pos = 0;
                while let Some(k) = l[pos..].find("{{#") {
                    let s = pos + k;
                    pos = s + 3;
                    if s > 0 && l.as_bytes()[s - 1] == b'\\' {
                        continue;
                    }
                    let Some(e) = l[s..].find("}}") else { break };
                    let body = &l[s + 3..s + e];
                    let mut words = body.split_whitespace();
                    let directive = words.next().unwrap_or_default().to_string();
                    let arg = words.next().unwrap_or_default();
                    let (file, anchored) = match arg.split_once(':') {
                        Some((f, _)) => (f, true),
                        None => (arg, false),
                    };
                    let target = normalize(&ch.parent().unwrap().join(file));
                    let listing = rel(&target);
                    if listing.starts_with("listings/") && listing.ends_with(".rs") {
                        out.push(Shown {
                            chapter: rel(&ch),
                            line: start + 1,
                            attrs: attrs.clone(),
                            directive,
                            listing,
                            anchored,
                        });
                    }
                }
                i += 1;
            }
            i += 1;
        }
    }
    out
}

fn dependencies() -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let mut deps = BTreeSet::new();
    let mut in_deps = false;
    for line in text.lines() {
        let l = line.trim();
        if l.starts_with('[') {
            in_deps = l == "[dependencies]";
            continue;
        }
        if in_deps && let Some((name, _)) = l.split_once('=') {
            deps.insert(name.trim().replace('-', "_"));
        }
    }
    deps
}

fn listings() -> Vec<PathBuf> {
    files_under("listings", ".rs")
}

// ---------------------------------------------------------------------------
// Test
// ---------------------------------------------------------------------------

#[test]
fn every_listing_uses_only_crates_the_playground_offers() {
    let deps = dependencies();
    // Listing yang di setiap bab hanya tampil sebagai `rust,noplayground`
    // (studi kasus Bab 11: server, berkas, crate HTTP dan gambar) tidak
    // menawarkan *Run*, jadi boleh memakai crate di luar Playground; crate itu
    // tetap harus dependensi paket.
    let shown = shown_listings();
    let offline_only = |f: &Path| {
        let r = rel(f);
        let blocks: Vec<&Shown> = shown.iter().filter(|s| s.listing == r).collect();
        !blocks.is_empty()
            && blocks
                .iter()
                .all(|s| s.attrs.iter().any(|a| a == "noplayground"))
    };
    let mut problems = Vec::new();
    let mut seen = 0;
    for f in listings() {
        seen += 1;
        let a = analyze(&std::fs::read_to_string(&f).unwrap());
        let exempt = offline_only(&f);
        for c in &a.crates {
            if STD_CRATES.contains(&c.as_str()) {
                continue;
            }
            if !exempt && !PLAYGROUND_CRATES.contains(&c.as_str()) {
                problems.push(format!(
                    "{}: memakai crate `{c}`, yang tidak ada di allow-list Playground (tests/playground.rs)",
                    rel(&f)
                ));
            } else if !deps.contains(c) {
                problems.push(format!(
                    "{}: memakai crate `{c}`, yang bukan dependensi di Cargo.toml",
                    rel(&f)
                ));
            }
        }
    }
    assert!(seen > 0, "tidak ada listing di listings/");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_listing_is_one_standalone_file_with_main() {
    let mut problems = Vec::new();
    for f in listings() {
        let a = analyze(&std::fs::read_to_string(&f).unwrap());
        for p in &a.not_single_file {
            problems.push(format!("{}: {p}; listing harus satu berkas utuh", rel(&f)));
        }
        if !a.has_main {
            problems.push(format!("{}: tidak punya `fn main`", rel(&f)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn chapter_blocks_offer_run_only_where_it_can_work() {
    let analyses: BTreeMap<String, Analysis> = listings()
        .iter()
        .map(|f| (rel(f), analyze(&std::fs::read_to_string(f).unwrap())))
        .collect();
    let mut problems = Vec::new();
    for s in shown_listings() {
        let at = format!("{}:{} ({})", s.chapter, s.line, s.listing);
        let has = |a: &str| s.attrs.iter().any(|x| x == a);
        if !has("rust") {
            // Blok non-Rust (mis. `text`) tidak punya tombol Run.
            continue;
        }
        let fail = s.listing.ends_with(".fail.rs");
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
        let Some(a) = analyses.get(&s.listing) else {
            continue; // include yang hilang dilaporkan tests/book.rs
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
        if playground && s.anchored && s.directive != "rustdoc_include" {
            problems.push(format!(
                "{at}: include dengan anchor di blok yang bisa di-Run harus memakai \
                 {{{{#rustdoc_include ...}}}} supaya baris lain tetap ada (tersembunyi) dan Run \
                 mengirim program utuh"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------- uji untuk penganalisis itu sendiri ----------

#[test]
fn analyzer_finds_crates_in_use_paths_attributes_and_macros() {
    let a = analyze(
        r##"
use std::sync::{Arc, Mutex};
use std::thread;
use rayon::prelude::*;
use {crossbeam::channel, std::time::Duration};
extern crate parking_lot;

#[tokio::main]
async fn main() {
    // komentar dengan rand::random dan "string dengan regex::Regex"
    /* blok /* bersarang */ itertools::x */
    let s = r#"mentah serde::X"#;
    let c = 'x';
    let l: &'static str = "a";
    let v = Arc::new(Mutex::new(0u32));
    thread::spawn(|| u32::MAX);
    let _ = futures::executor::block_on(async {});
    let _: Vec<u32> = (0..3).collect::<Vec<_>>();
    tokio::join!(a(), b());
    worker::run();
    #[allow(clippy::needless_range_loop)]
    let _ = Self::x;
}
mod worker { pub fn run() {} }
"##,
    );
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(
        crates,
        [
            "crossbeam",
            "futures",
            "parking_lot",
            "rayon",
            "std",
            "tokio"
        ],
        "{a:?}"
    );
    assert!(a.has_main);
    assert!(a.not_playground.is_empty());
    assert!(a.not_single_file.is_empty());
}

#[test]
fn analyzer_flags_what_cannot_run_on_the_playground() {
    let cases = [
        (
            "use std::process::Command; fn main() { Command::new(\"ls\"); }",
            "proses",
        ),
        (
            "fn main() { std::process::Command::new(\"ls\"); }",
            "proses",
        ),
        (
            "fn main() { let _ = std::env::current_exe(); }",
            "current_exe",
        ),
        ("use std::net::TcpListener; fn main() {}", "socket"),
        (
            "fn main() { let l = tokio::net::TcpListener::bind(\"x\"); }",
            "socket",
        ),
        (
            "fn main() { std::fs::write(\"a\", \"b\").unwrap(); }",
            "berkas",
        ),
        (
            "use std::fs::File; fn main() { File::open(\"a\"); }",
            "berkas",
        ),
        (
            "use std::fs; fn main() { fs::read_to_string(\"a\"); }",
            "berkas",
        ),
    ];
    for (src, want) in cases {
        let a = analyze(src);
        assert!(
            a.not_playground.iter().any(|r| r.contains(want)),
            "{src}: {:?}",
            a.not_playground
        );
    }
    // Kata-kata itu di komentar atau string tidak dihitung.
    let a =
        analyze("fn main() { // Command::new, File::open\n println!(\"TcpListener fs::write\"); }");
    assert!(a.not_playground.is_empty(), "{:?}", a.not_playground);
    let a = analyze("mod util;\nfn main() { include_str!(\"x.txt\"); }");
    assert_eq!(a.not_single_file.len(), 2, "{:?}", a.not_single_file);
    assert!(!analyze("fn utama() {}").has_main);
}

#[test]
fn allow_list_is_sorted_and_has_the_crates_the_book_teaches() {
    let mut sorted = PLAYGROUND_CRATES.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        sorted, PLAYGROUND_CRATES,
        "allow-list harus terurut tanpa duplikat"
    );
    for c in ["rayon", "crossbeam", "tokio"] {
        assert!(PLAYGROUND_CRATES.contains(&c));
    }
}
