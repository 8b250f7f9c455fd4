//! Mesin uji listing: menjalankan setiap listing, memeriksa keluarannya, dan
//! menerapkan pemeriksaan yang *sama* pada contoh keluaran yang di-commit
//! (`NN-nama.out`) yang ditampilkan buku.
//!
//! - `BLESS=1 cargo test ...` menulis ulang `.out` (dan `.fail.err`) dari run
//!   nyata, tetapi hanya setelah run itu lolos pemeriksaan.
//! - Setiap run punya batas waktu; deadlock gagal cepat dengan nama listing dan
//!   keluaran sejauh itu.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Batas waktu bawaan untuk satu run listing (build debug, mesin 2 core yang
/// mungkin sedang sibuk). Listing biasa selesai jauh di bawah 2 detik.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Akar repositori.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn blessing() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Nama bin (`ch02-01-urutan`) dari nama fungsi test (`ch02_01_urutan`).
pub fn bin_name(test_ident: &str) -> String {
    test_ident.replace('_', "-")
}

/// Berkas sumber sebuah listing: `listings/chNN-*/<stem>.rs` atau `.fail.rs`.
pub fn listing_source(bin: &str, fail: bool) -> PathBuf {
    let split = if bin.starts_with("lampiran-") { 10 } else { 4 };
    let (chapter, stem) = bin.split_at(split);
    let stem = &stem[1..];
    let dir = std::fs::read_dir(root().join("listings"))
        .expect("folder listings/ tidak terbaca")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("{chapter}-")))
        })
        .unwrap_or_else(|| panic!("{bin}: tidak ada folder listings/{chapter}-*"));
    let file = if fail {
        format!("{stem}.fail.rs")
    } else {
        format!("{stem}.rs")
    };
    let path = dir.join(file);
    assert!(path.exists(), "{bin}: berkas {} tidak ada", path.display());
    path
}

/// Binary hasil build cargo untuk sebuah listing. Cargo membangun semua bin
/// sebelum test integrasi; test ada di `target/<profil>/deps/`, bin satu
/// tingkat di atasnya.
pub fn bin_path(bin: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let path = dir.join(format!("{bin}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{bin}: binary {} tidak ada; apakah bin ini sudah ada di Cargo.toml? \
         (jalankan `BLESS=1 cargo test --no-default-features --test book`)",
        path.display()
    );
    path
}

/// Asal sebuah keluaran: run nyata, atau contoh yang di-commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Live,
    Sample,
}

/// Keluaran sebuah listing beserta pembantu untuk pemeriksaan semantik.
#[derive(Clone, Debug)]
pub struct Output {
    pub bin: String,
    pub source: Source,
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

impl Output {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// Indeks baris pertama yang memuat `pat`; gagal dengan pesan jelas.
    #[track_caller]
    pub fn line_of(&self, pat: &str) -> usize {
        self.lines()
            .iter()
            .position(|l| l.contains(pat))
            .unwrap_or_else(|| self.fail(&format!("tidak ada baris yang memuat {pat:?}")))
    }

    /// Semua indeks baris yang memuat `pat`.
    pub fn lines_with(&self, pat: &str) -> Vec<usize> {
        self.lines()
            .iter()
            .enumerate()
            .filter(|(_, l)| l.contains(pat))
            .map(|(i, _)| i)
            .collect()
    }

