//! Latihan di buku: setiap latihan (`listings/chNN-slug/latihan-NN-nama.rs`)
//! ditampilkan di bagian "Latihan" sebuah bab, starternya lewat blok
//! ```` ```rust,latihan ```` dan solusinya lewat ```` ```rust,solusi ````,
//! keduanya meng-include berkas latihan utuh (preprocessor `mdbook-listing`
//! menurunkan starter dan solusi dari sana). Latihan ada di halaman latihan
//! bab (`chNN-slug-latihan.md`, satu bagian `## Latihan N.M` per latihan) atau
//! di bagian "Latihan" bab, sebelum "Kuis".

use std::collections::BTreeMap;

use listing_model::markdown::{code_blocks, listing_includes};
use listing_model::{Kind, ListingFile, latihan};

use crate::{chapters, is_exercise_page, listings, rel, root};

/// Blok latihan di bab: (jalur latihan, peran) -> tempat-tempatnya.
fn exercise_blocks(problems: &mut Vec<String>) -> BTreeMap<(String, &'static str), Vec<String>> {
    let mut shown: BTreeMap<(String, &'static str), Vec<String>> = BTreeMap::new();
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        let dir = rel(ch.parent().unwrap()).replace('\\', "/");
        let mut first_exercise_line = None;
        for b in code_blocks(&text) {
            let role = if b.has("latihan") {
                "latihan"
            } else if b.has("solusi") {
                "solusi"
            } else {
                continue;
            };
            first_exercise_line.get_or_insert(b.first_line);
            let where_ = format!("{}:{}", rel(&ch), b.line());
            let includes = listing_includes(&b, &dir);
            let target = match includes.as_slice() {
                [(d, path)] if d.selector().is_none() => path.clone(),
                _ => {
                    problems.push(format!(
                        "{where_}: blok `rust,{role}` harus berisi tepat satu include berkas \
                         latihan utuh (tanpa anchor)"
                    ));
                    continue;
                }
            };
            match ListingFile::parse_path(&target) {
                Some(l) if l.exercise && l.kind == Kind::Program => {}
                _ => problems.push(format!(
                    "{where_}: blok `rust,{role}` meng-include {target}, bukan latihan-NN-nama.rs"
                )),
            }
            shown.entry((target, role)).or_default().push(where_);
        }
        // Latihan tampil di halaman latihan sebuah bab (`<bab>-latihan.md`,
        // satu bagian `## Latihan N.M: ...` per latihan), atau di bagian
        // `## Latihan` bab itu sendiri, sebelum "Kuis".
        let exercise_page = is_exercise_page(&ch);
        if let Some(first) = first_exercise_line {
            let lines: Vec<&str> = text.lines().collect();
            let heading = lines[..first].iter().rposition(|l| l.starts_with("## "));
            let ok = |h: usize| {
                let h = lines[h].trim();
                h == "## Latihan" || (exercise_page && h.starts_with("## Latihan "))
            };
            if heading.is_none_or(|h| !ok(h)) {
                problems.push(format!(
                    "{}: blok latihan pertama (baris {}) harus berada di bagian `## Latihan`",
                    rel(&ch),
                    first + 1
                ));
            }
            let quiz = lines.iter().position(|l| l.trim() == "## Kuis");
            if quiz.is_some_and(|q| q < first) {
                problems.push(format!(
                    "{}: bagian `## Latihan` harus sebelum `## Kuis`",
                    rel(&ch)
                ));
            }
        }
    }
    shown
}

/// Setiap latihan tampil sebagai starter dan solusi di bab, dan setiap blok
/// latihan menunjuk berkas latihan yang sah.
#[test]
fn every_exercise_is_shown_with_starter_and_solution() {
    let mut problems = Vec::new();
    let shown = exercise_blocks(&mut problems);
    for l in listings().exercises() {
        let path = l.path();
        for role in ["latihan", "solusi"] {
            if !shown.contains_key(&(path.clone(), role)) {
                problems.push(format!(
                    "latihan {}: tidak ada blok ```rust,{role} yang meng-include {path}",
                    l.program_id()
                ));
            }
        }
        let text = std::fs::read_to_string(root().join(&path)).unwrap();
        if let Err(e) = latihan::starter(&text) {
            problems.push(format!("{path}: {e}"));
        }
    }
    for ((path, role), places) in &shown {
        if places.len() > 1 {
            problems.push(format!(
                "{path} tampil sebagai `rust,{role}` lebih dari sekali: {}",
                places.join(", ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
