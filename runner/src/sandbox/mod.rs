//! Menjalankan satu perintah (cargo atau program pembaca) dengan batas.
//!
//! Runner tidak menjalankan perintah itu sendiri. Ia memulai *penjaga*
//! (proses runner yang sama dengan peran `__guard`, lihat [`guard`]) yang
//! membaca [`Spec`] dari stdin, menjalankan perintahnya dengan rlimit,
//! cgroup, dan Landlock, lalu membersihkan semua keturunannya. Penjaga tetap
//! hidup bila runner mati mendadak: stdin-nya (pipe dari runner) mendapat EOF,
//! dan itu sama artinya dengan "hentikan sekarang". Hasilnya ([`Report`])
//! ditulis ke berkas yang disebut spesifikasinya.
//!
//! Di sisi runner, [`run`] membaca keluaran lewat *sink*, menegakkan batas
//! waktu dan batas keluaran (dengan menutup stdin penjaga), dan bila penjaga
//! sendiri tidak menjawab, membersihkan sisa pekerjaan dengan cara yang sama.

pub mod cgroup;
pub mod guard;
pub mod isolation;
pub mod landlock;
pub mod reap;

use rustix::event::{PollFd, PollFlags, poll};
use rustix::process::{Pid, Signal, kill_process};
use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::{ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Berkas program runner yang SEDANG berjalan (juga bila binary-nya sudah
/// diganti build baru di disk): penjaga selalu versi yang sama dengan runner.
pub const SELF_EXE: &str = "/proc/self/exe";

/// Waktu yang diberikan kepada penjaga untuk membereskan pekerjaan.
pub const CLEANUP: Duration = Duration::from_secs(10);

/// Apa yang dijalankan penjaga, dan dengan batas apa.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Spec {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub cwd: PathBuf,
    /// Lingkungan LENGKAP program (tidak ada yang diwarisi).
    pub env: Vec<(String, String)>,
    pub rlimits: Rlimits,
    pub cgroup: Option<cgroup::JobCgroup>,
    pub landlock: Option<landlock::Rules>,
    /// Program tanpa *capability* apa pun (juga bila runner berjalan sebagai
    /// root), `no_new_privs` (setuid tidak menaikkan hak), dan calon pertama
    /// korban OOM killer (`oom_score_adj` = 1000), seperti kontainer Playground.
    pub drop_privileges: bool,
    /// Folder yang isinya diawasi (byte) dan batasnya.
    pub disk: Option<(PathBuf, u64)>,
    /// Folder yang dihapus penjaga setelah semua proses berhenti.
    pub remove_dir: Option<PathBuf>,
    /// Berkas tempat penjaga menulis [`Report`].
    pub report: PathBuf,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Rlimits {
    pub address_space: Option<u64>,
    pub file_size: Option<u64>,
    pub cpu_seconds: Option<u64>,
    pub nproc: Option<u64>,
}

/// Laporan penjaga setelah semua proses pekerjaan berhenti.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Report {
    pub spawn_error: Option<String>,
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub disk_exceeded: bool,
    pub oom_killed: bool,
    pub pids_max_hit: bool,
    /// Proses yang masih hidup ketika batas waktu pembersihan habis.
    pub survivors: usize,
    pub dir_left: bool,
}

/// Lanjut membaca, atau hentikan pekerjaan (keluaran melebihi batas).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Stop,
}

/// Penerima keluaran; dipanggil dari thread pembaca.
pub trait Sink: Send {
    fn feed(&mut self, chunk: &[u8]) -> Flow;
}

#[derive(Debug)]
pub struct Outcome {
    /// `None` bila penjaga mati tanpa laporan (runner lalu membereskan sendiri).
    pub report: Option<Report>,
    pub timed_out: bool,
    pub stopped_by_output: bool,
    pub elapsed: Duration,
}

