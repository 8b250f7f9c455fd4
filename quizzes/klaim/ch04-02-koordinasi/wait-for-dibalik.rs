//! Soal: `wait_for(lambda: len(buf) > 0)` dari Python ke `wait_while` Rust.
//! Antrean sudah berisi satu item, dan tidak ada thread lain. Predikat yang
//! benar (`is_empty`) kembali seketika; predikat yang disalin apa adanya
//! (`len() > 0`, `!is_empty()`) menunggu justru karena antreannya berisi, di
//! sini sampai batas waktu 50 ms habis.
use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

fn waits(pred: fn(&mut VecDeque<u32>) -> bool) -> bool {
    let buf = Mutex::new(VecDeque::from([7]));
    let cond = Condvar::new();
    let guard = buf.lock().unwrap();
    let (_guard, result) = cond
        .wait_timeout_while(guard, Duration::from_millis(50), pred)
        .unwrap();
    result.timed_out()
}

fn main() {
    println!("is_empty() menunggu: {}", waits(|b| b.is_empty()));
    println!("len() > 0 menunggu: {}", waits(|b| b.len() > 0));
    println!("!is_empty() menunggu: {}", waits(|b| !b.is_empty()));
}
