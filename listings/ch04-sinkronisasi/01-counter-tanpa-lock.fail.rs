use std::thread;

// Program ini sengaja TIDAK bisa dikompilasi: terjemahan langsung dari
// counter tanpa lock di tutorial Python.
fn main() {
    // ANCHOR: inti
    let mut counter = 0;

    thread::scope(|s| {
        for _ in 0..10 {
            // Sepuluh thread menambah variabel yang sama tanpa sinkronisasi.
            s.spawn(|| {
                for _ in 0..100_000 {
                    counter += 1; // tidak aman!
                }
            });
        }
    });

    println!("Tanpa lock: {counter}");
    // ANCHOR_END: inti
}
