//! Memilih mekanisme pembatas saat runner mulai, dan menyusun [`Spec`]
//! untuk langkah kompilasi dan langkah menjalankan program.

use super::{Rlimits, Spec, cgroup, landlock, reap};
use crate::api::IsolationInfo;
use crate::config::{Config, IsolationMode};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Proses + thread untuk cargo dan rustc (bukan program pembaca).
const COMPILE_PROCS: u64 = 1024;

pub struct Isolation {
    pub cgroup: Option<cgroup::Base>,
    pub landlock: landlock::Probe,
    use_landlock: bool,
    block_tcp: bool,
    root: bool,
    cfg: Config,
    reports: PathBuf,
    next: AtomicU64,
}

impl Isolation {
    pub fn detect(cfg: &Config, work_dir: &Path) -> anyhow::Result<Isolation> {
        let cgroup = match cfg.isolation {
            IsolationMode::Rlimit => None,
            IsolationMode::CgroupV2 => Some(cgroup::Base::v2().map_err(anyhow::Error::msg)?),
            IsolationMode::CgroupV1 => Some(cgroup::Base::v1().map_err(anyhow::Error::msg)?),
            IsolationMode::Auto => cgroup::Base::v2().or_else(|_| cgroup::Base::v1()).ok(),
        };
        if let Some(base) = &cgroup {
            cgroup::remove_stale(base);
        }
        let landlock = if cfg.no_landlock {
            landlock::Probe::default()
        } else {
            landlock::probe(std::path::Path::new(super::SELF_EXE))
        };
        let use_landlock = landlock.fs_enforced;
        Ok(Isolation {
            cgroup,
            block_tcp: use_landlock && landlock.tcp_blocked && !cfg.allow_network,
            landlock,
            use_landlock,
            root: rustix::process::geteuid().is_root(),
            cfg: cfg.clone(),
            reports: work_dir.to_path_buf(),
            next: AtomicU64::new(0),
        })
    }

    pub fn info(&self) -> IsolationInfo {
        let cfg = &self.cfg;
        IsolationInfo {
            processes: self
                .cgroup
                .as_ref()
                .map_or("rlimit", |c| c.label())
                .to_string(),
            max_procs: cfg.max_procs,
            memory_mib: self.cgroup.as_ref().map(|_| cfg.max_memory_mib),
            address_space_mib: cfg.max_address_space_mib,
            file_mib: cfg.max_file_mib,
            disk_mib: cfg.max_disk_mib,
            landlock_abi: self.landlock.abi.filter(|_| self.use_landlock),
            tcp_blocked: self.block_tcp,
        }
    }

    /// Ringkasan untuk manusia (stderr saat runner mulai).
    pub fn describe(&self) -> String {
        let cfg = &self.cfg;
        let procs = match (&self.cgroup, self.root) {
            (Some(c), _) => format!(
                "{}: paling banyak {} proses/thread dan {} MiB memori per program",
                c.describe(),
                cfg.max_procs,
                cfg.max_memory_mib
            ),
            (None, false) => format!(
                "tanpa cgroup: RLIMIT_NPROC = proses Anda saat itu + {}",
                cfg.max_procs
            ),
            (None, true) => "tanpa cgroup, sebagai root: jumlah proses TIDAK dibatasi \
                             (root tidak terkena RLIMIT_NPROC)"
                .to_string(),
        };
        let ll = match (self.use_landlock, &self.landlock) {
            (true, p) => format!(
                "Landlock ABI {}: program hanya boleh menulis di folder sementaranya{}",
                p.abi.unwrap_or(0),
                if self.block_tcp { ", TCP diblokir" } else { "" }
            ),
            (false, _) if cfg.no_landlock => "Landlock dimatikan (--no-landlock)".to_string(),
            (false, p) => format!(
                "Landlock tidak tersedia ({}): program boleh menulis di mana saja milik Anda",
                p.error.as_deref().unwrap_or("tidak ditegakkan kernel")
            ),
        };
        format!(
            "{procs}; {ll}; rlimit per proses: ruang alamat {} MiB, berkas {} MiB; \
             folder sementara {} MiB",
            cfg.max_address_space_mib, cfg.max_file_mib, cfg.max_disk_mib
        )
    }

    fn report_path(&self) -> PathBuf {
        let n = self.next.fetch_add(1, Ordering::SeqCst);
        self.reports.join(format!("penjaga-{n}.json"))
    }

    /// Spesifikasi untuk cargo (persiapan dan kompilasi).
    pub fn compile_spec(
        &self,
        program: PathBuf,
        args: Vec<String>,
        cwd: PathBuf,
        env: Vec<(String, String)>,
    ) -> std::io::Result<Spec> {
        let cgroup = match &self.cgroup {
            Some(base) => Some(base.job(COMPILE_PROCS, Config::mib(self.cfg.compile_memory_mib))?),
            None => None,
        };
        Ok(Spec {
            program,
            args,
            cwd,
            env,
            cgroup,
            report: self.report_path(),
            ..Spec::default()
        })
    }

    /// Spesifikasi untuk program pembaca di folder sementara `dir`.
    pub fn run_spec(
        &self,
        program: PathBuf,
        dir: &Path,
        env: Vec<(String, String)>,
        timeout: Duration,
    ) -> std::io::Result<Spec> {
        let cfg = &self.cfg;
        let cgroup = match &self.cgroup {
            Some(base) => Some(base.job(cfg.max_procs as u64, Config::mib(cfg.max_memory_mib))?),
            None => None,
        };
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
        let nproc = (cgroup.is_none() && !self.root)
            .then(|| reap::tasks_of(rustix::process::getuid().as_raw()) + cfg.max_procs as u64);
        Ok(Spec {
            program,
            args: Vec::new(),
            cwd: dir.to_path_buf(),
            env,
            rlimits: Rlimits {
                address_space: Some(Config::mib(cfg.max_address_space_mib)),
                file_size: Some(Config::mib(cfg.max_file_mib)),
                // Cadangan bila runner dan penjaga tak sempat menghentikannya:
                // tidak pernah tercapai sebelum batas waktu biasa.
                cpu_seconds: Some(timeout.as_secs_f64().ceil() as u64 * cores + 1),
                nproc,
            },
            cgroup,
            landlock: self.use_landlock.then(|| landlock::Rules {
                writable: dir.to_path_buf(),
                block_tcp: self.block_tcp,
            }),
            drop_privileges: true,
            disk: Some((dir.to_path_buf(), Config::mib(cfg.max_disk_mib))),
            remove_dir: Some(dir.to_path_buf()),
            report: self.report_path(),
        })
    }

    /// Saat runner berhenti: hapus folder dasar cgroup.
    pub fn cleanup(&self) {
        if let Some(c) = &self.cgroup {
            c.remove();
        }
    }
}
