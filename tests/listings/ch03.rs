//! Pemeriksaan listing bab 03 (`listings/ch03-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
