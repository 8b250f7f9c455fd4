// Nama berkas `NN-nama.fail.rs` bukan nama crate yang sah bagi rustc.
#![crate_name = "ch02_02_tanpa_move"]

use std::thread;

// ANCHOR: inti
fn main() {
    let filename = String::from("file_a.zip");
    // Closure ini hanya MEMINJAM `filename` dari main.
    let handle = thread::spawn(|| {
        println!("Mulai unduh {filename}...");
    });
    handle.join().unwrap();
}
// ANCHOR_END: inti
