//! Pemeriksaan listing bab 10 (`listings/ch10-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
