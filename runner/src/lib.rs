//! Runner lokal di balik tombol *Run* buku.
//!
//! `cargo xtask serve` menjalankannya di 127.0.0.1 (port buku + 1). Ketika
//! buku dibuka dari server lokal itu, `theme/runner.js` mengirim program ke
//! sini, bukan ke Rust Playground publik. Runner mengompilasinya sebagai
//! `main.rs` sebuah proyek cargo yang punya persis dependensi buku (dari
//! Cargo.lock proyek, tanpa jaringan), menjalankannya dengan batas waktu dan
//! batas keluaran, lalu menjawab dalam bentuk jawaban Playground.
//! Model ancamannya ada di README.md, bagian "Runner lokal".

pub mod config;
pub mod http;
pub mod jobs;
pub mod json;
pub mod proc;
pub mod project;
pub mod server;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

static SHUTDOWN: AtomicBool = AtomicBool::new(false);

extern "C" fn on_signal(_sig: libc::c_int) {
    // Hanya operasi atomik di dalam penangan sinyal.
    SHUTDOWN.store(true, Ordering::SeqCst);
}

/// Menghentikan pekerjaan yang berjalan, menghapus folder sementaranya,
/// lalu keluar.
fn shutdown(code: i32) -> ! {
    proc::kill_group(proc::ACTIVE_GROUP.load(Ordering::SeqCst));
    if let Ok(mut dir) = jobs::ACTIVE_TEMP_DIR.try_lock()
        && let Some(d) = dir.take()
    {
        let _ = std::fs::remove_dir_all(d);
    }
    proc::reap_orphans();
    std::process::exit(code);
}

fn install_shutdown_handlers(watch_stdin: bool) {
    for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        // SAFETY: penangan hanya menyimpan ke AtomicBool (async-signal-safe).
        unsafe {
            libc::signal(sig, on_signal as *const () as libc::sighandler_t);
        }
    }
    std::thread::spawn(|| {
        while !SHUTDOWN.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(50));
        }
        eprintln!("runner: berhenti");
        shutdown(130);
    });
    if watch_stdin {
        // Induk (xtask atau test) memegang ujung tulis stdin kita; bila ia
        // mati, stdin mendapat EOF dan runner ikut berhenti.
        std::thread::spawn(|| {
            let mut sink = [0u8; 256];
            let mut stdin = std::io::stdin();
            while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
            SHUTDOWN.store(true, Ordering::SeqCst);
        });
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let cfg = config::Config::from_args(args)?;
    std::fs::create_dir_all(&cfg.work_dir)
        .map_err(|e| format!("tidak bisa membuat {}: {e}", cfg.work_dir.display()))?;
    // Satu runner per folder kerja: dua runner akan saling menimpa main.rs.
    let lock_path = cfg.work_dir.join("runner.lock");
    let lock = std::fs::File::create(&lock_path)
        .map_err(|e| format!("tidak bisa membuat {}: {e}", lock_path.display()))?;
    lock.try_lock().map_err(|_| {
        format!(
            "runner lain sudah memakai {}; hentikan dulu, atau pakai --work-dir lain",
            cfg.work_dir.display()
        )
    })?;
    if cfg.allow_origins.is_empty() {
        eprintln!("runner: peringatan: tanpa --allow-origin semua permintaan akan ditolak");
    }
    proc::become_subreaper();
    install_shutdown_handlers(cfg.exit_on_stdin_eof);

    let project = project::Project::load(&cfg.project, &cfg.work_dir)?;
    let token = server::random_token().map_err(|e| format!("tidak bisa membuat token: {e}"))?;
    let listener = TcpListener::bind(("127.0.0.1", cfg.port))
        .map_err(|e| format!("tidak bisa mendengarkan di 127.0.0.1:{}: {e}", cfg.port))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let crates: Vec<String> = project
        .deps
        .iter()
        .map(|d| format!("{} {}", d.package, d.version))
        .collect();
    say(&format!("runner: mendengarkan di http://127.0.0.1:{port}"));
    eprintln!(
        "runner: menyiapkan proyek cargo di {} (dependensi buku: {}); \
         pertama kali bisa beberapa menit, berikutnya beberapa detik",
        project.dir.display(),
        crates.join(", ")
    );

    let server = Arc::new(server::Server::new(
        jobs::Runner::new(cfg, project),
        token,
        port,
    ));
    let prep = Arc::clone(&server);
    std::thread::spawn(move || match prep.runner.prepare() {
        Ok(took) => say(&format!(
            "runner: siap (persiapan {:.1} s); tombol Run di buku lokal kini memakai runner ini",
            took.as_secs_f64()
        )),
        Err(e) => say(&format!("runner: persiapan gagal: {e}")),
    });
    server.serve(listener);
    drop(lock);
    Ok(())
}

/// Satu baris ke stdout, langsung di-flush (test dan xtask membacanya).
fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}
