//! Penjaga satu pekerjaan (proses runner dengan peran `__guard`).
//!
//! 1. Membaca [`Spec`] (satu baris JSON) dari stdin dan menjadi *subreaper*.
//! 2. Menjalankan programnya: process group baru, lalu di antara `fork` dan
//!    `exec` (penjaga berthread tunggal, jadi aman): `PR_SET_PDEATHSIG`,
//!    masuk cgroup pekerjaan, rlimit, dan Landlock.
//! 3. Menunggu salah satu dari: pemimpin program selesai, stdin EOF (runner
//!    minta berhenti, ATAU runner mati), isi folder sementara melewati batas.
//! 4. Membunuh SEMUA proses pekerjaan (process group, cgroup, lalu pohon
//!    keturunannya), menghapus folder sementara dan cgroup, menulis
//!    [`Report`], dan keluar.

use super::{Report, Spec, reap};
use rustix::event::{PollFd, PollFlags, poll};
use rustix::fd::{AsFd, OwnedFd};
use rustix::process::{
    Pid, Resource, Rlimit, Signal, WaitId, WaitIdOptions, getpid, getppid, kill_process_group,
    set_parent_process_death_signal, setrlimit, waitid,
};
use std::io::{self, BufRead};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Entri maksimum yang dihitung saat mengukur folder sementara.
const MAX_ENTRIES: usize = 100_000;

pub fn main() -> std::process::ExitCode {
    let mut line = String::new();
    if io::stdin().lock().read_line(&mut line).is_err() {
        return std::process::ExitCode::FAILURE;
    }
    let Ok(spec) = serde_json::from_str::<Spec>(&line) else {
        eprintln!("penjaga: spesifikasi tidak terbaca");
        return std::process::ExitCode::FAILURE;
    };
    let _ = reap::become_subreaper();
    let report = supervise(&spec);
    let tmp = spec.report.with_extension("tmp");
    let written = serde_json::to_vec(&report)
        .map_err(io::Error::other)
        .and_then(|b| std::fs::write(&tmp, b))
        .and_then(|()| std::fs::rename(&tmp, &spec.report));
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(_) => std::process::ExitCode::FAILURE,
    }
}

fn supervise(spec: &Spec) -> Report {
    let mut report = Report::default();
    let mut child = match spawn(spec) {
        Ok(c) => c,
        Err(e) => {
            report.spawn_error = Some(e.to_string());
            cleanup(spec, &mut report);
            return report;
        }
    };
    let pid = Pid::from_child(&child);
    let mut last_disk_check = Instant::now();
    loop {
        // Pemimpin selesai? (WNOWAIT: belum dipungut, jadi nomor process
        // group-nya belum bisa dipakai proses lain saat kita membunuhnya.)
        let exited = waitid(
            WaitId::Pid(pid),
            WaitIdOptions::EXITED | WaitIdOptions::NOHANG | WaitIdOptions::NOWAIT,
        );
        if matches!(exited, Ok(Some(_))) {
            break;
        }
        if stdin_closed(Duration::from_millis(10)) {
            break;
        }
        if let Some((dir, limit)) = &spec.disk
            && last_disk_check.elapsed() >= Duration::from_millis(100)
        {
            last_disk_check = Instant::now();
            if reap::disk_usage(dir, MAX_ENTRIES).is_none_or(|used| used > *limit) {
                report.disk_exceeded = true;
                break;
            }
        }
    }
    let _ = kill_process_group(pid, Signal::KILL);
    if let Ok(status) = child.wait() {
        report.code = status.code();
        report.signal = status.signal();
    }
    cleanup(spec, &mut report);
    report
}

/// Menunggu paling lama `wait`; `true` bila stdin sudah EOF (atau rusak).
fn stdin_closed(wait: Duration) -> bool {
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let timeout = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: wait.as_nanos() as i64,
    };
    match poll(&mut fds, Some(&timeout)) {
        Ok(0) => false,
        Ok(_) => {
            let mut buf = [0u8; 64];
            !matches!(rustix::io::read(&stdin, &mut buf), Ok(n) if n > 0)
        }
        Err(rustix::io::Errno::INTR) => false,
        Err(_) => true,
    }
}

