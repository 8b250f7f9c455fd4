//! `cargo xtask bench [--quick]`: pengukuran yang bisa diulang pembaca.
//!
//! Membangun listing beban kerja dalam mode release, menjalankan setiap
//! program beberapa kali (satu pemanasan yang dibuang, lalu run yang dihitung),
//! dan membaca waktu per varian dari baris berlabel yang dicetak program itu
//! sendiri. Varian rayon dijalankan ulang dengan `RAYON_NUM_THREADS=n` untuk
//! n = 1, 2, 4, ... sampai jumlah core (ditambah satu ukuran 2 x core, untuk
//! menunjukkan bahwa thread melebihi core tidak menambah kecepatan).
//! Program Python di `bench/python/` ikut dijalankan bila `python3` ada.
//!
//! Hasil: `bench/results.json`, `bench/tables.md` (tabel yang di-include
//! Lampiran C) dan grafik `src/img/bench-*.svg`. Mode `--quick` memakai lebih
//! sedikit run dan menulis ke `target/bench-quick/` supaya hasil lengkap yang
//! di-commit tidak tertimpa angka yang kurang teliti.
//!
//! Tabel [`WORKLOADS`] memetakan beban kerja -> program -> label baris ->
//! varian. Label yang hilang dari keluaran membuat bench gagal dengan pesan
//! yang menyebut programnya: listing yang mengganti teks keluarannya harus
//! memperbarui tabel ini.

