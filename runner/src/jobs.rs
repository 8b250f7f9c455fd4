//! Pekerjaan "kompilasi lalu jalankan", dan persiapan proyek cargo.

use crate::api::{RunResponse, Status};
use crate::compile::{CargoText, Diagnostics};
use crate::config::Config;
use crate::project::{self, Project};
use crate::queue::{Prep, Queue, Refusal};
use crate::sandbox::{self, Capped, Outcome, Report, ToStderr, isolation::Isolation};
use anyhow::Context;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Waktu maksimum persiapan (kompilasi semua dependensi buku).
const PREPARE_TIMEOUT: Duration = Duration::from_secs(3600);

pub struct Runner {
    pub cfg: Config,
    pub project: Project,
    pub isolation: Isolation,
    pub queue: Queue,
}

/// Hasil satu permintaan evaluasi.
pub struct Evaluation {
    pub http_status: u16,
    pub body: RunResponse,
}

fn failure(http_status: u16, status: Status, text: impl Into<String>) -> Evaluation {
    Evaluation {
        http_status,
        body: RunResponse::message(status, text),
    }
}

fn secs(d: Duration) -> String {
    format!("{} detik", d.as_secs_f64())
}

impl Runner {
    pub fn new(cfg: Config, project: Project, isolation: Isolation) -> Runner {
        Runner {
            queue: Queue::new(cfg.queue),
            cfg,
            project,
            isolation,
        }
    }

    /// Menyiapkan proyek cargo (memegang giliran pertama), lalu membuka antrean.
    pub fn prepare(&self) -> anyhow::Result<Duration> {
        let _turn = self.queue.prep_turn();
        let result = self.prepare_inner();
        self.queue.finish_prep(match &result {
            Ok(_) => Prep::Ready,
            Err(e) => Prep::Failed(format!("{e:#}")),
        });
        result
    }

    fn prepare_inner(&self) -> anyhow::Result<Duration> {
        let start = Instant::now();
        let p = &self.project;
        p.reset(&p.warmup_program(), project::DEFAULT_EDITION)?;
        // Build pertama tanpa --locked memangkas Cargo.lock buku menjadi milik
        // proyek ini; build kedua memastikan semuanya terkunci.
        for locked in [false, true] {
            let spec = self.isolation.compile_spec(
                project::cargo_path(),
                p.build_args(locked, false),
                p.dir.clone(),
                p.cargo_env(),
            )?;
            let outcome = sandbox::run(&spec, PREPARE_TIMEOUT, &mut ToStderr, None)
                .context("gagal menjalankan cargo lewat penjaga")?;
            let ok = outcome.report.as_ref().is_some_and(|r| r.code == Some(0));
            if !ok {
                anyhow::bail!(
                    "cargo build --offline gagal di {}; apakah dependensi buku sudah pernah \
                     diunduh (jalankan `cargo build` sekali saat daring)?",
                    p.dir.display()
                );
            }
            if !locked {
                p.adopt_lock()?;
            }
        }
        Ok(start.elapsed())
    }

    /// Mengompilasi dan menjalankan `code` sebagai `src/main.rs`.
    pub fn evaluate(&self, code: &str, edition: &str) -> Evaluation {
        let queued = Instant::now();
        let (turn, prep) = match self.queue.take() {
            Ok(t) => t,
            Err(Refusal::Preparing) => {
                return failure(
                    503,
                    Status::Preparing,
                    "Runner lokal masih menyiapkan proyek cargo (mengompilasi dependensi buku; \
                     pertama kali beberapa menit, kemajuannya tampil di terminal `cargo xtask \
                     serve`). Coba lagi sebentar lagi.",
                );
            }
            Err(Refusal::Busy(n)) => {
                return failure(
                    503,
                    Status::Busy,
                    format!(
                        "Runner lokal sedang sibuk: {n} program sedang atau akan dijalankan. \
                         Coba lagi sebentar lagi."
                    ),
                );
            }
        };
        let queue_ms = queued.elapsed().as_millis() as u64;
        let mut ev = match prep {
            Prep::Ready => self.compile_and_run(code, edition),
            Prep::Failed(e) => failure(
                500,
                Status::PrepareFailed,
                format!("Runner lokal gagal menyiapkan proyek cargo:\n{e}"),
            ),
            Prep::Preparing => unreachable!("Queue::take menolak selama persiapan"),
        };
        drop(turn);
        ev.body.queue_ms = Some(queue_ms);
        ev
    }

