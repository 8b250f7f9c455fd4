//! Pemeriksaan listing bab 11 (`listings/ch11-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
