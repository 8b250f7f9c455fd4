//! Pemeriksaan listing bab 09 (`listings/ch09-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
