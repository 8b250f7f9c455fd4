//! Pemeriksaan listing bab 07 (`listings/ch07-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