    fn compile_and_run(&self, code: &str, edition: &str) -> Evaluation {
        let p = &self.project;
        if let Err(e) = p.reset(code, edition) {
            return failure(500, Status::Internal, format!("{e:#}"));
        }
        let mut diags = Diagnostics::new(self.cfg.max_output);
        let mut cargo_text = CargoText::new(self.cfg.max_output);
        let build = self
            .isolation
            .compile_spec(
                project::cargo_path(),
                p.build_args(true, true),
                p.dir.clone(),
                p.cargo_env(),
            )
            .and_then(|spec| {
                sandbox::run(
                    &spec,
                    self.cfg.compile_timeout,
                    &mut diags,
                    Some(&mut cargo_text),
                )
            });
        let build = match build {
            Ok(o) => o,
            Err(e) => {
                return failure(
                    500,
                    Status::Internal,
                    format!("gagal menjalankan cargo: {e}"),
                );
            }
        };
        let compile_ms = build.elapsed.as_millis() as u64;
        let built = build.report.as_ref().is_some_and(|r| r.code == Some(0)) && !build.timed_out;
        let exe = diags.executable.clone().filter(|_| built);
        let Some(exe) = exe else {
            let mut text = diags.render(&cargo_text.cleaned(&p.dir));
            let status = if build.timed_out {
                text.push_str(&format!(
                    "\nKompilasi dihentikan: lebih dari {} (batas waktu kompilasi runner lokal).",
                    secs(self.cfg.compile_timeout)
                ));
                Status::CompileTimeout
            } else {
                if build.report.as_ref().is_some_and(|r| r.oom_killed) {
                    text.push_str(&format!(
                        "\nKompilasi dihentikan: memori lebih dari {} MiB (batas runner lokal).",
                        self.cfg.compile_memory_mib
                    ));
                }
                Status::CompileError
            };
            return Evaluation {
                http_status: 200,
                body: RunResponse {
                    result: text.clone(),
                    error: Some(text),
                    status,
                    exit_code: None,
                    compile_ms: Some(compile_ms),
                    run_ms: None,
                    queue_ms: None,
                },
            };
        };
        let mut ev = self.run_program(exe);
        ev.body.compile_ms = Some(compile_ms);
        ev
    }

    /// Menjalankan binary di folder sementara baru (nama acak, dibuat
    /// eksklusif oleh `tempfile`), dengan lingkungan minimal, tanpa shell.
    fn run_program(&self, exe: PathBuf) -> Evaluation {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::Builder::new()
            .prefix("konkurensi-runner-")
            .permissions(std::fs::Permissions::from_mode(0o700))
            .tempdir();
        let tmp = match tmp {
            Ok(t) => t,
            Err(e) => {
                return failure(
                    500,
                    Status::Internal,
                    format!("tidak bisa membuat folder sementara: {e}"),
                );
            }
        };
        let dir = tmp.path().to_path_buf();
        let mut env: Vec<(String, String)> = ["PATH", "HOME", "LANG", "LC_ALL", "TERM", "USER"]
            .iter()
            .filter_map(|k| Some((k.to_string(), std::env::var(k).ok()?)))
            .collect();
        env.push(("TMPDIR".into(), dir.to_string_lossy().into_owned()));
        let spec = match self
            .isolation
            .run_spec(exe, &dir, env, self.cfg.run_timeout)
        {
            Ok(s) => s,
            Err(e) => {
                return failure(
                    500,
                    Status::Internal,
                    format!("gagal menyiapkan batas: {e}"),
                );
            }
        };
        let mut out = Capped::new(self.cfg.max_output);
        let run = sandbox::run(&spec, self.cfg.run_timeout, &mut out, None);
        // Penjaga sudah menghapusnya; TempDir menghapus lagi bila belum.
        drop(tmp);
        let run = match run {
            Ok(o) => o,
            Err(e) => {
                return failure(
                    500,
                    Status::Internal,
                    format!("gagal menjalankan program: {e}"),
                );
            }
        };
        let mut text = String::from_utf8_lossy(&out.bytes).into_owned();
        let (status, note) = self.explain(&run, &text);
        if let Some(note) = &note {
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(note);
        }
        let report = run.report.unwrap_or_default();
        Evaluation {
            http_status: 200,
            body: RunResponse {
                result: text,
                error: note,
                status,
                exit_code: report
                    .code
                    .filter(|_| !run.timed_out && !run.stopped_by_output),
                compile_ms: None,
                run_ms: Some(run.elapsed.as_millis() as u64),
                queue_ms: None,
            },
        }
    }

