//! Soal: sebuah thread memanggil `abort()` sementara `main` menunggu di `join()`.
use std::io::Write;
use std::thread;
use std::time::Duration;

fn main() {
    let handle = thread::spawn(|| {
        thread::sleep(Duration::from_millis(20));
        std::process::abort();
    });
    println!("main menunggu join");
    std::io::stdout().flush().unwrap();
    let result = handle.join();
    println!("main lanjut: {}", result.is_ok());
}
