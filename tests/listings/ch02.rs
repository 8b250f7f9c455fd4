//! Pemeriksaan listing bab 02 (`listings/ch02-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
