//! Daftar model, cara menjalankannya di bawah loom, dan laporannya.

use crate::{fixtures, listings, loom_sync};
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Batas *preemption* bawaan (thread disela paksa paling banyak sekian kali
/// per eksekusi) bila `LOOM_MAX_PREEMPTIONS` tidak diisi. Dokumentasi loom:
/// 2 atau 3 sudah menangkap kebanyakan bug.
const DEFAULT_PREEMPTIONS: usize = 3;

/// Hasil yang diharapkan dari sebuah model.
#[derive(Clone, Copy)]
enum Expect {
    /// Setiap eksekusi yang dijelajah lolos.
    Pass,
    /// Loom harus menemukan eksekusi yang gagal, dengan pesan yang memuat
    /// potongan teks ini.
    Reject(&'static str),
}

struct Model {
    name: &'static str,
    /// Berkas yang diperiksa (listing atau fixture).
    file: &'static str,
    expect: Expect,
    run: fn(),
}

const FIXTURES: &str = "loom-models/src/fixtures";

fn models() -> Vec<Model> {
    use Expect::{Pass, Reject};
    let fixture = |name: &str| format!("{FIXTURES}/{name}.rs").leak() as &'static str;
    vec![
        Model {
            name: "event",
            file: listings::event::FILE,
            expect: Pass,
            run: listings::event::model,
        },
        Model {
            name: "event-bocor",
            file: listings::event_bocor::FILE,
            expect: Reject("deadlock"),
            run: listings::event_bocor::model,
        },
        Model {
            name: "event-notify-one",
            file: fixture("event_notify_one"),
            expect: Reject("deadlock"),
            run: fixtures::event_notify_one::model,
        },
        Model {
            name: "condition",
            file: listings::condition::FILE,
            expect: Pass,
            run: listings::condition::model,
        },
        Model {
            name: "condition-notify-dulu",
            file: fixture("condition_notify_first"),
            expect: Reject("deadlock"),
            run: fixtures::condition_notify_first::model,
        },
        Model {
            name: "semaphore",
            file: listings::semaphore::FILE,
            expect: Pass,
            run: listings::semaphore::model,
        },
        Model {
            name: "semaphore-if",
            file: fixture("semaphore_if"),
            expect: Reject("overflow"),
            run: fixtures::semaphore_if::model,
        },
        Model {
            name: "rlock",
            file: listings::rlock::FILE,
            expect: Pass,
            run: listings::rlock::model,
        },
        Model {
            name: "rlock-per-tingkat",
            file: fixture("rlock_per_level"),
            expect: Reject("bercampur"),
            run: fixtures::rlock_per_level::model,
        },
        Model {
            name: "pesan",
            file: listings::pesan_release_acquire::FILE,
            expect: Pass,
            run: listings::pesan_release_acquire::model,
        },
        Model {
            name: "pesan-relaxed",
            file: listings::pesan_relaxed::FILE,
            expect: Reject("basi"),
            run: listings::pesan_relaxed::model,
        },
    ]
}

/// Hasil satu model di bawah loom.
struct Outcome {
    executions: usize,
    elapsed: Duration,
    /// Pesan panic dan langkah-langkah eksekusi yang gagal.
    failure: Option<(String, Vec<String>)>,
}

fn explore(preemptions: usize, run: fn()) -> Outcome {
    let executions = Arc::new(AtomicUsize::new(0));
    let counter = executions.clone();
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(preemptions);
    let start = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| {
        builder.check(move || {
            counter.fetch_add(1, Ordering::Relaxed);
            loom_sync::reset_steps();
            run();
        })
    }));
    let elapsed = start.elapsed();
    let failure = result.err().map(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(panic tanpa pesan)".to_string());
        (message, loom_sync::take_steps())
    });
    Outcome {
        executions: executions.load(Ordering::Relaxed),
        elapsed,
        failure,
    }
}

