//! Membunuh seluruh pohon keturunan sebuah proses (tanpa cgroup pun),
//! menghapus folder yang dikunci program, dan mengukur isi folder.
//!
//! Proses yang memanggil [`become_subreaper`] menjadi induk angkat semua
//! keturunannya yang yatim, termasuk yang kabur ke sesi baru (`setsid`).
//! [`kill_descendants`] membaca tabel proses, membunuh SEMUA keturunan
//! sekaligus, memungut yang menjadi anaknya, dan mengulang sampai tidak ada
//! yang tersisa (zombie pun) atau batas waktunya habis, jadi rantai sepanjang apa pun
//! ikut habis (tidak ada batas jumlah putaran).

use rustix::process::{Pid, Signal, WaitOptions, kill_process, set_child_subreaper, waitpid};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

static INHERITED: OnceLock<Vec<i32>> = OnceLock::new();

/// Menjadi *child subreaper* (Linux). Anak yang sudah ada sebelumnya
/// (misalnya dibuat shell pemanggil sebelum `exec`) dicatat dan dibiarkan.
pub fn become_subreaper() -> rustix::io::Result<()> {
    let _ = INHERITED.set(children_of(std::process::id() as i32));
    set_child_subreaper(Some(rustix::process::getpid()))
}

/// Anak (dan keturunannya) yang bukan urusan kita.
pub fn inherited() -> &'static [i32] {
    INHERITED.get().map(Vec::as_slice).unwrap_or_default()
}

/// (pid, ppid, zombie?) setiap proses yang terlihat.
fn table() -> Vec<(i32, i32, bool)> {
    let Ok(all) = procfs::process::all_processes() else {
        return Vec::new();
    };
    all.flatten()
        .filter_map(|p| p.stat().ok())
        .map(|s| (s.pid, s.ppid, s.state == 'Z'))
        .collect()
}

fn children_of(pid: i32) -> Vec<i32> {
    table()
        .into_iter()
        .filter(|(_, ppid, _)| *ppid == pid)
        .map(|(p, _, _)| p)
        .collect()
}

/// Keturunan proses ini (pid, zombie?), kecuali `skip` dan keturunan mereka.
pub fn descendants(skip: &[i32]) -> Vec<(i32, bool)> {
    let me = std::process::id() as i32;
    let mut kids: HashMap<i32, Vec<(i32, bool)>> = HashMap::new();
    for (pid, ppid, zombie) in table() {
        kids.entry(ppid).or_default().push((pid, zombie));
    }
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut stack = vec![me];
    while let Some(p) = stack.pop() {
        for &(c, zombie) in kids.get(&p).map(Vec::as_slice).unwrap_or_default() {
            if skip.contains(&c) || !seen.insert(c) {
                continue;
            }
            out.push((c, zombie));
            stack.push(c);
        }
    }
    out
}

/// Memungut semua anak yang sudah berhenti (tanpa menunggu).
pub fn reap_zombies(skip: &[i32]) {
    for pid in children_of(std::process::id() as i32) {
        if skip.contains(&pid) {
            continue;
        }
        if let Some(p) = Pid::from_raw(pid) {
            let _ = waitpid(Some(p), WaitOptions::NOHANG);
        }
    }
}

/// Membunuh semua keturunan (kecuali `skip`) dan memungut semuanya, sampai
/// tidak ada lagi, juga zombie (zombie cucu menjadi anak kita begitu induknya
/// mati), atau sampai `deadline` lewat; mengembalikan jumlah yang masih
/// hidup (0 = bersih).
pub fn kill_descendants(deadline: Instant, skip: &[i32]) -> usize {
    loop {
        reap_zombies(skip);
        let all = descendants(skip);
        if all.is_empty() {
            return 0;
        }
        let alive: Vec<i32> = all.iter().filter(|(_, z)| !z).map(|(p, _)| *p).collect();
        if Instant::now() >= deadline {
            return alive.len();
        }
        for pid in alive.into_iter().filter_map(Pid::from_raw) {
            let _ = kill_process(pid, Signal::KILL);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// `remove_dir_all`, juga bila program mencabut izin folder-foldernya.
pub fn remove_dir_force(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) => {
            restore_permissions(dir);
            std::fs::remove_dir_all(dir)
        }
    }
}

fn restore_permissions(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                restore_permissions(&e.path());
            }
        }
    }
}

/// Jumlah byte yang benar-benar dipakai isi `dir` (blok disk), paling banyak
/// menghitung `max_entries` entri; lebih dari itu dianggap melewati batas.
pub fn disk_usage(dir: &Path, max_entries: usize) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    let mut total = 0u64;
    let mut entries = 0usize;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(list) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in list.flatten() {
            entries += 1;
            if entries > max_entries {
                return None;
            }
            let Ok(meta) = e.metadata() else { continue };
            total += meta.blocks() * 512;
            if meta.is_dir() {
                stack.push(e.path());
            }
        }
    }
    Some(total)
}

/// Jumlah thread (yang dihitung RLIMIT_NPROC) milik `uid` saat ini.
pub fn tasks_of(uid: u32) -> u64 {
    let Ok(all) = procfs::process::all_processes() else {
        return 0;
    };
    all.flatten()
        .filter(|p| p.uid().ok() == Some(uid))
        .filter_map(|p| p.stat().ok())
        .map(|s| s.num_threads.max(1) as u64)
        .sum()
}
