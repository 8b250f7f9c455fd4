//! Memori per thread, per task, dan per proses: N unit yang menganggur hidup
//! bersamaan, lalu memori proses ini (dan anak-anaknya) dibandingkan dengan
//! sebelum unit-unit itu dibuat. Dibaca dari /proc/<pid>/smaps_rollup (Linux).
//!
//! Ukuran lewat argumen: `-- JENIS N`, JENIS = thread, task, proses, atau semua
//! (bawaan: semua, N = 100). `cargo xtask bench` memakai N = 1000
//! (proses: 100).

use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::thread;

/// (RSS, USS) dalam KiB. RSS menghitung juga halaman yang dipakai bersama
/// proses lain (kode program, pustaka); USS hanya yang milik proses ini
/// sendiri.
type Kib = (i64, i64);

fn memory_kib(pid: u32) -> Result<Kib, String> {
    let path = format!("/proc/{pid}/smaps_rollup");
    let text = std::fs::read_to_string(&path);
    let text = text.map_err(|e| format!("membaca {path}: {e}"))?;
    let field = |name: &str| {
        let line = text.lines().find_map(|l| l.strip_prefix(name))?;
        line.split_whitespace().next()?.parse().ok()
    };
    let fields = [
        field("Rss:"),
        field("Private_Clean:"),
        field("Private_Dirty:"),
    ];
    match fields {
        [Some(rss), Some(clean), Some(dirty)] => Ok((rss, clean + dirty)),
        _ => Err(format!("{path} tidak memuat baris Rss dan Private_*")),
    }
}

// ANCHOR: thread
/// N thread OS yang menunggu di `Barrier`: semuanya hidup saat diukur.
fn threads(n: usize) -> Result<(usize, Kib), String> {
    let (started, stop) = (Barrier::new(n + 1), Barrier::new(n + 1));
    let alive = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| {
                alive.fetch_add(1, Ordering::Relaxed);
                started.wait();
                stop.wait();
            });
        }
        started.wait();
        let during = memory_kib(std::process::id());
        let count = alive.load(Ordering::Relaxed);
        stop.wait();
        during.map(|m| (count, m))
    })
}
// ANCHOR_END: thread

// ANCHOR: task
/// N task tokio yang menunggu di `tokio::sync::Barrier`.
async fn tasks(n: usize) -> Result<(usize, Kib), String> {
    let started = Arc::new(tokio::sync::Barrier::new(n + 1));
    let stop = Arc::new(tokio::sync::Barrier::new(n + 1));
    let alive = Arc::new(AtomicUsize::new(0));
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..n {
        let (started, stop) = (started.clone(), stop.clone());
        let alive = alive.clone();
        set.spawn(async move {
            alive.fetch_add(1, Ordering::Relaxed);
            started.wait().await;
            stop.wait().await;
        });
    }
    started.wait().await;
    let during = memory_kib(std::process::id());
    let count = alive.load(Ordering::Relaxed);
    stop.wait().await;
    set.join_all().await;
    during.map(|m| (count, m))
}
// ANCHOR_END: task

// ANCHOR: proses
/// N proses anak (program ini sendiri dengan `--anak`): masing-masing
/// mencetak "siap" lalu menunggu stdin-nya ditutup.
fn processes(n: usize) -> Result<(usize, Kib), String> {
    let exe = std::env::current_exe();
    let exe = exe.map_err(|e| format!("jalur program: {e}"))?;
    let mut children = Vec::new();
    for _ in 0..n {
        let child = Command::new(&exe)
            .arg("--anak")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("membuat proses anak: {e}"))?;
        children.push(child);
    }
    let mut count = 0;
    let (mut rss, mut uss) = memory_kib(std::process::id())?;
    for child in &mut children {
        let mut line = String::new();
        let out = child.stdout.as_mut().expect("stdout dipipa");
        let _ = BufReader::new(out).read_line(&mut line);
        if line.trim() == "siap" {
            count += 1;
            let (r, p) = memory_kib(child.id())?;
            (rss, uss) = (rss + r, uss + p);
        }
    }
    for child in &mut children {
        drop(child.stdin.take()); // anak membaca EOF lalu selesai
        let _ = child.wait();
    }
    Ok((count, (rss, uss)))
}
// ANCHOR_END: proses

fn report(kind: &str, n: usize, before: Kib, (alive, after): (usize, Kib)) {
    let extra = (after.0 - before.0, after.1 - before.1);
    let per = |x: i64| x as f64 / n as f64;
    println!("Jenis: {kind}, N = {n}");
    println!("Hidup bersamaan: {alive}");
    println!("Sebelum: RSS {} KiB, USS {} KiB", before.0, before.1);
    println!("Sesudah: RSS {} KiB, USS {} KiB", after.0, after.1);
    println!("Tambahan: RSS {} KiB, USS {} KiB", extra.0, extra.1);
    println!(
        "Per {kind}: RSS {:.1} KiB, USS {:.1} KiB",
        per(extra.0),
        per(extra.1)
    );
}

fn measure(kind: &str, n: usize) -> Result<(), String> {
    let me = std::process::id();
    let result = match kind {
        "thread" => {
            let before = memory_kib(me)?;
            (before, threads(n)?)
        }
        "task" => {
            let rt = tokio::runtime::Runtime::new();
            let rt = rt.map_err(|e| format!("runtime tokio: {e}"))?;
            let before = memory_kib(me)?; // runtime sudah berjalan
            (before, rt.block_on(tasks(n))?)
        }
        _ => {
            let before = memory_kib(me)?;
            (before, processes(n)?)
        }
    };
    report(kind, n, result.0, result.1);
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--anak") {
        println!("siap");
        let _ = std::io::stdin().read_line(&mut String::new());
        return ExitCode::SUCCESS;
    }
    let kind = args.first().map_or("semua", String::as_str);
    let n = args.get(1).map_or(Some(100), |a| {
        a.parse().ok().filter(|n| (1..=10_000).contains(n))
    });
    let kinds = match kind {
        "semua" => vec!["thread", "task", "proses"],
        "thread" | "task" | "proses" => vec![kind],
        _ => vec![],
    };
    let (Some(n), false) = (n, kinds.is_empty()) else {
        eprintln!("galat: pemakaian: [JENIS] [N]");
        eprintln!("  JENIS: thread, task, proses, atau semua; N: 1..=10000");
        return ExitCode::from(2);
    };
    for k in kinds {
        if let Err(e) = measure(k, n) {
            eprintln!("galat: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