#[path = "bench_json.rs"]
mod json;
#[path = "bench_report.rs"]
mod report;
#[path = "bench_svg.rs"]
mod svg;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Program yang menjalankan sebuah beban kerja.
#[derive(Clone, Copy, Debug)]
pub enum Program {
    /// Binary listing (nama bin), dibangun dengan `--release`.
    Rust(&'static str),
    /// Skrip Python (jalur relatif ke akar repositori).
    Python(&'static str),
}

/// Satu varian: label yang dicari di keluaran program, dan nama tampilannya.
#[derive(Debug)]
pub struct Variant {
    pub key: &'static str,
    /// Potongan teks yang muncul di tepat satu baris keluaran; waktunya adalah
    /// bilangan pertama bersatuan waktu (ns, µs, ms, s) setelah label itu.
    pub label: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct Workload {
    pub id: &'static str,
    pub title: &'static str,
    /// Nama pendek untuk legenda grafik.
    pub short: &'static str,
    pub program: Program,
    pub variants: &'static [Variant],
    /// Varian pembanding untuk kolom percepatan (diukur di run yang sama).
    pub baseline: &'static str,
    /// Varian yang memakai pool global rayon: diukur untuk setiap ukuran
    /// pool lewat `RAYON_NUM_THREADS`.
    pub sweep: Option<&'static str>,
    /// Teks yang wajib ada di keluaran (hasil yang benar), pemeriksaan
    /// kewarasan supaya bench tidak mengukur program yang salah hitung.
    pub expect: &'static [&'static str],
}

const fn v(key: &'static str, label: &'static str, name: &'static str) -> Variant {
    Variant { key, label, name }
}

/// Semua beban kerja yang diukur. Urutan di sini = urutan di laporan.
pub const WORKLOADS: &[Workload] = &[
    Workload {
        id: "optimizer",
        short: "Optimizer (Bab 5)",
        title: "Optimizer: jumlah kuadrat di bawah 10.000.000, tanpa dan dengan black_box",
        program: Program::Rust("ch05-02-optimizer"),
        variants: &[
            v("naif", "Naif:", "naif (loop diganti rumus)"),
            v("black-box", "Dengan black_box:", "dengan black_box"),
        ],
        baseline: "black-box",
        sweep: None,
        expect: &["Build: release", "333333283333335000000"],
    },
    Workload {
        id: "gil",
        short: "Jumlah kuadrat (Bab 5)",
        title: "Eksperimen GIL: jumlah kuadrat di bawah 10.000.000, dua kali",
        program: Program::Rust("ch05-03-eksperimen-gil"),
        variants: &[
            v("berurutan", "Berurutan:", "berurutan"),
            v("2-thread", "2 thread:", "2 thread"),
            v("rayon", "Rayon:", "rayon"),
        ],
        baseline: "berurutan",
        sweep: Some("rayon"),
        expect: &["Build: release", "333333283333335000000"],
    },
    Workload {
        id: "prima",
        short: "Hitung prima (Bab 7)",
        title: "Hitung prima di 1..1.000.001 dengan pembagian percobaan",
        program: Program::Rust("ch07-01-prima-berurutan-vs-rayon"),
        variants: &[
            v("berurutan", "Berurutan:", "berurutan"),
            v("rayon", "Rayon:", "rayon"),
        ],
        baseline: "berurutan",
        sweep: Some("rayon"),
        expect: &["78498 prima"],
    },
    Workload {
        id: "gambar",
        short: "Pengolah gambar (Bab 11)",
        title: "Pengolah gambar: 50 PNG 512x512 di-decode, difilter, di-encode, ditulis",
        program: Program::Rust("ch11-03-pengolah-gambar"),
        variants: &[
            v("berurutan", "Waktu berurutan:", "berurutan"),
            v("paralel", "Waktu paralel:", "paralel (rayon par_iter)"),
        ],
        baseline: "berurutan",
        sweep: Some("paralel"),
        expect: &["Checksum sama: 49 dari 49"],
    },
    Workload {
        id: "saringan",
        short: "Prima di 1..1.000.001: algoritma vs thread",
        title: "Algoritma lebih baik vs lebih banyak thread: prima di 1..1.000.001",
        program: Program::Rust("lampiran-c-02-saringan-vs-thread"),
        variants: &[
            v(
                "pembagian-rayon",
                "Pembagian percobaan",
                "pembagian percobaan, rayon",
            ),
            v(
                "saringan",
                "Saringan Eratosthenes",
                "saringan Eratosthenes, 1 thread",
            ),
        ],
        baseline: "pembagian-rayon",
        sweep: None,
        expect: &["78498"],
    },
    Workload {
        id: "kontensi",
        short: "Penghitung bersama, 10 thread",
        title: "Biaya berebut satu penghitung: 10 thread x 100.000 tambahan",
        program: Program::Rust("lampiran-c-01-counter-kontensi"),
        variants: &[
            v("mutex", "Mutex:", "Mutex"),
            v("atomic", "AtomicUsize:", "AtomicUsize"),
            v(
                "lokal",
                "Jumlah lokal:",
                "jumlah per thread, digabung sekali",
            ),
        ],
        baseline: "mutex",
        sweep: None,
        expect: &["total 1000000"],
    },
    Workload {
        id: "py-gil",
        short: "Python: eksperimen GIL",
        title: "Python: eksperimen GIL (jumlah kuadrat < 10.000.000, dua kali)",
        program: Program::Python("bench/python/gil.py"),
        variants: &[
            v("berurutan", "Berurutan:", "berurutan"),
            v("2-thread", "2 thread:", "2 thread"),
            v("2-proses", "2 proses:", "2 proses"),
        ],
        baseline: "berurutan",
        sweep: None,
        expect: &["333333283333335000000"],
    },
    Workload {
        id: "py-prima",
        short: "Python: hitung prima",
        title: "Python: hitung prima di 1..1.000.001 (pembagian percobaan)",
        program: Program::Python("bench/python/prima.py"),
        variants: &[
            v("berurutan", "Berurutan:", "berurutan"),
            v("pool-2", "Pool 2 proses:", "ProcessPoolExecutor, 2 proses"),
            v("pool-4", "Pool 4 proses:", "ProcessPoolExecutor, 4 proses"),
        ],
        baseline: "berurutan",
        sweep: None,
        expect: &["78498"],
    },
];

/// Pengaturan satu mode pengukuran.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub quick: bool,
    pub warmup_rust: usize,
    pub runs_rust: usize,
    pub warmup_python: usize,
    pub runs_python: usize,
}

const FULL: Settings = Settings {
    quick: false,
    warmup_rust: 1,
    runs_rust: 20,
    warmup_python: 1,
    runs_python: 5,
};

const QUICK: Settings = Settings {
    quick: true,
    warmup_rust: 1,
    runs_rust: 3,
    warmup_python: 0,
    runs_python: 1,
};

/// Sampel satu varian dalam satu seri run.
#[derive(Debug, Clone)]
pub struct VariantResult {
    pub key: &'static str,
    pub name: &'static str,
    pub samples_ms: Vec<f64>,
    /// Waktu pembanding / waktu varian ini, per run (run yang sama).
    pub speedups: Vec<f64>,
}

/// Satu seri run: seluruh run program dengan satu ukuran pool rayon.
#[derive(Debug, Clone)]
pub struct Series {
    /// Nilai `RAYON_NUM_THREADS`, atau `None` bila tidak diatur.
    pub threads: Option<usize>,
    pub variants: Vec<VariantResult>,
}

#[derive(Debug)]
pub struct WorkloadResult {
    pub workload: &'static Workload,
    pub command: String,
    pub series: Vec<Series>,
    /// Load average (1, 5, 15 menit) saat pengukuran beban kerja ini dimulai
    /// dan selesai.
    pub load_start: [f64; 3],
    pub load_end: [f64; 3],
    /// Rata-rata jumlah core yang dipakai proses LAIN (bukan bench ini dan
    /// program yang dijalankannya) selama beban kerja ini diukur, dari
    /// /proc/stat dikurangi waktu CPU anak-anak bench. 0 = mesin tenang.
    pub other_cores: Option<f64>,
}

impl WorkloadResult {
    /// Perintah yang bisa diketik pembaca untuk menjalankan program ini.
    pub fn shown_command(&self) -> String {
        match self.workload.program {
            Program::Rust(bin) => format!("cargo run --release --bin {bin}"),
            Program::Python(script) => format!("python3 {script}"),
        }
    }

