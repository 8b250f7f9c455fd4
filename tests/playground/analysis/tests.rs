use super::*;

fn ok(src: &str) -> Analysis {
    analyze(src).unwrap()
}

#[test]
fn finds_crates_in_use_paths_attributes_and_macros() {
    let a = ok(r##"
use std::sync::{Arc, Mutex};
use std::thread;
use rayon::prelude::*;
use {crossbeam::channel, std::time::Duration};
extern crate parking_lot;

#[tokio::main]
async fn main() {
    // komentar dengan rand::random dan "string dengan regex::Regex"
    /* blok /* bersarang */ itertools::x */
    let s = r#"mentah serde::X"#;
    let c = 'x';
    let l: &'static str = "a";
    let v = Arc::new(Mutex::new(0u32));
    thread::spawn(|| u32::MAX);
    let _ = futures::executor::block_on(async {});
    let _: Vec<u32> = (0..3).collect::<Vec<_>>();
    tokio::join!(a(), b());
    println!("{}", either::Left::<u8, u8>(1).is_left());
    worker::run();
    #[allow(clippy::needless_range_loop)]
    let _ = Self::x;
}
mod worker { pub fn run() {} }
"##);
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(
        crates,
        [
            "crossbeam",
            "either",
            "futures",
            "parking_lot",
            "rayon",
            "std",
            "tokio"
        ],
        "{a:?}"
    );
    assert!(a.has_main);
    assert!(a.not_playground.is_empty());
    assert!(a.not_single_file.is_empty());
}

#[test]
fn local_modules_and_imports_are_not_crates() {
    let a = ok("use std::sync::mpsc::{self, Sender};\nfn main() { mpsc::channel::<u8>(); }");
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(crates, ["std"], "`self` di grup mengimpor `mpsc`");
    let a = ok(
        "use crossbeam::channel;\nmod util { pub fn f() {} }\nuse util::f;\nfn main() { channel::unbounded::<u8>(); util::f(); f(); }",
    );
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(crates, ["crossbeam"]);
    // `::nama` selalu crate, juga di dalam makro.
    let a = ok(
        "fn main() { let _ = ::anyhow::anyhow!(\"x\"); vec![hashbrown::HashMap::<u8, u8>::new()]; }",
    );
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(crates, ["anyhow", "hashbrown"]);
    // Pemanggilan metode dan path lanjutan di makro bukan akar.
    let a = ok("fn main() { println!(\"{}\", x.y::<u8>()); println!(\"{}\", std::a::b()); }");
    let crates: Vec<&str> = a.crates.iter().map(String::as_str).collect();
    assert_eq!(crates, ["std"]);
}

#[test]
fn flags_what_cannot_run_on_the_playground() {
    let cases = [
        (
            "use std::process::Command; fn main() { Command::new(\"ls\"); }",
            "proses",
        ),
        (
            "fn main() { std::process::Command::new(\"ls\"); }",
            "proses",
        ),
        (
            "fn main() { let _ = std::env::current_exe(); }",
            "current_exe",
        ),
        ("use std::net::TcpListener; fn main() {}", "socket"),
        (
            "fn main() { let l = tokio::net::TcpListener::bind(\"x\"); }",
            "socket",
        ),
        ("fn main() { sock.bind(addr); }", "socket"),
        (
            "fn main() { std::fs::write(\"a\", \"b\").unwrap(); }",
            "berkas",
        ),
        (
            "use std::fs::File; fn main() { File::open(\"a\"); }",
            "berkas",
        ),
        (
            "use std::fs; fn main() { fs::read_to_string(\"a\"); }",
            "berkas",
        ),
        (
            "fn main() { println!(\"{:?}\", std::fs::read(\"a\")); }",
            "berkas",
        ),
        (
            "fn main() { tokio::spawn(async { tokio::fs::read(\"a\").await }); }",
            "berkas",
        ),
    ];
    for (src, want) in cases {
        let a = ok(src);
        assert!(
            a.not_playground.iter().any(|r| r.contains(want)),
            "{src}: {:?}",
            a.not_playground
        );
    }
    // Kata-kata itu di komentar atau string tidak dihitung, begitu pula
    // variabel bernama `fs`.
    let a = ok(
        "fn main() { // Command::new, File::open\n let fs = 1; println!(\"TcpListener fs::write {fs}\"); }",
    );
    assert!(a.not_playground.is_empty(), "{:?}", a.not_playground);
}

#[test]
fn finds_what_breaks_a_single_file() {
    let a = ok("mod util;\nfn main() { include_str!(\"x.txt\"); }");
    assert_eq!(a.not_single_file.len(), 2, "{:?}", a.not_single_file);
    let a = ok("fn main() { println!(\"{}\", include_str!(\"x.txt\")); }");
    assert_eq!(
        a.not_single_file.len(),
        1,
        "makro bersarang: {:?}",
        a.not_single_file
    );
    assert!(!ok("fn utama() {}").has_main);
    assert!(
        !ok("mod m { fn main() {} }").has_main,
        "main harus di tingkat atas"
    );
    let e = analyze("fn main() {").unwrap_err();
    assert!(e.contains("tidak bisa diurai"), "{e}");
}
