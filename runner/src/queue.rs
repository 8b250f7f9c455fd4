//! Antrean program: satu berjalan, paling banyak `waiting` menunggu, sisanya
//! langsung dijawab "sedang sibuk". Yang dihitung adalah PROGRAM (permintaan
//! `/evaluate.json` yang sudah lolos semua pemeriksaan), bukan koneksi.

use std::sync::{Condvar, Mutex};

#[derive(Debug, Clone)]
pub enum Prep {
    Preparing,
    Ready,
    Failed(String),
}

struct State {
    /// Tiket berikutnya yang dibagikan.
    next: u64,
    /// Tiket yang sedang dilayani.
    serving: u64,
    prep: Prep,
}

pub struct Queue {
    waiting: u64,
    state: Mutex<State>,
    turn: Condvar,
}

/// Mengapa sebuah program tidak mendapat giliran.
pub enum Refusal {
    Preparing,
    /// Jumlah program yang sedang berjalan atau menunggu.
    Busy(u64),
}

/// Giliran di antrean; melepaskannya (juga saat panic) memanggil tiket berikutnya.
pub struct Turn<'a>(&'a Queue);

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut q = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        q.serving += 1;
        self.0.turn.notify_all();
    }
}

impl Queue {
    /// Tiket 0 milik persiapan proyek; selama itu semua program dijawab
    /// "masih menyiapkan".
    pub fn new(waiting: usize) -> Queue {
        Queue {
            waiting: waiting as u64,
            state: Mutex::new(State {
                next: 1,
                serving: 0,
                prep: Prep::Preparing,
            }),
            turn: Condvar::new(),
        }
    }

    /// Giliran persiapan (tiket 0); `finish_prep` membuka antrean.
    pub fn prep_turn(&self) -> Turn<'_> {
        Turn(self)
    }

    pub fn finish_prep(&self, result: Prep) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).prep = result;
    }

    /// Menunggu giliran; `Err` segera bila masih menyiapkan atau penuh.
    pub fn take(&self) -> Result<(Turn<'_>, Prep), Refusal> {
        let mut q = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if matches!(q.prep, Prep::Preparing) {
            return Err(Refusal::Preparing);
        }
        let in_line = q.next - q.serving;
        if in_line > self.waiting {
            return Err(Refusal::Busy(in_line));
        }
        let ticket = q.next;
        q.next += 1;
        while q.serving != ticket {
            q = self.turn.wait(q).unwrap_or_else(|e| e.into_inner());
        }
        let prep = q.prep.clone();
        Ok((Turn(self), prep))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn busy_counts_programs_in_line() {
        let q = Queue::new(1);
        assert!(matches!(q.take(), Err(Refusal::Preparing)));
        drop(q.prep_turn());
        q.finish_prep(Prep::Ready);
        let (first, _) = q.take().ok().unwrap();
        std::thread::scope(|s| {
            let waiter = s.spawn(|| q.take().is_ok());
            // Tunggu sampai program kedua mengantre.
            while q.state.lock().unwrap().next < 3 {
                std::thread::yield_now();
            }
            match q.take() {
                Err(Refusal::Busy(n)) => assert_eq!(n, 2, "satu berjalan + satu menunggu"),
                _ => panic!("program ketiga harus ditolak"),
            }
            drop(first);
            assert!(waiter.join().unwrap());
        });
    }
}
