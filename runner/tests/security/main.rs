//! Uji keamanan runner: siapa yang boleh memakai runner (Host, Origin,
//! token, pengguna lain), permintaan rusak atau lambat, dan apa yang boleh
//! dilihat atau diubah program (lingkungan, proyek cargo, berkas, jaringan).

#[path = "../common/mod.rs"]
mod common;
mod http;
mod program;

use common::TestRunner;
use std::sync::{OnceLock, RwLock};

const REQUEST_TIMEOUT_S: u64 = 3;
/// Kecil, supaya banjir koneksi pasti memenuhinya bila koneksi pengguna lain
/// ikut memakai tempat (uji banjir).
const MAX_CONNECTIONS: &str = "6";

/// Uji yang menanam berkas di proyek cargo atau membanjiri runner memegang
/// kunci tulis; uji lain kunci baca.
static EXCLUSIVE: RwLock<()> = RwLock::new(());

fn shared() -> std::sync::RwLockReadGuard<'static, ()> {
    EXCLUSIVE.read().unwrap_or_else(|e| e.into_inner())
}

fn exclusive() -> std::sync::RwLockWriteGuard<'static, ()> {
    EXCLUSIVE.write().unwrap_or_else(|e| e.into_inner())
}

fn runner() -> &'static TestRunner {
    static R: OnceLock<TestRunner> = OnceLock::new();
    R.get_or_init(|| {
        let args = [
            "--request-timeout",
            "3",
            "--max-connections",
            MAX_CONNECTIONS,
        ];
        common::start("keamanan", &args)
    })
}