/// Stdin penjaga yang sedang bekerja: menutupnya berarti "hentikan".
type Control = Arc<Mutex<Option<ChildStdin>>>;
static ACTIVE: Mutex<Vec<Control>> = Mutex::new(Vec::new());

/// Menghentikan semua pekerjaan (saat runner berhenti) dan menunggu sampai
/// penjaganya selesai membereskan, paling lama `wait`.
pub fn stop_all(wait: Duration) {
    let deadline = Instant::now() + wait;
    loop {
        let active: Vec<Control> = ACTIVE.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if active.is_empty() || Instant::now() >= deadline {
            return;
        }
        for c in active {
            c.lock().unwrap_or_else(|e| e.into_inner()).take();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

enum Event {
    GuardExited,
    Overflow,
}

/// Menjalankan `spec` lewat penjaga; keluaran stdout ke `out`, stderr ke
/// `err` (atau ke `out` juga bila `err` = `None`, urutannya seperti di terminal).
pub fn run(
    spec: &Spec,
    timeout: Duration,
    out: &mut dyn Sink,
    err: Option<&mut dyn Sink>,
) -> io::Result<Outcome> {
    let (out_r, out_w) = io::pipe()?;
    let (err_r, err_w) = match err {
        Some(_) => {
            let (r, w) = io::pipe()?;
            (Some(r), w)
        }
        None => (None, out_w.try_clone()?),
    };
    let _ = std::fs::remove_file(&spec.report);
    let mut cmd = Command::new(SELF_EXE);
    cmd.arg("__guard")
        .env_clear()
        .stdin(Stdio::piped())
        .stdout(out_w)
        .stderr(err_w);
    // Kelompok proses sendiri: Ctrl+C di terminal atau sinyal ke kelompok
    // runner tidak membunuh penjaga sebelum ia membereskan.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let start = Instant::now();
    let spawned = cmd.spawn();
    drop(cmd); // tutup salinan ujung tulis kita: EOF datang saat semua selesai
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            if let Some(cg) = &spec.cgroup {
                cg.remove();
            }
            return Err(e);
        }
    };
    let guard_pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin penjaga di-pipe");
    let mut line = serde_json::to_vec(spec).map_err(io::Error::other)?;
    line.push(b'\n');
    stdin.write_all(&line)?;
    let control: Control = Arc::new(Mutex::new(Some(stdin)));
    ACTIVE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(control.clone());

    let done = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel();
    let (mut timed_out, mut stopped_by_output) = (false, false);
    std::thread::scope(|s| {
        let tx_out = tx.clone();
        let done_ref = &done;
        s.spawn(move || pump(out_r, out, &tx_out, done_ref));
        if let (Some(r), Some(sink)) = (err_r, err) {
            let tx_err = tx.clone();
            s.spawn(move || pump(r, sink, &tx_err, done_ref));
        }
        let tx_wait = tx.clone();
        let waiter = s.spawn(move || {
            let status = child.wait();
            let _ = tx_wait.send(Event::GuardExited);
            status
        });
        let mut deadline = start + timeout;
        let mut stopping = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(Event::GuardExited) => break,
                Ok(Event::Overflow) if !stopping => {
                    stopped_by_output = true;
                    stopping = true;
                    control.lock().unwrap_or_else(|e| e.into_inner()).take();
                    deadline = Instant::now() + CLEANUP;
                }
                Ok(Event::Overflow) => {}
                Err(_) if !stopping => {
                    timed_out = true;
                    stopping = true;
                    control.lock().unwrap_or_else(|e| e.into_inner()).take();
                    deadline = Instant::now() + CLEANUP;
                }
                Err(_) => {
                    // Penjaga tidak selesai membereskan: hentikan ia juga.
                    if let Some(pid) = Pid::from_raw(guard_pid as i32) {
                        let _ = kill_process(pid, Signal::KILL);
                    }
                    deadline = Instant::now() + Duration::from_secs(3600);
                }
            }
        }
        let _ = waiter.join();
        done.store(true, Ordering::SeqCst);
    });
    let elapsed = start.elapsed();
    control.lock().unwrap_or_else(|e| e.into_inner()).take();
    ACTIVE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|c| !Arc::ptr_eq(c, &control));
    let report: Option<Report> = std::fs::read(&spec.report)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok());
    let _ = std::fs::remove_file(&spec.report);
    if report
        .as_ref()
        .is_none_or(|r| r.survivors > 0 || r.dir_left)
    {
        // Penjaga mati tanpa laporan (misalnya dibunuh) atau tidak berhasil
        // membereskan semuanya: sisanya (diadopsi runner) dibereskan di sini.
        fallback_cleanup(spec);
    }
    Ok(Outcome {
        report,
        timed_out,
        stopped_by_output,
        elapsed,
    })
}

