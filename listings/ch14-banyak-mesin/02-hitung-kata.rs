use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::rc::Rc;
use timely::dataflow::operators::vec::{Map, ToStream};
use timely::dataflow::operators::{Exchange, Inspect, Probe};

const TEXT: &str = "\
data dipecah menjadi potongan dan setiap potongan dikirim ke worker
worker menghitung potongan miliknya lalu mengirim hasil ke worker lain
setiap kata punya pemilik dan hanya pemilik itu yang menghitung kata itu
kata yang sama selalu dikirim ke pemilik yang sama dari proses mana pun
hasil akhir harus sama dengan hitungan satu thread tanpa dataflow";

// ANCHOR: kunci
/// Hash kata yang sama di setiap proses: `DefaultHasher::new()` selalu mulai
/// dari kunci yang sama. (`RandomState`, bawaan `HashMap`, diacak per proses:
/// proses lain akan mengirim kata yang sama ke worker yang berbeda.)
fn key_hash(word: &str) -> u64 {
    let mut h = DefaultHasher::new();
    word.hash(&mut h);
    h.finish()
}
// ANCHOR_END: kunci

fn main() {
    // ANCHOR: inti
    let started = timely::execute_from_args(std::env::args(), |worker| {
        let (index, peers) = (worker.index(), worker.peers());
        let counts = Rc::new(RefCell::new(HashMap::new()));
        let state = counts.clone();
        let probe = worker.dataflow::<u32, _, _>(|scope| {
            let lines: Vec<&str> = if index == 0 {
                TEXT.lines().collect()
            } else {
                vec![]
            };
            let (probe, _) = lines
                .to_stream(scope)
                .flat_map(|line| {
                    line.split_whitespace()
                        .map(String::from)
                        .collect::<Vec<_>>()
                })
                // Kata dikirim ke pemiliknya: worker key_hash(kata) % peers.
                .exchange(|word: &String| key_hash(word))
                .inspect(move |word| {
                    let mut counts = state.borrow_mut();
                    *counts.entry(word.clone()).or_insert(0) += 1;
                })
                .probe();
            probe
        });
        while !probe.done() {
            worker.step_or_park(None);
        }
        (index, peers, counts.take())
    });
    // ANCHOR_END: inti
    let guards = started.unwrap_or_else(|e| {
        eprintln!("galat: timely tidak bisa dimulai: {e}");
        std::process::exit(2);
    });
    // ANCHOR: periksa
    // Pembanding: hitungan biasa di satu thread, tanpa timely.
    let mut expected: HashMap<String, u64> = HashMap::new();
    for word in TEXT.split_whitespace() {
        *expected.entry(word.to_string()).or_insert(0) += 1;
    }
    let words: u64 = expected.values().sum();
    println!(
        "Hitungan satu thread: {words} kata, {} kata berbeda",
        expected.len()
    );
    for result in guards.join() {
        let Ok((index, peers, counts)) = result else {
            eprintln!("galat: sebuah worker gagal");
            std::process::exit(1);
        };
        // Bagian yang seharusnya dimiliki worker ini, menurut hitungan biasa.
        let mut owned = expected.clone();
        owned.retain(|w, _| key_hash(w) % peers as u64 == index as u64);
        let same = if counts == owned { "ya" } else { "TIDAK" };
        let mine: u64 = counts.values().sum();
        println!(
            "Worker {index} dari {peers}: {} kata berbeda, {mine} kata; \
             sama dengan hitungan satu thread: {same}",
            counts.len()
        );
    }
    // ANCHOR_END: periksa
}
