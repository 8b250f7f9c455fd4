//! cgroup untuk setiap pekerjaan: batas proses (pids) dan memori, dan cara
//! membunuh SEMUA proses di dalamnya, juga yang kabur dari process group.
//!
//! - cgroup v2: subtree yang didelegasikan kepada pengguna (misalnya lewat
//!   `systemd-run --user --scope -p Delegate=yes`). Runner pindah ke daun
//!   `runner` di bawah folder dasarnya (aturan "tanpa proses internal"),
//!   menyalakan `pids` dan `memory` untuk anak-anaknya, dan membunuh dengan
//!   `cgroup.kill`.
//! - cgroup v1: hierarki `pids` dan `memory` yang bisa ditulis (biasanya
//!   hanya root). Membunuh: `pids.max` = 0 (tidak ada proses baru), lalu
//!   `SIGKILL` ke setiap isi `cgroup.procs` sampai kosong.

use rustix::process::{Pid, Signal, kill_process};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Version {
    V1,
    V2,
}

/// Folder dasar runner ini di hierarki cgroup (dibuat saat mulai).
#[derive(Debug)]
pub struct Base {
    pub version: Version,
    /// v2: satu folder; v1: folder di hierarki pids dan memory.
    dirs: Vec<PathBuf>,
    /// v2: cgroup asal runner (untuk kembali saat berhenti).
    home: Option<PathBuf>,
    next: AtomicU64,
}

/// cgroup satu pekerjaan.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobCgroup {
    pub version: Version,
    pub dirs: Vec<PathBuf>,
}

fn base_name() -> String {
    format!("konkurensi-runner-{}", std::process::id())
}

/// Folder cgroup proses ini untuk hierarki yang cocok dengan `pick`.
fn own_dir(
    pick: impl Fn(&procfs::process::MountInfo) -> bool,
    v1_ctrl: Option<&str>,
) -> Option<PathBuf> {
    let me = procfs::process::Process::myself().ok()?;
    let mount = me.mountinfo().ok()?.0.into_iter().find(|m| pick(m))?;
    let entry = me.cgroups().ok()?.0.into_iter().find(|c| match v1_ctrl {
        Some(ctrl) => c.controllers.iter().any(|x| x == ctrl),
        None => c.hierarchy == 0,
    })?;
    let rel = Path::new(&entry.pathname).strip_prefix(&mount.root).ok()?;
    Some(mount.mount_point.join(rel))
}

fn write(path: &Path, value: &str) -> io::Result<()> {
    std::fs::write(path, value)
}

impl Base {
    /// cgroup v2 yang didelegasikan, bila ada dan bisa ditulis.
    pub fn v2() -> Result<Base, String> {
        let dir = own_dir(|m| m.fs_type == "cgroup2", None).ok_or("tidak ada cgroup v2")?;
        let controllers = std::fs::read_to_string(dir.join("cgroup.controllers"))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        for c in ["pids", "memory"] {
            if !controllers.split_whitespace().any(|x| x == c) {
                return Err(format!(
                    "controller {c} tidak tersedia di {}",
                    dir.display()
                ));
            }
        }
        let base = dir.join(base_name());
        let leaf = base.join("runner");
        let setup = || -> io::Result<()> {
            std::fs::create_dir(&base)?;
            std::fs::create_dir(&leaf)?;
            write(&leaf.join("cgroup.procs"), &std::process::id().to_string())?;
            // Sudah menyala di induk, atau bisa dinyalakan karena induk kini kosong.
            let _ = write(&dir.join("cgroup.subtree_control"), "+pids +memory");
            write(&base.join("cgroup.subtree_control"), "+pids +memory")
        };
        match setup() {
            Ok(()) => Ok(Base {
                version: Version::V2,
                dirs: vec![base],
                home: Some(dir),
                next: AtomicU64::new(0),
            }),
            Err(e) => {
                let _ = write(&dir.join("cgroup.procs"), &std::process::id().to_string());
                let _ = std::fs::remove_dir(&leaf);
                let _ = std::fs::remove_dir(&base);
                Err(format!(
                    "cgroup v2 di {} tidak bisa dipakai: {e}",
                    dir.display()
                ))
            }
        }
    }

    /// Hierarki cgroup v1 `pids` dan `memory`, bila bisa ditulis.
    pub fn v1() -> Result<Base, String> {
        let mut dirs = Vec::new();
        for ctrl in ["pids", "memory"] {
            let own = own_dir(
                |m| m.fs_type == "cgroup" && m.super_options.contains_key(ctrl),
                Some(ctrl),
            )
            .ok_or_else(|| format!("tidak ada hierarki cgroup v1 {ctrl}"))?;
            let base = own.join(base_name());
            if let Err(e) = std::fs::create_dir(&base) {
                dirs.iter()
                    .for_each(|d: &PathBuf| drop(std::fs::remove_dir(d)));
                return Err(format!("tidak bisa membuat {}: {e}", base.display()));
            }
            dirs.push(base);
        }
        Ok(Base {
            version: Version::V1,
            dirs,
            home: None,
            next: AtomicU64::new(0),
        })
    }

