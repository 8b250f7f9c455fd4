//! Runner lokal di balik tombol *Run* buku.
//!
//! `cargo xtask serve` menjalankannya di 127.0.0.1 (port buku + 1). Ketika
//! buku dibuka dari server lokal itu, `theme/runner.js` mengirim program ke
//! sini, bukan ke Rust Playground publik. Runner mengompilasinya sebagai
//! `main.rs` sebuah proyek cargo yang punya persis dependensi buku (tanpa
//! jaringan), menjalankannya dengan batas waktu, keluaran, memori, proses,
//! dan disk, lalu menjawab dalam bentuk jawaban Playground.
//! Model ancamannya ada di README.md, bagian "Runner lokal"; antarmuka baris
//! stdout-nya di [`config::PROTOCOL`].

pub mod api;
pub mod compile;
pub mod config;
pub mod jobs;
pub mod peer;
pub mod project;
pub mod queue;
pub mod sandbox;
pub mod server;

use anyhow::Context;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub fn run(cfg: config::Config) -> anyhow::Result<()> {
    let paths = cfg.paths()?;
    std::fs::create_dir_all(&paths.work_dir)
        .with_context(|| format!("tidak bisa membuat {}", paths.work_dir.display()))?;
    // Satu runner per folder kerja: dua runner akan saling menimpa proyeknya.
    let lock_path = paths.work_dir.join("runner.lock");
    let lock = std::fs::File::create(&lock_path)
        .with_context(|| format!("tidak bisa membuat {}", lock_path.display()))?;
    lock.try_lock().map_err(|_| {
        anyhow::anyhow!(
            "runner lain sudah memakai {}; hentikan dulu, atau pakai --work-dir lain",
            paths.work_dir.display()
        )
    })?;
    if cfg.allow_origins.is_empty() {
        eprintln!("runner: peringatan: tanpa --allow-origin semua permintaan akan ditolak");
    }
    raise_open_files_limit();
    sandbox::reap::become_subreaper().context("tidak bisa menjadi child subreaper")?;
    let isolation = sandbox::isolation::Isolation::detect(&cfg, &paths.work_dir)?;
    eprintln!("runner: batas: {}", isolation.describe());
    let project = project::Project::load(
        &paths.project,
        &paths.work_dir,
        &paths.target_dir,
        &paths.build_dir,
    )?;
    let token = server::random_token().context("tidak bisa membuat token")?;
    let listener = std::net::TcpListener::bind(("127.0.0.1", cfg.port))
        .with_context(|| format!("tidak bisa mendengarkan di 127.0.0.1:{}", cfg.port))?;
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    let crates: Vec<String> = project
        .deps
        .iter()
        .map(|d| format!("{} {}", d.package, d.version))
        .collect();
    let runner = Arc::new(jobs::Runner::new(cfg.clone(), project, isolation));
    println!("RUNNER_LISTENING {port}");
    eprintln!(
        "runner: mendengarkan di http://127.0.0.1:{port}; menyiapkan proyek cargo di {} \
         (dependensi buku: {}); pertama kali bisa beberapa menit, berikutnya beberapa detik",
        runner.project.dir.display(),
        crates.join(", ")
    );
    let prep = Arc::clone(&runner);
    std::thread::spawn(move || match prep.prepare() {
        Ok(took) => {
            eprintln!(
                "runner: siap (persiapan {:.1} s); tombol Run di buku lokal kini memakai runner ini",
                took.as_secs_f64()
            );
            println!("RUNNER_READY {port}");
        }
        Err(e) => {
            eprintln!("runner: persiapan gagal: {e:#}");
            println!("RUNNER_FAILED {}", format!("{e:#}").replace('\n', " "));
        }
    });

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let server = Arc::new(server::Server {
        runner: Arc::clone(&runner),
        token,
        port,
    });
    rt.block_on(async {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        server
            .serve(listener, shutdown_signal(cfg.exit_on_stdin_eof))
            .await;
        anyhow::Ok(())
    })?;
    eprintln!("runner: berhenti");
    // Penjaga pekerjaan yang sedang berjalan membunuh programnya dan
    // menghapus folder sementaranya; kita tunggu sampai selesai.
    sandbox::stop_all(sandbox::CLEANUP);
    rt.shutdown_timeout(Duration::from_secs(1));
    runner.isolation.cleanup();
    sandbox::reap::kill_descendants(
        Instant::now() + Duration::from_secs(2),
        sandbox::reap::inherited(),
    );
    drop(lock);
    Ok(())
}

/// Selesai saat SIGINT/SIGTERM/SIGHUP, atau (bila diminta) stdin EOF: induk
/// (xtask atau test) memegang ujung tulis stdin kita; bila ia mati, runner
/// ikut berhenti.
async fn shutdown_signal(watch_stdin: bool) {
    use tokio::signal::unix::{SignalKind, signal};
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    if watch_stdin {
        std::thread::spawn(move || {
            let mut sink = [0u8; 256];
            let mut stdin = std::io::stdin();
            while matches!(std::io::Read::read(&mut stdin, &mut sink), Ok(n) if n > 0) {}
            let _ = tx.send(());
        });
    } else {
        std::mem::forget(tx);
    }
    let (Ok(mut int), Ok(mut term), Ok(mut hup)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
        signal(SignalKind::hangup()),
    ) else {
        let _ = rx.await;
        return;
    };
    tokio::select! {
        _ = int.recv() => {}
        _ = term.recv() => {}
        _ = hup.recv() => {}
        _ = rx => {}
    }
}

/// Banjir koneksi tidak boleh menghabiskan deskriptor berkas runner.
fn raise_open_files_limit() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut lim = getrlimit(Resource::Nofile);
    if lim.current != lim.maximum {
        lim.current = lim.maximum;
        let _ = setrlimit(Resource::Nofile, lim);
    }
}
