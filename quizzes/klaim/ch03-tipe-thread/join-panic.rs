//! Soal: `join()` pada thread yang panic.
use std::thread;

fn main() {
    let handle = thread::spawn(|| -> Result<String, String> { panic!("gagal") });
    match handle.join() {
        Ok(_) => println!("Ok"),
        Err(payload) => {
            let msg = payload.downcast_ref::<&str>().copied().unwrap_or("?");
            println!("Err berisi muatan panic: {msg}");
        }
    }
    println!("main lanjut");
}
