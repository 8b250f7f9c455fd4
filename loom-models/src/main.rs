//! Model loom Bab 13: menjalankan setiap model di bawah loom dan mencetak
//! laporan (hasil, jumlah eksekusi yang dijelajah, waktu), lalu jejak
//! langkah eksekusi yang ditolak.
//!
//! ```text
//! RUSTFLAGS="--cfg loom" cargo run -p loom-models --target-dir target/loom -- [FILTER] [--tulis DIR]
//! ```
//!
//! `cargo test` menjalankannya lewat `tests/loom.rs`. Kode keluar 0 hanya
//! bila setiap listing lolos dan setiap varian rusak ditolak dengan alasan
//! yang diharapkan.

#[cfg(loom)]
mod fixtures;
#[cfg(loom)]
mod listings;
#[cfg(loom)]
mod loom_sync;
#[cfg(loom)]
mod models;
#[cfg(loom)]
mod report;

#[cfg(loom)]
fn main() {
    std::process::exit(report::main());
}

#[cfg(not(loom))]
fn main() {
    eprintln!(
        "galat: model loom harus dikompilasi dengan --cfg loom:\n  \
         RUSTFLAGS=\"--cfg loom\" cargo run -p loom-models --target-dir target/loom"
    );
    std::process::exit(2);
}
