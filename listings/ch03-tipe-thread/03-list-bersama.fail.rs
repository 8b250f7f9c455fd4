use std::thread;

fn sum_of_squares(data: &[u64]) -> u64 {
    data.iter().map(|x| x * x).sum()
}

fn main() {
    let data: Vec<u64> = (1..=30_000).collect();
    // Seperti `results = [None] * 3` di Python: satu Vec untuk semua thread.
    let mut results = vec![0u64; 3];
    thread::scope(|s| {
        s.spawn(|| results[0] = sum_of_squares(&data[..10_000]));
        s.spawn(|| results[1] = sum_of_squares(&data[10_000..20_000]));
        s.spawn(|| results[2] = sum_of_squares(&data[20_000..]));
    });
    println!("Total: {}", results.iter().sum::<u64>());
}