    /// cgroup baru untuk satu pekerjaan, dengan batasnya.
    pub fn job(&self, max_procs: u64, memory: u64) -> io::Result<JobCgroup> {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        let dirs: Vec<PathBuf> = self
            .dirs
            .iter()
            .map(|d| d.join(format!("job-{n}")))
            .collect();
        for d in &dirs {
            std::fs::create_dir(d)?;
        }
        let job = JobCgroup {
            version: self.version,
            dirs,
        };
        let set = || -> io::Result<()> {
            match self.version {
                Version::V2 => {
                    let d = &job.dirs[0];
                    write(&d.join("pids.max"), &max_procs.to_string())?;
                    write(&d.join("memory.max"), &memory.to_string())?;
                    // Tanpa swap: batas memori adalah batas sungguhan.
                    let _ = write(&d.join("memory.swap.max"), "0");
                }
                Version::V1 => {
                    write(&job.dirs[0].join("pids.max"), &max_procs.to_string())?;
                    let m = &job.dirs[1];
                    write(&m.join("memory.limit_in_bytes"), &memory.to_string())?;
                    let _ = write(&m.join("memory.memsw.limit_in_bytes"), &memory.to_string());
                }
            }
            Ok(())
        };
        if let Err(e) = set() {
            job.remove();
            return Err(e);
        }
        Ok(job)
    }

    /// Menghapus folder dasar (saat runner berhenti; pekerjaan sudah selesai).
    pub fn remove(&self) {
        if let (Some(home), Some(base)) = (&self.home, self.dirs.first()) {
            let _ = write(&home.join("cgroup.procs"), &std::process::id().to_string());
            let _ = std::fs::remove_dir(base.join("runner"));
        }
        for d in &self.dirs {
            let _ = std::fs::remove_dir(d);
        }
    }

    pub fn describe(&self) -> String {
        let dirs: Vec<String> = self.dirs.iter().map(|d| d.display().to_string()).collect();
        format!("{} ({})", self.label(), dirs.join(", "))
    }

    pub fn label(&self) -> &'static str {
        match self.version {
            Version::V1 => "cgroup-v1",
            Version::V2 => "cgroup-v2",
        }
    }
}

impl JobCgroup {
    /// Berkas `cgroup.procs` yang harus ditulisi proses agar masuk cgroup ini.
    pub fn procs_files(&self) -> Vec<PathBuf> {
        self.dirs.iter().map(|d| d.join("cgroup.procs")).collect()
    }

    fn pids(&self) -> Vec<i32> {
        std::fs::read_to_string(self.dirs[0].join("cgroup.procs"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Membunuh semua proses di cgroup; mengembalikan jumlah yang tersisa
    /// ketika `deadline` lewat (0 = semua berhenti).
    pub fn kill_all(&self, deadline: Instant) -> usize {
        let pids_dir = &self.dirs[0];
        // Tidak ada proses baru lagi: bom fork tidak bisa berlomba dengan kita.
        let _ = write(&pids_dir.join("pids.max"), "0");
        if self.version == Version::V2 {
            let _ = write(&pids_dir.join("cgroup.kill"), "1");
        }
        loop {
            let pids = self.pids();
            if pids.is_empty() {
                return 0;
            }
            if Instant::now() >= deadline {
                return pids.len();
            }
            for pid in pids.into_iter().filter_map(Pid::from_raw) {
                let _ = kill_process(pid, Signal::KILL);
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// (kehabisan memori, batas proses pernah tercapai)
    pub fn events(&self) -> (bool, bool) {
        let counter = |path: PathBuf, key: &str| -> u64 {
            std::fs::read_to_string(path)
                .unwrap_or_default()
                .lines()
                .find_map(|l| l.strip_prefix(key)?.trim().parse().ok())
                .unwrap_or(0)
        };
        let memory_dir = self.dirs.last().expect("minimal satu folder");
        let oom = match self.version {
            Version::V2 => counter(memory_dir.join("memory.events"), "oom_kill "),
            Version::V1 => counter(memory_dir.join("memory.oom_control"), "oom_kill "),
        };
        let max = counter(self.dirs[0].join("pids.events"), "max ");
        (oom > 0, max > 0)
    }

    /// Menghapus folder cgroup (harus sudah kosong).
    pub fn remove(&self) {
        for d in &self.dirs {
            // Proses yang baru dibunuh bisa masih tercatat sebentar.
            for _ in 0..100 {
                match std::fs::remove_dir(d) {
                    Err(e) if e.raw_os_error() == Some(rustix::io::Errno::BUSY.raw_os_error()) => {
                        std::thread::sleep(Duration::from_millis(5))
                    }
                    _ => break,
                }
            }
        }
    }
}

/// Sisa runner lain yang mati mendadak (folder dasar milik PID yang sudah
/// tidak ada) dibereskan saat runner mulai.
pub fn remove_stale(base: &Base) {
    for dir in &base.dirs {
        let Some(parent) = dir.parent() else { continue };
        let Ok(entries) = std::fs::read_dir(parent) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let Some(pid) = name
                .to_str()
                .and_then(|n| n.strip_prefix("konkurensi-runner-"))
                .and_then(|p| p.parse::<i32>().ok())
            else {
                continue;
            };
            if Path::new(&format!("/proc/{pid}")).exists() {
                continue;
            }
            let Ok(jobs) = std::fs::read_dir(e.path()) else {
                continue;
            };
            for j in jobs.flatten().filter(|j| j.path().is_dir()) {
                let job = JobCgroup {
                    version: base.version,
                    dirs: vec![j.path()],
                };
                job.kill_all(Instant::now() + Duration::from_secs(2));
                job.remove();
            }
            let _ = std::fs::remove_dir(e.path());
        }
    }
}
