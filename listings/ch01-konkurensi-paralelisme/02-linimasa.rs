//! Tugas CPU yang sama, dijalankan dua kali dan diukur: bergiliran di satu
//! thread (konkuren) lalu satu thread per tugas (paralel). Linimasanya
//! digambar dari cap waktu yang benar-benar terukur.
use std::hint::black_box;
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

const TASKS: [char; 3] = ['A', 'B', 'C'];
/// Banyak irisan kerja per tugas.
const SLICES: u32 = 6;
/// Banyak putaran hitungan dalam satu irisan.
const SLICE_WORK: u64 = 400_000;
/// Lebar linimasa ASCII, dalam kolom.
const WIDTH: usize = 60;
/// Pengali generator acak sederhana (LCG) untuk hitungan irisan.
const MUL: u64 = 6_364_136_223_846_793_005;

/// Satu potong eksekusi yang terukur: tugas apa, di thread mana, kapan.
/// Lajurnya diberikan belakangan: satu lajur per thread yang benar-benar
/// mengerjakan irisan (lihat `number_lanes`).
#[derive(Clone, Copy)]
struct Segment {
    thread: ThreadId,
    lane: usize,
    task: char,
    start: Duration,
    end: Duration,
}

/// Satu irisan kerja CPU murni: tidak menunggu apa pun, hanya menghitung.
fn work_slice(state: u64) -> u64 {
    let mut x = state;
    for i in 0..SLICE_WORK {
        x = black_box(x.wrapping_mul(MUL).wrapping_add(i));
    }
    x
}

// ANCHOR: konkuren
/// Konkuren: satu thread, tugas bergiliran satu irisan demi satu irisan.
fn run_concurrent() -> (Vec<Segment>, Vec<u64>, Duration) {
    let t0 = Instant::now();
    let mut states: Vec<u64> = (0..TASKS.len() as u64).collect();
    let mut segments = Vec::new();
    for _ in 0..SLICES {
        for (k, &task) in TASKS.iter().enumerate() {
            let start = t0.elapsed();
            states[k] = work_slice(states[k]);
            let end = t0.elapsed();
            segments.push(Segment {
                thread: thread::current().id(),
                lane: 0,
                task,
                start,
                end,
            });
        }
    }
    (segments, states, t0.elapsed())
}
// ANCHOR_END: konkuren

// ANCHOR: paralel
/// Paralel: satu thread per tugas; sistem operasi menyebarnya ke core.
fn run_parallel() -> (Vec<Segment>, Vec<u64>, Duration) {
    let t0 = Instant::now();
    let handles: Vec<_> = TASKS
        .iter()
        .enumerate()
        .map(|(k, &task)| {
            thread::spawn(move || {
                let mut state = k as u64;
                let mut segments = Vec::new();
                for _ in 0..SLICES {
                    let start = t0.elapsed();
                    state = work_slice(state);
                    let end = t0.elapsed();
                    segments.push(Segment {
                        thread: thread::current().id(),
                        lane: 0,
                        task,
                        start,
                        end,
                    });
                }
                (segments, state)
            })
        })
        .collect();
    let (mut segments, mut states) = (Vec::new(), Vec::new());
    for handle in handles {
        let (s, state) = handle.join().expect("thread tugas panic");
        segments.extend(s);
        states.push(state);
    }
    (segments, states, t0.elapsed())
}
// ANCHOR_END: paralel

/// Beri nomor lajur 1, 2, ... menurut thread yang mencatat setiap irisan,
/// dalam urutan thread itu pertama kali muncul. Jumlah lajur = jumlah thread.
fn number_lanes(segments: &mut [Segment]) -> usize {
    let mut seen: Vec<ThreadId> = Vec::new();
    for s in segments.iter_mut() {
        let i = match seen.iter().position(|&t| t == s.thread) {
            Some(i) => i,
            None => {
                seen.push(s.thread);
                seen.len() - 1
            }
        };
        s.lane = i + 1;
    }
    seen.len()
}

/// Gambar satu baris per lajur; satu kolom = `ms_per_col` milidetik.
fn draw(segments: &[Segment], lanes: usize, ms_per_col: f64) {
    for lane in 1..=lanes {
        let mut row = vec!['.'; WIDTH];
        for s in segments.iter().filter(|s| s.lane == lane) {
            let a = (s.start.as_secs_f64() * 1000.0 / ms_per_col) as usize;
            let b = (s.end.as_secs_f64() * 1000.0 / ms_per_col).ceil() as usize;
            for cell in row.iter_mut().take(b.min(WIDTH)).skip(a) {
                *cell = s.task;
            }
        }
        println!("  Lajur {lane} |{}|", row.into_iter().collect::<String>());
    }
}

fn trace(mode: &str, segments: &[Segment]) {
    for s in segments {
        println!(
            "jejak mode={mode} lajur={} tugas={} mulai={} selesai={}",
            s.lane,
            s.task,
            s.start.as_millis(),
            s.end.as_millis()
        );
    }
}

fn main() {
    let (mut con, con_states, con_total) = run_concurrent();
    let (mut par, par_states, par_total) = run_parallel();
    // Banyaknya lajur = banyaknya thread berbeda yang mencatat irisan.
    let con_lanes = number_lanes(&mut con);
    let par_lanes = number_lanes(&mut par);
    // Skala yang sama untuk kedua gambar, supaya panjangnya bisa dibandingkan.
    let longest = con_total.max(par_total).as_secs_f64() * 1000.0;
    let ms_per_col = longest / WIDTH as f64;

    println!("Irisan kerja per tugas: {SLICES}");
    println!("Skala: 1 kolom = {ms_per_col:.1} ms");
    println!(
        "== Konkuren: {} tugas bergiliran di {con_lanes} thread ==",
        TASKS.len()
    );
    draw(&con, con_lanes, ms_per_col);
    println!("Total konkuren: {} ms", con_total.as_millis());
    println!("== Paralel: {} tugas di {par_lanes} thread ==", TASKS.len());
    draw(&par, par_lanes, ms_per_col);
    println!("Total paralel: {} ms", par_total.as_millis());
    // ANCHOR: percepatan
    // Percepatan = waktu konkuren / waktu paralel (lebih besar = lebih cepat).
    let speedup = con_total.as_secs_f64() / par_total.as_secs_f64();
    println!("Percepatan paralel: {speedup:.2}x");
    let same = if con_states == par_states {
        "ya"
    } else {
        "TIDAK"
    };
    println!("Hasil hitungan tiap tugas sama di kedua mode: {same}");
    // ANCHOR_END: percepatan
    println!("Jejak tiap potong (ms sejak awal mode):");
    trace("konkuren", &con);
    trace("paralel", &par);
}