    /// Seri utama: pool rayon seukuran jumlah core (bawaan rayon), atau satu-
    /// satunya seri.
    pub fn main_series(&self, cores: usize) -> &Series {
        self.series
            .iter()
            .find(|s| s.threads == Some(cores))
            .unwrap_or(&self.series[0])
    }

    pub fn variant(
        &self,
        key: &str,
        threads: Option<usize>,
        cores: usize,
    ) -> Option<&VariantResult> {
        let series = match threads {
            None => self.main_series(cores),
            Some(n) => self.series.iter().find(|s| s.threads == Some(n))?,
        };
        series.variants.iter().find(|v| v.key == key)
    }
}

#[derive(Debug, Clone)]
pub struct Machine {
    pub cores: usize,
    pub cpu: String,
    /// Flag `hypervisor` di /proc/cpuinfo: core-nya adalah vCPU mesin virtual.
    pub virtual_machine: bool,
    pub os: String,
    pub kernel: String,
    pub arch: String,
    pub rustc: String,
    pub python: Option<String>,
    pub date: String,
    pub load_before: [f64; 3],
    pub load_after: [f64; 3],
}

pub struct Report {
    pub settings: Settings,
    pub machine: Machine,
    pub pool_sizes: Vec<usize>,
    pub results: Vec<WorkloadResult>,
    pub skipped: Vec<String>,
    pub build_seconds: f64,
    pub measure_seconds: f64,
    /// Rata-rata core yang dipakai proses lain selama seluruh pengukuran.
    pub other_cores: Option<f64>,
}

impl Report {
    pub fn workload(&self, id: &str) -> Option<&WorkloadResult> {
        self.results.iter().find(|r| r.workload.id == id)
    }
}

/// Median (rata-rata dua nilai tengah untuk jumlah genap), min, maks.
pub fn stats(samples: &[f64]) -> (f64, f64, f64) {
    let mut s = samples.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    let median = if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    };
    (median, s[0], s[n - 1])
}

pub fn median(samples: &[f64]) -> f64 {
    stats(samples).0
}

