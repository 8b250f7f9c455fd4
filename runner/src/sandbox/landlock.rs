//! Landlock (Linux >= 5.13): program pembaca hanya boleh MENULIS di folder
//! sementaranya (dan `/dev/null`), boleh membaca dan menjalankan berkas lain,
//! tidak boleh membuka koneksi TCP (ABI >= 4), dan tidak boleh mengirim sinyal
//! ke proses di luar dirinya sendiri, termasuk penjaga dan runner (ABI >= 6).
//! Tidak butuh root; kernel yang lebih tua menegakkan sebagian (best effort),
//! dan [`probe`] mengukur apa yang benar-benar ditegakkan.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Aturan untuk satu program.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rules {
    pub writable: PathBuf,
    pub block_tcp: bool,
}

/// Hasil uji coba Landlock di mesin ini.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Probe {
    /// ABI yang dipakai, `None` bila Landlock tidak ada atau tidak aktif.
    pub abi: Option<u32>,
    /// Menulis di luar folder yang diizinkan benar-benar ditolak.
    pub fs_enforced: bool,
    /// `bind` TCP benar-benar ditolak.
    pub tcp_blocked: bool,
    pub error: Option<String>,
}

#[cfg(target_os = "linux")]
mod imp {
    use super::*;
    use landlock::{
        ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, LandlockStatus, Ruleset,
        RulesetAttr, RulesetCreated, RulesetCreatedAttr, RulesetError, Scope, path_beneath_rules,
    };

    /// ABI tertinggi yang fiturnya kita pakai (v6: scope sinyal).
    const WANT: ABI = ABI::V6;

    /// Membangun ruleset (di proses penjaga, sebelum fork): membuka folder
    /// yang disebut aturan. Penegakannya lewat [`restrict`].
    pub fn build(rules: &Rules) -> Result<RulesetCreated, RulesetError> {
        let mut ruleset = Ruleset::default()
            .set_compatibility(CompatLevel::BestEffort)
            .handle_access(AccessFs::from_all(WANT))?;
        if rules.block_tcp {
            ruleset = ruleset.handle_access(AccessNet::BindTcp | AccessNet::ConnectTcp)?;
        }
        ruleset
            .scope(Scope::AbstractUnixSocket | Scope::Signal)?
            .create()?
            .add_rules(path_beneath_rules(["/"], AccessFs::from_read(WANT)))?
            .add_rules(path_beneath_rules(
                [rules.writable.as_path()],
                AccessFs::from_all(WANT),
            ))?
            .add_rules(path_beneath_rules(
                ["/dev/null"],
                AccessFs::ReadFile | AccessFs::WriteFile,
            ))
    }

    /// Menegakkan ruleset pada proses pemanggil (dan semua turunannya).
    pub fn restrict(ruleset: RulesetCreated) -> Result<Option<u32>, RulesetError> {
        let status = ruleset.restrict_self()?;
        Ok(match status.landlock {
            LandlockStatus::Available { effective_abi, .. } => Some(effective_abi as u32),
            _ => None,
        })
    }
}

#[cfg(target_os = "linux")]
pub use imp::{build, restrict};

/// Dijalankan sebagai proses `__landlock-probe DIR`: menegakkan aturan pada
/// diri sendiri (hanya DIR/boleh yang boleh ditulis), lalu mencoba apa yang
/// seharusnya ditolak. DIR dibuat dan dihapus oleh runner.
pub fn probe_self(dir: &Path) -> Probe {
    let mut probe = Probe::default();
    let allowed = dir.join("boleh");
    let rules = Rules {
        writable: allowed.clone(),
        block_tcp: true,
    };
    #[cfg(target_os = "linux")]
    match build(&rules).and_then(restrict) {
        Ok(abi) => probe.abi = abi,
        Err(e) => probe.error = Some(e.to_string()),
    }
    let inside = std::fs::write(allowed.join("x"), b"x").is_ok();
    let outside = std::fs::write(dir.join("x"), b"x").is_ok();
    probe.fs_enforced = probe.abi.is_some() && inside && !outside;
    probe.tcp_blocked = probe.abi.is_some() && std::net::TcpListener::bind("127.0.0.1:0").is_err();
    probe
}

/// Menjalankan `exe __landlock-probe DIR` di proses terpisah (Landlock tidak
/// bisa dicabut dari proses yang sudah dibatasi).
pub fn probe(exe: &Path) -> Probe {
    let failed = |e: String| Probe {
        error: Some(e),
        ..Probe::default()
    };
    let dir = match tempfile::Builder::new()
        .prefix("konkurensi-runner-uji-")
        .tempdir()
    {
        Ok(d) => d,
        Err(e) => return failed(e.to_string()),
    };
    if let Err(e) = std::fs::create_dir(dir.path().join("boleh")) {
        return failed(e.to_string());
    }
    let out = std::process::Command::new(exe)
        .arg("__landlock-probe")
        .arg(dir.path())
        .stdin(std::process::Stdio::null())
        .output();
    match out {
        Ok(o) if o.status.success() => serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| failed(format!("jawaban uji Landlock tidak terbaca: {e}"))),
        Ok(o) => failed(format!("uji Landlock gagal ({})", o.status)),
        Err(e) => failed(e.to_string()),
    }
}
