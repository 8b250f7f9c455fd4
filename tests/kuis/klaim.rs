//! Data klaim kuis (`quizzes/klaim/klaim.toml`) dan pemeriksaannya.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use toml::{Table, Value};

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

/// Folder kerja untuk satu soal.
fn work_dir(quiz: &str, q: &Question) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("kuis")
        .join(quiz)
        .join(format!("soal-{}", q.number));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

struct Compiled {
    ok: bool,
    stderr: String,
    exe: PathBuf,
}

fn rustc() -> OsString {
    std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into())
}

/// Kompilasi `source` (edition 2024) menjadi program di `dir`.
fn compile(dir: &Path, source: &str, optimize: bool) -> Result<Compiled, String> {
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
fn error_codes(stderr: &str) -> Vec<String> {
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
fn check_refusal(stderr: &str, context: &str, claim: Option<&Table>) -> Result<(), String> {
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
fn check_tracing(quiz: &str, q: &Question, claim: Option<&Table>) -> Result<(), String> {
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
fn prompt_code(prompt: &str) -> Option<String> {
    let start = prompt.find("```rust")?;
    let body = &prompt[start..];
    let body = &body[body.find('\n')? + 1..];
    let end = body.find("```")?;
    Some(body[..end].to_string())
}

/// Setiap baris tak kosong `fragment` ada di `program`, dalam urutan yang sama.
fn contains_lines(program: &str, fragment: &str) -> Result<(), String> {
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

/// Soal non-Tracing yang didukung sebuah program atau listing.
fn check_claim(quiz: &str, q: &Question, claim: &Table) -> Result<(), String> {
    let timeout = Duration::from_secs(60);
    let args = strings(claim, "args");
    let run = if let Some(bin) = claim.get("bin").and_then(Value::as_str) {
        let exe = bin_path(bin)?;
        let mut cmd = Command::new(exe);
        cmd.args(&args);
        run(&mut cmd, timeout)?
    } else {
        let program = claim
            .get("program")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let source = if program == "@prompt" {
            prompt_code(&q.prompt).ok_or("soal tidak memuat blok ```rust")?
        } else {
            std::fs::read_to_string(klaim_dir().join(program))
                .map_err(|e| format!("{program}: {e}"))?
        };
        if flag(claim, "memuat_prompt") == Some(true) {
            let fragment = prompt_code(&q.prompt).ok_or("soal tidak memuat blok ```rust")?;
            contains_lines(&source, &fragment)?;
        }
        let dir = work_dir(quiz, q);
        let compiled = compile(&dir, &source, flag(claim, "optimasi") == Some(true))?;
        if flag(claim, "terkompilasi") == Some(false) {
            if compiled.ok {
                return Err("jawaban bilang tidak terkompilasi, tetapi rustc menerimanya".into());
            }
            return check_refusal(&compiled.stderr, &q.context, Some(claim));
        }
        if !compiled.ok {
            return Err(format!(
                "program pendukung tidak terkompilasi:\n{}",
                compiled.stderr
            ));
        }
        let mut cmd = if flag(claim, "satu_cpu") == Some(true) {
            one_cpu(&compiled.exe)?
        } else {
            Command::new(&compiled.exe)
        };
        cmd.args(&args);
        run(&mut cmd, timeout)?
    };
    check_output(&run, claim).map_err(|e| {
        format!(
            "{e}\n--- stdout ---\n{}--- stderr ---\n{}",
            run.stdout, run.stderr
        )
    })
}

/// Program dijalankan di satu CPU: `taskset -c 0` (util-linux).
fn one_cpu(exe: &Path) -> Result<Command, String> {
    if !cfg!(target_os = "linux") {
        return Err("klaim `satu_cpu` hanya bisa dijalankan di Linux (taskset)".into());
    }
    let mut cmd = Command::new("taskset");
    cmd.args(["-c", "0"]).arg(exe);
    Ok(cmd)
}

/// Binary listing buku (dibangun cargo sebelum test integrasi).
fn bin_path(bin: &str) -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let dir = exe.parent().and_then(Path::parent).ok_or("target dir")?;
    let path = dir.join(format!("{bin}{}", std::env::consts::EXE_SUFFIX));
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!("binary listing {} tidak ada", path.display()))
    }
}

/// Bilangan pertama setelah `label` di baris pertama yang memuatnya (titik
/// sebagai tanda desimal).
fn number_after(stdout: &str, label: &str) -> Result<f64, String> {
    let line = stdout
        .lines()
        .find(|l| l.contains(label))
        .ok_or_else(|| format!("tidak ada baris yang memuat {label:?}"))?;
    let rest = &line[line.find(label).unwrap() + label.len()..];
    let start = rest
        .find(|c: char| c.is_ascii_digit())
        .ok_or_else(|| format!("tidak ada bilangan setelah {label:?}"))?;
    let num: String = rest[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    num.trim_end_matches('.')
        .parse()
        .map_err(|_| format!("bilangan {num:?} setelah {label:?} tidak terbaca"))
}

fn check_output(run: &Run, claim: &Table) -> Result<(), String> {
    match claim.get("status").and_then(Value::as_str) {
        Some(s) => {
            let want: i32 = s
                .strip_prefix("sinyal ")
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| format!("status {s:?} tidak dikenal (pakai \"sinyal N\")"))?;
            if signal(&run.status) != Some(want) {
                return Err(format!(
                    "program seharusnya dihentikan sinyal {want}, statusnya {}",
                    run.status
                ));
            }
        }
        None if !run.status.success() => {
            return Err(format!("program keluar dengan {}", run.status));
        }
        None => {}
    }
    if let Some(want) = claim.get("stdout").and_then(Value::as_str)
        && run.stdout.trim_end() != want.trim_end()
    {
        return Err(format!("stdout bukan yang diklaim:\n{want}"));
    }
    let lines: Vec<&str> = run.stdout.lines().map(str::trim).collect();
    let mut at = 0;
    for want in strings(claim, "baris") {
        match lines[at..].iter().position(|l| *l == want) {
            Some(i) => at += i + 1,
            None => return Err(format!("baris {want:?} tidak ada (atau urutannya berbeda)")),
        }
    }
    let pairs = |key: &str| -> Vec<Vec<Value>> {
        claim
            .get(key)
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|x| x.as_array().cloned()).collect())
            .unwrap_or_default()
    };
    for (key, at_least) in [("minimal", true), ("maksimal", false)] {
        for p in pairs(key) {
            let (Some(label), Some(bound)) =
                (p.first().and_then(Value::as_str), p.get(1).and_then(number))
            else {
                return Err(format!("{key}: tulis [label, angka]"));
            };
            let got = number_after(&run.stdout, label)?;
            if (at_least && got < bound) || (!at_least && got > bound) {
                let rel = if at_least { ">=" } else { "<=" };
                return Err(format!("{label} {got}, klaim {rel} {bound}"));
            }
        }
    }
    for p in pairs("rasio") {
        let (Some(a), Some(b), Some(r)) = (
            p.first().and_then(Value::as_str),
            p.get(1).and_then(Value::as_str),
            p.get(2).and_then(number),
        ) else {
            return Err("rasio: tulis [label_a, label_b, r]".into());
        };
        let (x, y) = (number_after(&run.stdout, a)?, number_after(&run.stdout, b)?);
        if x >= r * y {
            return Err(format!("{a} {x} tidak < {r} x {b} {y}"));
        }
    }
    Ok(())
}

#[cfg(unix)]
fn signal(status: &ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
fn signal(_: &ExitStatus) -> Option<i32> {
    None
}

/// Hasil satu run program.
struct Run {
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

/// Jalankan `cmd` dengan batas waktu. Program berjalan di process group
/// sendiri; bila batas waktu habis, seluruh group dibunuh.
fn run(cmd: &mut Command, timeout: Duration) -> Result<Run, String> {
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(cmd, 0);
    let mut child = cmd
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gagal menjalankan program: {e}"))?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(status);
        }
        if start.elapsed() > timeout {
            #[cfg(unix)]
            if let Ok(pgid) = libc::pid_t::try_from(child.id()) {
                // SAFETY: killpg hanya mengirim sinyal ke group milik program ini.
                unsafe { libc::killpg(pgid, libc::SIGKILL) };
            }
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    match status {
        Some(status) => Ok(Run {
            stdout,
            stderr,
            status,
        }),
        None => Err(format!(
            "program tidak selesai dalam {timeout:?}\n--- stdout ---\n{stdout}--- stderr ---\n{stderr}"
        )),
    }
}
