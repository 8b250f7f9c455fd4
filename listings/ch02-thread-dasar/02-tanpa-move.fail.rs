use std::thread;

fn main() {
    let filename = String::from("file_a.zip");
    // Closure ini hanya MEMINJAM `filename` dari main.
    let handle = thread::spawn(|| {
        println!("Mulai unduh {filename}...");
    });
    handle.join().unwrap();
}
