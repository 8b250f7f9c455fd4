//! Latihan (`latihan-NN-nama.rs`): selain solusinya (yang diperiksa seperti
//! listing biasa dan harus mencetak "Benar: "), starter turunannya harus
//! berjalan dan mencetak "Belum dikerjakan", dan setiap jawaban salah
//! (`latihan-NN-nama.salah-KATA.rs`, disisipkan ke solusi oleh
//! `listing_model::latihan`) harus ditolak: oleh compiler dengan kode galat
//! yang diharapkan, atau oleh pemeriksa latihan itu sendiri dengan pesannya.
//! Program turunan dikompilasi dengan rustc langsung (crate buku lewat
//! `tests/krate`), di folder sementara.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use listing_model::latihan::{self, Expected};
use listing_model::{Kind, ListingFile};

use super::compile_fail::error_codes;
use super::{Output, root, run_command};

/// Batas waktu kompilasi satu program turunan (mesin 2 core yang sibuk).
const COMPILE_TIMEOUT: Duration = Duration::from_secs(180);
/// Batas waktu run: pemeriksa latihan punya batas waktunya sendiri (beberapa
/// detik) dan mengubah program macet menjadi putusan; ini hanya jaring kedua.
const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// Pemeriksaan tambahan untuk latihan `l`, setelah solusinya (`live`) lolos
/// pemeriksaan babnya.
pub fn check_exercise(l: &ListingFile, live: &Output) {
    let bin = l.program_id();
    if !live.lines().iter().any(|x| x.starts_with(latihan::CORRECT)) {
        live.fail(&format!(
            "solusi latihan harus mencetak baris yang diawali {:?}",
            latihan::CORRECT
        ));
    }
    let solution = std::fs::read_to_string(root().join(l.path())).unwrap();
    let starter = latihan::starter(&solution).unwrap_or_else(|e| panic!("{}: {e}", l.path()));
    let tmp = tempfile::Builder::new()
        .prefix("latihan-")
        .tempdir()
        .unwrap();

    // Starter: terkompilasi, berjalan, "Belum dikerjakan", kode keluar bukan 0.
    let exe = compile(&bin, "starter", &starter, tmp.path()).unwrap_or_else(|stderr| {
        panic!("latihan {bin}: starter turunan tidak terkompilasi:\n{stderr}\n--- starter ---\n{starter}")
    });
    let o = run(&bin, "starter", &exe);
    if !(o.stdout.contains(latihan::NOT_DONE) && o.code.is_some_and(|c| c != 0)) {
        o.fail(&format!(
            "starter harus mencetak {:?} dan keluar dengan kode bukan 0",
            latihan::NOT_DONE
        ));
    }
    no_panic_trace(&o);

    // Jawaban salah: minimal satu, setiap satu ditolak seperti yang dijanjikan.
    let scan = super::scan();
    let wrong: Vec<&ListingFile> = scan.wrong_answers(l).collect();
    assert!(
        !wrong.is_empty(),
        "latihan {bin}: belum ada jawaban salah ({}); tulis minimal satu kesalahan khas \
         sebagai {}",
        l.path(),
        l.sibling(Kind::WrongAnswer("KATA".into())).path()
    );
    for w in wrong {
        let Kind::WrongAnswer(word) = &w.kind else {
            unreachable!()
        };
        let text = std::fs::read_to_string(root().join(w.path())).unwrap();
        let program = latihan::wrong_program(&solution, &text)
            .unwrap_or_else(|e| panic!("{}: {e}", w.path()));
        let label = format!("salah-{word}");
        let compiled = compile(&bin, &label, &program.source, tmp.path());
        match (&program.expected, compiled) {
            (Expected::CompileError(codes), Err(stderr)) => assert_eq!(
                &error_codes(&stderr),
                codes,
                "latihan {bin}: {} ditolak compiler dengan kode galat lain\n{stderr}",
                w.path()
            ),
            (Expected::CompileError(codes), Ok(_)) => panic!(
                "latihan {bin}: {} seharusnya ditolak compiler ({codes:?}), tetapi lolos",
                w.path()
            ),
            (Expected::Verdict(_), Err(stderr)) => panic!(
                "latihan {bin}: {} seharusnya terkompilasi (lalu ditolak pemeriksa):\n{stderr}",
                w.path()
            ),
            (Expected::Verdict(message), Ok(exe)) => {
                let o = run(&bin, &label, &exe);
                let verdict = o
                    .lines()
                    .iter()
                    .any(|x| x.starts_with(latihan::WRONG.trim_end()));
                if !(verdict && o.stdout.contains(message.as_str()) && o.code != Some(0)) {
                    o.fail(&format!(
                        "{} harus ditolak: kode keluar bukan 0, baris {:?}, dan teks {message:?}",
                        w.path(),
                        latihan::WRONG
                    ));
                }
                no_panic_trace(&o);
            }
        }
    }
}

/// Kompilasi `source` menjadi program `dir/<label>`; `Err(stderr)` bila
/// ditolak compiler.
fn compile(bin: &str, label: &str, source: &str, dir: &Path) -> Result<std::path::PathBuf, String> {
    let src = dir.join(format!("{label}.rs"));
    let exe = dir.join(label);
    std::fs::write(&src, source).unwrap();
    let externs = crate::krate::extern_args(&crate::krate::crates_used(source))
        .unwrap_or_else(|e| panic!("latihan {bin}: {e}"));
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = run_command(
        &format!("{bin} ({label}, kompilasi)"),
        Command::new(rustc)
            .args(["--edition", "2024", "--crate-type", "bin"])
            .args(["--crate-name", &label.replace('-', "_")])
            .args(&externs)
            .arg("-o")
            .arg(&exe)
            .arg(&src)
            .env("CARGO_TERM_COLOR", "never"),
        COMPILE_TIMEOUT,
    );
    if out.code == Some(0) {
        Ok(exe)
    } else {
        Err(out.stderr)
    }
}

fn run(bin: &str, label: &str, exe: &Path) -> Output {
    run_command(
        &format!("{bin} ({label})"),
        &mut Command::new(exe),
        RUN_TIMEOUT,
    )
}

/// Pemeriksa latihan menangkap panic: pembaca tidak pernah melihat jejak panic.
fn no_panic_trace(o: &Output) {
    if o.stderr.contains("panicked at") || o.stderr.contains("RUST_BACKTRACE") {
        o.fail("program latihan mencetak jejak panic; pemeriksa harus menangkapnya");
    }
}