fn cleanup(spec: &Spec, report: &mut Report) {
    let deadline = Instant::now() + super::CLEANUP;
    let mut survivors = 0;
    if let Some(cg) = &spec.cgroup {
        survivors += cg.kill_all(deadline);
        (report.oom_killed, report.pids_max_hit) = cg.events();
    }
    survivors += reap::kill_descendants(deadline, &[]);
    if let Some(cg) = &spec.cgroup {
        cg.remove();
    }
    report.survivors = survivors;
    if let Some(dir) = &spec.remove_dir {
        report.dir_left = reap::remove_dir_force(dir).is_err();
    }
}

fn rlimit(value: u64) -> Rlimit {
    Rlimit {
        current: Some(value),
        maximum: Some(value),
    }
}

fn spawn(spec: &Spec) -> io::Result<std::process::Child> {
    let mut cmd = Command::new(&spec.program);
    cmd.args(&spec.args)
        .current_dir(&spec.cwd)
        .env_clear()
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit())
        .process_group(0);

    // Semua yang butuh alokasi atau membuka berkas dikerjakan SEBELUM fork.
    let me = getpid();
    let cgroup_fds: Vec<OwnedFd> = match &spec.cgroup {
        Some(cg) => cg
            .procs_files()
            .iter()
            .map(|p| open_write(p))
            .collect::<io::Result<_>>()?,
        None => Vec::new(),
    };
    let mut limits: Vec<(Resource, Rlimit)> = Vec::new();
    let r = &spec.rlimits;
    for (res, v) in [
        (Resource::As, r.address_space),
        (Resource::Fsize, r.file_size),
        (Resource::Cpu, r.cpu_seconds),
        (Resource::Nproc, r.nproc),
    ] {
        if let Some(v) = v {
            limits.push((res, rlimit(v)));
        }
    }
    #[cfg(target_os = "linux")]
    let mut ruleset = match &spec.landlock {
        Some(rules) => Some(super::landlock::build(rules).map_err(io::Error::other)?),
        None => None,
    };
    let drop_privileges = spec.drop_privileges;
    // SAFETY: penjaga berthread tunggal, jadi setelah fork tidak ada kunci
    // (malloc, stdio) yang dipegang thread lain. Yang dipanggil di sini hanya
    // system call lewat rustix, landlock_restrict_self, dan satu tulis ke
    // /proc/self/oom_score_adj.
    unsafe {
        cmd.pre_exec(move || {
            // Bila penjaga mati, pemimpin program ikut mati.
            set_parent_process_death_signal(Some(Signal::KILL))?;
            if getppid() != Some(me) {
                return Err(io::Error::other("penjaga sudah berhenti"));
            }
            for fd in &cgroup_fds {
                // "0" = proses yang menulis (cgroup v1 dan v2).
                rustix::io::write(fd.as_fd(), b"0")?;
            }
            for (res, lim) in &limits {
                setrlimit(*res, *lim)?;
            }
            if drop_privileges {
                drop_all_privileges()?;
            }
            #[cfg(target_os = "linux")]
            if let Some(rs) = ruleset.take() {
                super::landlock::restrict(rs).map_err(io::Error::other)?;
            }
            Ok(())
        });
    }
    cmd.spawn()
}

/// Dipanggil di antara fork dan exec: kosongkan semua himpunan capability
/// (bounding dulu, supaya `exec` sebagai root pun tidak mendapatnya lagi),
/// `no_new_privs`, dan `oom_score_adj` = 1000.
fn drop_all_privileges() -> io::Result<()> {
    use rustix::thread::{
        CapabilitySet, CapabilitySets, clear_ambient_capability_set,
        remove_capability_from_bounding_set, set_capabilities, set_no_new_privs,
    };
    for cap in CapabilitySet::all().iter() {
        // Tanpa CAP_SETPCAP (bukan root) gagal, dan memang tidak perlu.
        let _ = remove_capability_from_bounding_set(cap);
    }
    let _ = clear_ambient_capability_set();
    let empty = CapabilitySet::empty();
    set_capabilities(
        None,
        CapabilitySets {
            effective: empty,
            permitted: empty,
            inheritable: empty,
        },
    )?;
    set_no_new_privs(true)?;
    // Menaikkan oom_score_adj sendiri selalu boleh.
    let _ = std::fs::write("/proc/self/oom_score_adj", "1000");
    Ok(())
}

fn open_write(path: &Path) -> io::Result<OwnedFd> {
    let file = std::fs::OpenOptions::new().write(true).open(path)?;
    Ok(OwnedFd::from(file))
}