const USAGE: &str = "pemakaian: cargo xtask bench [--quick | --render]";

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let mut settings = FULL;
    let mut render_only = false;
    for a in args {
        match a.as_str() {
            "--quick" => settings = QUICK,
            "--render" => render_only = true,
            other => return Err(format!("argumen tidak dikenal: {other}\n{USAGE}")),
        }
    }
    if render_only {
        return render(root);
    }
    let started = Instant::now();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let python = python_version();
    let mut machine = machine_info(cores, python.clone());
    let load = machine.load_before[0];
    eprintln!(
        "xtask bench: {} ({} core), load average {:.2}; mode {}",
        machine.cpu,
        cores,
        load,
        if settings.quick { "--quick" } else { "lengkap" }
    );
    if load > cores as f64 * 0.5 {
        eprintln!(
            "xtask bench: PERINGATAN: mesin sedang sibuk (load average {load:.2} untuk {cores} core). \
             Angka akan lebih lambat dan percepatan lebih kecil dari semestinya; \
             ulangi saat mesin tenang."
        );
    }

    let mut skipped = Vec::new();
    if python.is_none() {
        let msg = "python3 tidak ditemukan: perbandingan dengan Python dilewati \
                   (pasang Python 3 lalu jalankan ulang untuk melihatnya)";
        eprintln!("xtask bench: {msg}");
        skipped.push(msg.to_string());
    }
    let workloads: Vec<&'static Workload> = WORKLOADS
        .iter()
        .filter(|w| python.is_some() || matches!(w.program, Program::Rust(_)))
        .collect();

    // 0. Folder keluaran dibuat sebelum mengukur: gagal di sini murah, gagal
    // setelah beberapa menit mengukur akan membuang hasilnya.
    let (data_dir, img_dir) = if settings.quick {
        let d = target_dir(root).join("bench-quick");
        (d.clone(), d)
    } else {
        (root.join("bench"), root.join("src/img"))
    };
    for d in [&data_dir, &img_dir] {
        std::fs::create_dir_all(d).map_err(|e| format!("membuat folder {}: {e}", d.display()))?;
    }

    // 1. Build release semua listing beban kerja.
    let build_start = Instant::now();
    build_release(root, &workloads)?;
    let build_seconds = build_start.elapsed().as_secs_f64();

    // 2. Ukur.
    let pool_sizes = pool_sizes(cores);
    let measure_start = Instant::now();
    let cpu_start = CpuSnapshot::now();
    let mut results = Vec::new();
    let mut failure = None;
    for w in &workloads {
        match measure(root, w, settings, &pool_sizes) {
            Ok(r) => results.push(r),
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    let measure_seconds = measure_start.elapsed().as_secs_f64();
    let other_cores = cpu_start.and_then(|a| CpuSnapshot::now().map(|b| a.other_cores_until(&b)));
    machine.load_after = load_average();

    let measured = Report {
        settings,
        machine,
        pool_sizes,
        results,
        skipped,
        build_seconds,
        measure_seconds,
        other_cores,
    };
    if let Some(e) = failure {
        // Beban kerja yang sudah terukur tidak dibuang, tetapi juga tidak
        // menimpa hasil lengkap di bench/: simpan di target/bench-gagal/.
        let dir = target_dir(root).join("bench-gagal");
        let saved = std::fs::create_dir_all(&dir)
            .map_err(|e| e.to_string())
            .and_then(|()| write(&dir.join("results.json"), &report::json(&measured)));
        return Err(match saved {
            Ok(p) => format!(
                "{e}\n{} beban kerja yang sudah terukur disimpan di {}",
                measured.results.len(),
                p.display()
            ),
            Err(w) => format!("{e}\n(hasil sebagian juga gagal disimpan: {w})"),
        });
    }
    // Laporan dibaca kembali dari JSON-nya, supaya tabel dan grafik yang
    // ditulis sekarang sama persis dengan hasil `--render` di kemudian hari.
    let text = report::json(&measured);
    let report = json::from_json(&text)?;
    report::print_summary(&report);

    // 3. Tulis hasil.
    let results_path = data_dir.join("results.json");
    let mut written = vec![write(&results_path, &text).inspect_err(|_| {
        // Hasil pengukuran tidak boleh hilang: cetak JSON-nya supaya bisa
        // disimpan manual lalu dirender dengan `--render`.
        println!("{text}");
    })?];
    written.extend(write_rendered(&report, &data_dir, &img_dir)?);
    for p in written {
        eprintln!("xtask bench: menulis {}", p.display());
    }
    eprintln!(
        "xtask bench: selesai dalam {:.1} s (build {:.1} s, pengukuran {:.1} s)",
        started.elapsed().as_secs_f64(),
        report.build_seconds,
        report.measure_seconds
    );
    Ok(())
}

/// Berkas yang dibuat dari laporan: (jalur relatif ke akar, isi).
pub fn rendered(report: &Report) -> Vec<(String, String)> {
    let mut files = vec![("bench/tables.md".to_string(), report::tables(report))];
    for (name, text) in svg::charts(report) {
        files.push((format!("src/img/{name}"), text));
    }
    files
}

fn write_rendered(
    report: &Report,
    data_dir: &Path,
    img_dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(data_dir).map_err(|e| format!("{}: {e}", data_dir.display()))?;
    std::fs::create_dir_all(img_dir).map_err(|e| format!("{}: {e}", img_dir.display()))?;
    let mut written = Vec::new();
    for (rel, text) in rendered(report) {
        let name = Path::new(&rel).file_name().expect("nama berkas");
        let dir = if rel.starts_with("bench/") {
            data_dir
        } else {
            img_dir
        };
        written.push(write(&dir.join(name), &text)?);
    }
    Ok(written)
}

/// `--render`: tulis ulang tabel dan grafik dari bench/results.json yang
/// sudah di-commit, tanpa mengukur. Dipakai setelah mengubah format tabel
/// atau grafik.
fn render(root: &Path) -> Result<(), String> {
    let path = root.join("bench/results.json");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "membaca {}: {e}; jalankan dulu `cargo xtask bench`",
            path.display()
        )
    })?;
    let report = json::from_json(&text)?;
    for p in write_rendered(&report, &root.join("bench"), &root.join("src/img"))? {
        eprintln!("xtask bench --render: menulis {}", p.display());
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<PathBuf, String> {
    std::fs::write(path, text).map_err(|e| format!("menulis {}: {e}", path.display()))?;
    Ok(path.to_path_buf())
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_absolute() { p } else { root.join(p) })
        .unwrap_or_else(|| root.join("target"))
}

