//! Runner lokal untuk `cargo xtask serve`: tombol *Run* buku yang disajikan
//! di http://127.0.0.1:PORT dikirim ke runner di 127.0.0.1:(PORT + 1).
//! `theme/runner.js` memakai aturan "port buku + 1" yang sama.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Runner yang sedang berjalan. Saat dilepas, stdin-nya ditutup: runner
/// (dijalankan dengan `--exit-on-stdin-eof`) menghentikan pekerjaannya,
/// membereskan folder sementara, lalu keluar. Bila xtask mati mendadak, pipe
/// itu tertutup juga, jadi runner tidak pernah tertinggal.
pub struct RunnerProcess {
    child: Child,
    stdin: Option<ChildStdin>,
}

impl Drop for RunnerProcess {
    fn drop(&mut self) {
        drop(self.stdin.take());
        for _ in 0..50 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Port runner untuk buku di `book_port`.
pub fn port_for(book_port: u16) -> Result<u16, String> {
    book_port
        .checked_add(1)
        .ok_or_else(|| format!("port buku {book_port} terlalu besar: runner butuh port + 1"))
}

/// Membangun dan menjalankan runner; kembali setelah runner mendengarkan
/// (persiapan proyek cargo berlanjut di latar belakang, kemajuannya tampil).
pub fn start(root: &Path, book_port: u16, extra: &[String]) -> Result<RunnerProcess, String> {
    let cargo = env!("CARGO");
    let runner_port = port_for(book_port)?;
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--package", "runner"])
        .status()
        .map_err(|e| format!("gagal menjalankan cargo build -p runner: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build -p runner gagal ({status})"));
    }
    let mut child = Command::new(cargo)
        .current_dir(root)
        .args(["run", "--quiet", "--package", "runner", "--"])
        .arg("--project")
        .arg(root)
        .args(["--port", &runner_port.to_string()])
        .args(["--allow-origin", &format!("http://127.0.0.1:{book_port}")])
        .args(["--allow-origin", &format!("http://localhost:{book_port}")])
        .arg("--exit-on-stdin-eof")
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("gagal menjalankan runner: {e}"))?;
    let stdin = child.stdin.take();
    let stdout = child.stdout.take().expect("stdout runner di-pipe");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Protokol stdout runner (`cargo run -p runner -- --help`):
        // RUNNER_LISTENING <port>, RUNNER_READY <port>, RUNNER_FAILED <alasan>.
        // Teks untuk manusia ada di stderr runner (langsung ke terminal).
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            eprintln!("{line}");
            if let Some(port) = line.strip_prefix("RUNNER_LISTENING ") {
                let _ = tx.send(port.trim().parse::<u16>().ok());
            }
        }
    });
    let mut process = RunnerProcess { child, stdin };
    match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(Some(port)) if port == runner_port => Ok(process),
        Ok(port) => Err(format!(
            "runner menyebut port {port:?}, bukan {runner_port} seperti yang diminta"
        )),
        Err(_) => {
            let status = process.child.try_wait().ok().flatten();
            Err(match status {
                Some(s) => format!("runner berhenti sebelum siap ({s})"),
                None => "runner tidak mulai mendengarkan dalam 120 detik".to_string(),
            })
        }
    }
}
