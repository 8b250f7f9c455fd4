//! Membaca kembali `bench/results.json` menjadi [`Report`].
//!
//! Tabel dan grafik selalu dibuat dari JSON yang sudah ditulis (bukan dari
//! angka di memori), jadi `cargo xtask bench --render` dan uji
//! `committed_tables_and_charts_match_results_json` menghasilkan berkas yang
//! persis sama dengan run aslinya.

use super::{Machine, Report, Series, Settings, VariantResult, WORKLOADS, WorkloadResult};
use serde_json::Value;

fn field<'a>(v: &'a Value, key: &str, ctx: &str) -> Result<&'a Value, String> {
    v.get(key)
        .ok_or_else(|| format!("results.json: kunci \"{key}\" tidak ada di {ctx}"))
}

fn string(v: &Value, key: &str, ctx: &str) -> Result<String, String> {
    field(v, key, ctx)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("results.json: \"{key}\" di {ctx} harus teks"))
}

fn number(v: &Value, ctx: &str) -> Result<f64, String> {
    match v {
        // `null` ditulis untuk bilangan yang tidak terhingga/NaN.
        Value::Null => Ok(f64::NAN),
        _ => v
            .as_f64()
            .ok_or_else(|| format!("results.json: {ctx} harus bilangan, bukan {v}")),
    }
}

fn num(v: &Value, key: &str, ctx: &str) -> Result<f64, String> {
    number(field(v, key, ctx)?, &format!("\"{key}\" di {ctx}"))
}

fn usize_of(v: &Value, key: &str, ctx: &str) -> Result<usize, String> {
    field(v, key, ctx)?
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("results.json: \"{key}\" di {ctx} harus bilangan bulat"))
}

fn array<'a>(v: &'a Value, key: &str, ctx: &str) -> Result<&'a Vec<Value>, String> {
    field(v, key, ctx)?
        .as_array()
        .ok_or_else(|| format!("results.json: \"{key}\" di {ctx} harus larik"))
}

fn numbers(v: &Value, key: &str, ctx: &str) -> Result<Vec<f64>, String> {
    array(v, key, ctx)?
        .iter()
        .map(|x| number(x, &format!("isi \"{key}\" di {ctx}")))
        .collect()
}

/// Bilangan yang boleh tidak ada atau `null` (misalnya di luar Linux).
fn optional(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64)
}

fn load(v: &Value, key: &str, ctx: &str) -> Result<[f64; 3], String> {
    let xs = numbers(v, key, ctx)?;
    xs.try_into()
        .map_err(|_| format!("results.json: \"{key}\" di {ctx} harus berisi 3 bilangan"))
}

pub fn from_json(text: &str) -> Result<Report, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("results.json bukan JSON yang sah: {e}"))?;
    let m = field(&doc, "machine", "dokumen")?;
    let machine = Machine {
        cores: usize_of(m, "cores", "machine")?,
        cpu: string(m, "cpu", "machine")?,
        virtual_machine: field(m, "virtual_machine", "machine")?
            .as_bool()
            .unwrap_or(false),
        os: string(m, "os", "machine")?,
        kernel: string(m, "kernel", "machine")?,
        arch: string(m, "arch", "machine")?,
        rustc: string(m, "rustc", "machine")?,
        python: field(m, "python", "machine")?.as_str().map(str::to_string),
        date: string(m, "date_utc", "machine")?,
        load_before: load(m, "load_average_before", "machine")?,
        load_after: load(m, "load_average_after", "machine")?,
    };
    let st = field(&doc, "settings", "dokumen")?;
    let settings = Settings {
        quick: string(&doc, "mode", "dokumen")? == "quick",
        warmup_rust: usize_of(st, "warmup_rust", "settings")?,
        runs_rust: usize_of(st, "runs_rust", "settings")?,
        warmup_python: usize_of(st, "warmup_python", "settings")?,
        runs_python: usize_of(st, "runs_python", "settings")?,
    };
    let pool_sizes = array(st, "pool_sizes", "settings")?
        .iter()
        .map(|x| {
            x.as_u64()
                .map(|n| n as usize)
                .ok_or_else(|| "results.json: pool_sizes harus bilangan bulat".to_string())
        })
        .collect::<Result<Vec<_>, _>>()?;
    let durations = field(&doc, "durations_s", "dokumen")?;

    let mut results = Vec::new();
    for w in array(&doc, "workloads", "dokumen")? {
        let id = string(w, "id", "workloads")?;
        let ctx = format!("beban kerja {id}");
        let workload = WORKLOADS.iter().find(|x| x.id == id).ok_or_else(|| {
            format!(
                "results.json: beban kerja \"{id}\" tidak ada di tabel WORKLOADS; \
                 ukur ulang dengan `cargo xtask bench`"
            )
        })?;
        let mut series = Vec::new();
        for s in array(w, "series", &ctx)? {
            let threads = field(s, "rayon_num_threads", &ctx)?
                .as_u64()
                .map(|n| n as usize);
            let mut variants = Vec::new();
            for v in array(s, "variants", &ctx)? {
                let key = string(v, "key", &ctx)?;
                let known = workload
                    .variants
                    .iter()
                    .find(|x| x.key == key)
                    .ok_or_else(|| {
                        format!(
                            "results.json: varian \"{key}\" tidak ada di beban kerja {id}; \
                             ukur ulang dengan `cargo xtask bench`"
                        )
                    })?;
                let vctx = format!("{ctx}, varian {key}");
                variants.push(VariantResult {
                    key: known.key,
                    name: known.name,
                    samples_ms: numbers(v, "samples_ms", &vctx)?,
                    speedups: numbers(field(v, "speedup_vs_baseline", &vctx)?, "samples", &vctx)?,
                });
            }
            series.push(Series { threads, variants });
        }
        if series.is_empty() {
            return Err(format!("results.json: {ctx} tidak punya seri run"));
        }
        results.push(WorkloadResult {
            workload,
            command: string(w, "command", &ctx)?,
            series,
            load_start: load(w, "load_average_start", &ctx)?,
            load_end: load(w, "load_average_end", &ctx)?,
            other_cores: optional(w, "other_processes_cores"),
        });
    }
    let skipped = array(&doc, "skipped", "dokumen")?
        .iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    Ok(Report {
        settings,
        machine,
        pool_sizes,
        results,
        skipped,
        build_seconds: num(durations, "build", "durations_s")?,
        measure_seconds: num(durations, "measure", "durations_s")?,
        other_cores: optional(m, "other_processes_cores_during_measurement"),
    })
}
