//! Membaca keluaran `cargo build --message-format=json`: pesan compiler
//! dipilah menjadi galat dan peringatan. Batas keluaran berlaku untuk yang
//! DITAMPILKAN, bukan untuk yang boleh dicetak build: program sah dengan
//! ribuan peringatan tetap dikompilasi dan dijalankan, dan bila build gagal,
//! galatnya ditampilkan lebih dulu daripada peringatan.

use crate::sandbox::{Flow, Sink};
use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;
use std::path::PathBuf;

/// Panjang maksimum satu baris JSON yang diurai (baris yang lebih panjang
/// dihitung tapi isinya dibuang).
const MAX_LINE: usize = 1024 * 1024;

#[derive(Debug, Default)]
pub struct Diagnostics {
    max: usize,
    /// (galat?, teks) dalam urutan compiler mencetaknya, paling banyak
    /// `max` byte galat dan `max` byte peringatan.
    shown: Vec<(bool, String)>,
    bytes: [usize; 2],
    pub omitted_warnings: usize,
    pub omitted_errors: usize,
    pub executable: Option<PathBuf>,
    pub success: Option<bool>,
    line: Vec<u8>,
    line_too_long: bool,
}

impl Diagnostics {
    pub fn new(max: usize) -> Diagnostics {
        Diagnostics {
            max,
            ..Diagnostics::default()
        }
    }

    fn message(&mut self, line: &[u8]) {
        let Ok(msg) = serde_json::from_slice::<Message>(line) else {
            return;
        };
        match msg {
            Message::CompilerMessage(m) => {
                let Some(text) = m.message.rendered else {
                    return;
                };
                let is_error = matches!(
                    m.message.level,
                    DiagnosticLevel::Error | DiagnosticLevel::Ice
                );
                let slot = &mut self.bytes[is_error as usize];
                if *slot + text.len() <= self.max {
                    *slot += text.len();
                    self.shown.push((is_error, text));
                } else if is_error {
                    self.omitted_errors += 1;
                } else {
                    self.omitted_warnings += 1;
                }
            }
            Message::CompilerArtifact(a) if a.target.name == crate::project::PACKAGE => {
                if let Some(exe) = a.executable {
                    self.executable = Some(exe.into_std_path_buf());
                }
            }
            Message::BuildFinished(f) => self.success = Some(f.success),
            _ => {}
        }
    }

    /// Teks untuk pembaca: semua pesan dalam urutan aslinya bila muat;
    /// bila tidak, galat dulu, lalu peringatan sebanyak yang muat.
    pub fn render(&self, cargo_stderr: &str) -> String {
        let total: usize = self.bytes.iter().sum::<usize>() + cargo_stderr.len();
        let mut out = String::new();
        let mut omitted = self.omitted_warnings;
        if total <= self.max {
            for (_, t) in &self.shown {
                out.push_str(t);
            }
        } else {
            for (_, t) in self.shown.iter().filter(|(e, _)| *e) {
                out.push_str(t);
            }
            let mut room = self.max.saturating_sub(out.len() + cargo_stderr.len());
            for (_, t) in self.shown.iter().filter(|(e, _)| !*e) {
                if t.len() <= room {
                    room -= t.len();
                    out.push_str(t);
                } else {
                    omitted += 1;
                }
            }
        }
        out.push_str(cargo_stderr);
        if self.omitted_errors > 0 {
            out.push_str(&format!(
                "\n({} pesan galat lain tidak ditampilkan: lebih dari {} byte.)\n",
                self.omitted_errors, self.max
            ));
        }
        if omitted > 0 {
            out.push_str(&format!(
                "\n({omitted} peringatan tidak ditampilkan agar galatnya muat dalam {} byte.)\n",
                self.max
            ));
        }
        out
    }
}

impl Sink for Diagnostics {
    fn feed(&mut self, chunk: &[u8]) -> Flow {
        for part in chunk.split_inclusive(|b| *b == b'\n') {
            let (body, ends) = match part.strip_suffix(b"\n") {
                Some(b) => (b, true),
                None => (part, false),
            };
            if self.line.len() + body.len() > MAX_LINE {
                self.line_too_long = true;
                self.line.clear();
            } else if !self.line_too_long {
                self.line.extend_from_slice(body);
            }
            if ends {
                let line = std::mem::take(&mut self.line);
                if !self.line_too_long {
                    self.message(&line);
                }
                self.line_too_long = false;
            }
        }
        Flow::Continue
    }
}

/// Stderr cargo (baris teks, misalnya "error: could not compile"), tanpa
/// baris kemajuannya, paling banyak `max` byte. Tidak pernah menghentikan build.
pub struct CargoText {
    max: usize,
    pub text: Vec<u8>,
}

impl CargoText {
    pub fn new(max: usize) -> CargoText {
        CargoText {
            max,
            text: Vec::new(),
        }
    }

    pub fn cleaned(&self, project_dir: &std::path::Path) -> String {
        let text = String::from_utf8_lossy(&self.text);
        let dir = project_dir.to_string_lossy();
        let progress = [
            "Compiling ",
            "Finished ",
            "Blocking ",
            "Locking ",
            "Updating ",
        ];
        text.lines()
            .filter(|l| !progress.iter().any(|p| l.trim_start().starts_with(p)))
            .map(|l| format!("{}\n", l.replace(&*dir, "/playground")))
            .collect()
    }
}

impl Sink for CargoText {
    fn feed(&mut self, chunk: &[u8]) -> Flow {
        let room = self.max.saturating_sub(self.text.len());
        self.text.extend_from_slice(&chunk[..chunk.len().min(room)]);
        Flow::Continue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(level: &str, text: &str) -> String {
        serde_json::json!({
            "reason": "compiler-message",
            "package_id": "path+file:///p#playground@0.0.0",
            "manifest_path": "/p/Cargo.toml",
            "target": {"kind": ["bin"], "crate_types": ["bin"], "name": "playground",
                       "src_path": "/p/src/main.rs", "edition": "2024", "doc": true,
                       "doctest": false, "test": true},
            "message": {"message": text, "code": null, "level": level, "spans": [],
                        "children": [], "rendered": text, "$message_type": "diagnostic"}
        })
        .to_string()
            + "\n"
    }

    #[test]
    fn errors_survive_many_warnings() {
        let mut d = Diagnostics::new(1000);
        let mut stream = String::new();
        for i in 0..200 {
            stream.push_str(&diag(
                "warning",
                &format!("warning: unused variable `x{i}`\n"),
            ));
        }
        stream.push_str(&diag("error", "error[E0308]: mismatched types\n"));
        // Potongan acak: baris JSON boleh terbelah di mana saja.
        for chunk in stream.as_bytes().chunks(37) {
            assert_eq!(d.feed(chunk), Flow::Continue);
        }
        let text = d.render("");
        assert!(text.contains("error[E0308]"), "{text}");
        assert!(text.len() < 1300, "{} byte", text.len());
        assert!(text.contains("peringatan tidak ditampilkan"), "{text}");
    }

    #[test]
    fn everything_in_order_when_it_fits() {
        let mut d = Diagnostics::new(10_000);
        d.feed(diag("warning", "warning: satu\n").as_bytes());
        d.feed(diag("error", "error: dua\n").as_bytes());
        assert_eq!(d.render(""), "warning: satu\nerror: dua\n");
    }
}