    /// Indeks satu-satunya baris yang sama persis (setelah trim) dengan
    /// `text`; gagal bila baris itu tidak ada atau muncul lebih dari sekali.
    #[track_caller]
    pub fn exact_line(&self, text: &str) -> usize {
        let hits: Vec<usize> = self
            .lines()
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim() == text)
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            self.fail(&format!(
                "baris {text:?} seharusnya muncul tepat sekali, muncul {} kali",
                hits.len()
            ));
        }
        hits[0]
    }

    /// Jumlah baris yang memuat `pat`.
    pub fn count(&self, pat: &str) -> usize {
        self.lines_with(pat).len()
    }

    #[track_caller]
    pub fn assert_contains(&self, pat: &str) {
        if !self.stdout.contains(pat) {
            self.fail(&format!("keluaran tidak memuat {pat:?}"));
        }
    }

    /// Kontrak masukan buruk: kode keluar bukan nol, stderr diawali `prefix`
    /// (galat berbahasa Indonesia) dan memuat `needle`, tanpa jejak panic.
    #[track_caller]
    pub fn assert_clean_error(&self, prefix: &str, needle: &str) {
        if self.code.is_none_or(|c| c == 0) {
            self.fail("masukan buruk harus keluar dengan kode bukan nol");
        }
        if !(self.stderr.starts_with(prefix) && self.stderr.contains(needle)) {
            self.fail(&format!(
                "stderr harus diawali {prefix:?} dan memuat {needle:?}"
            ));
        }
        if self.stderr.contains("panicked") {
            self.fail("masukan buruk tidak boleh berakhir dengan panic");
        }
    }

    /// Bilangan pertama setelah `label` pada baris pertama yang memuat
    /// `label`. Pemisah ribuan `.`/`,`/`_` ala Indonesia dan Inggris diterima
    /// untuk bilangan bulat; gunakan [`Output::float_after`] untuk desimal.
    #[track_caller]
    pub fn int_after(&self, label: &str) -> i128 {
        let i = self.line_of(label);
        let line = self.lines()[i];
        let rest = &line[line.find(label).unwrap() + label.len()..];
        parse_int(rest).unwrap_or_else(|| {
            self.fail(&format!(
                "tidak ada bilangan bulat setelah {label:?} di baris {line:?}"
            ))
        })
    }

    /// Bilangan desimal pertama setelah `label` (titik atau koma desimal).
    #[track_caller]
    pub fn float_after(&self, label: &str) -> f64 {
        let i = self.line_of(label);
        let line = self.lines()[i];
        let rest = &line[line.find(label).unwrap() + label.len()..];
        parse_float(rest).unwrap_or_else(|| {
            self.fail(&format!(
                "tidak ada bilangan setelah {label:?} di baris {line:?}"
            ))
        })
    }

    /// Gagal dengan nama listing, asal keluaran, dan keluarannya.
    #[track_caller]
    pub fn fail(&self, msg: &str) -> ! {
        panic!("{}", self.describe(msg))
    }

    pub fn describe(&self, msg: &str) -> String {
        let what = match self.source {
            Source::Live => "run nyata".to_string(),
            Source::Sample => format!(
                "contoh keluaran yang di-commit ({})",
                sample_path(&self.bin).display()
            ),
        };
        let mut s = format!(
            "listing {} ({what}): {msg}\n--- stdout ---\n{}",
            self.bin, self.stdout
        );
        if !self.stderr.is_empty() {
            let _ = write!(s, "--- stderr ---\n{}", self.stderr);
        }
        s
    }
}

fn parse_int(s: &str) -> Option<i128> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let neg = s[..start].ends_with('-');
    let digits: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '_'))
        .filter(char::is_ascii_digit)
        .collect();
    let v: i128 = digits.parse().ok()?;
    Some(if neg { -v } else { v })
}