    /// Status dan catatan untuk pembaca: batas mana yang menghentikan program.
    fn explain(&self, run: &Outcome, output: &str) -> (Status, Option<String>) {
        let cfg = &self.cfg;
        let r: Report = run.report.clone().unwrap_or_default();
        let mut notes: Vec<String> = Vec::new();
        let status = if let Some(e) = &r.spawn_error {
            notes.push(format!("Program tidak bisa dijalankan: {e}."));
            Status::Internal
        } else if run.timed_out {
            notes.push(format!(
                "Dihentikan: program berjalan lebih dari {} (batas waktu runner lokal).",
                secs(cfg.run_timeout)
            ));
            Status::RunTimeout
        } else if run.stopped_by_output {
            notes.push(format!(
                "Dihentikan: keluaran lebih dari {} byte (batas keluaran runner lokal).",
                cfg.max_output
            ));
            Status::OutputLimit
        } else if r.disk_exceeded {
            notes.push(format!(
                "Dihentikan: isi folder sementara lebih dari {} MiB (batas disk runner lokal).",
                cfg.max_disk_mib
            ));
            Status::DiskLimit
        } else if r.oom_killed {
            notes.push(format!(
                "Dihentikan: memori program lebih dari {} MiB (batas memori runner lokal).",
                cfg.max_memory_mib
            ));
            Status::MemoryLimit
        } else if r.signal == Some(rustix::process::Signal::XFSZ.as_raw()) {
            notes.push(format!(
                "Dihentikan: program menulis berkas lebih dari {} MiB (batas ukuran berkas \
                 runner lokal).",
                cfg.max_file_mib
            ));
            Status::FileSizeLimit
        } else if r.signal == Some(rustix::process::Signal::XCPU.as_raw()) {
            notes.push("Dihentikan: batas waktu CPU runner lokal tercapai.".into());
            Status::CpuLimit
        } else if r.signal == Some(rustix::process::Signal::ABORT.as_raw())
            && output.contains("memory allocation of")
        {
            notes.push(format!(
                "Dihentikan: alokasi memori gagal, ruang alamat per proses dibatasi {} MiB \
                 (batas memori runner lokal).",
                cfg.max_address_space_mib
            ));
            Status::MemoryLimit
        } else if r.pids_max_hit {
            notes.push(format!(
                "Program mencoba membuat lebih dari {} proses/thread sekaligus (batas runner \
                 lokal); pembuatan yang melewatinya gagal.",
                cfg.max_procs
            ));
            Status::ProcessLimit
        } else if let Some(code) = r.code.filter(|c| *c != 0) {
            notes.push(format!("Program selesai dengan kode keluar {code}."));
            Status::ExitFailure
        } else if let Some(sig) = r.signal {
            notes.push(format!("Program dihentikan oleh sinyal {sig}."));
            Status::ExitFailure
        } else {
            Status::Ok
        };
        if r.survivors > 0 {
            notes.push(format!(
                "Peringatan: {} proses program tidak bisa dihentikan runner.",
                r.survivors
            ));
        }
        if run.report.is_none() {
            notes.push(
                "Peringatan: penjaga program berhenti tanpa laporan; runner membereskan sisanya."
                    .into(),
            );
        }
        (status, (!notes.is_empty()).then(|| notes.join("\n")))
    }
}