/// Pembersihan oleh runner bila penjaga tidak sempat: cgroup pekerjaan,
/// semua keturunan runner (sisa pekerjaan diadopsi runner sebagai
/// *subreaper*), dan foldernya.
fn fallback_cleanup(spec: &Spec) {
    let deadline = Instant::now() + CLEANUP;
    if let Some(cg) = &spec.cgroup {
        cg.kill_all(deadline);
        cg.remove();
    }
    reap::kill_descendants(deadline, reap::inherited());
    if let Some(dir) = &spec.remove_dir {
        let _ = reap::remove_dir_force(dir);
    }
}

/// Membaca satu pipe sampai EOF (atau sampai pekerjaan selesai dan pipe
/// diam), meneruskan ke `sink` sampai ia minta berhenti, lalu terus
/// menguras supaya penulis tidak macet.
fn pump(mut r: io::PipeReader, sink: &mut dyn Sink, tx: &mpsc::Sender<Event>, done: &AtomicBool) {
    let mut chunk = vec![0u8; 16 * 1024];
    let mut feeding = true;
    let mut done_at: Option<Instant> = None;
    let tick = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 100_000_000,
    };
    loop {
        // Setelah penjaga selesai, sisa data dibaca paling lama satu detik
        // lagi: proses yang lolos dari pembersihan tidak menahan jawaban.
        if done_at.is_none() && done.load(Ordering::SeqCst) {
            done_at = Some(Instant::now());
        }
        if done_at.is_some_and(|t| t.elapsed() > Duration::from_secs(1)) {
            return;
        }
        let mut fds = [PollFd::new(&r, PollFlags::IN)];
        if !matches!(poll(&mut fds, Some(&tick)), Ok(n) if n > 0) {
            if done_at.is_some() {
                return; // penjaga sudah selesai dan pipe diam
            }
            continue;
        }
        match r.read(&mut chunk) {
            Ok(0) => return,
            Ok(n) if feeding => {
                if sink.feed(&chunk[..n]) == Flow::Stop {
                    feeding = false;
                    let _ = tx.send(Event::Overflow);
                }
            }
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

/// Sink yang menyimpan paling banyak `max` byte lalu minta berhenti.
pub struct Capped {
    pub max: usize,
    pub bytes: Vec<u8>,
    pub overflowed: bool,
}

impl Capped {
    pub fn new(max: usize) -> Capped {
        Capped {
            max,
            bytes: Vec::new(),
            overflowed: false,
        }
    }
}

impl Sink for Capped {
    fn feed(&mut self, chunk: &[u8]) -> Flow {
        let room = self.max.saturating_sub(self.bytes.len());
        self.bytes
            .extend_from_slice(&chunk[..chunk.len().min(room)]);
        if chunk.len() > room {
            self.overflowed = true;
            Flow::Stop
        } else {
            Flow::Continue
        }
    }
}

/// Sink yang meneruskan keluaran ke stderr runner (kemajuan persiapan).
pub struct ToStderr;

impl Sink for ToStderr {
    fn feed(&mut self, chunk: &[u8]) -> Flow {
        let _ = io::stderr().write_all(chunk);
        Flow::Continue
    }
}
