//! Antrean satu-per-satu dan pekerjaan "kompilasi lalu jalankan".

use crate::config::Config;
use crate::json::{self, Value};
use crate::proc::{self, Outcome};
use crate::project::{self, Project};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Folder sementara pekerjaan yang sedang berjalan, agar penangan sinyal bisa
/// menghapusnya ketika runner dihentikan di tengah jalan.
pub static ACTIVE_TEMP_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);

#[derive(Debug, Clone)]
enum Prep {
    Preparing,
    Ready,
    Failed(String),
}

struct Queue {
    /// Tiket berikutnya yang dibagikan.
    next: u64,
    /// Tiket yang sedang dilayani.
    serving: u64,
    prep: Prep,
}

pub struct Runner {
    pub cfg: Config,
    pub project: Project,
    queue: Mutex<Queue>,
    turn: Condvar,
    state: Mutex<BuildState>,
    runs: AtomicU64,
}

/// Keadaan proyek yang disiapkan (diubah hanya oleh pemegang giliran).
struct BuildState {
    edition: String,
}

/// Hasil satu permintaan evaluasi.
pub struct Evaluation {
    pub http_status: u16,
    pub body: Value,
}

/// Giliran di antrean; melepaskannya (juga saat panic) memanggil tiket berikutnya.
struct Turn<'a>(&'a Runner);

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut q = self.0.queue.lock().unwrap_or_else(|e| e.into_inner());
        q.serving += 1;
        self.0.turn.notify_all();
    }
}

impl Runner {
    pub fn new(cfg: Config, project: Project) -> Runner {
        Runner {
            cfg,
            project,
            // Tiket 0 milik persiapan; selama persiapan, permintaan langsung
            // dijawab "masih menyiapkan".
            queue: Mutex::new(Queue {
                next: 1,
                serving: 0,
                prep: Prep::Preparing,
            }),
            turn: Condvar::new(),
            state: Mutex::new(BuildState {
                edition: project::DEFAULT_EDITION.to_string(),
            }),
            runs: AtomicU64::new(0),
        }
    }

    /// Menyiapkan proyek cargo (memegang tiket 0), lalu membuka antrean.
    pub fn prepare(&self) -> Result<Duration, String> {
        let _turn = Turn(self);
        let result = self.project.prepare();
        let mut q = self.queue.lock().unwrap();
        q.prep = match &result {
            Ok(_) => Prep::Ready,
            Err(e) => Prep::Failed(e.clone()),
        };
        result
    }

    /// Mengambil giliran; `Err` bila proyek masih disiapkan atau antrean penuh.
    fn take_turn(&self) -> Result<(Turn<'_>, Prep), Evaluation> {
        let mut q = self.queue.lock().unwrap();
        if matches!(q.prep, Prep::Preparing) {
            // Persiapan pertama bisa makan beberapa menit: jawab segera
            // daripada membiarkan tombol Run menunggu tanpa kabar.
            return Err(failure(
                503,
                "preparing",
                "Runner lokal masih menyiapkan proyek cargo (mengompilasi dependensi buku; \
                 pertama kali beberapa menit, kemajuannya tampil di terminal `cargo xtask serve`). \
                 Coba lagi sebentar lagi.",
            ));
        }
        let ahead = q.next - q.serving;
        if ahead > self.cfg.queue as u64 {
            return Err(busy(ahead));
        }
        let ticket = q.next;
        q.next += 1;
        while q.serving != ticket {
            q = self.turn.wait(q).unwrap();
        }
        let prep = q.prep.clone();
        Ok((Turn(self), prep))
    }

    /// Mengompilasi dan menjalankan `code` sebagai `src/main.rs`.
    pub fn evaluate(&self, code: &str, edition: &str) -> Evaluation {
        let queued = Instant::now();
        let (turn, prep) = match self.take_turn() {
            Ok(t) => t,
            Err(refused) => return refused,
        };
        let queue_ms = queued.elapsed().as_millis() as u64;
        let mut ev = match prep {
            Prep::Ready => self.compile_and_run(code, edition),
            Prep::Failed(e) => failure(
                500,
                "prepare-failed",
                &format!("Runner lokal gagal menyiapkan proyek cargo:\n{e}"),
            ),
            Prep::Preparing => unreachable!("take_turn menolak selama persiapan"),
        };
        drop(turn);
        if let Value::Object(fields) = &mut ev.body {
            fields.push(("queue_ms".into(), queue_ms.into()));
        }
        ev
    }