/// 1, 2, 4, ... sampai jumlah core (jumlah core sendiri selalu ikut), lalu
/// 2 x core: satu titik "lebih banyak thread daripada core".
pub fn pool_sizes(cores: usize) -> Vec<usize> {
    let mut sizes = Vec::new();
    let mut n = 1;
    while n < cores {
        sizes.push(n);
        n *= 2;
    }
    sizes.push(cores);
    sizes.push(cores * 2);
    sizes
}

fn build_release(root: &Path, workloads: &[&Workload]) -> Result<(), String> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(root).args(["build", "--release"]);
    for w in workloads {
        if let Program::Rust(bin) = w.program {
            cmd.args(["--bin", bin]);
        }
    }
    eprintln!("xtask bench: membangun listing dalam mode release");
    crate::run(&mut cmd)
}

fn command_for(root: &Path, program: Program) -> (Command, String) {
    match program {
        Program::Rust(bin) => {
            let exe = target_dir(root)
                .join("release")
                .join(format!("{bin}{}", std::env::consts::EXE_SUFFIX));
            (Command::new(exe), format!("target/release/{bin}"))
        }
        Program::Python(script) => {
            let mut cmd = Command::new("python3");
            cmd.arg(script);
            (cmd, format!("python3 {script}"))
        }
    }
}

