//! Transkrip terminal run Bab 14 (`$ cargo run ...`, keluarannya,
//! `$ echo $?`, kode keluar): ditulis dari run nyata dengan `BLESS=1`,
//! dibaca kembali dan diperiksa dengan pemeriksaan yang sama tanpa `BLESS`.

use super::proses::Pair;
use crate::harness::{self, Output, Source, blessing};

/// Satu terminal dalam transkrip: perintah, keluaran (stdout lalu stderr),
/// dan kode keluar bila proses keluar sendiri.
pub fn session(o: &Output, args: &str, note: &str) -> String {
    let bin = o.bin.split(' ').next().unwrap();
    let mut s = format!(
        "{note}$ cargo run --bin {bin} -- {args}\n{}{}",
        o.stdout, o.stderr
    );
    if let Some(code) = o.code {
        s.push_str(&format!("$ echo $?\n{code}\n"));
    }
    s
}

/// Kebalikan `session`: setiap `$ cargo run` menjadi satu `Output` (stdout
/// berisi stdout + stderr, seperti terminal), untuk diperiksa ulang.
pub fn parse_transcript(bin: &str, text: &str) -> Vec<Output> {
    let mut outs: Vec<Output> = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("$ cargo run") {
            let mut o = Output {
                bin: bin.to_string(),
                source: Source::Live,
                stdout: String::new(),
                stderr: String::new(),
                code: None,
            };
            while let Some(l) = lines
                .peek()
                .filter(|l| !l.starts_with("$ ") && !l.starts_with("# "))
            {
                o.stdout.push_str(l);
                o.stdout.push('\n');
                lines.next();
            }
            outs.push(o);
        } else if line == "$ echo $?" {
            let code = lines.next().and_then(|c| c.parse().ok());
            outs.last_mut().expect("echo setelah cargo run").code = code;
        }
    }
    outs
}

/// Keluaran live dengan stderr digabung ke stdout, seperti di transkrip.
pub fn merged(o: &Output) -> Output {
    Output {
        stdout: format!("{}{}", o.stdout, o.stderr),
        stderr: String::new(),
        ..o.clone()
    }
}

/// `BLESS=1`: tulis transkrip; selain itu: periksa transkrip yang di-commit.
pub fn bless_or_check(stem: &str, bin: &str, transcript: String, check: impl Fn(&[Output])) {
    let path = harness::root()
        .join("listings/ch14-banyak-mesin")
        .join(format!("{stem}.out"));
    if blessing() {
        std::fs::write(&path, transcript).unwrap();
        return;
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{}: belum ada; buat dengan BLESS=1", path.display()));
    let outs = parse_transcript(&format!("{bin}, transkrip {stem}.out"), &text);
    // `Output::describe` hanya mengenal contoh keluaran `NN-nama.out`; beri
    // konteks sendiri supaya jelas bahwa yang gagal adalah transkrip ini.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&outs)));
    if let Err(e) = result {
        let msg = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        panic!(
            "transkrip yang di-commit {} tidak lolos pemeriksaan yang sama dengan run nyata \
             (buat ulang dengan BLESS=1): {msg}",
            path.display()
        );
    }
}

pub fn pair_transcript(pair: &Pair, extra: &str, note: &str) -> String {
    let args = |p: u8| format!("-n 2 -p {p} -h hosts.txt{extra}");
    format!(
        "$ cat hosts.txt\n{}# terminal 1\n{}# terminal 2\n{}{note}",
        pair.hosts,
        session(&pair.p0, &args(0), ""),
        session(&pair.p1, &args(1), "")
    )
}
