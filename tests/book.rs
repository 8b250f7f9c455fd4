//! Pemeriksaan struktur buku: blok bin di Cargo.toml selaras dengan listing di
//! disk, setiap listing di-include oleh sebuah bab, setiap include dan anchor
//! ada, buku bisa di-preprocess oleh mdBook (sebagai pustaka) tanpa direktif
//! `{{#` yang tersisa, dan setiap kuis valid menurut skema mdbook-quiz
//! (program kuis "tebak keluaran" benar-benar dikompilasi dan dijalankan).
//!
//! Tidak butuh apa pun selain cargo: tanpa jaringan, tanpa mdbook terpasang.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

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

const BEGIN: &str = "# BEGIN LISTINGS";
const END: &str = "# END LISTINGS";

fn expected_bins_block() -> String {
    let mut s = String::new();
    for f in listing_files() {
        if f.to_str().unwrap().ends_with(".fail.rs") {
            continue;
        }
        s.push_str(&format!(
            "\n[[bin]]\nname = \"{}\"\npath = \"{}\"\nrequired-features = [\"listings\"]\ntest = false\n",
            bin_name(&f),
            rel(&f)
        ));
    }
    s
}

/// Nama folder dan berkas listing mengikuti konvensi: `chNN-slug/NN-nama.rs`,
/// huruf kecil, angka, dan tanda hubung saja (nama test diturunkan dari sini).
#[test]
fn listing_names_follow_the_convention() {
    let ok = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    let mut problems = Vec::new();
    for d in listing_dirs() {
        let name = d.file_name().unwrap().to_str().unwrap();
        if !(chapter_id(name).is_some() && ok(name)) {
            problems.push(format!(
                "folder {name}: harus berbentuk chNN-slug atau lampiran-x-slug"
            ));
        }
        for f in walk(&d) {
            let fname = f.file_name().unwrap().to_str().unwrap();
            let stem = fname.split('.').next().unwrap();
            let allowed_ext = [".rs", ".fail.rs", ".out", ".fail.err"];
            let fb = stem.as_bytes();
            let well_formed = fb.len() > 3
                && fb[0].is_ascii_digit()
                && fb[1].is_ascii_digit()
                && fb[2] == b'-'
                && ok(stem)
                && allowed_ext.iter().any(|e| fname == format!("{stem}{e}"));
            if !well_formed {
                problems.push(format!(
                    "{}: harus berbentuk NN-nama{{.rs,.fail.rs,.out,.fail.err}}",
                    rel(&f)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Blok `[[bin]]` di Cargo.toml dibuat dari berkas di disk. Bila tidak
/// selaras, test gagal dan mencetak blok yang benar; `BLESS=1` menuliskannya.
#[test]
fn cargo_bins_block_is_in_sync() {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text
        .find(BEGIN)
        .expect("penanda BEGIN LISTINGS hilang dari Cargo.toml");
    let after_begin = start + text[start..].find('\n').unwrap() + 1;
    let end = text
        .find(END)
        .expect("penanda END LISTINGS hilang dari Cargo.toml");
    let current = &text[after_begin..end];
    let expected = expected_bins_block();
    if current == expected {
        return;
    }
    if blessing() {
        let new = format!("{}{}{}", &text[..after_begin], expected, &text[end..]);
        std::fs::write(&path, new).unwrap();
        return;
    }
    panic!(
        "blok bin di Cargo.toml tidak selaras dengan listings/. Jalankan\n  \
         BLESS=1 cargo test --no-default-features --test book cargo_bins\n\
         atau ganti blok di antara penanda dengan:\n{expected}"
    );
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

/// Setiap include menunjuk berkas yang ada, dan setiap anchor ada di berkas
/// itu (mdBook sendiri hanya mencatat include yang hilang lalu keluar 0, dan
/// anchor yang hilang menghasilkan blok kosong tanpa peringatan).
#[test]
fn every_include_and_anchor_resolves() {
    let known = ["include", "rustdoc_include", "quiz", "playground"];
    let mut problems = Vec::new();
    for d in directives() {
        let where_ = rel(&d.chapter);
        if !known.contains(&d.kind.as_str()) {
            problems.push(format!(
                "{where_}: direktif tidak dikenal {{{{#{}}}}}",
                d.kind
            ));
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&d.target) else {
            problems.push(format!(
                "{where_}: {{{{#{}}}}} menunjuk berkas yang tidak ada: {}",
                d.kind,
                rel(&normalize(&d.target))
            ));
            continue;
        };
        if let Some(sel) = &d.selector {
            let is_range = sel.chars().all(|c| c.is_ascii_digit() || c == ':');
            if !is_range {
                let start = text.lines().any(|l| {
                    l.trim_start().trim_start_matches("//").trim() == format!("ANCHOR: {sel}")
                });
                let end = text.lines().any(|l| {
                    l.trim_start().trim_start_matches("//").trim() == format!("ANCHOR_END: {sel}")
                });
                if !start || !end {
                    problems.push(format!(
                        "{where_}: anchor {sel:?} tidak ada (ANCHOR dan ANCHOR_END) di {}",
                        rel(&normalize(&d.target))
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Setiap listing di-include oleh sebuah bab, begitu pula contoh keluarannya
/// (`.out`) dan pesan compiler untuk listing yang harus gagal (`.fail.err`).
#[test]
fn every_listing_and_its_output_is_shown_in_a_chapter() {
    let included: BTreeSet<PathBuf> = directives()
        .iter()
        .filter(|d| d.kind != "quiz")
        .map(|d| normalize(&d.target))
        .collect();
    let mut problems = Vec::new();
    for f in listing_files() {
        let bin = bin_name(&f);
        let shown = |p: &Path| included.contains(&normalize(p));
        if !shown(&f) {
            problems.push(format!(
                "listing {bin}: {} tidak di-include oleh bab mana pun di src/",
                rel(&f)
            ));
        }
        let companion = if f.to_str().unwrap().ends_with(".fail.rs") {
            f.with_extension("err")
        } else {
            f.with_extension("out")
        };
        if companion.exists() && !shown(&companion) {
            problems.push(format!(
                "listing {bin}: {} tidak ditampilkan di bab mana pun",
                rel(&companion)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn load_book() -> mdbook_driver::MDBook {
    let mut cfg = mdbook_driver::config::Config::from_disk(root().join("book.toml")).unwrap();
    // Test tidak membutuhkan binary mdbook-quiz; kuis diperiksa terpisah.
    cfg.set("preprocessor.quiz.optional", true).unwrap();
    cfg.set(
        "preprocessor.quiz.command",
        "mdbook-quiz-tidak-dipakai-saat-test",
    )
    .unwrap();
    mdbook_driver::MDBook::load_with_config(root(), cfg)
        .unwrap_or_else(|e| panic!("buku tidak bisa dimuat: {e:#}"))
}

/// Buku bisa dimuat dan di-preprocess oleh mdBook 0.5.4 (sebagai pustaka):
/// setiap entri SUMMARY ada, dan tidak ada direktif `{{#` (selain kuis, yang
/// diproses mdbook-quiz saat build sungguhan) yang tersisa.
#[test]
fn book_preprocesses_without_leftover_directives() {
    let book = load_book();
    let (processed, _) = book
        .preprocess_book(&mdbook_driver::builtin_renderers::MarkdownRenderer::new())
        .unwrap_or_else(|e| panic!("preprocess gagal: {e:#}"));
    let mut problems = Vec::new();
    let mut count = 0;
    for item in processed.iter() {
        if let mdbook_driver::book::BookItem::Chapter(ch) = item {
            count += 1;
            let path = ch
                .path
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            for (n, line) in ch.content.lines().enumerate() {
                if let Some(i) = line.find("{{#") {
                    if line[..i].ends_with('\\') || line[i..].starts_with("{{#quiz ") {
                        continue;
                    }
                    problems.push(format!(
                        "src/{path}:{}: direktif tidak terproses: {}",
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(count >= 3, "buku hanya punya {count} bab?");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Setiap entri SUMMARY yang bukan draf menunjuk berkas yang ada, dan setiap
/// berkas Markdown di src/ disebut di SUMMARY.
#[test]
fn summary_and_chapter_files_agree() {
    let summary = std::fs::read_to_string(root().join("src/SUMMARY.md")).unwrap();
    let mut linked = BTreeSet::new();
    for line in summary.lines() {
        if let Some(i) = line.find("](") {
            let target = &line[i + 2..line[i..].find(')').map(|j| i + j).unwrap()];
            if !target.is_empty() {
                linked.insert(target.to_string());
                assert!(
                    root().join("src").join(target).exists(),
                    "SUMMARY.md menunjuk berkas yang tidak ada: {target}"
                );
            }
        }
    }
    for ch in chapters() {
        let r = ch
            .strip_prefix(root().join("src"))
            .unwrap()
            .display()
            .to_string();
        // 404.md adalah halaman 404 (`[output.html] input-404`), bukan bab.
        if r != "SUMMARY.md" && r != "404.md" {
            assert!(
                linked.contains(&r),
                "src/{r} tidak disebut di SUMMARY.md (berkas yatim)"
            );
        }
    }
}

const QUESTION_KEYS: &[&str] = &[
    "id",
    "type",
    "multipart",
    "prompt",
    "answer",
    "context",
    "promptExplanation",
];

/// Setiap kuis valid menurut skema mdbook-quiz 0.5, setiap berkas kuis
/// dipakai oleh sebuah bab, setiap bab yang ditulis (yang punya listing)
/// berakhir dengan kuis, dan program pada soal "tebak keluaran" (Tracing)
/// benar-benar dikompilasi dan dijalankan: keluarannya harus sama dengan
/// jawaban kuis.
#[test]
fn quizzes_are_valid_and_their_programs_do_what_they_claim() {
    let used: BTreeMap<PathBuf, PathBuf> = directives()
        .into_iter()
        .filter(|d| d.kind == "quiz")
        .map(|d| (normalize(&d.target), d.chapter))
        .collect();
    let mut problems = Vec::new();
    let files: Vec<PathBuf> = walk(&root().join("quizzes"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    for f in &files {
        let name = rel(f);
        if !used.contains_key(f) {
            problems.push(format!(
                "{name}: tidak dipakai oleh bab mana pun ({{{{#quiz ...}}}})"
            ));
        }
        let text = std::fs::read_to_string(f).unwrap();
        let quiz: mdbook_quiz_schema::Quiz = match toml::from_str(&text) {
            Ok(q) => q,
            Err(e) => {
                problems.push(format!("{name}: tidak sesuai skema mdbook-quiz: {e}"));
                continue;
            }
        };
        if quiz.questions.len() < 4 {
            problems.push(format!(
                "{name}: hanya {} soal; setiap bab butuh minimal 4",
                quiz.questions.len()
            ));
        }
        // Skema mdbook-quiz mengabaikan kunci yang salah ketik; kita tidak.
        let raw: toml::Table = toml::from_str(&text).unwrap();
        if let Some(toml::Value::Array(qs)) = raw.get("questions") {
            for (i, q) in qs.iter().enumerate() {
                for k in q.as_table().unwrap().keys() {
                    if !QUESTION_KEYS.contains(&k.as_str()) {
                        problems.push(format!(
                            "{name}: soal {} punya kunci tidak dikenal {k:?}",
                            i + 1
                        ));
                    }
                }
            }
        }
        for (i, q) in quiz.questions.iter().enumerate() {
            if let mdbook_quiz_schema::Question::Tracing(t) = q
                && let Err(e) = check_tracing(
                    &t.0.prompt.program,
                    t.0.answer.does_compile,
                    t.0.answer.stdout.as_deref(),
                    t.0.answer.line_number,
                )
            {
                problems.push(format!("{name}: soal {} (Tracing): {e}", i + 1));
            }
        }
    }
    // Bab yang punya listing harus punya kuis.
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        if text.contains("../listings/") && !text.contains("{{#quiz ") {
            problems.push(format!(
                "{}: bab ini punya listing tetapi tidak diakhiri kuis",
                rel(&ch)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Kompilasi (dan jalankan) program sebuah soal Tracing.
fn check_tracing(
    program: &str,
    does_compile: bool,
    stdout: Option<&str>,
    line_number: Option<usize>,
) -> Result<(), String> {
    let dir = std::env::temp_dir().join(format!("kuis-{}-{:x}", std::process::id(), hash(program)));
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("main.rs");
    std::fs::write(&src, program).unwrap();
    let exe = dir.join("program");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    // mdbook-quiz memeriksa program dengan rustc polos (edition 2015) saat build, pembaca
    // memakai 2024: kedua edition harus sepakat (misalnya aturan temporary di
    // ekspresi terakhir blok berubah di 2024).
    let old = Command::new(&rustc)
        .args([
            "--edition",
            "2021",
            "--crate-name",
            "kuis",
            "--emit",
            "metadata",
            "--out-dir",
        ])
        .arg(&dir)
        .arg(&src)
        .output()
        .map_err(|e| e.to_string())?;
    let out = Command::new(rustc)
        .args(["--edition", "2024", "--crate-name", "kuis", "-O", "-o"])
        .arg(&exe)
        .arg(&src)
        .output()
        .map_err(|e| e.to_string())?;
    if old.status.success() != out.status.success() {
        let _ = std::fs::remove_dir_all(&dir);
        return Err(format!(
            "program diterima di satu edition dan ditolak di edition lain (2015: {}, 2024: {}); \
             mdbook-quiz memakai edition lama, pembaca memakai 2024:\n{}{}",
            old.status.success(),
            out.status.success(),
            String::from_utf8_lossy(&old.stderr),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let result = match (out.status.success(), does_compile) {
        (true, false) => {
            Err("jawaban kuis bilang tidak terkompilasi, tetapi rustc menerimanya".into())
        }
        (false, true) => Err(format!(
            "jawaban kuis bilang terkompilasi, tetapi rustc menolak:\n{}",
            String::from_utf8_lossy(&out.stderr)
        )),
        (false, false) => {
            // Baris galat pertama yang dilaporkan rustc harus sama dengan
            // jawaban kuis (bila kuis menanyakannya).
            let stderr = String::from_utf8_lossy(&out.stderr);
            let first = stderr
                .lines()
                .find_map(|l| l.trim().strip_prefix("--> "))
                .and_then(|loc| loc.split(':').nth(1))
                .and_then(|n| n.parse::<usize>().ok());
            match line_number {
                Some(want) if first != Some(want) => Err(format!(
                    "jawaban kuis menunjuk baris {want}, tetapi galat pertama rustc ada di baris {first:?}:\n{stderr}"
                )),
                _ => Ok(()),
            }
        }
        (true, true) => {
            let run = Command::new(&exe).output().map_err(|e| e.to_string())?;
            let got = String::from_utf8_lossy(&run.stdout);
            match stdout {
                Some(want) if got.trim_end() != want.trim_end() => Err(format!(
                    "keluaran program:\n{got}\nbukan jawaban kuis:\n{want}"
                )),
                _ => Ok(()),
            }
        }
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// Id judul ala mdBook: huruf kecil, spasi menjadi `-`, hanya huruf, angka,
/// `_` dan `-` yang dipertahankan.
fn heading_id(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

fn heading_ids(markdown: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        if let Some(title) = line.strip_prefix('#') {
            let title = title.trim_start_matches('#').trim();
            // `{#id}` eksplisit, atau id dari teks judul (tanpa markup `).
            if let Some(i) = title.find("{#") {
                ids.insert(title[i + 2..].trim_end_matches('}').to_string());
            } else {
                ids.insert(heading_id(&title.replace(['`', '*'], "")));
            }
        }
    }
    ids
}

/// Setiap tautan relatif antar-bab (`[..](bab.md#bagian)`) menunjuk berkas
/// yang ada dan judul yang ada di berkas itu.
#[test]
fn internal_links_resolve() {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        let mut pos = 0;
        while let Some(i) = text[pos..].find("](") {
            let start = pos + i + 2;
            let Some(len) = text[start..].find(')') else {
                break;
            };
            pos = start + len;
            let link = &text[start..start + len];
            if link.contains("://") || link.starts_with("mailto:") || link.contains(' ') {
                continue;
            }
            let (file, frag) = match link.split_once('#') {
                Some((f, a)) => (f, Some(a)),
                None => (link, None),
            };
            if !(file.is_empty() || file.ends_with(".md")) {
                continue;
            }
            let target = if file.is_empty() {
                ch.clone()
            } else {
                ch.parent().unwrap().join(file)
            };
            let Ok(target_text) = std::fs::read_to_string(&target) else {
                problems.push(format!(
                    "{}: tautan ke berkas yang tidak ada: {link}",
                    rel(&ch)
                ));
                continue;
            };
            if let Some(frag) = frag
                && !heading_ids(&target_text).contains(frag)
            {
                problems.push(format!(
                    "{}: tautan {link}: tidak ada judul dengan id {frag:?} di {}",
                    rel(&ch),
                    rel(&target)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Tidak ada teks pengganti yang lupa diisi (`PENJELASAN-GIL` di baris
/// sendiri, TODO, FIXME) di halaman buku.
#[test]
fn no_placeholders_in_the_book() {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        for (i, line) in text.lines().enumerate() {
            let t = line.trim();
            let shouting = t.len() > 3
                && t.contains('-')
                && t.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
            let marker = ["TODO", "FIXME", "TBD", "XXX"].iter().any(|m| {
                t.split(|c: char| !c.is_ascii_alphanumeric())
                    .any(|w| w == *m)
            });
            if shouting || marker {
                problems.push(format!("{}:{}: teks pengganti: {t}", rel(&ch), i + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Listing yang diukur `cargo xtask bench` (berkas data bench/workloads.toml):
/// bab yang menampilkannya mengutip angka kecepatan dari run yang di-commit
/// (`{{#include ../bench/tables.md:...}}`) dan menautkan Lampiran C, bukan
/// angka yang diketik tangan.
#[test]
fn chapters_with_benchmarked_listings_show_the_measured_figures() {
    let text = std::fs::read_to_string(root().join("bench/workloads.toml")).unwrap();
    let data: toml::Table = text.parse().expect("bench/workloads.toml tidak sah");
    let bins: Vec<&str> = data["workload"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w.get("rust").and_then(toml::Value::as_str))
        .collect();
    assert!(
        bins.len() >= 5,
        "beban kerja Rust di bench/workloads.toml tidak terbaca: {bins:?}"
    );
    let tables = normalize(&root().join("bench/tables.md"));
    let dirs = directives();
    let mut problems = Vec::new();
    for bin in bins {
        let chapters: BTreeSet<PathBuf> = dirs
            .iter()
            .filter(|d| {
                let t = normalize(&d.target);
                t.extension().is_some_and(|e| e == "rs")
                    && t.starts_with(root().join("listings"))
                    && bin_name(&t) == bin
            })
            .map(|d| d.chapter.clone())
            .collect();
        if chapters.is_empty() {
            problems.push(format!(
                "listing {bin} (diukur bench) tidak ditampilkan bab mana pun"
            ));
        }
        for ch in chapters {
            let shows_table = dirs
                .iter()
                .any(|d| d.chapter == ch && normalize(&d.target) == tables);
            let text = std::fs::read_to_string(&ch).unwrap();
            let is_appendix = ch.ends_with("lampiran-c-pengukuran.md");
            if !shows_table {
                problems.push(format!(
                    "{}: menampilkan listing {bin} yang diukur bench, tetapi tidak meng-include \
                     angka dari bench/tables.md",
                    rel(&ch)
                ));
            }
            if !is_appendix && !text.contains("lampiran-c-pengukuran.md") {
                problems.push(format!(
                    "{}: menampilkan listing {bin} yang diukur bench, tetapi tidak menautkan Lampiran C",
                    rel(&ch)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Angka terukur yang dikutip di prosa (`348 ms`, `46 µs`, `1,55x`) harus
/// ada di contoh keluaran (`.out`) atau listing yang di-include halaman yang
/// sama, atau di angka bench. Kalau sebuah `.out` di-bless ulang, prosa yang
/// masih mengutip angka lama gagal di sini, bukan diam-diam basi.
///
/// Tidak diperiksa: kelipatan 10 ms (jeda tidur dari listing, misalnya
/// "100 ms"), notasi ilmiah (`1,8 × 10¹⁹`), perkalian (`50 × (k − 2)`), dan
/// angka hasil hitungan yang didaftar di `COMPUTED`.
#[test]
fn measured_figures_in_prose_match_the_shown_outputs() {
    /// (berkas, potongan baris): angka yang dihitung dari konstanta, bukan diukur.
    const COMPUTED: &[(&str, &str)] = &[
        ("ch04-sinkronisasi.md", "533 ms"),
        ("ch07-rayon.md", "= 1.000 ms"),
        ("lampiran-c-pengukuran.md", "paling banyak 16×"),
    ];
    /// `1.80` -> `1.8`, `15.0` -> `15`: ambang "1,8×" sama dengan "1,80×".
    fn trim_zeros(n: &str) -> String {
        if n.contains('.') {
            n.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            n.to_string()
        }
    }
    let numbers_in = |text: &str, out: &mut BTreeSet<String>| {
        let mut cur = String::new();
        for c in text.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_digit() || ((c == '.' || c == ',') && !cur.is_empty()) {
                cur.push(if c == ',' { '.' } else { c });
            } else if !cur.is_empty() {
                let n = cur.trim_end_matches('.').to_string();
                out.insert(n.replace('.', ""));
                out.insert(trim_zeros(&n));
                out.insert(n);
                cur.clear();
            }
        }
    };
    let mut bench = BTreeSet::new();
    numbers_in(
        &std::fs::read_to_string(root().join("bench/tables.md")).unwrap(),
        &mut bench,
    );
    let dirs = directives();
    let mut problems = Vec::new();
    for ch in chapters() {
        let name = ch.file_name().unwrap().to_str().unwrap().to_string();
        let mut known = bench.clone();
        for d in dirs.iter().filter(|d| d.chapter == ch && d.kind != "quiz") {
            if let Ok(t) = std::fs::read_to_string(&d.target) {
                numbers_in(&t, &mut known);
            }
        }
        let text = std::fs::read_to_string(&ch).unwrap();
        let mut fence = false;
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("```") {
                fence = !fence;
                continue;
            }
            if fence || line.contains("{{#") {
                continue;
            }
            if COMPUTED.iter().any(|(f, s)| *f == name && line.contains(s)) {
                continue;
            }
            // Isi `kode` sebaris adalah contoh format, bukan angka yang dikutip.
            let prose: String = line
                .split('`')
                .enumerate()
                .map(|(k, part)| if k % 2 == 0 { part } else { "" })
                .collect::<Vec<_>>()
                .join("``");
            let chars: Vec<char> = prose.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                if !chars[j].is_ascii_digit() || (j > 0 && chars[j - 1].is_alphanumeric()) {
                    j += 1;
                    continue;
                }
                let start = j;
                while j < chars.len()
                    && (chars[j].is_ascii_digit()
                        || ((chars[j] == '.' || chars[j] == ',')
                            && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit())))
                {
                    j += 1;
                }
                let raw: String = chars[start..j].iter().collect();
                let rest: String = chars[j..].iter().collect();
                let rest = rest.strip_prefix(' ').unwrap_or(&rest);
                let unit = ["ms", "µs", "×", "x"].into_iter().find(|u| {
                    rest.starts_with(u)
                        && !rest[u.len()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                });
                let Some(unit) = unit else { continue };
                let after = rest[unit.len()..].trim_start();
                let multiplication = (unit == "×" || unit == "x")
                    && after
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || c == '(' || c == '*');
                let n = raw.replace(',', ".");
                let round_sleep =
                    unit == "ms" && !n.contains('.') && n.parse::<u64>().is_ok_and(|v| v % 10 == 0);
                let thousands = raw.contains('.') && !raw.contains(',');
                let key = if thousands {
                    raw.replace('.', "")
                } else {
                    n.clone()
                };
                if multiplication
                    || round_sleep
                    || known.contains(&key)
                    || known.contains(&n)
                    || known.contains(&trim_zeros(&n))
                {
                    continue;
                }
                let sep = if unit.ends_with('s') { " " } else { "" };
                problems.push(format!(
                    "{}:{}: angka \"{raw}{sep}{unit}\" tidak ada di .out/listing yang di-include \
                     halaman ini maupun di bench/tables.md (angka basi setelah bless?)",
                    rel(&ch),
                    i + 1
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