/// Menjalankan program sekali dan mengembalikan stdout-nya.
fn run_once(root: &Path, w: &Workload, threads: Option<usize>) -> Result<String, String> {
    let (mut cmd, shown) = command_for(root, w.program);
    cmd.current_dir(root);
    if let Some(n) = threads {
        cmd.env("RAYON_NUM_THREADS", n.to_string());
    } else {
        cmd.env_remove("RAYON_NUM_THREADS");
    }
    let out = cmd
        .output()
        .map_err(|e| format!("gagal menjalankan {shown}: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        return Err(format!(
            "{shown} gagal ({})\n--- stdout ---\n{stdout}--- stderr ---\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    for e in w.expect {
        if !stdout.contains(e) {
            return Err(format!(
                "{shown}: keluaran tidak memuat hasil yang benar {e:?}\n{stdout}"
            ));
        }
    }
    Ok(stdout)
}

fn measure(
    root: &Path,
    w: &'static Workload,
    settings: Settings,
    pool_sizes: &[usize],
) -> Result<WorkloadResult, String> {
    let (warmup, runs) = match w.program {
        Program::Rust(_) => (settings.warmup_rust, settings.runs_rust),
        Program::Python(_) => (settings.warmup_python, settings.runs_python),
    };
    let configs: Vec<Option<usize>> = if w.sweep.is_some() {
        pool_sizes.iter().copied().map(Some).collect()
    } else {
        vec![None]
    };
    let (_, shown) = command_for(root, w.program);
    let load_start = load_average();
    let cpu_start = CpuSnapshot::now();
    eprintln!(
        "xtask bench: {} [{shown}] {} pemanasan + {} run{} (load average {:.2})",
        w.id,
        warmup,
        runs,
        if configs.len() > 1 {
            format!(
                " x RAYON_NUM_THREADS={}",
                pool_sizes
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(",")
            )
        } else {
            String::new()
        },
        load_start[0]
    );
    let mut series: Vec<Series> = configs
        .iter()
        .map(|&threads| Series {
            threads,
            variants: w
                .variants
                .iter()
                .map(|v| VariantResult {
                    key: v.key,
                    name: v.name,
                    samples_ms: Vec::new(),
                    speedups: Vec::new(),
                })
                .collect(),
        })
        .collect();
    // Ukuran pool digilir di dalam setiap putaran, supaya perubahan beban
    // mesin selama pengukuran mengenai semua ukuran secara merata.
    for round in 0..warmup + runs {
        for s in series.iter_mut() {
            let stdout = run_once(root, w, s.threads)?;
            let times = parse_times(w, &shown, &stdout)?;
            if round < warmup {
                continue;
            }
            let base = times[w
                .variants
                .iter()
                .position(|v| v.key == w.baseline)
                .expect("baseline ada di daftar varian")];
            for (vr, t) in s.variants.iter_mut().zip(&times) {
                vr.samples_ms.push(*t);
                vr.speedups.push(base / t);
            }
        }
    }
    Ok(WorkloadResult {
        workload: w,
        command: shown,
        series,
        load_start,
        load_end: load_average(),
        other_cores: cpu_start.and_then(|a| CpuSnapshot::now().map(|b| a.other_cores_until(&b))),
    })
}

/// Waktu (ms) setiap varian dari keluaran satu run, dalam urutan
/// `w.variants`. Gagal keras bila label hilang, muncul di lebih dari satu
/// baris, atau barisnya tidak memuat waktu.
pub fn parse_times(w: &Workload, shown: &str, stdout: &str) -> Result<Vec<f64>, String> {
    let mut times = Vec::new();
    for v in w.variants {
        let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(v.label)).collect();
        let hint =
            "perbarui tabel WORKLOADS di xtask/src/bench.rs bila listing mengubah teks keluarannya";
        let line = match lines.as_slice() {
            [one] => *one,
            [] => {
                return Err(format!(
                    "{shown}: tidak ada baris yang memuat label {:?} (varian {}); {hint}\n--- keluaran ---\n{stdout}",
                    v.label, v.key
                ));
            }
            many => {
                return Err(format!(
                    "{shown}: label {:?} muncul di {} baris, harus tepat satu; {hint}\n--- keluaran ---\n{stdout}",
                    v.label,
                    many.len()
                ));
            }
        };
        let after = &line[line.find(v.label).unwrap() + v.label.len()..];
        let t = parse_time_ms(after).ok_or_else(|| {
            format!(
                "{shown}: baris {line:?} (label {:?}) tidak memuat waktu (mis. \"12.3 ms\"); {hint}",
                v.label
            )
        })?;
        times.push(t);
    }
    Ok(times)
}

