//! Klaim soal non-Tracing: program atau bin buku dijalankan, keluarannya
//! dicocokkan dengan klaim di `quizzes/klaim/klaim.toml`.

use super::*;
/// Soal non-Tracing yang didukung sebuah program atau listing.
pub(super) fn check_claim(quiz: &str, q: &Question, claim: &Table) -> Result<(), String> {
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
pub(super) fn one_cpu(exe: &Path) -> Result<Command, String> {
    if !cfg!(target_os = "linux") {
        return Err("klaim `satu_cpu` hanya bisa dijalankan di Linux (taskset)".into());
    }
    let mut cmd = Command::new("taskset");
    cmd.args(["-c", "0"]).arg(exe);
    Ok(cmd)
}

/// Binary listing buku (dibangun cargo sebelum test integrasi).
pub(super) fn bin_path(bin: &str) -> Result<PathBuf, String> {
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
pub(super) fn number_after(stdout: &str, label: &str) -> Result<f64, String> {
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

pub(super) fn check_output(run: &Run, claim: &Table) -> Result<(), String> {
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
pub(super) fn signal(status: &ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
pub(super) fn signal(_: &ExitStatus) -> Option<i32> {
    None
}

/// Hasil satu run program.
pub(super) struct Run {
    pub(super) stdout: String,
    pub(super) stderr: String,
    pub(super) status: ExitStatus,
}

/// Jalankan `cmd` dengan batas waktu. Program berjalan di process group
/// sendiri; bila batas waktu habis, seluruh group dibunuh.
pub(super) fn run(cmd: &mut Command, timeout: Duration) -> Result<Run, String> {
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
