use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use crate::{chapters, directives, normalize, rel, root, walk};

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