    fn compile_and_run(&self, code: &str, edition: &str) -> Evaluation {
        let p = &self.project;
        {
            let mut st = self.state.lock().unwrap();
            if st.edition != edition {
                if let Err(e) =
                    project::write_if_changed(&p.dir.join("Cargo.toml"), &p.manifest(edition))
                {
                    return failure(500, "internal", &e);
                }
                st.edition = edition.to_string();
            }
        }
        // Kode yang sama dengan sebelumnya tidak ditulis ulang: cargo melihatnya
        // masih segar dan tidak mengompilasi lagi.
        if let Err(e) = project::write_if_changed(&p.main_rs(), code) {
            return failure(500, "internal", &e);
        }
        let build = match proc::run_limited(
            p.build_command(),
            self.cfg.compile_timeout,
            self.cfg.max_output,
        ) {
            Ok(o) => o,
            Err(e) => return failure(500, "internal", &format!("gagal menjalankan cargo: {e}")),
        };
        let compile_ms = build.elapsed.as_millis() as u64;
        if !build.success() {
            let mut text = clean_compiler_output(&build.output, &p.dir);
            let status = if build.timed_out {
                text.push_str(&format!(
                    "\nKompilasi dihentikan: lebih dari {} (batas waktu kompilasi runner lokal).",
                    secs(self.cfg.compile_timeout)
                ));
                "compile-timeout"
            } else if build.truncated {
                text.push_str(&format!(
                    "\nPesan compiler dipotong: lebih dari {} byte.",
                    self.cfg.max_output
                ));
                "compile-error"
            } else {
                "compile-error"
            };
            return Evaluation {
                http_status: 200,
                body: json::object([
                    ("result", text.clone().into()),
                    ("error", text.into()),
                    ("status", status.into()),
                    ("exit_code", Value::Null),
                    ("compile_ms", compile_ms.into()),
                    ("run_ms", Value::Null),
                ]),
            };
        }

        // Jalankan binary di folder sementara yang bersih, dengan lingkungan
        // minimal, tanpa shell.
        let n = self.runs.fetch_add(1, Ordering::SeqCst);
        let tmp =
            std::env::temp_dir().join(format!("konkurensi-runner-{}-{n}", std::process::id()));
        if let Err(e) = make_private_dir(&tmp) {
            return failure(
                500,
                "internal",
                &format!("tidak bisa membuat folder sementara: {e}"),
            );
        }
        *ACTIVE_TEMP_DIR.lock().unwrap() = Some(tmp.clone());
        let mut cmd = Command::new(p.binary());
        cmd.current_dir(&tmp).env_clear().env("TMPDIR", &tmp);
        for key in ["PATH", "HOME", "LANG", "LC_ALL", "TERM", "USER"] {
            if let Some(v) = std::env::var_os(key) {
                cmd.env(key, v);
            }
        }
        let run = proc::run_limited(cmd, self.cfg.run_timeout, self.cfg.max_output);
        let _ = std::fs::remove_dir_all(&tmp);
        *ACTIVE_TEMP_DIR.lock().unwrap() = None;
        let run: Outcome = match run {
            Ok(o) => o,
            Err(e) => return failure(500, "internal", &format!("gagal menjalankan program: {e}")),
        };
        let mut text = String::from_utf8_lossy(&run.output).into_owned();
        let (status, note) = if run.timed_out {
            (
                "run-timeout",
                Some(format!(
                    "Dihentikan: program berjalan lebih dari {} (batas waktu runner lokal).",
                    secs(self.cfg.run_timeout)
                )),
            )
        } else if run.truncated {
            (
                "output-limit",
                Some(format!(
                    "Dihentikan: keluaran lebih dari {} byte (batas keluaran runner lokal).",
                    self.cfg.max_output
                )),
            )
        } else if let Some(s) = run.describe_status() {
            ("exit-failure", Some(format!("Program selesai dengan {s}.")))
        } else {
            ("ok", None)
        };
        if let Some(note) = &note {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(note);
        }
        Evaluation {
            http_status: 200,
            body: json::object([
                ("result", text.into()),
                ("error", note.into()),
                ("status", status.into()),
                (
                    "exit_code",
                    run.status
                        .and_then(|s| s.code())
                        .map_or(Value::Null, |c| Value::Number(c as f64)),
                ),
                ("compile_ms", compile_ms.into()),
                ("run_ms", (run.elapsed.as_millis() as u64).into()),
            ]),
        }
    }
}

fn make_private_dir(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    let _ = std::fs::remove_dir_all(path);
    std::fs::DirBuilder::new().mode(0o700).create(path)
}

fn secs(d: Duration) -> String {
    format!("{} detik", d.as_secs_f64())
}

pub fn busy(ahead: u64) -> Evaluation {
    let text = format!(
        "Runner lokal sedang sibuk: {ahead} program sedang atau akan dijalankan. \
         Coba lagi sebentar lagi."
    );
    failure(503, "busy", &text)
}

pub fn failure(http_status: u16, status: &str, text: &str) -> Evaluation {
    Evaluation {
        http_status,
        body: json::object([
            ("result", text.into()),
            ("error", text.into()),
            ("status", status.into()),
        ]),
    }
}

/// Keluaran cargo tanpa baris kemajuannya dan tanpa path folder kerja.
fn clean_compiler_output(output: &[u8], project_dir: &Path) -> String {
    let text = String::from_utf8_lossy(output);
    let dir = project_dir.to_string_lossy();
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if [
            "Compiling ",
            "Finished ",
            "Blocking ",
            "Locking ",
            "Updating ",
        ]
        .iter()
        .any(|p| t.starts_with(p))
        {
            continue;
        }
        out.push_str(&line.replace(&*dir, "/playground"));
        out.push('\n');
    }
    out
}
