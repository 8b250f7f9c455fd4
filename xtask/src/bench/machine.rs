//! Data mesin dan ukuran "seberapa sibuk proses lain" (Linux: /proc).

use super::results::Machine;
use std::process::Command;
use std::time::Instant;

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

/// Jiffy CPU proses lain dan lamanya (detik) di antara dua snapshot.
#[derive(Clone, Copy, Debug, Default)]
pub struct OtherCpu {
    pub jiffies: f64,
    pub seconds: f64,
}

impl OtherCpu {
    pub fn add(&mut self, other: OtherCpu) {
        self.jiffies += other.jiffies;
        self.seconds += other.seconds;
    }

    /// Rata-rata core yang dipakai proses lain (USER_HZ = 100 jiffy/detik).
    pub fn cores(&self) -> Option<f64> {
        (self.seconds > 0.0).then(|| (self.jiffies / 100.0 / self.seconds).max(0.0))
    }
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

    pub fn other_until(&self, later: &Self) -> OtherCpu {
        let other =
            later.busy.saturating_sub(self.busy) as f64 - later.own.saturating_sub(self.own) as f64;
        OtherCpu {
            jiffies: other.max(0.0),
            seconds: later.at.duration_since(self.at).as_secs_f64(),
        }
    }
}

pub fn python_version() -> Option<String> {
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

pub fn load_average() -> Option<[f64; 3]> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    let v: Vec<f64> = text
        .split_whitespace()
        .take(3)
        .filter_map(|x| x.parse().ok())
        .collect();
    v.try_into().ok()
}

pub fn machine_info(cores: usize, python: Option<String>) -> Machine {
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
        date_utc: utc_now(),
        load_average_before: load_average(),
        load_average_after: None,
        other_processes_cores_during_measurement: None,
    }
}

/// Waktu sekarang dalam UTC, `YYYY-MM-DDTHH:MM:SSZ`, tanpa crate tanggal
/// (satu-satunya pemakaian; algoritma hari-ke-tanggal sipil Howard Hinnant).
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
