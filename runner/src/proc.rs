//! Menjalankan proses anak dengan batas waktu dan batas keluaran.
//!
//! Setiap anak menjadi pemimpin *process group* baru; ketika waktunya habis,
//! keluarannya melebihi batas, atau ia selesai, seluruh group dibunuh dengan
//! `SIGKILL`, jadi cucu yang tertinggal di group yang sama ikut mati. Runner
//! juga mendaftar sebagai *child subreaper* (Linux): proses yang kabur dari
//! group (misalnya lewat `setsid`) akan menjadi anak runner ketika induknya
//! mati, dan [`reap_orphans`] membunuhnya setelah setiap pekerjaan.

use std::io::{self, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Process group pekerjaan yang sedang berjalan (0 = tidak ada); dibaca oleh
/// penangan sinyal agar group itu ikut dibunuh ketika runner dihentikan.
pub static ACTIVE_GROUP: AtomicI32 = AtomicI32::new(0);

#[derive(Debug)]
pub struct Outcome {
    pub output: Vec<u8>,
    /// Keluaran melebihi batas; proses dihentikan.
    pub truncated: bool,
    pub timed_out: bool,
    pub status: Option<ExitStatus>,
    pub elapsed: Duration,
}

impl Outcome {
    pub fn success(&self) -> bool {
        !self.truncated && !self.timed_out && self.status.is_some_and(|s| s.success())
    }

    /// Penjelasan status keluar yang bukan sukses, dalam bahasa Indonesia.
    pub fn describe_status(&self) -> Option<String> {
        let status = self.status?;
        if status.success() {
            None
        } else if let Some(code) = status.code() {
            Some(format!("kode keluar {code}"))
        } else {
            status
                .signal()
                .map(|s| format!("dihentikan oleh sinyal {s}"))
        }
    }
}

enum Event {
    Exited,
    Overflow,
}

/// Menjalankan `cmd` (tanpa shell) di process group baru: stdin kosong,
/// stdout dan stderr digabung dalam satu pipe (urutannya seperti di terminal),
/// paling lama `timeout`, paling banyak `max_output` byte keluaran.
pub fn run_limited(mut cmd: Command, timeout: Duration, max_output: usize) -> io::Result<Outcome> {
    let (mut reader, writer) = io::pipe()?;
    cmd.stdin(Stdio::null())
        .stdout(writer.try_clone()?)
        .stderr(writer)
        .process_group(0);
    #[cfg(target_os = "linux")]
    // SAFETY: di antara fork dan exec hanya prctl(2) yang dipanggil, yang
    // aman dipakai di sana (async-signal-safe, tanpa alokasi). Bila runner
    // mati mendadak (SIGKILL), pemimpin group ikut dibunuh kernel.
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
            Ok(())
        });
    }
    let start = Instant::now();
    let child = cmd.spawn();
    // `Command` menyimpan ujung tulis pipe; tutup salinan kita supaya pembaca
    // mendapat EOF begitu semua proses di group selesai.
    drop(cmd);
    let mut child = child?;
    let pid = child.id() as i32;
    ACTIVE_GROUP.store(pid, Ordering::SeqCst);

    let (tx, rx) = mpsc::channel();
    let buffer = Arc::new(Mutex::new(Vec::new()));
    let overflow_seen = Arc::new(AtomicBool::new(false));
    let (eof_tx, eof_rx) = mpsc::channel::<()>();
    {
        let tx = tx.clone();
        let buffer = Arc::clone(&buffer);
        let overflow_seen = Arc::clone(&overflow_seen);
        thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            let mut overflowed = false;
            loop {
                match reader.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => {
                        if overflowed {
                            continue; // terus kuras agar penulis tidak macet
                        }
                        let mut buf = buffer.lock().unwrap();
                        let room = max_output.saturating_sub(buf.len());
                        buf.extend_from_slice(&chunk[..n.min(room)]);
                        if n > room {
                            overflowed = true;
                            overflow_seen.store(true, Ordering::SeqCst);
                            let _ = tx.send(Event::Overflow);
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                }
            }
            let _ = eof_tx.send(());
        });
    }
    // Menunggu anak selesai TANPA memungutnya (WNOWAIT): selama ia belum
    // dipungut, nomor process group-nya tidak bisa dipakai proses lain, jadi
    // `kill(-pid)` di bawah tidak mungkin salah sasaran.
    let waiter = thread::spawn(move || {
        wait_exit_no_reap(pid);
        let _ = tx.send(Event::Exited);
    });

    let deadline = start + timeout;
    let left = deadline.saturating_duration_since(Instant::now());
    let (timed_out, truncated) = match rx.recv_timeout(left) {
        Ok(Event::Exited) | Err(mpsc::RecvTimeoutError::Disconnected) => (false, false),
        Ok(Event::Overflow) => (false, true),
        Err(mpsc::RecvTimeoutError::Timeout) => (true, false),
    };
    let elapsed = start.elapsed();
    // Bunuh seluruh group, juga bila pemimpinnya sudah selesai: anak-anak yang
    // ia tinggalkan di latar belakang ikut berhenti.
    kill_group(pid);
    let _ = waiter.join();
    let status = child.wait().ok();
    ACTIVE_GROUP.store(0, Ordering::SeqCst);
    // Proses yang kabur dari group masih bisa memegang pipe: bereskan dulu,
    // lalu tunggu EOF sebentar saja.
    reap_orphans();
    let _ = eof_rx.recv_timeout(Duration::from_millis(500));
    let output = std::mem::take(&mut *buffer.lock().unwrap());
    // Keluaran bisa melewati batas tepat setelah pemimpin group selesai.
    let truncated = truncated || overflow_seen.load(Ordering::SeqCst);
    Ok(Outcome {
        output,
        truncated,
        timed_out,
        status: if timed_out || truncated { None } else { status },
        elapsed,
    })
}