fn parse_float(s: &str) -> Option<f64> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let neg = s[..start].ends_with('-');
    let num: String = s[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let num = num.trim_end_matches('.');
    let v: f64 = num.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// Berkas contoh keluaran sebuah listing.
pub fn sample_path(bin: &str) -> PathBuf {
    listing_source(bin, false).with_extension("out")
}

/// Menjalankan binary dengan argumen dan batas waktu; hasilnya `Output`.
/// Gagal (dengan keluaran sejauh ini) bila batas waktu terlewati.
pub fn run_bin(bin: &str, args: &[&str], timeout: Duration) -> Output {
    let path = bin_path(bin);
    run_command(bin, Command::new(path).args(args), timeout)
}

pub fn run_command(bin: &str, cmd: &mut Command, timeout: Duration) -> Output {
    // Listing berjalan sebagai pemimpin process group sendiri, supaya saat
    // batas waktu habis proses anak dan cucunya (Bab 6 dan 9 memulai proses)
    // ikut dibunuh dan tidak menahan pipa keluaran tetap terbuka.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(cmd, 0);
    let mut child = cmd
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{bin}: gagal menjalankan: {e}"));
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    // Pembaca di thread terpisah supaya pipa penuh tidak membuat anak macet,
    // dan supaya keluaran sejauh ini tetap bisa dilaporkan saat timeout.
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        let _ = tx.send(());
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        let _ = tx2.send(());
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break Some(status);
        }
        if start.elapsed() > timeout {
            kill_process_group(&mut child);
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let _ = rx.recv_timeout(Duration::from_secs(5));
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    let output = Output {
        bin: bin.to_string(),
        source: Source::Live,
        stdout,
        stderr,
        code: status.and_then(|s| s.code()),
    };
    if status.is_none() {
        output.fail(&format!(
            "tidak selesai dalam {timeout:?} (deadlock?); keluaran sejauh ini di bawah"
        ));
    }
    output
}

/// Bunuh seluruh process group milik `child` (pemimpinnya belum di-`wait`,
/// jadi nomor group itu belum mungkin dipakai ulang proses lain).
fn kill_process_group(child: &mut std::process::Child) {
    #[cfg(unix)]
    if let Ok(pgid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: killpg hanya mengirim sinyal; tidak menyentuh memori kita.
        unsafe { libc::killpg(pgid, libc::SIGKILL) };
    }
    let _ = child.kill();
}

/// Test standar sebuah listing: jalankan, periksa, lalu periksa contoh
/// keluaran yang di-commit dengan pemeriksaan yang sama (atau tulis ulang
/// contoh itu bila `BLESS=1`).
pub fn check_listing(test_ident: &str, check: impl Fn(&Output)) {
    let bin = bin_name(test_ident);
    let live = run_bin(&bin, &[], DEFAULT_TIMEOUT);
    if live.code != Some(0) {
        live.fail(&format!("kode keluar {:?}, seharusnya 0", live.code));
    }
    if live.stdout.trim().is_empty() {
        live.fail(
            "listing tidak mencetak apa pun; sebuah listing mencetak fakta yang bisa diperiksa",
        );
    }
    check(&live);
    let sample = sample_path(&bin);
    if blessing() {
        std::fs::write(&sample, &live.stdout).expect("menulis contoh keluaran");
        return;
    }
    let text = std::fs::read_to_string(&sample).unwrap_or_else(|_| {
        panic!(
            "listing {bin}: contoh keluaran {} belum ada; buat dengan `BLESS=1 cargo test {test_ident}`",
            sample.display()
        )
    });
    let committed = Output {
        bin: bin.clone(),
        source: Source::Sample,
        stdout: text,
        stderr: String::new(),
        code: Some(0),
    };
    check(&committed);
}

/// Kode galat rustc (`E0373`, ...) yang muncul di sebuah keluaran compiler.
pub fn error_codes(stderr: &str) -> Vec<String> {
    let mut codes: Vec<String> = stderr
        .match_indices("error[E")
        .map(|(i, _)| stderr[i + 6..].chars().take(5).collect())
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Apakah `s` sebuah kode galat rustc (`E0373`), bukan pesan galat.
fn is_error_code(s: &str) -> bool {
    s.len() == 5 && s.starts_with('E') && s[1..].chars().all(|c| c.is_ascii_digit())
}

/// Pesan galat utama yang diharapkan (`error: <pesan>`) dan tidak ada di
/// `stderr`.
fn missing_messages<'a>(stderr: &str, messages: &[&'a str]) -> Vec<&'a str> {
    messages
        .iter()
        .copied()
        .filter(|m| {
            !stderr
                .lines()
                .any(|l| l.starts_with("error") && l.ends_with(&format!(": {m}")))
        })
        .collect()
}

