//! Pembendungan: tidak ada proses atau folder yang tertinggal, apa pun yang
//! dilakukan program, juga ketika runner atau penjaganya mati.

use super::{LIMITS, both, pids, tag};
use crate::common::{self, TestRunner, alive, eventually, processes_with_args, value};
use runner::api::Status;
use std::time::{Duration, Instant};

#[test]
fn infinite_loop_is_stopped_and_leaves_no_process_behind() {
    for r in both() {
        let (child_tag, escaped_tag) = (tag(25), tag(75));
        let code = format!(
            r#"use std::process::Command;
fn main() {{
    // Anak biasa (di process group yang sama) dan anak yang kabur ke sesi baru.
    let child = Command::new("sleep").arg("{child_tag}").spawn().unwrap();
    let escaped = Command::new("setsid").args(["sleep", "{escaped_tag}"]).spawn().unwrap();
    println!("pid: {{}}", std::process::id());
    println!("pid: {{}}", child.id());
    println!("pid: {{}}", escaped.id());
    println!("folder: {{}}", std::env::current_dir().unwrap().display());
    let mut n = 0u64;
    loop {{
        n = std::hint::black_box(n.wrapping_add(1));
    }}
}}
"#
        );
        let run = r.evaluate(&code);
        assert_eq!(run.status, Status::RunTimeout, "{}: {run:?}", r.name);
        let run_ms = run.run_ms.unwrap() as f64;
        assert!(
            (5000.0..7000.0).contains(&run_ms),
            "{}: dihentikan setelah {run_ms} ms",
            r.name
        );
        assert!(run.result.contains("Dihentikan"), "{}", run.result);
        let found = pids(&run.result, "pid");
        assert_eq!(found.len(), 3, "{}", run.result);
        for pid in found {
            assert!(
                !alive(pid),
                "{}: proses {pid} masih ada setelah batas waktu",
                r.name
            );
        }
        for t in [&child_tag, &escaped_tag] {
            assert!(
                processes_with_args(&["sleep", t]).is_empty(),
                "{}: sleep {t} tertinggal",
                r.name
            );
        }
        let dir = value(&run.result, "folder").unwrap();
        assert!(
            std::path::Path::new(dir).starts_with(&r.tmp),
            "folder sementara runner, bukan {dir}"
        );
        assert!(
            !std::path::Path::new(dir).exists(),
            "folder sementara {dir} tidak dihapus"
        );
    }
}

/// Program yang membangun rantai `links` proses, masing-masing di sesi
/// barunya sendiri (`setsid`), lalu keluar tanpa menunggu.
fn chain_program(links: u32, base_tag: &str) -> String {
    format!(
        r#"use std::process::Command;
fn main() {{
    let script = "n=$1; echo $$ >> pids.txt; \
        if [ \"$n\" -gt 0 ]; then setsid sh ./rantai.sh $((n - 1)) & fi; exec sleep {base_tag}$n";
    std::fs::write("rantai.sh", script).unwrap();
    Command::new("setsid").args(["sh", "./rantai.sh", "{links}"]).spawn().unwrap();
    let start = std::time::Instant::now();
    let mut pids = String::new();
    while start.elapsed().as_secs() < 4 {{
        pids = std::fs::read_to_string("pids.txt").unwrap_or_default();
        if pids.lines().count() > {links} {{
            break;
        }}
        std::thread::sleep(std::time::Duration::from_millis(20));
    }}
    for p in pids.lines() {{
        println!("rantai: {{p}}");
    }}
}}
"#
    )
}

#[test]
fn a_deep_chain_of_sessions_is_cleaned_up() {
    for r in both() {
        // Awalan 8 (bukan 9 seperti [`tag`]): uji lain berjalan bersamaan.
        let base = format!("8{}.", std::process::id());
        let run = r.evaluate(&chain_program(60, &base));
        assert_eq!(run.status, Status::Ok, "{}: {run:?}", r.name);
        let chain = pids(&run.result, "rantai");
        assert_eq!(
            chain.len(),
            61,
            "{}: rantai tidak lengkap:\n{}",
            r.name,
            run.result
        );
        let left: Vec<u32> = chain.into_iter().filter(|p| alive(*p)).collect();
        assert!(
            left.is_empty(),
            "{} ({}): {} proses rantai tertinggal: {left:?}",
            r.name,
            r.info.isolation.processes,
            left.len()
        );
        for n in 0..=60 {
            let t = format!("{base}{n}");
            assert!(
                processes_with_args(&["sleep", &t]).is_empty(),
                "{}: sleep {t} tertinggal",
                r.name
            );
        }
    }
}

