//! Model listing buku *Konkurensi & Paralelisme dengan Rust*: satu-satunya
//! tempat aturan nama ditulis. Preprocessor `mdbook-listing`, `build.rs`,
//! `tests/` dan `xtask/` bertanya ke crate ini, bukan menulis ulang aturannya.
//!
//! - [`name`]: folder bab (`chNN-slug`, `lampiran-x-slug`), berkas listing
//!   (`NN-nama.rs`, `.fail.rs`, `.out`, `.fail.err`, latihan
//!   `latihan-NN-nama.rs` dan jawaban salahnya `latihan-NN-nama.salah-KATA.rs`,
//!   Python `NN-nama.py` dan `NN-nama.py.out`), nama bin, nama test, label
//!   ("4.2", "C.1", tanpa nomor untuk Pendahuluan).
//! - [`scan`]: semua berkas di `listings/`, beserta nama yang menyalahi aturan.
//! - [`include`]: baris yang ditampilkan dan disembunyikan sebuah include
//!   (anchor, rentang baris), menurut aturan mdBook.
//! - [`latihan`]: bagian pembaca di solusi latihan; starter, solusi yang
//!   ditampilkan, dan jawaban salah yang disisipkan diturunkan dari sana.
//! - [`markdown`]: direktif `{{#include ...}}` sebuah bab dan blok kode
//!   berpagarnya (lewat `pulldown-cmark`, dengan opsi yang sama dengan mdBook).
//!
//! Hanya bergantung pada `pulldown-cmark` (tanpa fitur bawaan), supaya
//! `build.rs` paket buku tetap cepat.

pub mod include;
pub mod latihan;
pub mod markdown;
pub mod name;
pub mod scan;

pub use name::{Chapter, ChapterId, Kind, ListingFile};
pub use scan::{Scan, scan};
