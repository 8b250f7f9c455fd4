use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::{chapters, directives, is_exercise_page, normalize, rel, root};

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
/// dipakai oleh sebuah bab, dan setiap bab yang ditulis (yang punya listing)
/// berakhir dengan kuis. Program soal-soalnya (Tracing dan klaim lain)
/// dikompilasi dan dijalankan oleh `cargo test --test kuis` (tests/kuis/),
/// dengan data klaim di `quizzes/klaim/`.
#[test]
fn quizzes_are_valid_and_used_by_a_chapter() {
    let used: BTreeMap<PathBuf, PathBuf> = directives()
        .into_iter()
        .filter(|d| d.kind == "quiz")
        .map(|d| (normalize(&d.target), d.chapter))
        .collect();
    let mut problems = Vec::new();
    // Hanya berkas di quizzes/ sendiri; quizzes/klaim/ berisi data klaim.
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("quizzes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
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
    }
    // Bab yang punya listing harus punya kuis (halaman latihan tidak: isinya
    // sudah program yang memeriksa dirinya sendiri).
    for ch in chapters() {
        let text = std::fs::read_to_string(&ch).unwrap();
        let exercise_page = is_exercise_page(&ch);
        if text.contains("../listings/") && !text.contains("{{#quiz ") && !exercise_page {
            problems.push(format!(
                "{}: bab ini punya listing tetapi tidak diakhiri kuis",
                rel(&ch)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
