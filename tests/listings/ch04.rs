//! Pemeriksaan listing bab 04 (`listings/ch04-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
