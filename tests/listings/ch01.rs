//! Pemeriksaan listing bab 01 (`listings/ch01-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
