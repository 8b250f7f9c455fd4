//! Pemeriksaan HTML buku yang sudah dibangun (`book/`): setiap bab di
//! SUMMARY punya halaman, tidak ada direktif `{{#` yang lolos, setiap bab
//! yang meng-include listing punya keterangan listing, dan setiap bab yang
//! memakai kuis benar-benar memuat widget kuis. SUMMARY.md dibaca dengan
//! pengurai milik mdBook sendiri (`mdbook-summary`).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use mdbook_summary::{SummaryItem, parse_summary};

/// Jalur Markdown (relatif ke `src/`) semua bab di SUMMARY, tanpa draf.
fn chapter_paths(summary: &str) -> anyhow::Result<Vec<PathBuf>> {
    fn walk(items: &[SummaryItem], out: &mut Vec<PathBuf>) {
        for item in items {
            if let SummaryItem::Link(link) = item {
                out.extend(link.location.clone());
                walk(&link.nested_items, out);
            }
        }
    }
    let s = parse_summary(summary)?;
    let mut out = Vec::new();
    for items in [&s.prefix_chapters, &s.numbered_chapters, &s.suffix_chapters] {
        walk(items, &mut out);
    }
    Ok(out)
}

/// Masalah di satu halaman bab (`md` = Markdown sumbernya, `html` = hasilnya).
fn page_problems(target: &str, md: &str, html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(k) = html.find("{{#") {
        let snippet: String = html[k..].chars().take(80).collect();
        problems.push(format!(
            "{target}: direktif tidak terproses di HTML: {snippet}"
        ));
    }
    // Keterangan listing (tools/mdbook-listing) benar-benar terpasang. Blok
    // kode dan direktifnya dibaca oleh listing-model, seperti preprocessor-nya.
    let chapter_dir = Path::new("src")
        .join(Path::new(target).parent().unwrap_or(Path::new("")))
        .to_string_lossy()
        .into_owned();
    let listing_includes: usize = listing_model::markdown::code_blocks(md)
        .iter()
        .map(|b| listing_model::markdown::listing_includes(b, &chapter_dir).len())
        .sum();
    let captions = html
        .matches("<figcaption class=\"listing-caption\">")
        .count();
    if listing_includes > 0 && captions == 0 {
        problems.push(format!(
            "{target}: {listing_includes} include listing, tetapi tidak ada keterangan listing \
             (preprocessor mdbook-listing tidak berjalan?)"
        ));
    }
    let quizzes = md.matches("{{#quiz ").count();
    let embeds = html.matches("class=\"quiz-placeholder\"").count();
    if embeds != quizzes {
        problems.push(format!(
            "{target}: {quizzes} kuis di Markdown, tetapi {embeds} widget kuis di HTML"
        ));
    }
    problems
}

/// Periksa `book` (folder hasil `mdbook build`, di dalam akar buku).
pub fn check(book: &Path) -> anyhow::Result<()> {
    let root = book.parent().context("book/ tanpa folder induk")?;
    let summary_path = root.join("src/SUMMARY.md");
    let summary = std::fs::read_to_string(&summary_path)
        .with_context(|| format!("membaca {}", summary_path.display()))?;
    let chapters = chapter_paths(&summary).context("mengurai src/SUMMARY.md")?;
    let mut problems = Vec::new();
    for md_path in &chapters {
        let target = md_path.display().to_string();
        let html_path = book.join(md_path.with_extension("html"));
        let Ok(html) = std::fs::read_to_string(&html_path) else {
            problems.push(format!(
                "halaman {} tidak ada untuk {target}",
                html_path.display()
            ));
            continue;
        };
        let md = std::fs::read_to_string(root.join("src").join(md_path)).unwrap_or_default();
        problems.extend(page_problems(&target, &md, &html));
    }
    for extra in ["index.html", "print.html", "404.html"] {
        if !book.join(extra).exists() {
            problems.push(format!("{extra} tidak ada di {}", book.display()));
        }
    }
    // mdBook 0.5 memberi nama berkas ber-hash: searchindex-<hash>.js.
    let has_search = std::fs::read_dir(book)
        .with_context(|| format!("membaca {}", book.display()))?
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("searchindex"));
    if !has_search {
        problems.push("indeks pencarian (searchindex-*.js) tidak ada".to_string());
    }
    if !problems.is_empty() {
        bail!("HTML buku bermasalah:\n{}", problems.join("\n"));
    }
    eprintln!(
        "xtask: HTML buku baik ({} halaman bab diperiksa)",
        chapters.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUMMARY: &str = "# Ringkasan\n\n[Pendahuluan](ch00.md)\n\n# Bagian\n\n\
        - [Bab satu](ch01.md)\n    - [Sub](ch01-01.md)\n- [Draf]()\n\n[Lampiran](lampiran.md)\n";

    #[test]
    fn reads_every_chapter_but_drafts_from_summary() {
        let paths = chapter_paths(SUMMARY).unwrap();
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(names, ["ch00.md", "ch01.md", "ch01-01.md", "lampiran.md"]);
    }

    #[test]
    fn flags_leftover_directives_missing_captions_and_quizzes() {
        let md =
            "```rust\n{{#rustdoc_include ../listings/ch01-x/01-a.rs}}\n```\n{{#quiz ../q.toml}}\n";
        let good = "<figcaption class=\"listing-caption\">L</figcaption>\
                    <div class=\"quiz-placeholder\"></div>";
        assert!(page_problems("ch01.md", md, good).is_empty());
        let leftover = format!("{good}{{{{#include x.rs}}}}");
        assert_eq!(page_problems("ch01.md", md, &leftover).len(), 1);
        let no_caption = "<div class=\"quiz-placeholder\"></div>";
        let p = page_problems("ch01.md", md, no_caption);
        assert!(p[0].contains("keterangan listing"), "{p:?}");
        // Include yang bukan berkas listing tidak butuh keterangan listing.
        let other = "```text\n{{#include ../bench/tables.md:gil}}\n```\n";
        assert!(page_problems("ch01.md", other, "").is_empty());
        let no_quiz = "<figcaption class=\"listing-caption\">L</figcaption>";
        let p = page_problems("ch01.md", md, no_quiz);
        assert!(
            p[0].contains("1 kuis di Markdown, tetapi 0 widget"),
            "{p:?}"
        );
    }

    #[test]
    fn a_book_without_pages_fails_the_check() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::create_dir_all(dir.path().join("book")).unwrap();
        std::fs::write(dir.path().join("src/SUMMARY.md"), SUMMARY).unwrap();
        let err = format!("{:#}", check(&dir.path().join("book")).unwrap_err());
        assert!(err.contains("ch01-01.html tidak ada"), "{err}");
        assert!(err.contains("searchindex"), "{err}");
    }
}