/// Menjalankan `cmd` dengan stdout/stderr diteruskan ke milik runner
/// (untuk kemajuan persiapan yang terlihat), tetap di process group sendiri.
pub fn run_inherit(mut cmd: Command) -> io::Result<ExitStatus> {
    cmd.stdin(Stdio::null()).process_group(0);
    let mut child: Child = cmd.spawn()?;
    let pid = child.id() as i32;
    ACTIVE_GROUP.store(pid, Ordering::SeqCst);
    let status = child.wait();
    ACTIVE_GROUP.store(0, Ordering::SeqCst);
    status
}

fn wait_exit_no_reap(pid: i32) {
    loop {
        // SAFETY: `info` adalah penyangga milik kita yang diisi kernel;
        // waitid dengan WNOWAIT tidak mengubah status anak.
        let rc = unsafe {
            let mut info: libc::siginfo_t = std::mem::zeroed();
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return;
        }
    }
}

/// `SIGKILL` ke seluruh process group `pgid`.
pub fn kill_group(pgid: i32) {
    if pgid > 0 {
        // SAFETY: kill(2) tidak menyentuh memori kita; pgid negatif = group.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
    }
}

/// Mendaftarkan runner sebagai *child subreaper* (Linux) agar proses yang
/// kabur dari process group pekerjaan tetap menjadi keturunan runner.
pub fn become_subreaper() {
    // Anak yang sudah ada sebelum runner mulai (misalnya proses yang dibuat
    // shell pemanggil sebelum `exec`) bukan urusan kita: jangan disentuh.
    let _ = INHERITED.set(children());
    #[cfg(target_os = "linux")]
    // SAFETY: prctl dengan argumen bilangan bulat saja.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
}

static INHERITED: std::sync::OnceLock<Vec<i32>> = std::sync::OnceLock::new();

/// Anak langsung runner menurut /proc (Linux).
fn children() -> Vec<i32> {
    let me = std::process::id() as i32;
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // Bentuk: "pid (nama) S ppid ..."; nama bisa berisi spasi dan ')'.
        let ppid = stat
            .rfind(')')
            .and_then(|i| stat[i + 1..].split_whitespace().nth(1))
            .and_then(|p| p.parse::<i32>().ok());
        if ppid == Some(me) {
            out.push(pid);
        }
    }
    out
}

/// Membunuh dan memungut semua anak runner yang tersisa. Hanya dipanggil saat
/// tidak ada pekerjaan lain yang berjalan (antrean menjamin satu per satu),
/// jadi setiap anak yang tersisa adalah sisa pekerjaan yang baru selesai.
pub fn reap_orphans() {
    for _round in 0..50 {
        let inherited = INHERITED.get().map(Vec::as_slice).unwrap_or_default();
        let kids: Vec<i32> = children()
            .into_iter()
            .filter(|pid| !inherited.contains(pid))
            .collect();
        if kids.is_empty() {
            return;
        }
        for pid in kids {
            // SAFETY: kill/waitpid pada anak kita sendiri.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                let mut status = 0;
                libc::waitpid(pid, &mut status, 0);
            }
        }
        // Cucu dari proses yang baru dibunuh kini diadopsi runner.
        thread::sleep(Duration::from_millis(5));
    }
}
