//! Pemeriksaan listing bab 08 (`listings/ch08-*`).

#[allow(unused_imports)]
use crate::harness::Output;

crate::listings! {}

crate::must_not_compile! {}
