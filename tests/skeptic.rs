//! Potongan kode Rust yang ditulis langsung di bab (lihat build.rs):
//! dikompilasi dan dijalankan oleh skeptic.
include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
