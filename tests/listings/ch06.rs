//! Pemeriksaan listing bab 06 (`listings/ch06-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