/// Test listing yang *tidak boleh* dikompilasi: rustc harus menolaknya dengan
/// kode galat yang diharapkan (atau, untuk galat tanpa kode, pesan utamanya),
/// dan pesan compiler yang di-commit (`NN-nama.fail.err`, yang ditampilkan
/// buku) harus memuat hal yang sama. Listing yang memakai tokio, rayon, atau
/// crossbeam dikompilasi dengan `--extern` ke crate yang sama dengan buku
/// (lihat `tests/krate`).
pub fn check_must_not_compile(test_ident: &str, expected: &[&str]) {
    let bin = bin_name(test_ident);
    let src = listing_source(&bin, true);
    let rel = src.strip_prefix(root()).unwrap().to_path_buf();
    let source = std::fs::read_to_string(&src).unwrap();
    let externs = crate::krate::extern_args(&crate::krate::crates_used(&source))
        .unwrap_or_else(|e| panic!("listing {bin}: {e}"));
    let (codes, messages): (Vec<&str>, Vec<&str>) = expected.iter().partition(|s| is_error_code(s));
    let tmp = std::env::temp_dir().join(format!("gagal-kompilasi-{bin}-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = run_command(
        &bin,
        Command::new(rustc)
            .args([
                "--edition",
                "2024",
                "--crate-type",
                "bin",
                "--emit",
                "metadata",
            ])
            // Tanpa --crate-name rustc memakai nama berkas (`01-x.fail`), yang
            // bukan nama crate yang sah, dan berhenti sebelum memeriksa kode.
            .args(["--crate-name", test_ident])
            .args(&externs)
            .arg("--out-dir")
            .arg(&tmp)
            .arg(&rel)
            .env("CARGO_TERM_COLOR", "never"),
        Duration::from_secs(120),
    );
    let _ = std::fs::remove_dir_all(&tmp);
    if out.code == Some(0) {
        panic!(
            "listing {bin}: {} seharusnya TIDAK bisa dikompilasi, tetapi lolos",
            rel.display()
        );
    }
    let live_codes = error_codes(&out.stderr);
    let mut want: Vec<String> = codes.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(
        live_codes, want,
        "listing {bin}: kode galat compiler berbeda dari yang diharapkan\n{}",
        out.stderr
    );
    let missing = missing_messages(&out.stderr, &messages);
    assert!(
        missing.is_empty(),
        "listing {bin}: compiler tidak melaporkan galat {missing:?}\n{}",
        out.stderr
    );
    let err_file = src.with_extension("err");
    // `with_extension` pada `x.fail.rs` menghasilkan `x.fail.err`.
    if blessing() {
        std::fs::write(
            &err_file,
            crate::krate::normalize_compiler_output(&out.stderr),
        )
        .unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&err_file).unwrap_or_else(|_| {
        panic!(
            "listing {bin}: pesan compiler {} belum ada; buat dengan `BLESS=1 cargo test {test_ident}`",
            err_file.display()
        )
    });
    assert_eq!(
        error_codes(&committed),
        want,
        "listing {bin}: pesan compiler yang di-commit ({}) tidak memuat kode galat yang diharapkan",
        err_file.display()
    );
    let missing = missing_messages(&committed, &messages);
    assert!(
        missing.is_empty(),
        "listing {bin}: pesan compiler yang di-commit ({}) tidak memuat galat {missing:?}",
        err_file.display()
    );
}

/// Mendaftarkan listing yang bisa dijalankan beserta pemeriksaannya. Setiap
/// entri menjadi satu `#[test]` bernama sama dengan listing-nya (underscore
/// menggantikan tanda hubung), dan namanya masuk ke `LISTINGS` untuk uji
/// cakupan.
#[macro_export]
macro_rules! listings {
    ($( $(#[$meta:meta])* $name:ident => $check:expr ;)*) => {
        /// Listing bab ini yang punya pemeriksaan.
        pub const LISTINGS: &[&str] = &[$(stringify!($name)),*];
        $(
            $(#[$meta])*
            #[test]
            fn $name() {
                $crate::harness::check_listing(stringify!($name), $check);
            }
        )*
    };
}

/// Mendaftarkan listing yang tidak boleh dikompilasi beserta kode galatnya
/// (`"E0373"`), atau pesan galat utamanya untuk galat tanpa kode
/// (`"future cannot be sent between threads safely"`).
#[macro_export]
macro_rules! must_not_compile {
    ($( $name:ident => [$($code:literal),+ $(,)?] ;)*) => {
        /// Listing bab ini yang harus ditolak compiler.
        pub const MUST_NOT_COMPILE: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                $crate::harness::check_must_not_compile(stringify!($name), &[$($code),+]);
            }
        )*
    };
}
