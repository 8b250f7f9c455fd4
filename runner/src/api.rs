//! Bentuk JSON permintaan dan jawaban (serde). Jawaban `/evaluate.json`
//! mengikuti bentuk Rust Playground (`result`, `error`), ditambah kolom
//! yang menjelaskan apa yang terjadi.

use serde::{Deserialize, Serialize};

/// Badan `POST /evaluate.json`. Kolom lain dari Playground (`version`,
/// `optimize`, `mode`, ...) diabaikan: runner selalu build debug stable.
#[derive(Debug, Deserialize)]
pub struct EvaluateRequest {
    pub code: String,
    #[serde(default)]
    pub edition: Option<String>,
}

/// Apa yang terjadi pada sebuah permintaan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    CompileError,
    CompileTimeout,
    RunTimeout,
    OutputLimit,
    ExitFailure,
    MemoryLimit,
    ProcessLimit,
    FileSizeLimit,
    DiskLimit,
    CpuLimit,
    Busy,
    Preparing,
    PrepareFailed,
    Internal,
    Refused,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunResponse {
    /// Keluaran program atau pesan compiler, ditambah catatan runner.
    pub result: String,
    /// Catatan runner saja (mengapa gagal/dihentikan), `null` bila sukses.
    pub error: Option<String>,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compile_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub run_ms: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_ms: Option<u64>,
}

impl RunResponse {
    /// Jawaban tanpa program yang berjalan: `result` dan `error` sama.
    pub fn message(status: Status, text: impl Into<String>) -> RunResponse {
        let text = text.into();
        RunResponse {
            result: text.clone(),
            error: Some(text),
            status,
            exit_code: None,
            compile_ms: None,
            run_ms: None,
            queue_ms: None,
        }
    }
}

/// Jawaban `GET /token` (jabat tangan, hanya untuk Origin buku).
#[derive(Debug, Serialize, Deserialize)]
pub struct TokenInfo {
    pub token: String,
    pub runner: String,
    pub run_timeout_ms: u64,
    pub compile_timeout_ms: u64,
    pub queue: usize,
    pub max_body: usize,
    pub isolation: IsolationInfo,
}

/// Mekanisme pembatas yang benar-benar dipakai runner ini.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IsolationInfo {
    /// "cgroup-v2", "cgroup-v1", atau "rlimit".
    pub processes: String,
    /// Batas proses + thread program.
    pub max_procs: usize,
    /// Batas memori seluruh pohon proses (cgroup), bila ada.
    pub memory_mib: Option<usize>,
    pub address_space_mib: usize,
    pub file_mib: usize,
    pub disk_mib: usize,
    /// Versi ABI Landlock yang ditegakkan, `null` bila tidak ada.
    pub landlock_abi: Option<u32>,
    /// TCP diblokir untuk program (Landlock ABI >= 4).
    pub tcp_blocked: bool,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct CrateList {
    pub crates: Vec<CrateInfo>,
}

/// Satu crate, dalam bentuk jawaban `/meta/crates` Rust Playground.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CrateInfo {
    pub id: String,
    pub name: String,
    pub version: String,
}
