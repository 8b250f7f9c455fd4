//! Data klaim kuis (`quizzes/klaim/klaim.toml`) dan pemeriksaannya.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use toml::{Table, Value};

mod jalan;
mod tracing;

use jalan::*;
use tracing::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn klaim_dir() -> PathBuf {
    root().join("quizzes").join("klaim")
}

/// Kunci yang boleh ada di satu entri klaim.
const KEYS: &[&str] = &[
    "ringkas",
    "dikecualikan",
    "program",
    "bin",
    "args",
    "memuat_prompt",
    "optimasi",
    "satu_cpu",
    "terkompilasi",
    "kode",
    "lint",
    "stdout",
    "baris",
    "minimal",
    "maksimal",
    "rasio",
    "status",
];

/// Nama berkas kuis (tanpa `.toml`) di `quizzes/`, terurut.
pub fn quiz_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("quizzes"))
        .expect("folder quizzes/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Satu soal kuis, sejauh yang dibutuhkan di sini.
struct Question {
    number: usize,
    id: String,
    tracing: bool,
    program: String,
    does_compile: bool,
    stdout: Option<String>,
    line_number: Option<i64>,
    prompt: String,
    context: String,
}

fn str_at<'a>(t: &'a Table, path: &[&str]) -> Option<&'a str> {
    let mut v: &Value = t.get(path[0])?;
    for k in &path[1..] {
        v = v.as_table()?.get(*k)?;
    }
    v.as_str()
}

fn load_quiz(name: &str) -> Vec<Question> {
    let path = root().join("quizzes").join(format!("{name}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let quiz: Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let questions = quiz
        .get("questions")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let q = q.as_table().expect("soal berupa tabel");
            let answer = q.get("answer").and_then(Value::as_table);
            Question {
                number: i + 1,
                id: str_at(q, &["id"]).unwrap_or_default().to_string(),
                tracing: str_at(q, &["type"]) == Some("Tracing"),
                program: str_at(q, &["prompt", "program"])
                    .unwrap_or_default()
                    .to_string(),
                does_compile: answer
                    .and_then(|a| a.get("doesCompile"))
                    .and_then(Value::as_bool)
                    .unwrap_or(true),
                stdout: str_at(q, &["answer", "stdout"]).map(str::to_string),
                line_number: answer
                    .and_then(|a| a.get("lineNumber"))
                    .and_then(Value::as_integer),
                prompt: str_at(q, &["prompt", "prompt"])
                    .unwrap_or_default()
                    .to_string(),
                context: str_at(q, &["context"]).unwrap_or_default().to_string(),
            }
        })
        .collect()
}

fn load_claims() -> Table {
    let path = klaim_dir().join("klaim.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn claim_for<'a>(claims: &'a Table, quiz: &str, id: &str) -> Option<&'a Table> {
    claims.get(quiz)?.as_table()?.get(id)?.as_table()
}

fn strings(t: &Table, key: &str) -> Vec<String> {
    t.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn flag(t: &Table, key: &str) -> Option<bool> {
    t.get(key).and_then(Value::as_bool)
}

fn number(v: &Value) -> Option<f64> {
    v.as_float().or_else(|| v.as_integer().map(|i| i as f64))
}

/// Masalah cakupan: soal tanpa klaim, klaim tanpa soal, kunci tak dikenal,
/// program yang tidak ada.
pub fn coverage_problems() -> Vec<String> {
    let claims = load_claims();
    let mut problems = Vec::new();
    let mut known = BTreeSet::new();
    for quiz in quiz_files() {
        for q in load_quiz(&quiz) {
            known.insert((quiz.clone(), q.id.clone()));
            let at = format!("quizzes/{quiz}.toml soal {} ({})", q.number, q.id);
            if q.id.is_empty() {
                problems.push(format!(
                    "{at}: soal belum punya id; `cargo xtask build` (mdbook-quiz) menambahkannya, \
                     lalu commit berkas kuisnya"
                ));
                continue;
            }
            let claim = claim_for(&claims, &quiz, &q.id);
            if q.tracing {
                let needs = !q.does_compile;
                let has = claim.is_some_and(|c| c.contains_key("kode") || c.contains_key("lint"));
                if needs && !has {
                    problems.push(format!(
                        "{at}: jawabannya 'tidak terkompilasi'; tulis kode galat (atau lint) yang \
                         dikutip context-nya di quizzes/klaim/klaim.toml: [{quiz}.{}] kode = [\"E....\"]",
                        q.id
                    ));
                }
                continue;
            }
            let Some(claim) = claim else {
                problems.push(format!(
                    "{at}: belum didukung program dan belum dikecualikan; tambahkan \
                     [{quiz}.{}] ke quizzes/klaim/klaim.toml",
                    q.id
                ));
                continue;
            };
            let kinds = ["dikecualikan", "program", "bin"]
                .iter()
                .filter(|k| claim.contains_key(**k))
                .count();
            if kinds != 1 {
                problems.push(format!(
                    "{at}: klaim harus punya tepat satu dari `dikecualikan`, `program`, `bin`"
                ));
            }
        }
    }
    for (quiz, entries) in &claims {
        let Some(entries) = entries.as_table() else {
            problems.push(format!("klaim.toml: [{quiz}] harus tabel"));
            continue;
        };
        for (id, claim) in entries {
            let at = format!("klaim.toml [{quiz}.{id}]");
            if !known.contains(&(quiz.clone(), id.clone())) {
                problems.push(format!(
                    "{at}: tidak ada soal dengan id ini di quizzes/{quiz}.toml"
                ));
            }
            let Some(claim) = claim.as_table() else {
                problems.push(format!("{at}: harus tabel"));
                continue;
            };
            for k in claim.keys() {
                if !KEYS.contains(&k.as_str()) {
                    problems.push(format!("{at}: kunci tidak dikenal {k:?}"));
                }
            }
            if !claim.contains_key("ringkas") {
                problems.push(format!(
                    "{at}: tulis `ringkas`, apa yang diklaim jawabannya"
                ));
            }
            if let Some(p) = claim.get("program").and_then(Value::as_str)
                && p != "@prompt"
                && !klaim_dir().join(p).is_file()
            {
                problems.push(format!("{at}: program quizzes/klaim/{p} tidak ada"));
            }
        }
    }
    problems
}

/// Jalankan semua klaim satu berkas kuis; gagal dengan daftar soal yang
/// jawabannya tidak cocok dengan programnya.
pub fn check_quiz(quiz: &str) {
    let claims = load_claims();
    let mut problems = Vec::new();
    for q in load_quiz(quiz) {
        let claim = claim_for(&claims, quiz, &q.id);
        let result = if q.tracing {
            check_tracing(quiz, &q, claim)
        } else {
            match claim {
                Some(c) if !c.contains_key("dikecualikan") => check_claim(quiz, &q, c),
                _ => Ok(()),
            }
        };
        if let Err(e) = result {
            problems.push(format!(
                "quizzes/{quiz}.toml soal {} ({}): {e}",
                q.number, q.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
