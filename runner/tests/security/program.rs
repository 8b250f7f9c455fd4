//! Apa yang boleh dilihat atau diubah program: lingkungan, proyek cargo,
//! berkas di luar folder sementaranya, jaringan.

use super::{exclusive, runner, shared};
use crate::common::{SECRET, value};
use runner::api::Status;
use std::io::Write;
use std::path::Path;

#[test]
fn compile_and_run_get_a_minimal_environment() {
    let _g = shared();
    let r = runner();
    let code = format!(
        "fn main() {{\n    println!(\"waktu kompilasi: {{:?}}\", option_env!(\"{0}\"));\n    \
         println!(\"waktu jalan: {{:?}}\", std::env::var(\"{0}\").ok());\n}}\n",
        SECRET.0
    );
    let run = r.evaluate(&code);
    assert_eq!(run.status, Status::Ok, "{run:?}");
    for when in ["waktu kompilasi", "waktu jalan"] {
        assert_eq!(value(&run.result, when), Some("None"), "{}", run.result);
    }
    assert!(!run.result.contains(SECRET.1));
}

#[test]
fn a_planted_build_script_is_never_compiled() {
    // Tidak ada kompilasi lain yang sedang membuat ulang proyek saat menanam.
    let _g = exclusive();
    let r = runner();
    // Seolah program sebelumnya berhasil menanam build.rs di proyek cargo
    // runner (tanpa Landlock, program boleh menulis di mana saja).
    let project = r.work.join("playground");
    let marker = r
        .work
        .join(format!("build-rs-dijalankan-{}", std::process::id()));
    let _ = std::fs::remove_file(&marker);
    let first = r.evaluate("fn main() {\n    println!(\"pertama\");\n}\n");
    assert_eq!(first.status, Status::Ok, "{first:?}");
    std::fs::write(
        project.join("build.rs"),
        format!(
            "fn main() {{ std::fs::write({:?}, \"ya\").unwrap(); }}\n",
            marker.display().to_string()
        ),
    )
    .unwrap();
    let mut manifest = std::fs::OpenOptions::new()
        .append(true)
        .open(project.join("Cargo.toml"))
        .unwrap();
    writeln!(manifest, "\n# ditanam").unwrap();
    let second = r.evaluate("fn main() {\n    println!(\"kedua\");\n}\n");
    assert_eq!(second.status, Status::Ok, "{second:?}");
    assert!(second.result.contains("kedua"));
    assert!(
        !marker.exists(),
        "build.rs yang ditanam dijalankan oleh kompilasi berikutnya"
    );
    assert!(
        !project.join("build.rs").exists(),
        "proyek tidak dibuat ulang"
    );
}

#[test]
fn program_may_only_write_in_its_temp_dir() {
    let _g = shared();
    let r = runner();
    if r.info.isolation.landlock_abi.is_none() {
        // Hanya boleh dilewati bila kernelnya memang tanpa Landlock.
        assert!(
            !kernel_has_landlock(),
            "kernel punya Landlock, runner tidak memakainya"
        );
        eprintln!("dilewati: kernel ini tanpa Landlock (lihat README)");
        return;
    }
    let project = r.work.join("playground");
    let code = format!(
        r#"use std::net::TcpStream;
fn main() {{
    let here = std::fs::write("boleh.txt", "x").is_ok();
    let project = std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/build.rs"), "x").is_ok();
    let work = std::fs::write({work:?}, "x").is_ok();
    let tcp = TcpStream::connect(("127.0.0.1", {port})).is_ok();
    println!("folder sementara: {{here}}");
    println!("proyek cargo: {{project}}");
    println!("folder kerja: {{work}}");
    println!("tcp ke runner: {{tcp}}");
}}
"#,
        work = r.work.join("ditulis-program").display().to_string(),
        port = r.port
    );
    let run = r.evaluate(&code);
    let tcp = if r.info.isolation.tcp_blocked {
        "false"
    } else {
        "true"
    };
    #[rustfmt::skip]
    let expected = [("folder sementara", "true"), ("proyek cargo", "false"),
                    ("folder kerja", "false"), ("tcp ke runner", tcp)];
    for (what, allowed) in expected {
        assert_eq!(
            value(&run.result, what),
            Some(allowed),
            "{what}: {}",
            run.result
        );
    }
    assert!(!project.join("build.rs").exists());
}

#[test]
fn temp_dirs_are_random_and_private() {
    let _g = shared();
    let r = runner();
    let code = "use std::os::unix::fs::PermissionsExt;\nfn main() {\n    let d = std::env::current_dir().unwrap();\n    \
                println!(\"folder: {}\", d.display());\n    \
                println!(\"mode: {:o}\", std::fs::metadata(&d).unwrap().permissions().mode() & 0o777);\n}\n";
    let dirs: Vec<String> = (0..2)
        .map(|_| {
            let run = r.evaluate(code);
            assert_eq!(value(&run.result, "mode"), Some("700"), "{}", run.result);
            value(&run.result, "folder").unwrap().to_string()
        })
        .collect();
    assert_ne!(dirs[0], dirs[1]);
    for d in &dirs {
        let name = Path::new(d)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // Bukan lagi konkurensi-runner-<pid>-<n> yang bisa ditebak.
        assert!(!name.contains(&r.pid().to_string()), "{name}");
        let suffix = name
            .strip_prefix("konkurensi-runner-")
            .expect("awalan tetap");
        assert!(
            suffix.len() >= 6 && !suffix.chars().all(|c| c.is_ascii_digit() || c == '-'),
            "{name}"
        );
    }
}

/// Apakah kernel ini bisa membuat ruleset Landlock (tanpa membatasi apa pun).
fn kernel_has_landlock() -> bool {
    use landlock::{ABI, Access, AccessFs, CompatLevel, Compatible, Ruleset, RulesetAttr};
    Ruleset::default()
        .set_compatibility(CompatLevel::HardRequirement)
        .handle_access(AccessFs::from_all(ABI::V1))
        .and_then(|r| r.create())
        .is_ok()
}

#[test]
fn program_has_no_privileges() {
    let _g = shared();
    // Runner uji ini mungkin berjalan sebagai root; programnya tidak boleh.
    let code = "fn main() {\n    let status = std::fs::read_to_string(\"/proc/self/status\").unwrap();\n    \
                for l in status.lines().filter(|l| l.starts_with(\"Cap\") || l.starts_with(\"NoNewPrivs\")) {\n        \
                println!(\"{}\", l.replacen(\":\t\", \": \", 1));\n    }\n    \
                let oom = std::fs::read_to_string(\"/proc/self/oom_score_adj\").unwrap();\n    \
                println!(\"oom: {}\", oom.trim());\n}\n";
    let run = runner().evaluate(code);
    assert_eq!(run.status, Status::Ok, "{run:?}");
    for set in ["CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"] {
        assert_eq!(
            value(&run.result, set),
            Some("0000000000000000"),
            "{set}: {}",
            run.result
        );
    }
    assert_eq!(
        value(&run.result, "NoNewPrivs"),
        Some("1"),
        "{}",
        run.result
    );
    assert_eq!(value(&run.result, "oom"), Some("1000"), "{}", run.result);
}