/// Bilangan pertama yang diikuti satuan waktu, dalam milidetik: `612.3 ms`,
/// `537.79ms` (format `{:?}` Duration), `1.25 s`, `850µs`, `12 ns`.
pub fn parse_time_ms(s: &str) -> Option<f64> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let prev_ok = i == 0 || !(chars[i - 1].1.is_alphanumeric() || chars[i - 1].1 == '.');
        if !(c.is_ascii_digit() && prev_ok) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len()
            && (chars[j].1.is_ascii_digit()
                || (matches!(chars[j].1, '.' | ',')
                    && chars.get(j + 1).is_some_and(|c| c.1.is_ascii_digit())))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |c| c.0);
        let number = s[start..end].replace(',', ".");
        let mut k = j;
        while k < chars.len() && chars[k].1 == ' ' {
            k += 1;
        }
        let unit_start = chars.get(k).map_or(s.len(), |c| c.0);
        let unit: String = s[unit_start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let scale = match unit.as_str() {
            "ns" => Some(1e-6),
            "µs" | "μs" | "us" => Some(1e-3),
            "ms" => Some(1.0),
            "s" | "detik" => Some(1000.0),
            _ => None,
        };
        if let (Some(scale), Ok(x)) = (scale, number.parse::<f64>()) {
            return Some(x * scale);
        }
        i = j.max(i + 1);
    }
    None
}

/// Waktu CPU seluruh mesin dan waktu CPU bench ini beserta anak-anaknya yang
/// sudah selesai, untuk mengukur berapa banyak CPU dipakai proses lain.
#[derive(Clone, Copy, Debug)]
pub struct CpuSnapshot {
    at: Instant,
    /// Jiffy sibuk semua core (user, nice, system, irq, softirq, steal).
    busy: u64,
    /// Jiffy proses ini + anak yang sudah di-`wait` (utime, stime, cutime, cstime).
    own: u64,
}

impl CpuSnapshot {
    pub fn now() -> Option<Self> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let cpu: Vec<u64> = stat
            .lines()
            .next()?
            .split_whitespace()
            .skip(1)
            .map(|x| x.parse().unwrap_or(0))
            .collect();
        // user nice system idle iowait irq softirq steal
        let busy =
            cpu.first()? + cpu.get(1)? + cpu.get(2)? + cpu.get(5)? + cpu.get(6)? + cpu.get(7)?;
        let me = std::fs::read_to_string("/proc/self/stat").ok()?;
        // Kolom setelah "(nama)": kolom 3 dst.; utime=14, stime=15, cutime=16, cstime=17.
        let rest: Vec<&str> = me[me.rfind(')')? + 2..].split_whitespace().collect();
        let field = |n: usize| rest.get(n - 3).and_then(|x| x.parse::<u64>().ok());
        let own = field(14)? + field(15)? + field(16)? + field(17)?;
        Some(Self {
            at: Instant::now(),
            busy,
            own,
        })
    }

    /// Rata-rata core yang dipakai proses lain sejak `self` sampai `later`
    /// (USER_HZ = 100 jiffy per detik di Linux).
    pub fn other_cores_until(&self, later: &Self) -> f64 {
        let secs = later.at.duration_since(self.at).as_secs_f64();
        let other =
            later.busy.saturating_sub(self.busy) as f64 - later.own.saturating_sub(self.own) as f64;
        (other / 100.0 / secs).max(0.0)
    }
}

fn python_version() -> Option<String> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let mut text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if text.is_empty() {
        text = String::from_utf8_lossy(&out.stderr).trim().to_string();
    }
    Some(text)
}

fn load_average() -> [f64; 3] {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut it = text
        .split_whitespace()
        .map(|x| x.parse::<f64>().unwrap_or(f64::NAN));
    [
        it.next().unwrap_or(f64::NAN),
        it.next().unwrap_or(f64::NAN),
        it.next().unwrap_or(f64::NAN),
    ]
}

fn machine_info(cores: usize, python: Option<String>) -> Machine {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map(|(_, m)| m.trim().to_string())
        .unwrap_or_else(|| "tidak diketahui".to_string());
    let virtual_machine = cpuinfo
        .lines()
        .any(|l| l.starts_with("flags") && l.split_whitespace().any(|f| f == "hypervisor"));
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        })
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|k| format!("Linux {}", k.trim()))
        .unwrap_or_else(|_| std::env::consts::OS.to_string());
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "tidak diketahui".to_string());
    Machine {
        cores,
        cpu,
        virtual_machine,
        os,
        kernel,
        arch: std::env::consts::ARCH.to_string(),
        rustc,
        python,
        date: utc_now(),
        load_before: load_average(),
        load_after: [f64::NAN; 3],
    }
}

