//! Program Tracing: dikompilasi (edition 2024) lalu dijalankan, keluaran atau
//! galat compiler-nya dicocokkan dengan jawaban soal.

use super::*;
/// Folder kerja untuk satu soal.
pub(super) fn work_dir(quiz: &str, q: &Question) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("kuis")
        .join(quiz)
        .join(format!("soal-{}", q.number));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub(super) struct Compiled {
    pub(super) ok: bool,
    pub(super) stderr: String,
    pub(super) exe: PathBuf,
}

pub(super) fn rustc() -> OsString {
    std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into())
}

/// Kompilasi `source` (edition 2024) menjadi program di `dir`.
pub(super) fn compile(dir: &Path, source: &str, optimize: bool) -> Result<Compiled, String> {
    let src = dir.join("main.rs");
    std::fs::write(&src, source).unwrap();
    let exe = dir.join(format!("program{}", std::env::consts::EXE_SUFFIX));
    let _ = std::fs::remove_file(&exe);
    let externs = crate::krate::extern_args(&crate::krate::crates_used(source))?;
    let mut cmd = Command::new(rustc());
    cmd.args(["--edition", "2024", "--crate-name", "kuis"]);
    if optimize {
        cmd.arg("-O");
    }
    let out = cmd
        .args(&externs)
        .arg("-o")
        .arg(&exe)
        .arg(&src)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .map_err(|e| format!("menjalankan rustc: {e}"))?;
    Ok(Compiled {
        ok: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        exe,
    })
}

/// Kode galat rustc (`E0373`, ...) di sebuah keluaran compiler, terurut.
pub(super) fn error_codes(stderr: &str) -> Vec<String> {
    let mut codes: Vec<String> = stderr
        .match_indices("error[E")
        .map(|(i, _)| stderr[i + 6..].chars().take(5).collect())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Kode galat atau lint yang diklaim harus sama dengan yang dilaporkan rustc,
/// dan harus disebut di penjelasan (context) soal.
pub(super) fn check_refusal(
    stderr: &str,
    context: &str,
    claim: Option<&Table>,
) -> Result<(), String> {
    let Some(claim) = claim else {
        return Ok(());
    };
    let mut want = strings(claim, "kode");
    want.sort();
    if claim.contains_key("kode") && error_codes(stderr) != want {
        return Err(format!(
            "kode galat rustc {:?}, klaim {want:?}:\n{stderr}",
            error_codes(stderr)
        ));
    }
    for code in &want {
        if !context.contains(code.as_str()) {
            return Err(format!("penjelasan soal tidak menyebut kode galat {code}"));
        }
    }
    if let Some(lint) = claim.get("lint").and_then(Value::as_str) {
        if !stderr.contains(lint) {
            return Err(format!("rustc tidak menolak lewat lint {lint}:\n{stderr}"));
        }
        if !context.contains(lint) {
            return Err(format!("penjelasan soal tidak menyebut lint {lint}"));
        }
    }
    Ok(())
}

/// Soal Tracing: program di soal dikompilasi (edition lama yang dipakai
/// mdbook-quiz dan 2024 yang dipakai pembaca harus sepakat), lalu keluarannya
/// atau galatnya dicocokkan dengan jawaban.
pub(super) fn check_tracing(quiz: &str, q: &Question, claim: Option<&Table>) -> Result<(), String> {
    let dir = work_dir(quiz, q);
    let old = Command::new(rustc())
        .args([
            "--edition",
            "2021",
            "--crate-name",
            "kuis",
            // `mir`, bukan `metadata`: lint seperti `arithmetic_overflow` baru
            // berjalan saat MIR dioptimasi.
            "--emit",
            "mir",
            "--out-dir",
        ])
        .arg(&dir)
        .arg({
            let p = dir.join("lama.rs");
            std::fs::write(&p, &q.program).unwrap();
            p
        })
        .output()
        .map_err(|e| e.to_string())?;
    let new = compile(&dir, &q.program, true)?;
    if old.status.success() != new.ok {
        return Err(format!(
            "program diterima di satu edition dan ditolak di edition lain (2021: {}, 2024: {}); \
             mdbook-quiz memakai edition lama, pembaca memakai 2024:\n{}{}",
            old.status.success(),
            new.ok,
            String::from_utf8_lossy(&old.stderr),
            new.stderr
        ));
    }
    match (new.ok, q.does_compile) {
        (true, false) => Err("jawaban bilang tidak terkompilasi, tetapi rustc menerimanya".into()),
        (false, true) => Err(format!(
            "jawaban bilang terkompilasi, tetapi rustc menolak:\n{}",
            new.stderr
        )),
        (false, false) => {
            // Baris galat pertama harus sama dengan jawaban (bila ditanyakan).
            let first = new
                .stderr
                .lines()
                .find_map(|l| l.trim().strip_prefix("--> "))
                .and_then(|loc| loc.split(':').nth(1))
                .and_then(|n| n.parse::<i64>().ok());
            if let Some(want) = q.line_number
                && first != Some(want)
            {
                return Err(format!(
                    "jawaban menunjuk baris {want}, tetapi galat pertama rustc di baris {first:?}:\n{}",
                    new.stderr
                ));
            }
            check_refusal(&new.stderr, &q.context, claim)
        }
        (true, true) => {
            let run = run(&mut Command::new(&new.exe), Duration::from_secs(30))?;
            if !run.status.success() {
                return Err(format!(
                    "program keluar dengan {}:\n{}",
                    run.status, run.stderr
                ));
            }
            match &q.stdout {
                Some(want) if run.stdout.trim_end() != want.trim_end() => Err(format!(
                    "keluaran program:\n{}\nbukan jawaban kuis:\n{want}",
                    run.stdout
                )),
                _ => Ok(()),
            }
        }
    }
}

/// Blok kode pertama di teks soal (```rust atau ```rust,ignore).
pub(super) fn prompt_code(prompt: &str) -> Option<String> {
    let start = prompt.find("```rust")?;
    let body = &prompt[start..];
    let body = &body[body.find('\n')? + 1..];
    let end = body.find("```")?;
    Some(body[..end].to_string())
}

/// Setiap baris tak kosong `fragment` ada di `program`, dalam urutan yang sama.
pub(super) fn contains_lines(program: &str, fragment: &str) -> Result<(), String> {
    let lines: Vec<&str> = program.lines().map(str::trim).collect();
    let mut at = 0;
    for want in fragment.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match lines[at..].iter().position(|l| *l == want) {
            Some(i) => at += i + 1,
            None => {
                return Err(format!(
                    "program tidak memuat baris soal {want:?} (atau urutannya berbeda)"
                ));
            }
        }
    }
    Ok(())
}
