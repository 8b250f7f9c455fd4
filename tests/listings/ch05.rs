//! Pemeriksaan listing bab 05 (`listings/ch05-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
