use std::collections::BTreeSet;
use std::path::PathBuf;

use listing_model::Kind;
use listing_model::include::anchor_markers;

use crate::{chapters, directives, listings, normalize, rel, root};

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
        if let Some(anchor) = d.raw.anchor()
            && anchor_markers(&text, anchor) != (true, true)
        {
            problems.push(format!(
                "{where_}: anchor {anchor:?} tidak ada (ANCHOR dan ANCHOR_END) di {}",
                rel(&normalize(&d.target))
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Setiap listing di-include oleh sebuah bab, begitu pula contoh keluarannya
/// (`.out`), pesan compiler untuk listing yang harus gagal (`.fail.err`), dan
/// versi Python beserta keluarannya (`.py`, `.py.out`).
#[test]
fn every_listing_and_its_output_is_shown_in_a_chapter() {
    let included: BTreeSet<PathBuf> = directives()
        .iter()
        .filter(|d| d.kind != "quiz")
        .map(|d| normalize(&d.target))
        .collect();
    let mut problems = Vec::new();
    let scan = listings();
    let shown_files = scan
        .files
        .iter()
        .filter(|l| matches!(l.kind, Kind::Program | Kind::MustNotCompile | Kind::Python));
    for l in shown_files {
        let bin = l.program_id();
        let shown = |path: &str| included.contains(&normalize(&root().join(path)));
        if !shown(&l.path()) {
            problems.push(format!(
                "listing {bin}: {} tidak di-include oleh bab mana pun di src/",
                l.path()
            ));
        }
        let companion = l.companion().unwrap().path();
        if root().join(&companion).exists() && !shown(&companion) {
            problems.push(format!(
                "listing {bin}: {companion} tidak ditampilkan di bab mana pun"
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