/// Program yang menunggu lama setelah meninggalkan anak di sesi lain dan
/// mencatat pid-nya di `pids.txt` (di folder sementaranya).
const LINGERING: &str = r#"use std::process::Command;
fn main() {
    let escaped = Command::new("setsid").args(["sleep", "600"]).spawn().unwrap();
    let child = Command::new("sleep").arg("600").spawn().unwrap();
    let pids = format!("{}\n{}\n{}\n", std::process::id(), escaped.id(), child.id());
    std::fs::write("pids.tmp", &pids).unwrap();
    std::fs::rename("pids.tmp", "pids.txt").unwrap();
    std::thread::sleep(std::time::Duration::from_secs(600));
}
"#;

/// Menunggu sampai program [`LINGERING`] berjalan di salah satu folder
/// sementara runner; mengembalikan (folder, pid).
fn wait_for_lingering(r: &TestRunner) -> (std::path::PathBuf, Vec<u32>) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        for e in std::fs::read_dir(&r.tmp).unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(e.path().join("pids.txt")) {
                return (e.path(), text.lines().map(|l| l.parse().unwrap()).collect());
            }
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{}: program tidak mulai berjalan", r.name);
}

#[test]
fn nothing_survives_the_runner_being_killed_mid_run() {
    for (name, extra) in [
        ("mati", &[][..]),
        (
            "mati-rlimit",
            &["--isolation", "rlimit", "--no-landlock"][..],
        ),
    ] {
        let args: Vec<&str> = LIMITS
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect();
        let r = common::start(name, &args);
        let r = &r;
        std::thread::scope(|s| {
            // Permintaan ini tidak akan pernah dijawab: runner dibunuh.
            s.spawn(move || std::panic::catch_unwind(|| r.post(LINGERING, "2024")));
            let (dir, pids) = wait_for_lingering(r);
            r.child.lock().unwrap().kill().unwrap();
            let _ = r.child.lock().unwrap().wait();
            let clean = eventually(Duration::from_secs(10), || {
                !dir.exists() && pids.iter().all(|p| !alive(*p))
            });
            let left: Vec<&u32> = pids.iter().filter(|p| alive(**p)).collect();
            assert!(
                clean,
                "{name} ({}): tertinggal setelah runner mati: proses {left:?}, folder {}",
                r.info.isolation.processes,
                dir.exists()
            );
        });
    }
}

#[test]
fn a_program_that_kills_its_guard_is_still_cleaned_up() {
    // Pid dicetak SEBELUM penjaga dibunuh: tanpa Landlock, program ikut mati
    // (PR_SET_PDEATHSIG) begitu penjaganya mati.
    let code = LINGERING.replace(
        "    std::thread::sleep(std::time::Duration::from_secs(600));",
        "    for p in pids.lines() {\n        println!(\"pid: {p}\");\n    }\n    \
         let guard = std::os::unix::process::parent_id().to_string();\n    \
         let killed = Command::new(\"kill\").args([\"-9\", &guard]).status().unwrap().success();\n    \
         println!(\"penjaga dibunuh: {killed}\");\n    std::thread::sleep(std::time::Duration::from_secs(600));",
    );
    for r in both() {
        let run = r.evaluate(&code);
        let dir = r.tmp.clone();
        let landlock = r.info.isolation.landlock_abi.is_some();
        let killed = value(&run.result, "penjaga dibunuh");
        if landlock {
            // Landlock (scope sinyal) melarang sinyal ke luar program.
            assert_eq!(killed, Some("false"), "{}: {}", r.name, run.result);
            assert_eq!(run.status, Status::RunTimeout, "{}: {run:?}", r.name);
        } else {
            assert!(
                run.result
                    .contains("penjaga program berhenti tanpa laporan"),
                "{}: {}",
                r.name,
                run.result
            );
        }
        let leftovers: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(
            leftovers.is_empty(),
            "{}: folder tertinggal: {leftovers:?}",
            r.name
        );
        let found = pids(&run.result, "pid");
        assert_eq!(found.len(), 3, "{}", run.result);
        let left: Vec<u32> = found.into_iter().filter(|p| alive(*p)).collect();
        assert!(left.is_empty(), "{}: proses tertinggal {left:?}", r.name);
    }
}
