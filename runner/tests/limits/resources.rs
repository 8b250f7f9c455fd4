//! Batas sumber daya: memori, proses, ukuran berkas, isi folder sementara.

use super::{both, tag};
use crate::common::{eventually, processes_with_args, value};
use runner::api::Status;
use std::time::{Duration, Instant};

#[test]
fn a_memory_bomb_is_stopped() {
    // Berhenti sendiri di 1 GiB, walau batasnya gagal.
    let code = "fn main() {\n    let mut blocks = Vec::new();\n    for i in 1..=16 {\n        \
                blocks.push(vec![1u8; 64 << 20]);\n        println!(\"dialokasikan: {} MiB\", i * 64);\n    }\n    \
                println!(\"tidak dihentikan\");\n}\n";
    for r in both() {
        let run = r.evaluate(code);
        eprintln!(
            "{} ({} / ruang alamat): {:?}",
            r.name, r.info.isolation.processes, run.error
        );
        assert_eq!(run.status, Status::MemoryLimit, "{}: {run:?}", r.name);
        assert!(!run.result.contains("tidak dihentikan"), "{}", run.result);
        assert!(
            run.result.contains("batas memori runner lokal"),
            "{}",
            run.result
        );
        let healthy = r.evaluate("fn main() {\n    println!(\"masih sehat\");\n}\n");
        assert!(healthy.result.contains("masih sehat"), "{healthy:?}");
    }
}

#[test]
fn a_fork_bomb_is_stopped() {
    for r in both() {
        let mechanism = &r.info.isolation.processes;
        if mechanism == "rlimit" && rustix::process::geteuid().is_root() {
            eprintln!(
                "{}: dilewati: tanpa cgroup, root tidak terkena RLIMIT_NPROC (lihat README)",
                r.name
            );
            continue;
        }
        // 1. Batasnya dulu, dengan 100 proses saja.
        let small = "use std::process::Command;\nfn main() {\n    let mut kids = Vec::new();\n    for _ in 0..100 {\n        \
                     match Command::new(\"sleep\").arg(\"30\").spawn() {\n            Ok(c) => kids.push(c),\n            \
                     Err(e) => {\n                println!(\"gagal: {e}\");\n                break;\n            }\n        }\n    }\n    \
                     println!(\"anak: {}\", kids.len());\n}\n";
        let run = r.evaluate(small);
        let kids: usize = value(&run.result, "anak").unwrap().parse().unwrap();
        // cgroup menghitung proses program saja; RLIMIT_NPROC menghitung semua
        // thread pengguna ini, yang bisa berkurang selama Run (lihat README).
        let cgroup = mechanism != "rlimit";
        let most = if cgroup { 64 } else { 99 };
        assert!(
            kids < most && run.result.contains("gagal:"),
            "{} ({mechanism}): {kids} anak, batas 64 tidak bekerja; bom fork TIDAK dijalankan",
            r.name
        );
        if cgroup {
            assert_eq!(run.status, Status::ProcessLimit, "{}: {run:?}", r.name);
        }
        // 2. Bom fork sungguhan (tetap berhingga: kedalaman 11).
        let leaf = tag(11);
        let code = format!(
            "use std::process::Command;\nfn main() {{\n    let bomb = \"b() {{ if [ $1 -gt 0 ]; then b $(($1 - 1)) & b $(($1 - 1)) & fi; \
             sleep {leaf}; }}; b 11\";\n    Command::new(\"sh\").args([\"-c\", bomb]).spawn().unwrap();\n    \
             std::thread::sleep(std::time::Duration::from_secs(2));\n    println!(\"bom dilepas\");\n}}\n"
        );
        let start = Instant::now();
        let run = r.evaluate(&code);
        eprintln!(
            "{} ({mechanism}): bom fork dijawab dalam {:?}: {:?}",
            r.name,
            start.elapsed(),
            run.error
        );
        if cgroup {
            assert_eq!(run.status, Status::ProcessLimit, "{}: {run:?}", r.name);
            assert!(
                run.result.contains("lebih dari 64 proses"),
                "{}",
                run.result
            );
        }
        assert!(
            eventually(Duration::from_secs(5), || processes_with_args(&[
                "sleep", &leaf
            ])
            .is_empty()),
            "{}: sisa bom fork masih hidup",
            r.name
        );
        let healthy = r.evaluate("fn main() {\n    println!(\"masih sehat\");\n}\n");
        assert!(healthy.result.contains("masih sehat"), "{healthy:?}");
    }
}

#[test]
fn a_disk_filler_is_stopped() {
    // Satu berkas besar (batas 16 MiB per berkas), lalu banyak berkas
    // 8 MiB (batas 64 MiB seluruhnya); keduanya berhenti sendiri di 512 MiB.
    let one_file = "use std::io::Write;\nfn main() {\n    let mut f = std::fs::File::create(\"besar.bin\").unwrap();\n    \
                    let mb = vec![7u8; 1 << 20];\n    for i in 1..=512 {\n        f.write_all(&mb).unwrap();\n        \
                    if i % 8 == 0 { println!(\"ditulis: {i} MiB\"); }\n    }\n    println!(\"tidak dihentikan\");\n}\n";
    let many_files = "fn main() {\n    let chunk = vec![7u8; 8 << 20];\n    for i in 1..=64 {\n        \
                      std::fs::write(format!(\"isi-{i}.bin\"), &chunk).unwrap();\n        println!(\"ditulis: {} MiB\", i * 8);\n        \
                      std::thread::sleep(std::time::Duration::from_millis(20));\n    }\n    println!(\"tidak dihentikan\");\n}\n";
    for r in both() {
        let run = r.evaluate(one_file);
        assert_eq!(run.status, Status::FileSizeLimit, "{}: {run:?}", r.name);
        assert!(run.result.contains("lebih dari 16 MiB"), "{}", run.result);
        let run = r.evaluate(many_files);
        assert_eq!(run.status, Status::DiskLimit, "{}: {run:?}", r.name);
        assert!(!run.result.contains("tidak dihentikan"), "{}", run.result);
        assert!(run.result.contains("lebih dari 64 MiB"), "{}", run.result);
        let leftovers: Vec<_> = std::fs::read_dir(&r.tmp)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(
            leftovers.is_empty(),
            "{}: folder sementara tertinggal: {leftovers:?}",
            r.name
        );
    }
}
