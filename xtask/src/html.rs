//! Pemeriksaan HTML buku yang sudah dibangun (`book/`): setiap bab di
//! SUMMARY punya halaman, tidak ada direktif `{{#` yang lolos, dan setiap bab
//! yang memakai kuis benar-benar memuat widget kuis.

use std::path::Path;

pub fn check(book: &Path) -> Result<(), String> {
    let root = book.parent().unwrap();
    let summary = std::fs::read_to_string(root.join("src/SUMMARY.md"))
        .map_err(|e| format!("SUMMARY.md: {e}"))?;
    let mut problems = Vec::new();
    let mut pages = 0;
    for line in summary.lines() {
        let Some(i) = line.find("](") else { continue };
        let Some(j) = line[i..].find(')') else {
            continue;
        };
        let target = &line[i + 2..i + j];
        if target.is_empty() {
            continue; // draf
        }
        pages += 1;
        let html_path = book.join(target.replace(".md", ".html"));
        let Ok(html) = std::fs::read_to_string(&html_path) else {
            problems.push(format!(
                "halaman {} tidak ada untuk {target}",
                html_path.display()
            ));
            continue;
        };
        if let Some(k) = html.find("{{#") {
            let snippet: String = html[k..].chars().take(80).collect();
            problems.push(format!(
                "{target}: direktif tidak terproses di HTML: {snippet}"
            ));
        }
        let md = std::fs::read_to_string(root.join("src").join(target)).unwrap_or_default();
        // Keterangan listing (tools/mdbook-listing) benar-benar terpasang.
        let listing_includes = md
            .lines()
            .filter(|l| l.contains("{{#") && l.contains("listings/"))
            .count();
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
    }
    for extra in ["index.html", "print.html", "404.html"] {
        if !book.join(extra).exists() {
            problems.push(format!("{extra} tidak ada di {}", book.display()));
        }
    }
    // mdBook 0.5 memberi nama berkas ber-hash: searchindex-<hash>.js.
    let has_search = std::fs::read_dir(book)
        .map_err(|e| format!("{}: {e}", book.display()))?
        .filter_map(Result::ok)
        .any(|e| e.file_name().to_string_lossy().starts_with("searchindex"));
    if !has_search {
        problems.push("indeks pencarian (searchindex-*.js) tidak ada".to_string());
    }
    if problems.is_empty() {
        eprintln!("xtask: HTML buku baik ({pages} halaman bab diperiksa)");
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
