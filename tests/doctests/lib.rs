//! Target lib kecil yang hanya ada supaya `cargo test` menguji blok kode Rust
//! di README.md (doc-comment membutuhkan target lib; lihat README).

#[cfg(doctest)]
doc_comment::doctest!("../../README.md");