/// Baris laporan untuk satu model; `tests/loom.rs` membaca kolom-kolomnya.
fn row(m: &Model, o: &Outcome) -> String {
    let verdict = if o.failure.is_some() {
        "ditolak"
    } else {
        "lolos"
    };
    format!(
        "{:<22} {:<56} {:<8} {:>6} eksekusi {:>6} ms",
        m.name,
        m.file,
        verdict,
        o.executions,
        o.elapsed.as_millis()
    )
}

fn preemptions() -> Result<usize, String> {
    match std::env::var("LOOM_MAX_PREEMPTIONS") {
        Err(_) => Ok(DEFAULT_PREEMPTIONS),
        Ok(v) => v
            .parse()
            .map_err(|_| format!("LOOM_MAX_PREEMPTIONS harus bilangan bulat, bukan {v:?}")),
    }
}

pub fn main() -> i32 {
    let mut filter = None;
    let mut out_dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--tulis" => match args.next() {
                Some(dir) => out_dir = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("galat: --tulis butuh nama folder");
                    return 2;
                }
            },
            _ if arg.starts_with('-') => {
                eprintln!("galat: opsi tidak dikenal {arg:?} (yang ada: [FILTER] [--tulis DIR])");
                return 2;
            }
            _ => filter = Some(arg),
        }
    }
    let bound = match preemptions() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("galat: {e}");
            return 2;
        }
    };
    // Panic di dalam model adalah temuan loom, dilaporkan di bawah; pesan
    // panic bawaan (ke stderr) hanya akan menggandakannya.
    std::panic::set_hook(Box::new(|_| {}));

    let mut summary = format!("Model loom 0.7.3, batas preemption {bound}\n\n");
    let mut traces = Vec::new();
    let mut problems = Vec::new();
    let total = Instant::now();
    for m in models() {
        if filter.as_deref().is_some_and(|f| !m.name.contains(f)) {
            continue;
        }
        let o = explore(bound, m.run);
        let line = row(&m, &o);
        eprintln!("{line}");
        summary.push_str(&line);
        summary.push('\n');
        match (m.expect, &o.failure) {
            (Expect::Pass, None) => {}
            (Expect::Reject(why), Some((msg, _))) if msg.contains(why) => {}
            (Expect::Pass, Some((msg, _))) => {
                problems.push(format!("{}: seharusnya lolos, ditolak loom: {msg}", m.name))
            }
            (Expect::Reject(why), None) => problems.push(format!(
                "{}: seharusnya ditolak ({why}), tetapi lolos di {} eksekusi",
                m.name, o.executions
            )),
            (Expect::Reject(why), Some((msg, _))) => problems.push(format!(
                "{}: ditolak, tetapi bukan karena {why:?}: {msg}",
                m.name
            )),
        }
        if let Some((msg, steps)) = &o.failure {
            let mut t = format!(
                "Model {} ({}) ditolak loom pada eksekusi ke-{}:\n{msg}\n\nLangkah eksekusi itu:\n",
                m.name, m.file, o.executions
            );
            for s in steps {
                let _ = writeln!(t, "  {s}");
            }
            traces.push((m.name, t));
        }
    }
    // Laporan utuh di akhir: listing Bab 4 yang mencetak sesuatu (mis.
    // "Diproduksi: 0") ikut mencetak di setiap eksekusi model.
    println!("\n{summary}Total: {} ms", total.elapsed().as_millis());
    for (_, t) in &traces {
        println!("\n{t}");
    }
    if let Some(dir) = out_dir
        && let Err(e) = write_results(&dir, &summary, &traces)
    {
        eprintln!("galat: tidak bisa menulis ke {}: {e}", dir.display());
        return 2;
    }
    if problems.is_empty() {
        0
    } else {
        for p in &problems {
            eprintln!("GAGAL {p}");
        }
        1
    }
}

fn write_results(
    dir: &std::path::Path,
    summary: &str,
    traces: &[(&str, String)],
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("ringkasan.txt"), summary)?;
    for (name, t) in traces {
        std::fs::write(dir.join(format!("jejak-{name}.txt")), t)?;
    }
    Ok(())
}
