//! Mesin uji listing: menjalankan setiap listing, memeriksa keluarannya, dan
//! menerapkan pemeriksaan yang *sama* pada contoh keluaran yang di-commit
//! (`NN-nama.out`) yang ditampilkan buku.
//!
//! - `BLESS=1 cargo test ...` menulis ulang `.out` (dan `.fail.err`) dari run
//!   nyata, tetapi hanya setelah run itu lolos pemeriksaan.
//! - Setiap run punya batas waktu; deadlock gagal cepat dengan nama listing dan
//!   keluaran sejauh itu.
//! - Berkas listing sebuah test dicari lewat `listing-model` (aturan nama ada
//!   di sana saja), bukan diturunkan dari nama test di sini.
//!
//! Pembantu pemeriksaan keluaran ada di `output.rs`, listing yang harus gagal
//! dikompilasi di `compile_fail.rs`, starter dan jawaban salah latihan di
//! `latihan.rs`.

mod compile_fail;
mod latihan;
mod output;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{OnceLock, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use listing_model::{Kind, ListingFile, Scan};

pub use compile_fail::check_must_not_compile;
pub use output::{Output, Source};

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

/// Semua berkas di `listings/`, dipindai sekali per proses test.
pub fn scan() -> &'static Scan {
    static SCAN: OnceLock<Scan> = OnceLock::new();
    SCAN.get_or_init(|| listing_model::scan(&root().join("listings")))
}

/// Berkas jenis `kind` milik program yang test-nya `test_ident`
/// (`ch04_02_mutex_counter`); gagal dengan pesan jelas bila tidak ada.
pub fn listing(test_ident: &str, kind: Kind) -> &'static ListingFile {
    let suffix = kind.suffix();
    scan().find(test_ident, kind).unwrap_or_else(|| {
        panic!("{test_ident}: tidak ada berkas listing {suffix} untuk test ini di listings/")
    })
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
    let listing = listing(test_ident, Kind::Program);
    let bin = listing.program_id();
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
    if listing.exercise {
        latihan::check_exercise(listing, &live);
    }
    let sample = root().join(listing.sibling(Kind::Output).path());
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
        source: Source::Sample(sample),
        stdout: text,
        stderr: String::new(),
        code: Some(0),
    };
    check(&committed);
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
