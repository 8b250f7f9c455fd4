//! Pemeriksaan listing Pendahuluan (`listings/ch00-pendahuluan`).

use crate::harness::Output;

crate::listings! {
    ch00_01_halo_thread => |o: &Output| {
        assert!(o.int_after("bersamaan (perkiraan):") >= 1, "{}", o.describe("jumlah CPU harus >= 1"));
        assert_eq!(o.int_after("= "), 5050, "{}", o.describe("jumlah 1..=100"));
    };
}

crate::must_not_compile! {}