/// Waktu sekarang dalam UTC, `YYYY-MM-DDTHH:MM:SSZ`, tanpa crate tambahan
/// (algoritma hari-ke-tanggal sipil dari Howard Hinnant).
fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Angka di buku (tables.md, grafik) harus berasal dari results.json yang
    /// di-commit, bukan diedit tangan atau tertinggal dari run lama.
    #[test]
    fn committed_tables_and_charts_match_results_json() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let text = std::fs::read_to_string(root.join("bench/results.json")).unwrap();
        let report = json::from_json(&text).unwrap();
        assert!(
            !report.settings.quick,
            "results.json yang di-commit harus dari run lengkap"
        );
        for (rel, expected) in rendered(&report) {
            let actual = std::fs::read_to_string(root.join(&rel)).unwrap_or_default();
            assert!(
                actual == expected,
                "{rel} tidak sama dengan hasil render bench/results.json; jalankan \
                 `cargo xtask bench --render` (atau ukur ulang: `cargo xtask bench`)"
            );
        }
    }

    #[test]
    fn every_workload_in_the_table_is_in_results_json() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let text = std::fs::read_to_string(root.join("bench/results.json")).unwrap();
        let report = json::from_json(&text).unwrap();
        for w in WORKLOADS {
            assert!(
                report.workload(w.id).is_some(),
                "beban kerja {} belum diukur di bench/results.json; jalankan `cargo xtask bench`",
                w.id
            );
        }
    }

    #[test]
    fn times_in_every_format_the_listings_print() {
        assert_eq!(parse_time_ms(" 78498 prima, waktu 588.3 ms"), Some(588.3));
        assert_eq!(
            parse_time_ms(": hasil 1 = 333, hasil 2 = 333, waktu = 537.79ms, percepatan = 1.00x"),
            Some(537.79)
        );
        assert_eq!(parse_time_ms(" total 1000000, waktu 45 ms"), Some(45.0));
        assert_eq!(parse_time_ms(" 1.25s"), Some(1250.0));
        assert_eq!(parse_time_ms(" 850µs"), Some(0.85));
        assert_eq!(parse_time_ms(" 2 thread: 10 potongan"), None);
        assert_eq!(parse_time_ms(" 4 proses, waktu 12,5 ms"), Some(12.5));
    }

    #[test]
    fn missing_or_ambiguous_labels_fail_loudly() {
        let w = WORKLOADS.iter().find(|w| w.id == "saringan").unwrap();
        let ok = "Pembagian percobaan, rayon 2 thread: 78498 prima, waktu 40.0 ms\n\
                  Saringan Eratosthenes, 1 thread: 78498 prima, waktu 2.5 ms\n";
        assert_eq!(parse_times(w, "x", ok).unwrap(), vec![40.0, 2.5]);
        let renamed = ok.replace("Saringan Eratosthenes", "Saringan");
        let err = parse_times(w, "x", &renamed).unwrap_err();
        assert!(err.contains("Saringan Eratosthenes"), "{err}");
        let twice = format!("{ok}{ok}");
        assert!(
            parse_times(w, "x", &twice)
                .unwrap_err()
                .contains("tepat satu")
        );
    }

    #[test]
    fn pool_sizes_go_up_to_the_cores_then_one_oversubscribed() {
        assert_eq!(pool_sizes(1), vec![1, 2]);
        assert_eq!(pool_sizes(2), vec![1, 2, 4]);
        assert_eq!(pool_sizes(6), vec![1, 2, 4, 6, 12]);
        assert_eq!(pool_sizes(8), vec![1, 2, 4, 8, 16]);
    }

    #[test]
    fn median_of_even_and_odd() {
        assert_eq!(stats(&[3.0, 1.0, 2.0]), (2.0, 1.0, 3.0));
        assert_eq!(stats(&[4.0, 1.0, 2.0, 3.0]), (2.5, 1.0, 4.0));
    }
}
